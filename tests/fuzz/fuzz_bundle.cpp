// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the bundle reader (envelope and header), the operations payload and the files payload decoders.
#include "core/sync/bundle.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook::Core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)Bundle::verify(bytes);
    (void)Bundle::operationsFromBinary(bytes);
    (void)Bundle::filesFromBinary(bytes);
    return 0;
}
