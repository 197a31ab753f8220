// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/performancereport.h"
#include "core/rules/planyearrules.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// A plan year's performance per coach, with the rule set applied.
struct Performance
{
    int planYear = 0;
    QString rulesFrom; // the plan year whose rules apply (an earlier one when the year has none)
    QList<Core::PerformanceRow> rows;
};

// The reports a supervisor or the bureau produces: each coach's plan year and the annual work
// report. (The monthly 表6-1/6-2 have their own dialog over MonthlyReportForms.)
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    explicit Reports(Core::CaseStore &store) : m_store(store) { }

    // This plan year (ROC) on the store's clock.
    int currentPlanYear() const;
    Core::Result<Performance> performance(int planYear) const;
    // Writes the annual work report of a plan year (ROC) for a unit (all units when empty): pdf,
    // xlsx or csv by the file's suffix. Returns the files written.
    Core::Result<QStringList> writeAnnual(
        int planYear, const QString &unitId, const QString &path) const;

private:
    Core::CaseStore &m_store;
};

} // namespace Casebook::UseCases
