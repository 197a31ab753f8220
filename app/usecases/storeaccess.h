// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountrepository.h"
#include "core/common/progress.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace Casebook::Core {
class DeviceKeys;
}

namespace Casebook::UseCases {

// A store opened for a person who signed in.
struct OpenedStore
{
    std::unique_ptr<Core::CaseStore> store;
    Core::Account account;
    bool converted = false; // the plain store was encrypted at this sign-in
};

// Signing in to a store file: an encrypted store is unlocked with the user's password (their key
// slot) and then signed in to; a plain store with accounts is signed in to and then converted
// into an encrypted one (the user's slot and the bureau's recovery slot written into the copy
// before it is swapped in). A plain store without accounts acts as its device and is not
// converted (there is no password to wrap its key with).
class StoreAccess
{
    Q_DECLARE_TR_FUNCTIONS(StoreAccess)

public:
    static bool isEncrypted(const QString &path);
    // What the sign-in dialog shows before the store opens (the demo store's accounts).
    static QString hint(const QString &path);
    // The password is wiped. progress is told while a plain store is converted; stopped, the
    // store stays as it was and the sign-in fails (Error::Kind::Cancelled).
    static Core::Result<OpenedStore> signIn(const QString &path, const Core::Clock &clock,
        const QString &name, QByteArray &password, const Core::Progress &progress = {},
        const QString &client = QStringLiteral("casebook"));
    // Signs in again to a store that was locked: an encrypted one suspended by the lock is opened
    // with the key the user's password unwraps (and locked again when the sign-in fails).
    // Attempts refused while the store was closed cannot be written at once: failedWhileClosed
    // counts them, and they are written to the trail with the next sign-in.
    static Core::Result<Core::Account> unlock(Core::CaseStore &store, const QString &name,
        QByteArray &password, int *failedWhileClosed = nullptr);
    // Gives the user a key slot on the open encrypted store (a new account, a password set by
    // the administrator); nothing to do on a plain store.
    static Core::VoidResult grant(
        Core::CaseStore &store, const QString &name, const QByteArray &password);
    // Gives an account a slot on the open encrypted store from its key envelope (an account the
    // administrator made or reset elsewhere, which reached this store in a bundle), so it opens
    // the store with the password the administrator set without having signed in here first. A
    // slot made for the password the account's sign-in checks is kept, an envelope made for
    // another password is not used, and a deleted account's slot goes. Returns the slots
    // written or removed; nothing to do on a plain store.
    static Core::Result<int> grantAccounts(Core::CaseStore &store);
    // A user changes their password: the account's (local) hash and their key slot together.
    static Core::VoidResult changePassword(Core::CaseStore &store, const QString &name,
        const QByteArray &oldPassword, const QByteArray &newPassword);
    // The administrator sets a user's password: it travels with the account, and on this store
    // the user's key slot is made with it (so a new account can open an encrypted store).
    static Core::VoidResult resetPassword(Core::CaseStore &store, const Core::WriteContext &ctx,
        const QString &name, const QByteArray &password);
    // A forgotten password on an encrypted store: the bureau (its device keys) opens the store's
    // recovery slot and sets a new password for the user, in their slot and on that store.
    static Core::VoidResult recover(const QString &path, const Core::DeviceKeys &bureau,
        const QString &name, const QByteArray &newPassword);
    // The X25519 key the store's key is sealed to for recovery: its enroller's, or, on a store
    // with no enroller (the bureau), its own device's. Empty when it has neither.
    static std::pair<QString, QByteArray> recoveryKey(Core::CaseStore &store);
};

} // namespace Casebook::UseCases
