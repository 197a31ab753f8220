// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/uuid.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <array>

namespace Casebook::Core {

QString newUuid()
{
    // Monotonic within a process: in the same millisecond a 12-bit counter in rand_a keeps ids
    // ordered.
    static QBasicMutex mutex;
    static quint64 lastMs = 0;
    static quint32 counter = 0;
    std::array<quint8, 16> b {};
    auto ms = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
    {
        const QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xfff) {
                counter = 0;
                ms = ++lastMs;
            }
        } else {
            lastMs = ms;
            counter = 0;
        }
    }
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<quint8>(ms >> (8 * (5 - i)));
    auto *rng = QRandomGenerator::system();
    for (size_t i = 6; i < b.size(); ++i)
        b[i] = static_cast<quint8>(rng->generate() & 0xff);
    b[6] = static_cast<quint8>(0x70 | ((counter >> 8) & 0x0f)); // version 7, counter high bits
    b[7] = static_cast<quint8>(counter & 0xff);
    b[8] = static_cast<quint8>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    static constexpr char Hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += QLatin1Char('-');
        out += QLatin1Char(Hex[b[i] >> 4]);
        out += QLatin1Char(Hex[b[i] & 0x0f]);
    }
    return out;
}

} // namespace Casebook::Core
