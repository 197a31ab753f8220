// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/result.h"
#include "core/rules/planyearrules.h"
#include "core/services/grouprepository.h"
#include "core/services/servicerepository.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Casebook::Core {

// One coach's plan year: the figures and, for each, the cases that make it.
struct PerformanceRow
{
    QString coachId;
    QString coachName;
    QString unitId;
    QString unitName;
    CoachPerformance figures;
    QStringList placementCases;
    QStringList supportedCases;
    QStringList generalCases;
    QStringList newCases;
    QStringList oldCases;
    int adaptationPersons = 0; // given workplace-adaptation service in the year
    GroupYear group;           // P-07, the group model
};

// Builds the performance table of a plan year per coach from the service records and the rule set.
class PerformanceReport
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceReport)

public:
    // The plan year is an ROC year ("107" = 2018); outcomes are counted as of min(today, the year's end).
    static Result<QList<PerformanceRow>> build(CaseStore &store, const PlanYearRules &rules, const QDate &today,
        const QString &unitId = {}, const QString &coachId = {});
    static QDate yearStart(const PlanYearRules &rules);
    static QDate yearEnd(const PlanYearRules &rules);
    // Counts one supported-employment case into a coach's figures for the period [from, to] of the plan year
    // that starts on yearFrom: served (new or old), placed and employed when those dates fall in the period.
    // Returns false when the case was not served in the period.
    static bool count(CoachYear &year, PerformanceRow &row, const Case &c, const SeProfile &profile,
        const CaseOutcome &outcome, const QDate &from, const QDate &to, const QDate &yearFrom);
};

} // namespace Casebook::Core
