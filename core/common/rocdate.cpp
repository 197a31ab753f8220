// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/rocdate.h"

#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace Casebook::Core {

namespace {
constexpr int RocOffset = 1911;
}

QString RocDate::formatLong(const QDate &date)
{
    if (!date.isValid())
        return {};
    // 民國61年03月01日: the year as written (no leading zero), month and day of two digits.
    return QStringLiteral("民國%1年%2月%3日")
        .arg(date.year() - RocOffset)
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

QString RocDate::formatShort(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(date.year() - RocOffset, 3, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(date.day(), 2, 10, QLatin1Char('0'));
}

std::optional<QDate> RocDate::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression rocLong(
        QStringLiteral("^(?:民國)?\\s*(\\d{1,3})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression rocSep(
        QStringLiteral("^(\\d{1,3})[/.\\-](\\d{1,2})[/.\\-](\\d{1,2})$"));
    static const QRegularExpression rocCompact(QStringLiteral("^(\\d{2,3})(\\d{2})(\\d{2})$"));

    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto isoMatch = iso.match(text); isoMatch.hasMatch()) {
        year = isoMatch.captured(1).toInt();
        month = isoMatch.captured(2).toInt();
        day = isoMatch.captured(3).toInt();
    } else {
        QRegularExpressionMatch m = rocLong.match(text);
        if (!m.hasMatch())
            m = rocSep.match(text);
        if (!m.hasMatch())
            m = rocCompact.match(text);
        if (!m.hasMatch())
            return std::nullopt;
        const int rocYear = m.captured(1).toInt();
        if (rocYear < 1)
            return std::nullopt;
        year = rocYear + RocOffset;
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

int RocDate::year(const QDate &date)
{
    return date.year() - RocOffset;
}

int RocDate::gregorianYear(int rocYear)
{
    return rocYear + RocOffset;
}

QString RocDate::monthKey(const QDate &date)
{
    return QStringLiteral("%1-%2").arg(year(date)).arg(date.month(), 2, 10, QLatin1Char('0'));
}

QString RocDate::monthText(const QDate &date)
{
    return QStringLiteral("%1年%2月").arg(year(date)).arg(date.month());
}

QDate RocDate::monthStart(int rocYear, int month)
{
    return {gregorianYear(rocYear), month, 1};
}

QDate isoDate(QStringView text)
{
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        int parts[3] = {0, 0, 0};
        bool digits = true;
        for (const auto &[part, from, to] : {std::tuple {0, 0, 4}, {1, 5, 7}, {2, 8, 10}}) {
            for (int i = from; i < to; ++i) {
                const char16_t c = text[i].unicode();
                digits = digits && c >= u'0' && c <= u'9';
                parts[part] = parts[part] * 10 + (c - u'0');
            }
        }
        if (digits) // QDate's own checks: no year 0, no 30 February
            return parts[0] == 0 ? QDate() : QDate(parts[0], parts[1], parts[2]);
    }
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QList<QDate> isoDates(QStringView list, QChar separator)
{
    QList<QStringView> parts = list.split(separator);
    std::sort(parts.begin(), parts.end());
    QList<QDate> out;
    out.reserve(parts.size());
    for (QStringView p : std::as_const(parts))
        out << isoDate(p);
    return out;
}

QDate addMonths(const QDate &date, int months)
{
    return date.addMonths(months); // QDate clamps to the last valid day of the target month
}

QDate monthsPeriodEnd(const QDate &start, int months)
{
    if (!start.isValid())
        return {};
    // 民法 §121 II: the day before the corresponding day of the last month; where that month has no
    // corresponding day (31 August + 3 months), the period ends on that month's last day.
    const QDate first(start.year(), start.month(), 1);
    const QDate target = first.addMonths(months);
    if (start.day() > target.daysInMonth())
        return {target.year(), target.month(), target.daysInMonth()};
    return QDate(target.year(), target.month(), start.day()).addDays(-1);
}

} // namespace Casebook::Core
