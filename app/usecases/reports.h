// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/caseload.h"
#include "core/common/progress.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/rules/planyearrules.h"
#include "core/units/unitrepository.h"
#include "forms/model/monthlyreportforms.h"

#include <QCoreApplication>

#include <optional>

namespace Casebook::UseCases {

// A plan year's performance per coach, with the rule set applied.
struct Performance
{
    int planYear = 0;
    QString rulesFrom; // the plan year whose rules apply (an earlier one when the year has none)
    QList<Core::PerformanceRow> rows;
    Core::PlanYearRules rules {};
};

// Which coaches' plan year: all the acting user may see, narrowed by unit and coach when given.
struct PerformanceQuery
{
    int planYear = 0;
    QString unitId {};
    QString coachId {};
    std::optional<Core::PlanYearRules::RatioReading> reading {}; // the rule file's own otherwise
    Core::Progress progress {}; // told as the cases are counted; may stop the count
};

// The monthly 表6-1/6-2 of a month as the dialog shows them: the figures and the filled tables.
struct MonthlyReportView
{
    Core::MonthlyReportData data;
    Forms::MonthlyReportForms::Records records;
};

// The reports a supervisor or the bureau produces: the monthly 表6-1/6-2 (and their filing), each
// coach's plan year and the annual work report. Filings and exports are made (and audited) as ctx;
// what is shown is the caseload's: a coach their own rows, a supervisor their unit's (another
// unit's report is refused), a window's case manager the persons of their window's cases.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    explicit Reports(Core::CaseStore &store, Core::WriteContext ctx = {},
        Core::Caseload caseload = Core::Caseload::everything())
        : m_store(store), m_context(std::move(ctx)), m_caseload(std::move(caseload))
    { }

    QDate today() const;
    // The units whose reports the user may ask for (a supervisor: their own).
    Core::Result<QList<Core::Unit>> units() const;
    // Whether "all units" is a report the user may ask for (not a supervisor: their unit only).
    bool allUnits() const { return m_caseload.kind() != Core::Caseload::Kind::Unit; }
    // A month ("115-03") for a unit (all when empty): as filed, or with today's records (current).
    // progress is told as the records are counted and may stop it (Error::Kind::Cancelled).
    Core::Result<MonthlyReportView> monthly(const QString &monthKey, const QString &unitId,
        bool current, const Core::Progress &progress = {}) const;
    // Files (報送) the month's report: from then on it prints from the records as they are now.
    Core::VoidResult fileMonthly(const QString &monthKey, const QString &unitId) const;
    // Saves the month's tables as pdf, xlsx or csv (kept in the audit trail). Returns the files.
    Core::Result<QStringList> writeMonthly(
        const MonthlyReportView &view, const QString &format, const QString &path) const;

    // This plan year (ROC) on the store's clock.
    int currentPlanYear() const;
    Core::Result<Performance> performance(int planYear) const
    {
        return performance(PerformanceQuery {planYear});
    }
    Core::Result<Performance> performance(const PerformanceQuery &query) const;
    // The performance table of a plan year as the user sees it (their caseload), saved as .csv or
    // .xlsx, each figure beside its target; audited.
    Core::Result<QString> writePerformance(
        int planYear, const QString &path, const Core::Progress &progress = {}) const;
    // Writes the annual work report of a plan year (ROC) for a unit (all units when empty): pdf,
    // xlsx or csv (by the file's suffix when no format is given). Returns the files written.
    // Stopped through progress: nothing is written.
    Core::Result<QStringList> writeAnnual(int planYear, const QString &unitId, const QString &path,
        const QString &format = {}, const Core::Progress &progress = {}) const;

private:
    // The unit a request is for: a supervisor's own when none is named, refused for another.
    Core::Result<QString> scopedUnit(const QString &unitId) const;
    // Refused for a coach: filing and the unit's annual report are the supervisor's.
    Core::VoidResult supervisorsOnly() const;
    Core::VoidResult scopeToCaseload(Core::MonthlyReportData &data) const;

    Core::CaseStore &m_store;
    Core::WriteContext m_context;
    Core::Caseload m_caseload;
};

} // namespace Casebook::UseCases
