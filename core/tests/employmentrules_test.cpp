// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/rocdate.h"
#include "core/rules/employmentrules.h"
#include "tests/support/catchtest.h"

using namespace Casebook::Core;
using namespace Casebook::Core::EmploymentRules;

namespace {
QList<QDate> days(const QDate &from, const QDate &to)
{
    QList<QDate> out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out << d;
    return out;
}
} // namespace

TEST_CASE("Example 7: 10 working days of intensive support and six tables make a case supported",
    "[rules][employment]")
{
    const HolidayCalendar &cal = HolidayCalendar::shipped();
    REQUIRE(cal.years().contains(2024));
    // 113/03/04 – 113/03/15, Monday to Friday, no holidays
    const auto logged = days(QDate(2024, 3, 4), QDate(2024, 3, 15));
    CHECK(cal.countWorkingDays(logged) == 10);
    CHECK(classify(cal.countWorkingDays(logged), true) == Classification::Supported);
    CHECK(classify(8, true) == Classification::General);
    CHECK(classify(10, false) == Classification::General);
    // a day logged twice counts once
    CHECK(cal.countWorkingDays(logged + QList<QDate> {QDate(2024, 3, 4)}) == 10);
    // a holiday inside the period does not count: 113/04/01 – 113/04/12 has 04/04 and 04/05 off
    CHECK(cal.countWorkingDays(days(QDate(2024, 4, 1), QDate(2024, 4, 12))) == 8);
    CHECK_FALSE(cal.isWorkingDay(QDate(2024, 2, 28)));
    CHECK(cal.isWorkingDay(QDate(2024, 2, 27)));
}

TEST_CASE("A holiday calendar file with a bad date is refused", "[rules][employment]")
{
    auto bad = HolidayCalendar::fromJson(
        R"({"holidays": {"2025": ["2024-01-01"]}})", QStringLiteral("h.json"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("h.json")));
    auto good = HolidayCalendar::fromJson(
        R"({"holidays": {"2025": ["2025-01-01"]}, "workingWeekends": {"2025": ["2025-02-08"]}})",
        QStringLiteral("h.json"));
    REQUIRE(good);
    CHECK(good->isWorkingDay(QDate(2025, 2, 8))); // a Saturday made a working day
    CHECK_FALSE(good->isWorkingDay(QDate(2025, 1, 1)));
}

TEST_CASE("Example 8: placement and employment success, with the small-employer evidence",
    "[rules][employment]")
{
    const QDate today(2024, 6, 3);
    const QDate hired(2024, 1, 15);
    // 4 employees, no labour insurance, but employment insurance and payroll exist
    CHECK(placementDate(hired, {}, 4, true, today) == hired);
    // at a larger employer the alternative evidence does not count
    CHECK_FALSE(placementDate(hired, {}, 6, true, today));
    CHECK(placementDate(hired, QDate(2024, 1, 15), 50, false, today) == hired);
    // not yet at work
    CHECK_FALSE(placementDate(QDate(2024, 6, 10), QDate(2024, 6, 10), 50, false, today));
    // success recognised from 113/04/15
    CHECK(employmentSuccessDate(hired, 24, false, {}) == QDate(2024, 4, 15));
    CHECK(RocDate::formatShort(*employmentSuccessDate(hired, 24, false, {}))
        == QStringLiteral("113/04/15"));
    // 18 h a week: never 就業成功; exactly 20 h: yes
    CHECK_FALSE(employmentSuccessDate(hired, 18, false, {}));
    CHECK(employmentSuccessDate(hired, 20, false, {}).has_value());
    // already employed before the service: 3 months after the service started
    CHECK(
        employmentSuccessDate(QDate(2020, 1, 1), 40, true, QDate(2024, 2, 1)) == QDate(2024, 5, 1));
    // month ends (民法 §121 II): April has no 31st, so the 3 months end on 04-30 and success counts
    // from 05-01
    CHECK(employmentSuccessDate(QDate(2024, 1, 31), 40, false, {}) == QDate(2024, 5, 1));
    // a job that starts 2026-08-31: the period ends on 11-30, success from 12-01
    CHECK(employmentSuccessDate(QDate(2026, 8, 31), 40, false, {}) == QDate(2026, 12, 1));
}

