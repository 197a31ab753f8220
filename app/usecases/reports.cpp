// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/reports.h"

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
    return UnitRepository(m_store).units();
}

Result<MonthlyReportView> Reports::monthly(
    const QString &monthKey, const QString &unitId, bool current) const
{
    auto data = MonthlyReport::build(m_store, monthKey, unitId,
        current ? MonthlyReport::Records::Current : MonthlyReport::Records::AsFiled, true);
    if (!data)
        return tl::unexpected(data.error());
    auto records = Forms::MonthlyReportForms::fill(*data, today());
    if (!records)
        return tl::unexpected(records.error());
    return MonthlyReportView {std::move(*data), std::move(*records)};
}

VoidResult Reports::fileMonthly(const QString &monthKey, const QString &unitId) const
{
    auto first = MonthlyReport::parseMonth(monthKey);
    if (!first)
        return tl::unexpected(first.error());
    auto filed = ReportFilings(m_store).file(
        m_context.actor, monthKey, first->addMonths(1).addDays(-1), unitId);
    if (!filed)
        return tl::unexpected(filed.error());
    return {};
}

int Reports::currentPlanYear() const
{
    return RocDate::year(m_store.clock().today());
}

Result<Performance> Reports::performance(int planYear) const
{
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QString::number(planYear));
    if (!rules)
        return tl::unexpected(rules.error());
    auto rows = PerformanceReport::build(m_store, *rules, m_store.clock().today());
    if (!rows)
        return tl::unexpected(rows.error());
    return Performance {planYear, rules->rulesFrom, *rows};
}

Result<QStringList> Reports::writeAnnual(
    int planYear, const QString &unitId, const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")
        && suffix != QLatin1String("csv"))
        return fail(Error::Kind::Invalid, tr("Save the report as .pdf, .xlsx or .csv."));
    auto record = Forms::MonthlyReportForms::annual(m_store, QString::number(planYear), unitId);
    if (!record)
        return tl::unexpected(record.error());
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
