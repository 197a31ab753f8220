// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/rules/planyearrules.h"
#include "core/units/unitrepository.h"
#include "forms/model/monthlyreportforms.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// A plan year's performance per coach, with the rule set applied.
struct Performance
{
    int planYear = 0;
    QString rulesFrom; // the plan year whose rules apply (an earlier one when the year has none)
    QList<Core::PerformanceRow> rows;
};

// The monthly 表6-1/6-2 of a month as the dialog shows them: the figures and the filled tables.
struct MonthlyReportView
{
    Core::MonthlyReportData data;
    Forms::MonthlyReportForms::Records records;
};

// The reports a supervisor or the bureau produces: the monthly 表6-1/6-2 (and their filing), each
// coach's plan year and the annual work report. Filings are made as ctx.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    explicit Reports(Core::CaseStore &store, Core::WriteContext ctx = {})
        : m_store(store), m_context(std::move(ctx))
    { }

    QDate today() const;
    Core::Result<QList<Core::Unit>> units() const;
    // A month ("115-03") for a unit (all when empty): as filed, or with today's records (current).
    Core::Result<MonthlyReportView> monthly(
        const QString &monthKey, const QString &unitId, bool current) const;
    // Files (報送) the month's report: from then on it prints from the records as they are now.
    Core::VoidResult fileMonthly(const QString &monthKey, const QString &unitId) const;

    // This plan year (ROC) on the store's clock.
    int currentPlanYear() const;
    Core::Result<Performance> performance(int planYear) const;
    // Writes the annual work report of a plan year (ROC) for a unit (all units when empty): pdf,
    // xlsx or csv by the file's suffix. Returns the files written.
    Core::Result<QStringList> writeAnnual(
        int planYear, const QString &unitId, const QString &path) const;

private:
    Core::CaseStore &m_store;
    Core::WriteContext m_context;
};

} // namespace Casebook::UseCases
