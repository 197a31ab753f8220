// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace Casebook::Core {

// National holidays and make-up working days, shipped as data (rules/data/holidays-tw.json) and
// replaceable.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    static Result<HolidayCalendar> fromJson(const QByteArray &json, const QString &source);
    // The shipped calendar, updated by holidays-tw.json in the application's data folder (or the
    // file named by CASEBOOK_HOLIDAYS) when one is there: each year in that file replaces the same
    // year shipped.
    static const HolidayCalendar &shipped();
    // This calendar with the years of `update` replacing its own.
    HolidayCalendar updatedWith(const HolidayCalendar &update) const;
    // The file that updates the shipped calendar, whether or not it exists.
    static QString updatePath();

    bool isWorkingDay(const QDate &date) const;
    // Distinct working days among the dates (a day logged twice counts once).
    int countWorkingDays(const QList<QDate> &dates) const;
    // The years the calendar knows; counting outside them treats only weekends as days off.
    QList<int> years() const;
    // Whether the calendar has the year of `date`; without it holidays cannot be told from working
    // days.
    bool covers(const QDate &date) const { return m_years.contains(date.year()); }
    // The years among the dates that the calendar does not have, sorted.
    QList<int> missingYears(const QList<QDate> &dates) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workingWeekends;
    QSet<int> m_years;
};

// The minimum wage (最低工資) by the day it came into force, shipped as data
// (rules/data/minimum-wage-tw.json).
class MinimumWage
{
    Q_DECLARE_TR_FUNCTIONS(MinimumWage)

public:
    struct Rate
    {
        QDate from;
        int monthly = 0;
        int hourly = 0;
    };
    static Result<MinimumWage> fromJson(const QByteArray &json, const QString &source);
    // The shipped rates, with those of minimum-wage-tw.json in the data folder (or the file named
    // by CASEBOOK_MINIMUM_WAGE) added: a rate of the same day there replaces the shipped one.
    static const MinimumWage &shipped();
    static QString updatePath();
    // The rate in force on a day; none before the first rate the file knows.
    std::optional<Rate> at(const QDate &day) const;
    // Whether a monthly wage for `weeklyHours` a week is lawful on `day`: full time (40 hours or
    // more) against the monthly minimum, part time by its hourly pay (monthly × 12 / (hours × 52))
    // against the hourly minimum. nullopt when no rate is known for the day. `required` receives
    // the monthly amount the wage must reach.
    std::optional<bool> lawful(
        int monthlyWage, int weeklyHours, const QDate &day, int *required = nullptr) const;
    static constexpr int FullTimeHours = 40;

private:
    QList<Rate> m_rates; // by `from`
};

// The supported-employment outcome rules of the 107 plan (forms-spec.md R-05 … R-09, CL-08).
namespace EmploymentRules {

constexpr int IntensiveWorkingDays = 10;
constexpr int SuccessMonths = 3;
constexpr int PartTimeMinimumHours = 20;
constexpr int SmallEmployerHeadcount = 5;
constexpr int FollowUpMonths = 3;

enum class Classification { Supported, General };

// 推介成功: a day or more at work and labour insurance, or at an employer of 5 or fewer the
// alternative evidence.
std::optional<QDate> placementDate(const QDate &start, const QDate &labourInsuranceFrom,
    int headcount, bool alternativeEvidence, const QDate &today);
// 就業成功: 3 months of lawful employment, part-time at least 20 h a week; an already employed
// client counts 3 months after the service started. The date from which the success is recognised
//
std::optional<QDate> employmentSuccessDate(
    const QDate &start, int weeklyHours, bool employedBeforeService, const QDate &serviceStart);
// supported when at least 10 working days of intensive support and the six tables are
// complete.
Classification classify(int intensiveWorkingDays, bool sixTablesComplete);
// the last day of the minimum follow-up that starts on `from`.
QDate followUpMinimumEnd(const QDate &from);
// the monthly report of `month` is due on the 10th of the next month.
QDate monthlyReportDue(const QDate &month);

} // namespace EmploymentRules

} // namespace Casebook::Core
