// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/accountrepository.h"

#include "core/store/sqlerror.h"
#include "core/store/storekeys.h"
#include "core/store/uuid.h"

#include <QSqlQuery>

#include <sodium.h>

namespace Casebook::Core {

namespace {

struct RoleName
{
    UserRole role;
    const char *key;
};

constexpr RoleName Roles[] = {
    {UserRole::Coach, "coach"},
    {UserRole::Supervisor, "supervisor"},
    {UserRole::CaseManager, "case_manager"},
    {UserRole::BureauClerk, "bureau_clerk"},
    {UserRole::Administrator, "administrator"},
};

bool sodiumReady()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString userRoleKey(UserRole role)
{
    for (const RoleName &r : Roles) {
        if (r.role == role)
            return QString::fromLatin1(r.key);
    }
    return {};
}

std::optional<UserRole> userRoleFromKey(const QString &key)
{
    for (const RoleName &r : Roles) {
        if (key == QLatin1String(r.key))
            return r.role;
    }
    return std::nullopt;
}

QString userRoleLabel(UserRole role)
{
    switch (role) {
    case UserRole::Coach:
        return AccountRepository::tr("Job coach");
    case UserRole::Supervisor:
        return AccountRepository::tr("Unit supervisor");
    case UserRole::CaseManager:
        return AccountRepository::tr("Window case manager");
    case UserRole::BureauClerk:
        return AccountRepository::tr("Bureau clerk");
    case UserRole::Administrator:
        return AccountRepository::tr("Administrator");
    }
    return {};
}

QStringList AccountRepository::passwordProblems(
    const QString &password, const QString &accountName, const QString &staffName)
{
    QStringList out;
    if (password.size() < MinimumPasswordLength) {
        out << tr("A password has at least %1 characters.").arg(MinimumPasswordLength);
    }
    const QString lowered = password.toLower();
    for (const QString &name : {accountName, staffName}) {
        const QString n = name.trimmed().toLower();
        if (n.size() >= 2 && lowered.contains(n)) {
            out << tr("A password may not contain the person's own name.");
            break;
        }
    }
    return out;
}

Result<QString> AccountRepository::hashPassword(const QByteArray &password)
{
    if (!sodiumReady())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), password.constData(),
            static_cast<unsigned long long>(password.size()), crypto_pwhash_OPSLIMIT_MODERATE,
            crypto_pwhash_MEMLIMIT_MODERATE)
        != 0)
        return fail(Error::Kind::Io, tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out.constData());
}

bool AccountRepository::passwordMatches(const QString &hash, const QByteArray &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), password.constData(),
               static_cast<unsigned long long>(password.size()))
        == 0;
}

QString AccountRepository::staffName(const QString &staffId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT name FROM staff WHERE id = ? AND deleted = 0"));
    q.addBindValue(staffId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Result<Account> AccountRepository::create(
    const WriteContext &ctx, Account account, const QString &passwordHash, const QString &envelope)
{
    account.name = account.name.trimmed();
    if (account.name.isEmpty())
        return fail(Error::Kind::Invalid, tr("An account needs a sign-in name."));
    if (find(account.name))
        return fail(Error::Kind::Invalid, tr("There is an account %1 already.").arg(account.name));
    if (account.role != UserRole::Administrator && staffName(account.staffId).isEmpty())
        return fail(Error::Kind::Invalid, tr("An account belongs to a member of staff."));
    if (!passwordHash.startsWith(QLatin1String("$argon2id$")))
        return fail(Error::Kind::Invalid, tr("The password is not protected with Argon2id."));
    if (account.id.isEmpty())
        account.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("account"), account.id,
        {{QStringLiteral("name"), account.name},
            {QStringLiteral("staff_id"),
                account.staffId.isEmpty() ? QVariant() : QVariant(account.staffId)},
            {QStringLiteral("role"), userRoleKey(account.role)},
            {QStringLiteral("unit_id"),
                account.unitId.isEmpty() ? QVariant() : QVariant(account.unitId)},
            {QStringLiteral("window"),
                account.window.isEmpty() ? QVariant() : QVariant(account.window)},
            {QStringLiteral("password_hash"), passwordHash},
            {QStringLiteral("key_envelope"),
                envelope.isEmpty() ? QVariant() : QVariant(envelope)}});
    if (!r)
        return tl::unexpected(r.error());
    return account;
}

Result<Account> AccountRepository::createWithPassword(
    const WriteContext &ctx, Account account, const QByteArray &password)
{
    const QStringList problems
        = passwordProblems(QString::fromUtf8(password), account.name, staffName(account.staffId));
    if (!problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.join(QLatin1Char(' ')));
    auto hash = hashPassword(password);
    if (!hash)
        return tl::unexpected(hash.error());
    auto envelope = StoreKeys::makeEnvelope(account.name, password, *hash);
    if (!envelope)
        return tl::unexpected(envelope.error());
    return create(ctx, std::move(account), *hash, envelope->toText());
}

Result<QList<AccountKeyState>> AccountRepository::keyStates() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT a.name, coalesce(p.password_hash, a.password_hash, ''), "
            "p.password_hash IS NOT NULL, coalesce(a.key_envelope, '') FROM accounts a "
            "LEFT JOIN account_passwords p ON p.account_id = a.id WHERE a.deleted = 0 "
            "ORDER BY a.name")))
        return SqlError::failure(q);
    QList<AccountKeyState> out;
    while (q.next()) {
        out << AccountKeyState {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
            q.value(3).toString()};
    }
    return out;
}

