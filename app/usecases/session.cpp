// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/session.h"

#include "app/usecases/acting.h"
#include "core/accounts/audittrail.h"
#include "core/units/unitrepository.h"

#include <sodium.h>

namespace Casebook::UseCases {

using namespace Casebook::Core;

bool Session::hasAccounts() const
{
    auto all = AccountRepository(m_store).accounts();
    return all && !all->isEmpty();
}

QByteArray Session::demoPassword() const
{
    auto password = m_store.metaValue(QStringLiteral("demo_password"));
    return password ? password->toUtf8() : QByteArray();
}

QString Session::demoHint() const
{
    auto password = m_store.metaValue(QStringLiteral("demo_password"));
    if (!password || password->isEmpty())
        return {};
    return tr("Demo store: sign in as admin (everything), 陳怡君 (a job coach), 蔡督導 (a "
              "supervisor) or 倪美玲 (the north window), password %1.")
        .arg(*password);
}

Result<Account> Session::signIn(const QString &name, QByteArray &password, const QString &client)
{
    auto account = AccountRepository(m_store).signIn(name, password);
    sodium_memzero(password.data(), static_cast<size_t>(password.size()));
    AuditTrail trail(m_store);
    if (!account) {
        // Failed sign-ins are in the trail too, under the device, with the name tried.
        Error refused = account.error().error;
        if (auto r = trail.record(
                acting(m_store), QStringLiteral("sign_in_failed"), {}, {}, name.trimmed());
            !r) {
            refused.message += QLatin1Char(' ')
                + tr("(The attempt could not be kept in the audit trail: %1)")
                      .arg(r.error().message);
        }
        return tl::unexpected(refused);
    }
    // No access that leaves no trace: a sign-in the trail cannot keep is refused.
    if (auto r = trail.record(context(*account), QStringLiteral("sign_in"), {}, {}, client); !r) {
        return fail(Error::Kind::Database,
            tr("The sign-in could not be kept in the audit trail, so nothing is shown: %1")
                .arg(r.error().message));
    }
    return *account;
}

VoidResult Session::locked(const Account &account, bool idle)
{
    auto r = AuditTrail(m_store).record(context(account), QStringLiteral("lock"), {}, {},
        idle ? QStringLiteral("idle") : QStringLiteral("Ctrl+L"));
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

WriteContext Session::context(const Account &account) const
{
    WriteContext ctx = acting(m_store);
    ctx.actor = account.name;
    return ctx;
}

Result<int> Session::makeDemoAccounts(const QByteArray &password, bool shown)
{
    AccountRepository accounts(m_store);
    auto hash = AccountRepository::hashPassword(password);
    if (!hash)
        return tl::unexpected(hash.error());
    UnitRepository unitRepo(m_store);
    auto staff = unitRepo.staff();
    if (!staff)
        return tl::unexpected(staff.error());
    const auto units = unitRepo.units().value_or(QList<Unit>());
    const WriteContext ctx = acting(m_store);
    int made = 0;
    int windows = 0;
    for (const StaffMember &m : *staff) {
        const UserRole role = m.role == QLatin1String("supervisor") ? UserRole::Supervisor
            : m.role == QLatin1String("case_manager")               ? UserRole::CaseManager
                                                                    : UserRole::Coach;
        if (accounts.find(m.name))
            continue;
        Account a {{}, m.name, m.id, role};
        // The demo's supervisor leads the first unit; its case managers serve north and south.
        if (role == UserRole::Supervisor && m.unitId.isEmpty() && !units.isEmpty())
            a.unitId = units.first().id;
        if (role == UserRole::CaseManager)
            a.window = windows++ % 2 == 0 ? QStringLiteral("north") : QStringLiteral("south");
        if (auto r = accounts.create(ctx, a, *hash); !r)
            return tl::unexpected(r.error());
        ++made;
    }
    if (!accounts.find(QStringLiteral("admin"))) {
        if (auto r = accounts.create(
                ctx, {{}, QStringLiteral("admin"), {}, UserRole::Administrator}, *hash);
            !r)
            return tl::unexpected(r.error());
        ++made;
    }
    if (shown) {
        if (auto r
            = m_store.setMetaValue(QStringLiteral("demo_password"), QString::fromUtf8(password));
            !r)
            return tl::unexpected(r.error());
    }
    return made;
}

} // namespace Casebook::UseCases
