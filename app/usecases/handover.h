// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountrepository.h"
#include "core/cases/caserepository.h"
#include "core/units/unitrepository.h"

#include <QCoreApplication>

#include <optional>

namespace Casebook::UseCases {

// What a handover (交接) moved, and the list both coaches sign.
struct HandedOver
{
    QStringList caseNos;
    QString listPath;
    int pages = 0;
};

// When a coach leaves, a supervisor moves all of the coach's open cases to a successor in one
// step (their history goes with them) and prints the handover list (交接清冊) for both to sign.
class Handover
{
    Q_DECLARE_TR_FUNCTIONS(Handover)

public:
    // user: who does it (a supervisor of the coach's unit, the bureau or an administrator; on a
    // store without accounts, its device).
    Handover(Core::CaseStore &store, Core::WriteContext ctx,
        std::optional<Core::Account> user = std::nullopt)
        : m_store(store), m_context(std::move(ctx)), m_user(std::move(user))
    { }

    // Whether this user hands over cases at all (a supervisor, the bureau, the administrator).
    bool mayHandOver() const;
    // The coaches whose cases this user may hand over (a supervisor: their unit's), and every
    // coach who may receive them.
    Core::Result<QList<Core::StaffMember>> leaving() const;
    Core::Result<QList<Core::StaffMember>> successors() const;
    // The open cases a handover of this coach would move.
    Core::Result<int> openCases(const QString &fromStaff) const;

    // Moves the open cases (not closed, not unsuitable) of fromStaff to toStaff, all or none,
    // records it in the audit trail and writes the list to listPath (PDF).
    Core::Result<HandedOver> run(
        const QString &fromStaff, const QString &toStaff, const QString &listPath) const;

private:
    Core::CaseStore &m_store;
    Core::WriteContext m_context;
    std::optional<Core::Account> m_user;
};

} // namespace Casebook::UseCases
