// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/progress.h"
#include "core/reports/performancereport.h"
#include "core/result.h"
#include "core/rules/planyearrules.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Casebook::Core {

// One row of 表6-1: a supported-employment case served in the month, as the rules see it at the
// month's end.
struct MonthlyCaseRow
{
    QString caseId;
    QString caseNo;
    QString coachId;
    QString coachName;
    QString personName;
    QString idNumber;
    QString disability; // the certificate's categories, as labels
    QString severity;   // CL-03 code
    QString district;   // CL-04 code
    bool remote = false;
    bool highSupport = false;
    bool oldCase = false;
    QDate openedOn;
    QString model;       // individual / group
    QString serviceType; // supported / general, once intensive support has begun; empty before
    QDate placementDate; // 推介成功
    QString employer;
    QString jobTitle;
    int weeklyHours = 0;
    int wage = 0;
    QDate insuranceFrom;
    int intensiveDays = 0;
    QDate successDate; // 就業成功 reached, or expected when not yet reached
    bool success = false;
    QDate followUpFrom;
    QDate followUpTo;
    QStringList tablesComplete; // of ServiceRepository::sixTables()
    QDate closedOn;
    QString closureReason; // CL-12

    bool operator==(const MonthlyCaseRow &) const = default;
};

// One row of 表6-2: a coach's figures for the month and for the plan year up to the month's end.
struct MonthlyCoachRow
{
    QString coachId;
    QString coachName;
    CoachYear monthInput;
    CoachPerformance month;
    CoachYear yearInput;
    CoachPerformance year;
    int redesignsMonth = 0; // small job-redesign cases (附表3 complete) and their NT$ total
    qint64 redesignAmountMonth = 0;
    int redesignsYear = 0;
    qint64 redesignAmountYear = 0;
    // With explain: each case's part in the month's and the year's figures, and why (表6-2's
    // drill-down).
    QList<Contribution> monthContributions {};
    QList<Contribution> yearContributions {};
    QStringList yearRemarks {}; // what the year's figures still need, capped conversions, old cases
                                // over their share
};

// The monthly service-outcome reports 表6-1 and 表6-2 of a unit (or of all units) for one month.
struct MonthlyReportData
{
    QString month; // ROC "107-05"
    QDate from;
    QDate to;
    QDate due; // the 10th of the next month
    QString planYear;
    QString rulesFrom;
    QString unitId;
    QString unitName;
    QList<MonthlyCaseRow> cases;
    QList<MonthlyCoachRow> coaches;
    MonthlyCoachRow total;           // the unit's sum
    QList<int> missingCalendarYears; // support days in years with no holiday calendar: the figures
                                     // are provisional
    QDateTime filedAt;               // when the report was filed (報送); invalid while it is not
    QString filedBy;
    bool asFiled = false; // counted from the records as they stood when it was filed
    int laterChanges = 0; // records written or merged since the filing
};

class MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    // "107-05", "107/05" or "107/5": the first day of that month.
    static Result<QDate> parseMonth(const QString &text);
    enum class Records {
        AsFiled, // a month whose report was filed (報送) is counted from the records as they stood
                 // then
        Current // today's records, later corrections included
    };
    // Builds both tables for the month; the plan year's rule set (or the newest earlier one) counts
    // the figures. A filed month is rebuilt from the records as the store held them when it was
    // filed, so printing it again later gives the same report; Current counts today's records and
    // says how many changed since the filing. explain: each coach row lists the cases behind its
    // figures with what each adds and why. progress is told as the records are read and counted.
    static Result<MonthlyReportData> build(CaseStore &store, const QString &month,
        const QString &unitId = {}, Records records = Records::AsFiled, bool explain = false,
        const Progress &progress = {});
};

} // namespace Casebook::Core
