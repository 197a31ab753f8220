// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/casefiles.h"

#include "core/persons/personrepository.h"
#include "core/services/servicerepository.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

Result<QList<CaseListRow>> CaseFiles::list() const
{
    return CaseRepository(m_store).listRows();
}

Result<CaseFile> CaseFiles::read(const QString &caseId) const
{
    CaseRepository cases(m_store);
    auto c = cases.find(caseId);
    if (!c)
        return tl::unexpected(c.error());
    auto person = PersonRepository(m_store).find(c->personId);
    if (!person)
        return tl::unexpected(person.error());
    auto dispatches = cases.dispatches(caseId);
    if (!dispatches)
        return tl::unexpected(dispatches.error());
    auto events = cases.events(caseId);
    if (!events)
        return tl::unexpected(events.error());
    auto forms = FormInstanceRepository(m_store).instances(caseId);
    if (!forms)
        return tl::unexpected(forms.error());
    return CaseFile {*c, *person, *dispatches, *events, *forms};
}

Result<QList<Deadline>> CaseFiles::due(const QDate &today) const
{
    auto timelines = CaseRepository(m_store).openTimelines();
    if (!timelines)
        return tl::unexpected(timelines.error());
    auto services = ServiceRepository(m_store).deadlines(today);
    if (!services)
        return tl::unexpected(services.error());
    return Deadlines::merged(Deadlines::compute(*timelines, today), *services);
}

Result<QList<Unit>> CaseFiles::units() const
{
    return UnitRepository(m_store).units();
}

Result<QList<StaffMember>> CaseFiles::coaches() const
{
    return UnitRepository(m_store).staff(QStringLiteral("coach"));
}

} // namespace Casebook::UseCases
