// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the date parser behind every date field (ROC and Gregorian forms).
#include "core/common/rocdate.h"

#include <cstddef>
#include <cstdint>

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text
        = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)Casebook::Core::RocDate::parse(text);
    return 0;
}
