// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/reports.h"

#include "app/usecases/casefiles.h"
#include "core/accounts/audittrail.h"
#include "core/common/rocdate.h"
#include "core/reports/reportfilings.h"
#include "forms/model/monthlyreportforms.h"
#include "forms/print/reportfiles.h"

#include <QFileInfo>

namespace Casebook::UseCases {

using namespace Casebook::Core;

QDate Reports::today() const
{
    return m_store.clock().today();
}

Result<QList<Unit>> Reports::units() const
{
    auto all = UnitRepository(m_store).units();
    if (!all || m_caseload.kind() != Caseload::Kind::Unit)
        return all;
    QList<Unit> own;
    for (const Unit &u : *all) {
        if (u.id == m_caseload.key())
            own << u;
    }
    return own;
}

Result<QString> Reports::scopedUnit(const QString &unitId) const
{
    if (m_caseload.kind() != Caseload::Kind::Unit)
        return unitId;
    if (unitId.isEmpty() || unitId == m_caseload.key())
        return m_caseload.key();
    return fail(Error::Kind::NotAllowed,
        tr("Another unit's report is its own supervisor's or the bureau's to read."));
}

VoidResult Reports::supervisorsOnly() const
{
    if (m_caseload.kind() != Caseload::Kind::Coach)
        return {};
    return fail(Error::Kind::NotAllowed,
        tr("Filing and the unit's annual report are the supervisor's: a job coach sees their own "
           "figures."));
}

VoidResult Reports::scopeToCaseload(MonthlyReportData &data) const
{
    switch (m_caseload.kind()) {
    case Caseload::Kind::Everything:
    case Caseload::Kind::Unit: // built for the unit already
        return {};
    case Caseload::Kind::Coach: {
        const QString me = m_caseload.key();
        data.cases.removeIf([&](const MonthlyCaseRow &r) { return r.coachId != me; });
        data.coaches.removeIf([&](const MonthlyCoachRow &r) { return r.coachId != me; });
        data.total = data.coaches.isEmpty() ? MonthlyCoachRow {} : data.coaches.first();
        return {};
    }
    case Caseload::Kind::Window: {
        // The persons of the window's cases; the coaches' figures are counts, not persons.
        auto rows = CaseFiles(m_store, m_caseload).list();
        if (!rows)
            return tl::unexpected(rows.error());
        const QSet<QString> mine = m_caseload.casesIn(*rows);
        data.cases.removeIf([&](const MonthlyCaseRow &r) { return !mine.contains(r.caseId); });
        return {};
    }
    }
    return {};
}

Result<MonthlyReportView> Reports::monthly(
    const QString &monthKey, const QString &unitId, bool current, const Progress &progress) const
{
    auto unit = scopedUnit(unitId);
    if (!unit)
        return tl::unexpected(unit.error());
    auto data = MonthlyReport::build(m_store, monthKey, *unit,
        current ? MonthlyReport::Records::Current : MonthlyReport::Records::AsFiled, true,
        progress);
    if (!data)
        return tl::unexpected(data.error());
    if (auto scoped = scopeToCaseload(*data); !scoped)
        return tl::unexpected(scoped.error());
    auto records = Forms::MonthlyReportForms::fill(*data, today());
    if (!records)
        return tl::unexpected(records.error());
    return MonthlyReportView {std::move(*data), std::move(*records)};
}

VoidResult Reports::fileMonthly(const QString &monthKey, const QString &unitId) const
{
    if (auto allowed = supervisorsOnly(); !allowed)
        return allowed;
    auto unit = scopedUnit(unitId);
    if (!unit)
        return tl::unexpected(unit.error());
    auto first = MonthlyReport::parseMonth(monthKey);
    if (!first)
        return tl::unexpected(first.error());
    // Filing keeps where the log stands, so the report prints the same from then on.
    auto filed = ReportFilings(m_store).file(
        m_context.actor, RocDate::monthKey(*first), first->addMonths(1).addDays(-1), *unit);
    if (!filed)
        return tl::unexpected(filed.error());
    return {};
}

int Reports::currentPlanYear() const
{
    return RocDate::year(m_store.clock().today());
}

Result<QStringList> Reports::writeMonthly(
    const MonthlyReportView &view, const QString &format, const QString &path) const
{
    auto written = Forms::ReportFiles::writeMonthly(view.records, format, path);
    if (written) {
        if (auto r = AuditTrail(m_store).record(m_context, QStringLiteral("export"), {}, {},
                tr("monthly report %1 → %2")
                    .arg(view.data.month, written->join(QStringLiteral(", "))));
            !r)
            return tl::unexpected(r.error());
    }
    return written;
}

Result<Performance> Reports::performance(const PerformanceQuery &query) const
{
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QString::number(query.planYear));
    if (!rules)
        return tl::unexpected(rules.error());
    if (query.reading)
        rules->ratioReading = *query.reading;
    auto unit = scopedUnit(query.unitId);
    if (!unit)
        return tl::unexpected(unit.error());
    QString coach = query.coachId;
    if (m_caseload.kind() == Caseload::Kind::Coach) {
        if (!coach.isEmpty() && coach != m_caseload.key()) {
            return fail(Error::Kind::NotAllowed,
                tr("Another coach's figures are their supervisor's or the bureau's to read."));
        }
        coach = m_caseload.key();
    }
    auto rows = PerformanceReport::build(
        m_store, *rules, m_store.clock().today(), *unit, coach, query.progress);
    if (!rows)
        return tl::unexpected(rows.error());
    return Performance {query.planYear, rules->rulesFrom, *rows, *rules};
}

