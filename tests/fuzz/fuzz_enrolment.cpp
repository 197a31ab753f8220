// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: enrolment and identity files, certificates and signed heads as they arrive from
// outside.
#include "core/sync/syncrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Casebook::Core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)SyncRepository::enrolmentEnroller(bytes);
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    (void)PublicIdentity::fromJson(o);
    (void)Certificate::fromJson(o);
    (void)SignedHead::fromJson(o);
    return 0;
}
