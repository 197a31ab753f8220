// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/rocdate.h"
#include "tests/support/catchtest.h"

using namespace Casebook::Core;

TEST_CASE("ROC dates print both ways", "[rocdate]")
{
    CHECK(RocDate::formatLong(QDate(2018, 3, 1)) == QStringLiteral("民國107年03月01日"));
    CHECK(RocDate::formatLong(QDate(1972, 3, 1)) == QStringLiteral("民國61年03月01日"));
    CHECK(RocDate::formatShort(QDate(2024, 1, 15)) == QStringLiteral("113/01/15"));
    CHECK(RocDate::formatShort(QDate(1960, 12, 31)) == QStringLiteral("049/12/31"));
    CHECK(RocDate::formatLong(QDate()).isEmpty());
}

TEST_CASE("ROC dates parse in every accepted form", "[rocdate]")
{
    const QDate expected(2018, 3, 1);
    for (const char *text : {"民國107年3月1日", "民國107年03月01日", "107年3月1日", "107/3/1",
             "107/03/01", "107.03.01", "107-3-1", "1070301", "2018-03-01", " 107/03/01 "}) {
        INFO(text);
        const auto parsed = RocDate::parse(QString::fromUtf8(text));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == expected);
    }
    CHECK(RocDate::parse(QStringLiteral("0990101")) == QDate(2010, 1, 1));
    for (const char *bad :
        {"", "abc", "107/2/30", "107/13/01", "0/1/1", "2018-02-30", "民國一百年"}) {
        INFO(bad);
        CHECK_FALSE(RocDate::parse(QString::fromUtf8(bad)).has_value());
    }
    // round trip
    for (QDate d(2011, 12, 25); d < QDate(2012, 3, 5); d = d.addDays(1))
        CHECK(RocDate::parse(RocDate::formatLong(d)) == d);
}

TEST_CASE("Month arithmetic follows the civil code", "[rocdate]")
{
    CHECK(addMonths(QDate(2024, 1, 31), 1) == QDate(2024, 2, 29));
    CHECK(addMonths(QDate(2023, 1, 31), 1) == QDate(2023, 2, 28));
    CHECK(addMonths(QDate(2024, 8, 31), 6) == QDate(2025, 2, 28));
    // start 113/01/15, 3 months complete on 113/04/14
    CHECK(monthsPeriodEnd(QDate(2024, 1, 15), 3) == QDate(2024, 4, 14));
    // 民法 §121 II: no corresponding day in the last month, so the period ends on that month's last
    // day.
    CHECK(monthsPeriodEnd(QDate(2026, 8, 31), 3) == QDate(2026, 11, 30));
    CHECK(monthsPeriodEnd(QDate(2024, 1, 31), 1) == QDate(2024, 2, 29));
    CHECK(monthsPeriodEnd(QDate(2023, 1, 30), 1) == QDate(2023, 2, 28));
    CHECK(monthsPeriodEnd(QDate(2024, 3, 1), 1) == QDate(2024, 3, 31));
    CHECK(monthsPeriodEnd(QDate(2024, 12, 15), 3) == QDate(2025, 3, 14));
}

TEST_CASE("A stored date reads as Qt's ISO reading reads it, without its parser", "[rocdate]")
{
    // Every day of two centuries, and the forms a hand or an imported bundle may give.
    for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const QString text = d.toString(Qt::ISODate);
        REQUIRE(isoDate(text) == d);
    }
    for (const char *text : {"2023-02-29", "2024-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
             "0000-01-01", "0001-01-01", "9999-12-31", "2024/01/05", "2024-1-05", "2024-01-5",
             "2024-01-05T10:00", "2024-01-0x", "20a4-01-05", "", "-", "2024-01-05 ", " 2024-01-05",
             "2024.01.05", "+024-01-05", "2024-01-05x"}) {
        INFO(text);
        const QString s = QString::fromLatin1(text);
        CHECK(isoDate(s) == QDate::fromString(s, Qt::ISODate));
    }
    CHECK(isoDate(QStringLiteral("２０２４-01-05"))
        == QDate::fromString(QStringLiteral("２０２４-01-05"), Qt::ISODate));
}

TEST_CASE("A list of stored dates reads in the order of its text", "[rocdate]")
{
    const QChar sep(0x1f);
    const QString list = QStringLiteral("2024-03-01") + sep + QString() + sep
        + QStringLiteral("2024-01-15") + sep + QStringLiteral("2024/02/01") + sep
        + QStringLiteral("2024-01-15");
    const QList<QDate> days = isoDates(list, sep);
    // The text's order: the empty one first, then 2024-01-15 twice, 2024-03-01, then 2024/02/01.
    REQUIRE(days.size() == 5);
    CHECK_FALSE(days[0].isValid());
    CHECK(days[1] == QDate(2024, 1, 15));
    CHECK(days[2] == QDate(2024, 1, 15));
    CHECK(days[3] == QDate(2024, 3, 1));
    CHECK(days[4] == QDate(2024, 2, 1));
    CHECK(isoDates(QStringLiteral("2024-01-15"), sep) == QList<QDate> {QDate(2024, 1, 15)});
}
