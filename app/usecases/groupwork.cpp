// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/groupwork.h"

#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/rules/planyearrules.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

QDate GroupWork::today() const
{
    return m_store.clock().today();
}

Result<QList<StaffMember>> GroupWork::coaches() const
{
    return UnitRepository(m_store).staff(QStringLiteral("coach"));
}

Result<QList<SeGroup>> GroupWork::groups() const
{
    return GroupRepository(m_store).groups();
}

Result<QList<GroupMember>> GroupWork::members(const QString &groupId) const
{
    return GroupRepository(m_store).members(groupId, today());
}

int GroupWork::minimumPerSession() const
{
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QString::number(RocDate::year(today())));
    return rules ? rules->groupMinPerSession : 3;
}

Result<QList<GroupSession>> GroupWork::sessions(const QString &groupId) const
{
    return GroupRepository(m_store).sessions(groupId, minimumPerSession());
}

std::optional<GroupYear> GroupWork::year(const QString &coachId) const
{
    const QDate on = today();
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QString::number(RocDate::year(on)));
    if (!rules)
        return std::nullopt;
    auto y = GroupRepository(m_store).evaluate(
        *rules, coachId, QDate(on.year(), 1, 1), QDate(on.year(), 12, 31), on);
    if (!y)
        return std::nullopt;
    return *y;
}

Result<QString> GroupWork::createGroup(const SeGroup &group) const
{
    return GroupRepository(m_store).createGroup(m_context, group);
}

Result<QString> GroupWork::addMember(
    const QString &groupId, const QString &caseNo, const QDate &joinedOn) const
{
    QString caseId;
    auto all = CaseRepository(m_store).cases();
    if (!all)
        return tl::unexpected(all.error());
    for (const Case &c : *all) {
        if (c.caseNo == caseNo.trimmed())
            caseId = c.id;
    }
    if (caseId.isEmpty())
        return fail(Error::Kind::NotFound, tr("There is no case %1.").arg(caseNo.trimmed()));
    return GroupRepository(m_store).addMember(m_context, groupId, caseId, joinedOn);
}

Result<QString> GroupWork::addSession(const QString &groupId, const GroupSession &s) const
{
    return GroupRepository(m_store).addSession(m_context, groupId, s);
}

} // namespace Casebook::UseCases
