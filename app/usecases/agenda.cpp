// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/agenda.h"

#include "app/usecases/casefiles.h"
#include "core/common/rocdate.h"
#include "core/persons/personrepository.h"
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
    // monthly follow-up contacts.
    auto tracking = files.cases(CaseStatus::Tracking);
    if (!tracking)
        return tl::unexpected(tracking.error());
    ServiceRepository services(m_store);
    PersonRepository persons(m_store);
    for (const Case &c : std::as_const(*tracking)) {
        auto placements = services.placements(c.id);
        if (!placements)
            return tl::unexpected(placements.error());
        const Placement *active = nullptr;
        for (const Placement &p : std::as_const(*placements)) {
            if (p.startDate.isValid() && p.startDate <= today
                && (!p.endDate.isValid() || p.endDate >= today))
                active = &p;
        }
        if (!active)
            continue;
        auto days = services.supportDays(c.id);
        if (!days)
            return tl::unexpected(days.error());
        int logged = 0;
        QDate lastContact;
        for (const SupportDay &d : std::as_const(*days)) {
            if (d.day >= active->startDate)
                ++logged;
            lastContact = std::max(lastContact, d.day);
        }
        auto person = persons.find(c.personId);
        const QString name = person ? person->name : QString();
        if (logged < EmploymentRules::IntensiveWorkingDays) {
            if (lastContact == today)
                continue; // today's day is logged already
            out << AgendaItem {AgendaItem::Kind::SupportDay, c.id, c.caseNo, name, today,
                tr("表3-2: day %1 of %2 of intensive support at %3 to log")
                    .arg(logged + 1)
                    .arg(EmploymentRules::IntensiveWorkingDays)
                    .arg(active->jobTitle)};
            continue;
        }
        auto contacts = services.followUps(c.id);
        if (!contacts)
            return tl::unexpected(contacts.error());
        for (const FollowUp &f : std::as_const(*contacts))
            lastContact = std::max(lastContact, f.day);
        const QDate next = lastContact.addMonths(1);
        if (next <= weekEnd) {
            out << AgendaItem {AgendaItem::Kind::FollowUp, c.id, c.caseNo, name, next,
                tr("表4-1: follow-up contact (a month after the last, %1)")
                    .arg(RocDate::formatShort(lastContact))};
        }
    }
    std::stable_sort(out.begin(), out.end(),
        [](const AgendaItem &a, const AgendaItem &b) { return a.dueOn < b.dueOn; });
    return out;
}

} // namespace Casebook::UseCases
