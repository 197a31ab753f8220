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
