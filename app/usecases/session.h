// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountrepository.h"
#include "core/accounts/caseload.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// Who is at the keyboard: signing in (and again after a lock), each attempt in the audit trail.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    explicit Session(Core::CaseStore &store) : m_store(store) { }

    // A store with accounts asks who you are; one without acts as its device.
    bool hasAccounts() const;
    // The demo store's sign-in names and password, to show a newcomer (empty elsewhere).
    QString demoHint() const;
    // The demo store's shown password (empty elsewhere): every demo account has it.
    QByteArray demoPassword() const;
    // Signs in (the password is wiped); a refusal says why and how long to wait. Each attempt is
    // in the audit trail (client: which program); a sign-in the trail cannot keep is refused.
    Core::Result<Core::Account> signIn(const QString &name, QByteArray &password,
        const QString &client = QStringLiteral("casebook"));
    // The window was locked by its user or after the idle time (kept in the trail).
    Core::VoidResult locked(const Core::Account &account, bool idle);
    // The context writes are made in for this user.
    Core::WriteContext context(const Core::Account &account) const;

    // The demo's accounts: one per staff member and "admin", with this password; shown: the
    // password is kept in the store's meta for the sign-in dialog to show (only the desktop's own
    // demo store does that). Returns how many were made.
    static constexpr const char *DemoPassword = "casebook-demo";
    Core::Result<int> makeDemoAccounts(const QByteArray &password, bool shown);

private:
    Core::CaseStore &m_store;
};

} // namespace Casebook::UseCases
