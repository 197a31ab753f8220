// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/storeaccess.h"

#include "app/usecases/acting.h"
#include "app/usecases/session.h"
#include "core/accounts/audittrail.h"
#include "core/crypto/devicekeys.h"
#include "core/store/storeconversion.h"
#include "core/store/storekeys.h"
#include "core/sync/syncrepository.h"

#include <QSet>

#include <sodium.h>

#include <algorithm>

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
    const QString &name, QByteArray &password, const Progress &progress, const QString &client)
{
    Wiped kept {password};
    sodium_memzero(password.data(), static_cast<size_t>(password.size()));
    // A shared store on a server (its server keeps it and encrypts its disk; each clerk signs in on
    // their own connection) or an encrypted file (the password unwraps its key) opens as it is.
    const bool shared = PostgresAddress::isAddress(path);
    if (shared || isEncrypted(path)) {
        std::shared_ptr<SecretKey> key;
        if (!shared) {
            auto unlocked = StoreKeys(path).unlock(name, kept.bytes);
            if (!unlocked)
                return tl::unexpected(unlocked.error());
            key = *unlocked;
        }
        auto store = CaseStore::open(path, clock, key);
        if (!store)
            return tl::unexpected(store.error());
        QByteArray again = kept.bytes;
        auto account = Session(**store).signIn(name, again, client);
        if (!account)
            return tl::unexpected(account.error());
        if (!shared)
            grantAccounts(**store); // a slot that cannot be written now is written at the next one
        return OpenedStore {std::move(*store), *account, false};
    }
    std::pair<QString, QByteArray> recovery;
    Account account;
    QString basis; // of the password hash the signed-in user's password matched
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
        basis = StoreKeys::basisOf(AccountRepository(**plain).passwordHash(account.name));
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
        if (auto r = slots.setUser(*key, account.name, kept.bytes, basis); !r)
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
    grantAccounts(**store); // the other accounts that came with envelopes
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
    if (!account) {
        store.suspend(); // an encrypted store stays closed
    } else {
        grantAccounts(store);
    }
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
    return StoreKeys(store.path())
        .setUser(
            *key, name, password, StoreKeys::basisOf(AccountRepository(store).passwordHash(name)));
}

Result<int> StoreAccess::grantAccounts(CaseStore &store)
{
    if (!store.isEncrypted())
        return 0;
    auto key = store.key();
    if (!key)
        return fail(Error::Kind::NotAllowed, tr("The store's key is not at hand."));
    auto states = AccountRepository(store).keyStates();
    if (!states)
        return tl::unexpected(states.error());
    StoreKeys keys(store.path());
    auto slots = keys.slots();
    if (!slots)
        return tl::unexpected(slots.error());
    int changed = 0;
    QSet<QString> names;
    for (const AccountKeyState &a : *states) {
        names.insert(a.name);
        if (a.local || a.envelope.isEmpty())
            continue; // a password changed here has its slot from that change
        const QString basis = StoreKeys::basisOf(a.passwordHash);
        const auto envelope = KeyEnvelope::fromText(a.envelope);
        if (!envelope || envelope->basis != basis)
            continue; // damaged, or made for another password than the one sign-in checks
        const auto slot = std::find_if(slots->cbegin(), slots->cend(), [&](const KeySlot &s) {
            return s.kind != QLatin1String("recovery") && s.name == a.name;
        });
        if (slot != slots->cend() && (slot->basis == basis || slot->basis.isEmpty()))
            continue; // made for this password (or by a build that did not record it)
        if (auto r = keys.setAccount(*key, a.name, *envelope); !r)
            return tl::unexpected(r.error());
        ++changed;
    }
    if (!states->isEmpty()) {
        for (const KeySlot &s : *slots) {
            if (s.kind != QLatin1String("recovery") && !names.contains(s.name)) {
                if (auto r = keys.removeUser(s.name); !r)
                    return tl::unexpected(r.error());
                ++changed;
            }
        }
    }
    return changed;
}

} // namespace Casebook::UseCases
