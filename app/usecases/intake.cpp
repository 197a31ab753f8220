// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/intake.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

QList<FieldProblem> Intake::check(const Person &person, const Case &draft) const
{
    return PersonRepository(m_store).validate(person) + CaseRepository(m_store).validate(draft);
}

QList<FieldProblem> Intake::checkPerson(const Person &person) const
{
    return PersonRepository(m_store).validate(person);
}

QStringList Intake::ineligibility(const Person &person, const Case &draft)
{
    return CaseRepository::eligibilityProblems(person, draft.receivedOn);
}

bool Intake::mayAcceptIneligible(const WriteContext &ctx) const
{
    return CaseRepository(m_store).mayAcceptIneligible(ctx);
}

Result<Case> Intake::save(const WriteContext &ctx, const Person &person, Case draft,
    const std::function<QString(const QString &)> &askReason)
{
    if (const auto problems = check(person, draft); !problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.first().message);
    const QStringList ineligible = ineligibility(person, draft);
    if (!ineligible.isEmpty() && mayAcceptIneligible(ctx) && askReason
        && draft.eligibilityOverride.trimmed().isEmpty()) {
        draft.eligibilityOverride = askReason(ineligible.join(tr("; ")));
    }
    Transaction tx(m_store); // person and case together or not at all
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    auto personId = PersonRepository(m_store).create(ctx, person);
    if (!personId)
        return tl::unexpected(personId.error());
    draft.personId = *personId;
    auto created = CaseRepository(m_store).create(ctx, draft);
    if (!created)
        return tl::unexpected(created.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return created;
}

Result<int> Intake::updatePerson(const WriteContext &ctx, const Person &person)
{
    PersonRepository persons(m_store);
    if (const auto problems = persons.validate(person); !problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.first().message);
    return persons.update(ctx, person);
}

} // namespace Casebook::UseCases
