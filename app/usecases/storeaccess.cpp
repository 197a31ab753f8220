// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/storeaccess.h"

#include "app/usecases/acting.h"
#include "app/usecases/session.h"
#include "core/accounts/audittrail.h"
#include "core/crypto/devicekeys.h"
#include "core/store/storeconversion.h"
#include "core/store/storekeys.h"
#include "core/sync/syncrepository.h"

#include <sodium.h>

namespace Casebook::UseCases {

using namespace Casebook::Core;

namespace {

// Wipes a copy of the password when it goes.
struct Wiped
{
    QByteArray bytes;
    ~Wiped() { sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size())); }
};

} // namespace

bool StoreAccess::isEncrypted(const QString &path)
{
    return CryptVfs::isEncrypted(path);
}

QString StoreAccess::hint(const QString &path)
{
    return isEncrypted(path) ? StoreKeys(path).note() : QString();
}

std::pair<QString, QByteArray> StoreAccess::recoveryKey(CaseStore &store)
{
    if (auto devices = SyncRepository(store).devices()) {
        for (const TrustedDevice &d : *devices) {
            if (d.trustedAs == QLatin1String("enroller") && !d.revoked)
                return {d.identity.deviceId, d.identity.boxKey};
        }
    }
    if (auto blob = store.metaValue(QStringLiteral("keys")); blob && !blob->isEmpty()) {
        if (auto keys = DeviceKeys::publicKeys(QByteArray::fromBase64(blob->toLatin1())))
            return {store.identity().deviceId, keys->second};
    }
    return {};
}

Result<OpenedStore> StoreAccess::signIn(const QString &path, const Clock &clock,
    const QString &name, QByteArray &password, const std::function<void(int, int)> &progress,
    const QString &client)
{
    Wiped kept {password};
    sodium_memzero(password.data(), static_cast<size_t>(password.size()));
    if (isEncrypted(path)) {
        auto key = StoreKeys(path).unlock(name, kept.bytes);
        if (!key)
            return tl::unexpected(key.error());
        auto store = CaseStore::open(path, clock, *key);
        if (!store)
            return tl::unexpected(store.error());
        QByteArray again = kept.bytes;
        auto account = Session(**store).signIn(name, again, client);
        if (!account)
            return tl::unexpected(account.error());
        return OpenedStore {std::move(*store), *account, false};
    }
    std::pair<QString, QByteArray> recovery;
    Account account;
    QString hint;
    Wiped demo;
    QStringList demoAccounts; // the demo store's: all of them share its shown password
    {
        auto plain = CaseStore::open(path, clock);
        if (!plain)
            return tl::unexpected(plain.error());
        if (!Session(**plain).hasAccounts()) {
            return fail(Error::Kind::NotAllowed,
                tr("The store %1 has no accounts yet: it acts as its device.").arg(path));
        }
        QByteArray again = kept.bytes;
        auto signedIn = Session(**plain).signIn(name, again, client);
        if (!signedIn)
            return tl::unexpected(signedIn.error());
        account = *signedIn;
        recovery = recoveryKey(**plain);
        hint = Session(**plain).demoHint();
        demo.bytes = Session(**plain).demoPassword();
        if (!demo.bytes.isEmpty()) {
            for (const Account &a :
                AccountRepository(**plain).accounts().value_or(QList<Account>()))
                demoAccounts << a.name;
        }
    }
    // The first sign-in after the upgrade: the store is encrypted now, before anything is shown.
    auto key = SecretKey::random();
    if (!key)
        return fail(Error::Kind::Io, tr("The store's key could not be made."));
    auto converted = StoreConversion::encrypt(path, key, progress, [&](const QString &copy) {
        StoreKeys slots(copy);
        if (auto r = slots.setUser(*key, account.name, kept.bytes); !r)
            return r;
        if (!hint.isEmpty()) { // the demo store still shows how to sign in
            if (auto r = slots.setNote(hint); !r)
                return r;
        }
        demoAccounts.removeAll(account.name);
        if (!demoAccounts.isEmpty()) {
            if (auto r = slots.setUsers(*key, demoAccounts, demo.bytes); !r)
                return r;
        }
        if (!recovery.second.isEmpty())
            return slots.setRecovery(*key, recovery.first, recovery.second);
        return VoidResult {};
    });
    if (!converted)
        return tl::unexpected(converted.error());
    auto store = CaseStore::open(path, clock, key);
    if (!store)
        return tl::unexpected(store.error());
    return OpenedStore {std::move(*store), account, true};
}

Result<Account> StoreAccess::unlock(
    CaseStore &store, const QString &name, QByteArray &password, int *failedWhileClosed)
{
    if (store.isSuspended()) {
        auto key = StoreKeys(store.path()).unlock(name, password);
        if (!key) {
            sodium_memzero(password.data(), static_cast<size_t>(password.size()));
            if (failedWhileClosed)
                ++*failedWhileClosed;
            return tl::unexpected(key.error());
        }
        if (auto r = store.resume(*key); !r) {
            sodium_memzero(password.data(), static_cast<size_t>(password.size()));
            return tl::unexpected(r.error());
        }
    }
    if (failedWhileClosed && *failedWhileClosed > 0) {
        if (auto r
            = AuditTrail(store).record(acting(store), QStringLiteral("sign_in_failed"), {}, {},
                tr("%1: %2 attempt(s) while the store was locked")
                    .arg(name)
                    .arg(*failedWhileClosed));
            r)
            *failedWhileClosed = 0;
    }
    auto account = Session(store).signIn(name, password);
    if (!account)
        store.suspend(); // an encrypted store stays closed
    return account;
}

VoidResult StoreAccess::changePassword(CaseStore &store, const QString &name,
    const QByteArray &oldPassword, const QByteArray &newPassword)
{
    AccountRepository accounts(store);
    if (auto r = accounts.changePassword(name, oldPassword, newPassword); !r)
        return r;
    if (auto r = grant(store, name, newPassword); !r) {
        accounts.changePassword(name, newPassword, oldPassword); // the slot still has the old one
        return r;
    }
    return {};
}

VoidResult StoreAccess::resetPassword(
    CaseStore &store, const WriteContext &ctx, const QString &name, const QByteArray &password)
{
    if (auto r = AccountRepository(store).resetPassword(ctx, name, password); !r)
        return r;
    return grant(store, name, password);
}

VoidResult StoreAccess::recover(const QString &path, const DeviceKeys &bureau, const QString &name,
    const QByteArray &newPassword)
{
    auto key = StoreKeys(path).recover(bureau);
    if (!key)
        return tl::unexpected(key.error());
    auto store = CaseStore::open(path, SystemClock::instance(), *key);
    if (!store)
        return tl::unexpected(store.error());
    if (auto r = AccountRepository(**store).setLocalPassword(name, newPassword); !r)
        return r;
    if (auto r = AuditTrail(**store).record(acting(**store), QStringLiteral("account"), {}, {},
            tr("password of %1 recovered by the bureau").arg(name));
        !r)
        return tl::unexpected(r.error());
    return grant(**store, name, newPassword);
}

VoidResult StoreAccess::grant(CaseStore &store, const QString &name, const QByteArray &password)
{
    if (!store.isEncrypted())
        return {};
    auto key = store.key();
    if (!key)
        return fail(Error::Kind::NotAllowed, tr("The store's key is not at hand."));
    return StoreKeys(store.path()).setUser(*key, name, password);
}

} // namespace Casebook::UseCases
