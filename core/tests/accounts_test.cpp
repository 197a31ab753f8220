// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts: the password policy, Argon2id hashes, sign-in with an increasing delay, and a password
// changed on one store that stays there.
#include "core/accounts/accountrepository.h"
#include "core/store/storekeys.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

#include <QSqlQuery>

#include <sodium.h>

using namespace Casebook::Core;
using namespace Casebook::Core::Test;

namespace {

qint64 operationsOf(CaseStore &store, const QString &entity)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM oplog WHERE entity = ?"));
    q.addBindValue(entity);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A password is long enough and not the person's own name", "[accounts]")
{
    CHECK_FALSE(AccountRepository::passwordProblems(
        QStringLiteral("short1"), QStringLiteral("chen"), QStringLiteral("陳怡君"))
                    .isEmpty());
    CHECK_FALSE(AccountRepository::passwordProblems(
        QStringLiteral("Chen-2024-summer"), QStringLiteral("chen"), QStringLiteral("陳怡君"))
                    .isEmpty());
    CHECK_FALSE(AccountRepository::passwordProblems(
        QStringLiteral("陳怡君的密碼很長很長"), QStringLiteral("chen"), QStringLiteral("陳怡君"))
                    .isEmpty());
    CHECK(AccountRepository::passwordProblems(
        QStringLiteral("tea-garden-lantern"), QStringLiteral("chen"), QStringLiteral("陳怡君"))
              .isEmpty());
    CHECK(AccountRepository::waitAfter(0) == 0);
    CHECK(AccountRepository::waitAfter(2) == 0);
    CHECK(AccountRepository::waitAfter(3) == 2);
    CHECK(AccountRepository::waitAfter(4) == 4);
    CHECK(AccountRepository::waitAfter(10) == 256);
    CHECK(AccountRepository::waitAfter(50) == 300);
}

TEST_CASE("Accounts: Argon2id at MODERATE, sign-in slows down after wrong passwords, a changed "
          "password stays on the store",
    "[accounts]")
{
    FixedClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    auto store = memoryStore(clock, DeviceRole::Supervisor);
    UnitRepository units(*store);
    const QString unit
        = *units.createUnit({}, {{}, QStringLiteral("北區中心"), QStringLiteral("supported"), {}});
    const QString staff
        = *units.createStaff({}, {{}, QStringLiteral("陳怡君"), QStringLiteral("coach"), unit});
    AccountRepository accounts(*store);

    // Refused: no staff record, a weak password, a hash that is not Argon2id.
    CHECK_FALSE(accounts.createWithPassword(
        {}, {{}, QStringLiteral("nobody"), {}, UserRole::Coach}, "tea-garden-lantern"));
    CHECK_FALSE(accounts.createWithPassword(
        {}, {{}, QStringLiteral("chen"), staff, UserRole::Coach}, "short"));
    CHECK_FALSE(accounts.create(
        {}, {{}, QStringLiteral("chen"), staff, UserRole::Coach}, QStringLiteral("plain-text")));
    CHECK(accounts.accounts()->isEmpty());

    auto made = accounts.createWithPassword(
        {}, {{}, QStringLiteral("chen"), staff, UserRole::Coach}, "tea-garden-lantern");
    REQUIRE(made);
    CHECK_FALSE(accounts.createWithPassword(
        {}, {{}, QStringLiteral("chen"), staff, UserRole::Coach}, "another-long-one"));
    {
        QSqlQuery q(store->database());
        REQUIRE(q.exec(QStringLiteral("SELECT password_hash, role FROM accounts")));
        REQUIRE(q.next());
        const QString hash = q.value(0).toString();
        CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
        CHECK(hash.contains(QStringLiteral("m=262144"))); // MODERATE: 256 MiB
        CHECK_FALSE(hash.contains(QStringLiteral("tea-garden")));
        CHECK(q.value(1).toString() == QStringLiteral("coach"));
    }
    // It travels: name, staff, role, unit, window, the hash and the key envelope (which holds
    // no key in clear: its secret half is wrapped under the password).
    CHECK(operationsOf(*store, QStringLiteral("account")) == 7);
    {
        QSqlQuery q(store->database());
        REQUIRE(q.exec(QStringLiteral("SELECT key_envelope, password_hash FROM accounts")));
        REQUIRE(q.next());
        const auto envelope = KeyEnvelope::fromText(q.value(0).toString());
        REQUIRE(envelope);
        CHECK(envelope->basis == StoreKeys::basisOf(q.value(1).toString()));
        CHECK(envelope->mem >= crypto_pwhash_MEMLIMIT_MODERATE);
        CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("tea-garden")));
    }

    auto in = accounts.signIn(QStringLiteral("chen"), "tea-garden-lantern");
    REQUIRE(in);
    CHECK(in->role == UserRole::Coach);
    CHECK(in->staffId == staff);

    // Three wrong passwords, then a wait; an unknown name is answered the same way.
    auto unknown = accounts.signIn(QStringLiteral("nobody"), "tea-garden-lantern");
    REQUIRE_FALSE(unknown);
    const QString wrongMessage = unknown.error().error.message;
    for (int i = 1; i <= 3; ++i) {
        auto wrong = accounts.signIn(QStringLiteral("chen"), "wrong-password-here");
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().error.message == wrongMessage);
        CHECK(wrong.error().failures == i);
    }
    auto waiting = accounts.signIn(QStringLiteral("chen"), "tea-garden-lantern");
    REQUIRE_FALSE(waiting); // refused during the wait, even with the right password
    CHECK(waiting.error().waitSeconds == 2);
    clock.setNow(clock.now().addSecs(3));
    REQUIRE(accounts.signIn(QStringLiteral("chen"), "tea-garden-lantern"));
    auto afterReset = accounts.signIn(QStringLiteral("chen"), "wrong-password-here");
    REQUIRE_FALSE(afterReset);
    CHECK(afterReset.error().failures == 1); // a success clears the count

    // A changed password is local: no operation travels, the old one no longer signs in.
    const qint64 before = operationsOf(*store, QStringLiteral("account"));
    CHECK_FALSE(
        accounts.changePassword(QStringLiteral("chen"), "tea-garden-lantern", "chen-again-2026"));
    REQUIRE(accounts.changePassword(
        QStringLiteral("chen"), "tea-garden-lantern", "river-stone-window"));
    CHECK(operationsOf(*store, QStringLiteral("account")) == before);
    CHECK_FALSE(accounts.signIn(QStringLiteral("chen"), "tea-garden-lantern"));
    CHECK(accounts.signIn(QStringLiteral("chen"), "river-stone-window"));
    CHECK(store->check()->isSound());
}
