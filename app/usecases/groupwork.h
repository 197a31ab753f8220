// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grouprepository.h"
#include "core/units/unitrepository.h"

#include <QCoreApplication>

#include <optional>

namespace Casebook::UseCases {

// The group model (群組服務模式) as a coach runs it: groups, their members and sessions, and the
// coach's year against P-07 under this plan year's rules. Writes are made as ctx.
class GroupWork
{
    Q_DECLARE_TR_FUNCTIONS(GroupWork)

public:
    GroupWork(Core::CaseStore &store, Core::WriteContext ctx)
        : m_store(store), m_context(std::move(ctx))
    { }

    QDate today() const;
    Core::Result<QList<Core::StaffMember>> coaches() const;
    Core::Result<QList<Core::SeGroup>> groups() const;
    Core::Result<QList<Core::GroupMember>> members(const QString &groupId) const;
    // The fewest persons a session counts with, from this plan year's rules (3 without them).
    int minimumPerSession() const;
    Core::Result<QList<Core::GroupSession>> sessions(const QString &groupId) const;
    // The coach's calendar year on today (empty without rules for the year).
    std::optional<Core::GroupYear> year(const QString &coachId) const;

    Core::Result<QString> createGroup(const Core::SeGroup &group) const;
    // The case with this case number joins the group.
    Core::Result<QString> addMember(
        const QString &groupId, const QString &caseNo, const QDate &joinedOn) const;
    Core::Result<QString> addSession(const QString &groupId, const Core::GroupSession &s) const;

private:
    Core::CaseStore &m_store;
    Core::WriteContext m_context;
};

} // namespace Casebook::UseCases
