// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/common/progress.h"
#include "core/result.h"
#include "core/rules/planyearrules.h"
#include "core/services/grouprepository.h"
#include "core/services/servicerepository.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Casebook::Core {

// What one case adds to one figure of a coach's year, and why: the drill-down of a figure sums to
// the figure.
struct Contribution
{
    enum class Figure { Placement, Supported, General, Caseload, NotCounted };
    QString caseId;
    QString caseNo;
    Figure figure = Figure::NotCounted;
    int credit = 0; // what the case adds to the figure (1, or 2 when doubled; 0 for a case that
                    // does not count)
    QString reason; // in words: "×2: 附表1 completed 115/03/02", "general: 8 working days", …
};

// Why a case counts once or twice in a plan year (P-04): the evidence, never a free check box.
struct CaseCredit
{
    bool doubled = false;
    QString reason;  // "×2: …" when doubled
    QString refused; // a claim without its evidence: "附表1 completed but 1 of 2 indicators", …
};

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
    QList<Contribution> contributions;
    QList<int>
        missingCalendarYears; // a figure that needs a year with no holiday calendar is provisional
    QStringList remarks; // the figure-level reasons: conversion capped, old cases over the share, …
};

// Builds the performance table of a plan year per coach from the service records and the rule set.
class PerformanceReport
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceReport)

public:
    // The plan year is an ROC year ("107" = 2018); outcomes are counted as of min(today, the year's
    // end). progress is told as the cases are read and counted; stopped, nothing is returned.
    static Result<QList<PerformanceRow>> build(CaseStore &store, const PlanYearRules &rules,
        const QDate &today, const QString &unitId = {}, const QString &coachId = {},
        const Progress &progress = {});
    // How many cases are counted between two words to the progress.
    static constexpr qint64 ProgressEvery = 1024;
    static QDate yearStart(const PlanYearRules &rules);
    static QDate yearEnd(const PlanYearRules &rules);
    // Counts one supported-employment case into a coach's figures for the period [from, to] of the
    // plan year that starts on yearFrom: served (new or old), placed and employed when those dates
    // fall in the period. Returns false when the case was not served in the period.
    static bool count(CoachYear &year, PerformanceRow &row, const Case &c, const SeProfile &profile,
        const CaseOutcome &outcome, const QDate &from, const QDate &to, const QDate &yearFrom,
        const PlanYearRules &rules, bool explain = true);
    // P-04 from the evidence: the person's district on the year's 偏鄉 list, or a completed 附表1
    // that meets the year's criteria.
    static CaseCredit credit(
        const PlanYearRules &rules, const CaseOutcome &outcome, bool explain = true);
    // The figure-level reasons of a coach's year (conversion capped by the ratio, old cases over
    // their share, what is still needed to reach each target).
    static QStringList remarks(
        const PlanYearRules &rules, const CoachYear &year, const CoachPerformance &p);
};

} // namespace Casebook::Core
