// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Casebook::Core {

// What a person may do in Casebook (docs/security.md has the table of what each role sees).
enum class UserRole {
    Coach,        // 就業服務員: their own caseload
    Supervisor,   // 督導: their unit's
    CaseManager,  // 職管員 at a window: their window's (北區／南區)
    BureauClerk,  // 勞動局: everything
    Administrator // manages the accounts
};

QString userRoleKey(UserRole role);
std::optional<UserRole> userRoleFromKey(const QString &key);
QString userRoleLabel(UserRole role);

// A user account, tied to a staff record.
struct Account
{
    QString id;
    QString name; // the sign-in name
    QString staffId;
    UserRole role = UserRole::Coach;
    QString unitId {}; // a supervisor's unit (the staff member's when empty)
    QString window {}; // a case manager's window (north / south)
};

// What a store needs to give an account a key slot: the password hash sign-in checks (a local
// one, or the administrator's that travels), and the key envelope made with the latter.
struct AccountKeyState
{
    QString name;
    QString passwordHash;
    bool local = false;  // a password changed on this store
    QString envelope {}; // KeyEnvelope::toText, made with the administrator's password
};

// A failed sign-in: why, and how long the next attempt must wait.
struct SignInRefusal
{
    Error error;
    int failures = 0;
    int waitSeconds = 0;
};

// The accounts of a store: made by an administrator (the first one by `init --admin`), their
// passwords as Argon2id hashes (libsodium crypto_pwhash_str, MODERATE limits), checked at sign-in
// with an increasing delay after repeated failures.
class AccountRepository
{
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    static constexpr int MinimumPasswordLength = 10;

    explicit AccountRepository(CaseStore &store) : m_store(store) { }

    // The problems of a password for an account (empty: acceptable): long enough, and not the
    // account's or the staff member's name.
    static QStringList passwordProblems(
        const QString &password, const QString &accountName, const QString &staffName);
    // An Argon2id hash of the password (MODERATE limits: about 256 MiB and a second).
    static Result<QString> hashPassword(const QByteArray &password);
    static bool passwordMatches(const QString &hash, const QByteArray &password);

    // Makes an account. passwordHash: from hashPassword (the demo hashes one password once for
    // all); envelope: its key envelope (StoreKeys::makeEnvelope), or none.
    Result<Account> create(const WriteContext &ctx, Account account, const QString &passwordHash,
        const QString &envelope = {});
    // Checks a password against the policy and makes an account with it.
    Result<Account> createWithPassword(
        const WriteContext &ctx, Account account, const QByteArray &password);
    Result<QList<Account>> accounts() const;
    Result<Account> find(const QString &name) const;
    // Every account's password hash and key envelope, for the key slots of an encrypted store.
    Result<QList<AccountKeyState>> keyStates() const;
    // The hash the account's sign-in checks (empty for an unknown name).
    QString passwordHash(const QString &name) const;

    // Signs in: the account when the password matches; otherwise the refusal, with the failures
    // counted and the wait before the next attempt (0 s for the first three, then doubling from
    // 2 s to at most 5 minutes). An attempt during the wait is refused without checking.
    tl::expected<Account, SignInRefusal> signIn(const QString &name, const QByteArray &password);
    static int waitAfter(int failures);

    // A password the user changes, kept on this store only (it never travels).
    VoidResult changePassword(
        const QString &name, const QByteArray &oldPassword, const QByteArray &newPassword);
    // Sets the password on this store only, without the old one: the bureau's recovery of a
    // forgotten password on an encrypted laptop (StoreAccess::recover), which holds the store key.
    VoidResult setLocalPassword(const QString &name, const QByteArray &newPassword);
    // The administrator sets a new password (it travels with the account).
    VoidResult resetPassword(
        const WriteContext &ctx, const QString &name, const QByteArray &password);

private:
    QString staffName(const QString &staffId) const;
    CaseStore &m_store;
};

} // namespace Casebook::Core
