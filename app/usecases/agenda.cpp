// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/agenda.h"

#include "app/usecases/casefiles.h"
#include "core/common/rocdate.h"
#include "core/rules/deadlines.h"
#include "core/rules/employmentrules.h"
#include "core/services/servicerepository.h"

#include <algorithm>

namespace Casebook::UseCases {

using namespace Casebook::Core;

Result<QList<AgendaItem>> Agenda::week(const QDate &today) const
{
    const QDate weekEnd = today.addDays(WeekDays - 1);
    QList<AgendaItem> out;
    CaseFiles files(m_store, m_caseload);
    auto due = files.due(today);
    if (!due)
        return tl::unexpected(due.error());
    for (const Deadline &d : std::as_const(*due)) {
        if (d.caseId.isEmpty() || d.dueOn > weekEnd)
            continue; // a unit's report is the supervisor's, in the due list
        out << AgendaItem {AgendaItem::Kind::Deadline, d.caseId, d.caseNo, d.personName, d.dueOn,
            d.detail.isEmpty() ? Deadlines::kindLabel(d.kind)
                               : tr("%1 (%2)").arg(Deadlines::kindLabel(d.kind), d.detail)};
    }
    // The supported-employment cases being served: days of intensive support to log, then the
    // monthly follow-up contacts. The records of the cases in a few queries (as the reports read
    // them), not three queries a case.
    auto rows = files.list();
    if (!rows)
        return tl::unexpected(rows.error());
    QStringList tracking;
    for (const CaseListRow &c : std::as_const(*rows)) {
        if (c.status == CaseStatus::Tracking)
            tracking << c.caseId;
    }
    // The caseload's own (a coach's dozens of a nation's store); everything's, all of them.
    auto records = ServiceRepository(m_store).recordsOf(
        m_caseload.kind() == Caseload::Kind::Everything ? std::nullopt
                                                        : std::optional<QStringList>(tracking));
    if (!records)
        return tl::unexpected(records.error());
    for (const CaseListRow &c : std::as_const(*rows)) {
        if (c.status != CaseStatus::Tracking)
            continue;
        const Placement *active = nullptr;
        const auto placements = records->placements.constFind(c.caseId);
        if (placements == records->placements.cend())
            continue;
        for (const Placement &p : *placements) {
            if (p.startDate.isValid() && p.startDate <= today
                && (!p.endDate.isValid() || p.endDate >= today))
                active = &p;
        }
        if (!active)
            continue;
        int logged = 0;
        QDate lastContact;
        for (const QDate &d : records->supportDays.value(c.caseId)) {
            if (d >= active->startDate)
                ++logged;
            lastContact = std::max(lastContact, d);
        }
        if (logged < EmploymentRules::IntensiveWorkingDays) {
            if (lastContact == today)
                continue; // today's day is logged already
            out << AgendaItem {AgendaItem::Kind::SupportDay, c.caseId, c.caseNo, c.personName,
                today,
                tr("表3-2: day %1 of %2 of intensive support at %3 to log")
                    .arg(logged + 1)
                    .arg(EmploymentRules::IntensiveWorkingDays)
                    .arg(active->jobTitle)};
            continue;
        }
        for (const QDate &d : records->followUpDays.value(c.caseId))
            lastContact = std::max(lastContact, d);
        const QDate next = lastContact.addMonths(1);
        if (next <= weekEnd) {
            out << AgendaItem {AgendaItem::Kind::FollowUp, c.caseId, c.caseNo, c.personName, next,
                tr("表4-1: follow-up contact (a month after the last, %1)")
                    .arg(RocDate::formatShort(lastContact))};
        }
    }
    std::stable_sort(out.begin(), out.end(),
        [](const AgendaItem &a, const AgendaItem &b) { return a.dueOn < b.dueOn; });
    return out;
}

} // namespace Casebook::UseCases
