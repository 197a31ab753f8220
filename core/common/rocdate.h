// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Casebook::Core {

// Parses and prints dates in the ROC calendar (民國 year = Gregorian year − 1911); the one place
// that knows it.
namespace RocDate {

// "民國107年03月01日", "民國61年03月01日" (the year without a leading zero)
QString formatLong(const QDate &date);
// "107/03/01"
QString formatShort(const QDate &date);
// Accepts ROC forms (民國107年3月1日, 107/3/1, 107.03.01, 107-3-1, 1070301) and ISO (2018-03-01).
std::optional<QDate> parse(const QString &text);

// The ROC year of a date (2026 → 115), and the Gregorian year of an ROC year (115 → 2026).
int year(const QDate &date);
int gregorianYear(int rocYear);
// A month as reports and filings key it: "115-03".
QString monthKey(const QDate &date);
// A month as forms print it: "115年3月".
QString monthText(const QDate &date);
// The first day of the month given by its ROC year and month number.
QDate monthStart(int rocYear, int month);

} // namespace RocDate

// Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
QDate addMonths(const QDate &date, int months);
// The last day of an N-month period that starts on `start` inclusive (民法 §§120-121): the day
// before the same date N months later, or, when that month has no such date, its last day (§121
// II). 2024-01-15 + 3 months is complete on 2024-04-14; 2026-08-31 + 3 months on 2026-11-30.
QDate monthsPeriodEnd(const QDate &start, int months);
// A date as the store keeps it (yyyy-MM-dd), read as Qt::ISODate reads it, the usual form without
// Qt's general parser (a nation's support days are read by the hundred thousand).
QDate isoDate(QStringView text);
// The dates of a list of them joined by `separator` (SqlDialect::listOf), in the order of their
// text.
QList<QDate> isoDates(QStringView list, QChar separator);

} // namespace Casebook::Core