Result<QString> Reports::writePerformance(
    int planYear, const QString &path, const Progress &progress) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return fail(Error::Kind::Invalid, tr("Save the performance table as .xlsx or .csv."));
    PerformanceQuery query {planYear};
    query.progress = progress;
    auto p = performance(query);
    if (!p)
        return tl::unexpected(p.error());
    Forms::ReportTable t;
    t.key = QStringLiteral("performance");
    t.title = tr("Performance of plan year %1").arg(p->planYear);
    t.preamble = {tr("Counted by the rules of plan year %1").arg(p->rulesFrom)};
    t.header = {tr("Job coach"), tr("Unit"), tr("Placements (推介成功)"), tr("Placement target"),
        tr("Supported successes"), tr("Supported target"), tr("Supported share (%)"),
        tr("Cases served"), tr("Cases target")};
    for (const PerformanceRow &r : std::as_const(p->rows)) {
        const CoachPerformance &f = r.figures;
        const QVariant share = f.supportedShare.den > 0
            ? QVariant(QString::number(100.0 * static_cast<double>(f.supportedShare.num)
                    / static_cast<double>(f.supportedShare.den),
                'f', 1))
            : QVariant();
        t.rows << QVariantList {r.coachName, r.unitName, f.placementCredits, f.placementTarget,
            f.creditedSupported, f.supportedTarget, share, f.countedCases, 20};
    }
    const auto written = suffix == QLatin1String("csv") ? Forms::ReportExport::writeCsv(path, t)
                                                        : Forms::ReportExport::writeXlsx(path, {t});
    if (!written)
        return tl::unexpected(written.error());
    if (auto r = AuditTrail(m_store).record(m_context, QStringLiteral("export"), {}, {},
            tr("performance table %1 → %2").arg(p->planYear).arg(path));
        !r)
        return tl::unexpected(r.error());
    return path;
}

Result<QStringList> Reports::writeAnnual(int planYear, const QString &unitId, const QString &path,
    const QString &format, const Progress &progress) const
{
    const QString suffix = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format;
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")
        && suffix != QLatin1String("csv"))
        return fail(Error::Kind::Invalid, tr("Save the report as .pdf, .xlsx or .csv."));
    if (auto allowed = supervisorsOnly(); !allowed)
        return tl::unexpected(allowed.error());
    auto unit = scopedUnit(unitId);
    if (!unit)
        return tl::unexpected(unit.error());
    auto record = Forms::MonthlyReportForms::annual(
        m_store, QString::number(planYear), *unit, progress.part(0, 900));
    if (!record)
        return tl::unexpected(record.error());
    if (!progress(900, Progress::Scale)) // the last moment to stop: the files come next
        return tl::unexpected(Progress::cancelled());
    auto written = Forms::ReportFiles::writeAnnual(*record, suffix, path);
    if (written) {
        if (auto r = AuditTrail(m_store).record(m_context, QStringLiteral("export"), {}, {},
                tr("annual report %1 → %2").arg(planYear).arg(written->join(QStringLiteral(", "))));
            !r)
            return tl::unexpected(r.error());
    }
    return written;
}

} // namespace Casebook::UseCases