TEST_CASE("Example 9: follow-up minimum and the monthly report deadline", "[rules][employment]")
{
    CHECK(followUpMinimumEnd(QDate(2024, 4, 10)) == QDate(2024, 7, 9));
    CHECK(monthlyReportDue(QDate(2024, 5, 1)) == QDate(2024, 6, 10));
    CHECK(monthlyReportDue(QDate(2024, 12, 31)) == QDate(2025, 1, 10));
}

TEST_CASE("The holiday calendar is updated by a newer file, year by year", "[rules][holidays]")
{
    const auto base = HolidayCalendar::fromJson(
        R"({"holidays": {"2024": ["2024-10-10"]}, "workingWeekends": {"2024": []}})",
        QStringLiteral("base"));
    REQUIRE(base);
    const auto update = HolidayCalendar::fromJson(
        R"({"holidays": {"2024": ["2024-12-25"], "2025": ["2025-01-01"]}, "workingWeekends": {"2025": ["2025-02-08"]}})",
        QStringLiteral("update"));
    REQUIRE(update);
    const HolidayCalendar c = base->updatedWith(*update);
    CHECK(c.isWorkingDay(QDate(2024, 10, 10))); // the 2024 of the update replaces the shipped 2024
    CHECK_FALSE(c.isWorkingDay(QDate(2024, 12, 25)));
    CHECK_FALSE(c.isWorkingDay(QDate(2025, 1, 1))); // a year the shipped file did not have
    CHECK(c.isWorkingDay(QDate(2025, 2, 8)));       // a make-up working Saturday
    CHECK(c.years() == QList<int> {2024, 2025});
    // A broken update is refused with the reason (and the shipped calendar then stays as it is).
    CHECK_FALSE(HolidayCalendar::fromJson(
        R"({"holidays": {"2025": ["2024-01-01"]}})", QStringLiteral("bad")));
    qputenv("CASEBOOK_HOLIDAYS", "/tmp/holidays-update.json");
    CHECK(HolidayCalendar::updatePath() == QStringLiteral("/tmp/holidays-update.json"));
    qunsetenv("CASEBOOK_HOLIDAYS");
    CHECK(HolidayCalendar::updatePath().endsWith(QStringLiteral("holidays-tw.json")));
}

TEST_CASE("The shipped calendar holds 2024 to 2026 as published, make-up Saturdays included",
    "[rules][holidays]")
{
    const HolidayCalendar &cal = HolidayCalendar::shipped();
    CHECK(cal.years() == QList<int> {2024, 2025, 2026});
    auto daysOff = [&](int year) {
        int n = 0;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
            n += cal.isWorkingDay(d) ? 0 : 1;
        return n;
    };
    // The published totals (113: 115 days off, 115: 120), plus Labour Day where offices worked on
    // it (the workers' calendar, one reading for every year).
    CHECK(daysOff(2024) == 115 + 1);
    CHECK(daysOff(2026) == 120);
    CHECK(daysOff(2025) == 104 + 16 - 1);
    CHECK(cal.isWorkingDay(QDate(2024, 2, 17))); // a Saturday, make-up for 02-08
    CHECK(cal.isWorkingDay(QDate(2025, 2, 8)));  // a Saturday, make-up for 01-27
    CHECK_FALSE(cal.isWorkingDay(
        QDate(2025, 12, 25))); // Constitution Day, back in the revised 2025 calendar
    // Lunar New Year 2026: 02-16..20 are days off, so two weeks of daily support from 02-09 count 7
    // working days.
    QList<QDate> days;
    for (QDate d(2026, 2, 9); d <= QDate(2026, 2, 24); d = d.addDays(1))
        days << d;
    CHECK(cal.countWorkingDays(days) == 7);
    CHECK(EmploymentRules::classify(cal.countWorkingDays(days), true)
        == EmploymentRules::Classification::General);
}
