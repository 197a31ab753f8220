// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/duelist.h"

#include "core/cases/caserepository.h"
#include "core/services/servicerepository.h"

#include <algorithm>

namespace Casebook::Core {

Result<QList<Deadline>> DueList::all(const QDate &today) const
{
    auto timelines = CaseRepository(m_store).openTimelines();
    if (!timelines)
        return tl::unexpected(timelines.error());
    auto services = ServiceRepository(m_store).deadlines(today);
    if (!services)
        return tl::unexpected(services.error());
    return Deadlines::merged(Deadlines::compute(*timelines, today), *services);
}

Result<QList<Deadline>> DueList::of(const QDate &today, const QStringList &caseIds) const
{
    auto timelines = CaseRepository(m_store).openTimelines(caseIds);
    if (!timelines)
        return tl::unexpected(timelines.error());
    auto services = ServiceRepository(m_store).deadlines(today, caseIds);
    if (!services)
        return tl::unexpected(services.error());
    return Deadlines::merged(Deadlines::compute(*timelines, today), *services);
}

Result<KeptDueList> DueList::updated(KeptDueList kept, const QDate &today) const
{
    // Where the log ends first: what is written meanwhile is read again by the next update.
    auto position = m_store.logPosition();
    if (!position)
        return tl::unexpected(position.error());
    std::optional<QStringList> changed;
    if (kept.isFor(today)) {
        auto since = CaseRepository(m_store).casesChangedSince(
            kept.position, CaseRepository::ReadByIdsUpTo);
        if (!since)
            return tl::unexpected(since.error());
        changed = std::move(*since);
    }
    if (!changed) {
        auto whole = all(today);
        if (!whole)
            return tl::unexpected(whole.error());
        return KeptDueList {today, *position, std::move(*whole), -1};
    }
    auto fresh = of(today, *changed); // with the units' reports
    if (!fresh)
        return tl::unexpected(fresh.error());
    const QSet<QString> again(changed->cbegin(), changed->cend());
    kept.deadlines.removeIf(
        [&again](const Deadline &d) { return d.caseId.isEmpty() || again.contains(d.caseId); });
    return KeptDueList {
        today, *position, Deadlines::merged(std::move(kept.deadlines), *fresh), changed->size()};
}

Result<QList<Deadline>> DueList::first(const QDate &today, int count) const
{
    auto earliest = CaseRepository(m_store).earliestTimelines(count);
    if (!earliest)
        return tl::unexpected(earliest.error());
    // Of supported employment's only the certificates' can come before the others' window.
    auto certificates = ServiceRepository(m_store).certificateDeadlines(today);
    if (!certificates)
        return tl::unexpected(certificates.error());
    QDate until = ServiceRepository::earliestBesideCertificates(today);
    if (const QDate leftOut = Deadlines::earliestLeftOut(*earliest);
        leftOut.isValid() && leftOut < until)
        until = leftOut;
    QList<Deadline> out
        = Deadlines::merged(Deadlines::compute(earliest->cases, today), *certificates);
    out.erase(
        std::find_if(out.begin(), out.end(), [&](const Deadline &d) { return d.dueOn >= until; }),
        out.end());
    return out;
}

} // namespace Casebook::Core
