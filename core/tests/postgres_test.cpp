// SPDX-License-Identifier: GPL-3.0-or-later
// What is PostgreSQL's own: the address, the schema made from the shared migrations, the refusals.
#include "core/store/casestore.h"
#include "core/store/sqldialect.h"
#include "core/tests/scratchstore.h"
#include "core/tests/testhelpers.h"

#include <QSqlQuery>

using namespace Casebook::Core;
using namespace Casebook::Core::Test;

TEST_CASE("A PostgreSQL address names user, host, port and database, never a password",
    "[store][postgres]")
{
    const auto a
        = PostgresAddress::parse(QStringLiteral("postgresql://clerk@db.bureau:5433/casebook"));
    CHECK(a.user == QStringLiteral("clerk"));
    CHECK(a.host == QStringLiteral("db.bureau"));
    CHECK(a.port == 5433);
    CHECK(a.database == QStringLiteral("casebook"));
    CHECK(PostgresAddress::parse(a.toString()).database == a.database);
    CHECK(PostgresAddress::parse(QStringLiteral("postgresql://clerk@db/x")).port == 5432);
    // A password in the address, a path with more than a database, or no database: refused.
    for (const char *bad : {"postgresql://clerk:secret@db/casebook", "postgresql://clerk@db/a/b",
             "postgresql://clerk@db/", "postgresql://clerk@db/casebook?sslmode=disable"}) {
        INFO(bad);
        CHECK(PostgresAddress::parse(QString::fromLatin1(bad)).database.isEmpty());
        auto opened = CaseStore::open(QString::fromLatin1(bad));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().kind == Error::Kind::Invalid);
    }
}

TEST_CASE("The migrations become PostgreSQL's schema: 64-bit integers, bytes, the log's order, "
          "guard triggers",
    "[store][postgres]")
{
    const SqlDialect pg(Engine::Postgres);
    const QStringList made = pg.migration({QStringLiteral(
        "CREATE TABLE oplog (\n    seq INTEGER NOT NULL,\n    hash BLOB,\n    hours REAL\n);")});
    REQUIRE(made.size() == 1);
    CHECK(made.first().contains(QStringLiteral("pos BIGSERIAL UNIQUE")));
    CHECK(made.first().contains(QStringLiteral("seq BIGINT NOT NULL")));
    CHECK(made.first().contains(QStringLiteral("hash BYTEA")));
    CHECK(made.first().contains(QStringLiteral("hours DOUBLE PRECISION")));
    const QStringList guard = pg.migration({QStringLiteral(
        "CREATE TRIGGER t_kept BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, 'kept'); END;")});
    REQUIRE(guard.size() == 2);
    CHECK(guard.at(0).startsWith(QStringLiteral("CREATE FUNCTION t_kept()")));
    CHECK(guard.at(0).contains(QStringLiteral("RETURN OLD")));
    CHECK(guard.at(1)
        == QStringLiteral("CREATE TRIGGER t_kept BEFORE DELETE ON t FOR EACH ROW EXECUTE FUNCTION "
                          "t_kept()"));
    // SQLite runs them as written.
    CHECK(SqlDialect(Engine::Sqlite).migration(guard) == guard);
}

TEST_CASE("A PostgreSQL store is made, reopened, refuses a newer schema and a foreign database",
    "[store][postgres]")
{
    if (!onPostgres()) {
        SUCCEED("runs under pg_virtualenv (CASEBOOK_TEST_POSTGRES=1)");
        return;
    }
    const QString address = scratchAddress();
    {
        auto store = CaseStore::open(address, testClock());
        INFO((store ? QString() : store.error().message).toStdString());
        REQUIRE(store);
        CHECK((*store)->dialect().isPostgres());
        REQUIRE((*store)->initialize(DeviceRole::Bureau, QStringLiteral("勞動局")));
        QSqlQuery q((*store)->database());
        REQUIRE(q.exec(QStringLiteral("SELECT version FROM casebook_schema")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == CaseStore::latestSchemaVersion());
        // A trust record's guard is a trigger on this engine too.
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO sync_devices (device_id, name, role, sign_key, box_key, trusted_as, "
            "added_on, "
            "revoked) VALUES ('d', 'n', 'coach', 's', 'b', 'enrolled', '2024-01-01', 0)")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM sync_devices WHERE device_id = 'd'")));
    }
    {
        auto again = CaseStore::open(address, testClock());
        REQUIRE(again);
        CHECK((*again)->identity().name == QStringLiteral("勞動局"));
        QSqlQuery q((*again)->database());
        REQUIRE(q.exec(QStringLiteral("UPDATE casebook_schema SET version = version + 1")));
    }
    auto newer = CaseStore::open(address, testClock());
    REQUIRE_FALSE(newer);
    CHECK(newer.error().kind == Error::Kind::StoreNewer);

    const QString foreign = scratchAddress();
    {
        auto raw = CaseStore::open(foreign, testClock());
        REQUIRE(raw);
        QSqlQuery q((*raw)->database());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE casebook_schema")));
    }
    auto refused = CaseStore::open(foreign, testClock());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotAStore);
}
