// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the form definition loader (definitions travel in bundles from the bureau).
#include "forms/model/formdefinition.h"

#include <cstddef>
#include <cstdint>

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)Casebook::Forms::DefinitionLoader::fromJson(bytes, QStringLiteral("fuzz-v1.json"));
    return 0;
}