QString AccountRepository::passwordHash(const QString &name) const
{
    for (const AccountKeyState &a : keyStates().value_or(QList<AccountKeyState>())) {
        if (a.name == name.trimmed())
            return a.passwordHash;
    }
    return {};
}

Result<QList<Account>> AccountRepository::accounts() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT a.id, a.name, a.staff_id, a.role, coalesce(a.unit_id, s.unit_id), a.\"window\" "
            "FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.deleted = 0 "
            "ORDER BY a.name")))
        return SqlError::failure(q);
    QList<Account> out;
    while (q.next()) {
        out << Account {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            userRoleFromKey(q.value(3).toString()).value_or(UserRole::Coach), q.value(4).toString(),
            q.value(5).toString()};
    }
    return out;
}

Result<Account> AccountRepository::find(const QString &name) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT a.id, a.name, a.staff_id, a.role, coalesce(a.unit_id, s.unit_id), a.\"window\" "
        "FROM accounts a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.name = ? AND a.deleted = "
        "0"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("There is no account %1.").arg(name.trimmed()));
    const auto role = userRoleFromKey(q.value(3).toString());
    if (!role)
        return fail(Error::Kind::Corrupt, tr("The account %1 has an unknown role.").arg(name));
    return Account {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *role,
        q.value(4).toString(), q.value(5).toString()};
}

int AccountRepository::waitAfter(int failures)
{
    if (failures < 3)
        return 0;
    const int doubling = std::min(failures - 3, 8); // 2, 4, … 256 s, then 300 s
    return std::min(2 << doubling, 300);
}

tl::expected<Account, SignInRefusal> AccountRepository::signIn(
    const QString &name, const QByteArray &password)
{
    const QString key = name.trimmed();
    const QDateTime now = m_store.clock().now();
    int failures = 0;
    QDateTime last;
    {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral(
            "SELECT failures, last_at FROM sign_in_failures WHERE account_name = ?"));
        q.addBindValue(key);
        if (q.exec() && q.next()) {
            failures = q.value(0).toInt();
            last = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        }
    }
    const int wait = waitAfter(failures);
    if (wait > 0 && last.isValid() && last.secsTo(now) < wait) {
        return tl::unexpected(SignInRefusal {
            Error {Error::Kind::NotAllowed,
                tr("Too many wrong passwords: wait %n second(s) before the next try.", nullptr,
                    static_cast<int>(wait - last.secsTo(now)))},
            failures, static_cast<int>(wait - last.secsTo(now))});
    }
    auto account = find(key);
    if (account && passwordMatches(passwordHash(account->name), password)) {
        QSqlQuery clear(m_store.database());
        clear.prepare(QStringLiteral("DELETE FROM sign_in_failures WHERE account_name = ?"));
        clear.addBindValue(key);
        clear.exec();
        return *account;
    }
    // The same answer for an unknown name and a wrong password.
    ++failures;
    QSqlQuery count(m_store.database());
    count.prepare(QStringLiteral("INSERT INTO sign_in_failures (account_name, failures, last_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (account_name) DO UPDATE SET "
                                 "failures = excluded.failures, last_at = excluded.last_at"));
    count.addBindValue(key);
    count.addBindValue(failures);
    count.addBindValue(now.toUTC().toString(Qt::ISODate));
    count.exec();
    return tl::unexpected(
        SignInRefusal {Error {Error::Kind::NotAllowed, tr("The name or the password is wrong.")},
            failures, waitAfter(failures)});
}

VoidResult AccountRepository::changePassword(
    const QString &name, const QByteArray &oldPassword, const QByteArray &newPassword)
{
    auto account = signIn(name, oldPassword);
    if (!account)
        return tl::unexpected(account.error().error);
    return setLocalPassword(name, newPassword);
}

VoidResult AccountRepository::setLocalPassword(const QString &name, const QByteArray &newPassword)
{
    auto account = find(name);
    if (!account)
        return tl::unexpected(account.error());
    const QStringList problems = passwordProblems(
        QString::fromUtf8(newPassword), account->name, staffName(account->staffId));
    if (!problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.join(QLatin1Char(' ')));
    auto hash = hashPassword(newPassword);
    if (!hash)
        return tl::unexpected(hash.error());
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO account_passwords (account_id, password_hash, "
                             "changed_at) VALUES (?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET "
                             "password_hash = excluded.password_hash, "
                             "changed_at = excluded.changed_at"));
    q.addBindValue(account->id);
    q.addBindValue(*hash);
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::failure(q);
    return {};
}

VoidResult AccountRepository::resetPassword(
    const WriteContext &ctx, const QString &name, const QByteArray &password)
{
    auto account = find(name);
    if (!account)
        return tl::unexpected(account.error());
    const QStringList problems
        = passwordProblems(QString::fromUtf8(password), account->name, staffName(account->staffId));
    if (!problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.join(QLatin1Char(' ')));
    auto hash = hashPassword(password);
    if (!hash)
        return tl::unexpected(hash.error());
    auto envelope = StoreKeys::makeEnvelope(account->name, password, *hash);
    if (!envelope)
        return tl::unexpected(envelope.error());
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = m_store.update(ctx, QStringLiteral("account"), account->id,
            {{QStringLiteral("password_hash"), *hash},
                {QStringLiteral("key_envelope"), envelope->toText()}});
        !r)
        return tl::unexpected(r.error());
    QSqlQuery local(m_store.database()); // the administrator's password replaces a local one
    local.prepare(QStringLiteral("DELETE FROM account_passwords WHERE account_id = ?"));
    local.addBindValue(account->id);
    if (!local.exec())
        return SqlError::failure(local);
    return tx.commit();
}

} // namespace Casebook::Core
