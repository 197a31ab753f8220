// SPDX-License-Identifier: GPL-3.0-or-later
// What is PostgreSQL's own: the address, the schema made from the shared migrations, the refusals.
#include "core/common/rocdate.h"
#include "core/demo/demogenerator.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/rules/planyearrules.h"
#include "core/store/casestore.h"
#include "core/store/sqldialect.h"
#include "core/store/storecopy.h"
#include "core/store/uuid.h"
#include "core/tests/scratchstore.h"
#include "core/tests/testhelpers.h"
#include "forms/model/monthlyreportforms.h"
#include "forms/print/reportfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace Casebook;
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
        // The connection compiles no query (a window's queries; JIT cost 200 ms on a five-row one).
        REQUIRE(q.exec(QStringLiteral("SHOW jit")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("off"));
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

namespace {

QByteArray filesOf(const QStringList &paths)
{
    QByteArray all;
    for (const QString &p : paths) {
        QFile f(p);
        REQUIRE(f.open(QIODevice::ReadOnly));
        all += QFileInfo(p).fileName().toUtf8() + '\n' + f.readAll();
    }
    return all;
}

// The month's tables of a store written as CSV into dir: what a clerk files.
QByteArray monthlyFiles(CaseStore &store, const QString &month, const QString &dir)
{
    auto data = MonthlyReport::build(store, month, {}, MonthlyReport::Records::Current);
    REQUIRE(data);
    auto records = Forms::MonthlyReportForms::fill(*data, store.clock().today());
    REQUIRE(records);
    auto written = Forms::ReportFiles::writeMonthly(
        *records, QStringLiteral("csv"), QDir(dir).filePath(QStringLiteral("month.csv")));
    REQUIRE(written);
    return filesOf(*written);
}

} // namespace

TEST_CASE("A store moved between the engines keeps its log, digest, reports and merges alike",
    "[store][postgres][migrate]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bureau.db"));
    auto sqlite = CaseStore::open(file, testClock());
    REQUIRE(sqlite);
    REQUIRE((*sqlite)->initialize(DeviceRole::Bureau, QStringLiteral("勞動局")));
    REQUIRE(DemoGenerator(**sqlite).generate(80, 12));
    const QByteArray digest = *(*sqlite)->domainDigest(true);
    const qint64 operations = *(*sqlite)->operationCount();

    // Into a new store of the other engine (PostgreSQL under pg_virtualenv, another SQLite file
    // otherwise): every row, the same digest with the audit trail, the same identity and log head.
    const QString elsewhere
        = onPostgres() ? scratchAddress() : dir.filePath(QStringLiteral("moved.db"));
    auto moved = CaseStore::open(elsewhere, testClock());
    REQUIRE(moved);
    QList<qint64> told;
    auto copied = StoreCopy::copy(**sqlite, **moved, [&](qint64 done, qint64 total) {
        told << done * Progress::Scale / total;
        return true;
    });
    INFO((copied ? QString() : copied.error().message).toStdString());
    REQUIRE(copied);
    CHECK(*copied > operations);
    CHECK(told.last() == Progress::Scale);
    if (onPostgres()) { // the planner's statistics of the moved tables, at once
        QSqlQuery stats((*moved)->database());
        REQUIRE(stats.exec(
            QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = 'support_days'")));
        REQUIRE(stats.next());
        CHECK(stats.value(0).toInt() > 0);
    }
    CHECK(*(*moved)->domainDigest(true) == digest);
    CHECK(*(*moved)->operationCount() == operations);
    CHECK((*moved)->identity().deviceId == (*sqlite)->identity().deviceId);
    CHECK(*(*moved)->logPosition() == *(*sqlite)->logPosition());
    auto sound = (*moved)->check();
    REQUIRE(sound);
    CHECK(sound->isSound());
    // A store is moved only into an empty one: the second time is refused, nothing written.
    auto again = StoreCopy::copy(**sqlite, **moved);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == Error::Kind::NotAllowed);
    CHECK(*(*moved)->domainDigest(true) == digest);

    // The month's report files and the plan year's figures are the same bytes on both.
    const QString month = RocDate::monthKey(testClock().today().addMonths(-1));
    QTemporaryDir a;
    QTemporaryDir b;
    CHECK(monthlyFiles(**sqlite, month, a.path()) == monthlyFiles(**moved, month, b.path()));
    auto rules = PlanYearRulesLoader::forYearOrEarlier(
        QString::number(RocDate::year(testClock().today())));
    REQUIRE(rules);
    auto here = PerformanceReport::build(**sqlite, *rules, testClock().today());
    auto there = PerformanceReport::build(**moved, *rules, testClock().today());
    REQUIRE(here);
    REQUIRE(there);
    REQUIRE_FALSE(here->isEmpty());
    REQUIRE(here->size() == there->size());
    for (qsizetype i = 0; i < here->size(); ++i) {
        CHECK(here->at(i).coachId == there->at(i).coachId);
        CHECK(here->at(i).figures.placementCredits == there->at(i).figures.placementCredits);
        CHECK(here->at(i).figures.creditedSupported == there->at(i).figures.creditedSupported);
        CHECK(here->at(i).figures.countedCases == there->at(i).figures.countedCases);
    }

    // And back into a new SQLite file: the same state again.
    auto back = CaseStore::open(dir.filePath(QStringLiteral("back.db")), testClock());
    REQUIRE(back);
    REQUIRE(StoreCopy::copy(**moved, **back));
    CHECK(*(*back)->domainDigest(true) == digest);
}

TEST_CASE("Clerks writing at once on a shared store: every write kept, the log gapless, every "
          "stale write a conflict",
    "[store][postgres][concurrency]")
{
    if (!onPostgres()) {
        SUCCEED("runs under pg_virtualenv (CASEBOOK_TEST_POSTGRES=1)");
        return;
    }
    const QString address = scratchAddress();
    QString shared; // one person every clerk edits
    {
        auto store = CaseStore::open(address);
        REQUIRE(store);
        REQUIRE((*store)->initialize(DeviceRole::Window, QStringLiteral("北區職重窗口")));
        shared = newUuid();
        REQUIRE((*store)->insert({}, QStringLiteral("person"), shared,
            {{QStringLiteral("name"), QStringLiteral("王小明")}}));
    }
    constexpr int Clerks = 4;
    constexpr int Each = 25;
    std::atomic<int> failures {0};
    QStringList errors;
    QMutex errorsLock;
    QList<QThread *> threads;
    for (int clerk = 0; clerk < Clerks; ++clerk) {
        threads << QThread::create([&, clerk] {
            // Each clerk's own connection, as each desk's Casebook has.
            auto store = CaseStore::open(address);
            if (!store) {
                ++failures;
                return;
            }
            WriteContext ctx;
            ctx.actor = QStringLiteral("clerk%1").arg(clerk);
            for (int i = 0; i < Each; ++i) {
                // A person of their own, and the shared one's phone.
                const VoidResult added = (*store)->insert(ctx, QStringLiteral("person"), newUuid(),
                    {{QStringLiteral("name"), QStringLiteral("個案%1-%2").arg(clerk).arg(i)}});
                const auto phoned = (*store)->update(ctx, QStringLiteral("person"), shared,
                    {{QStringLiteral("phone"), QStringLiteral("03-%1%2").arg(clerk).arg(i)}});
                // The shared one's address as a desk edits it: read, a moment, then saved with
                // where the log stood when it was read.
                WriteContext edit = ctx;
                edit.seenPosition = (*store)->logPosition().value_or(0);
                QThread::usleep(500);
                const auto moved = (*store)->update(edit, QStringLiteral("person"), shared,
                    {{QStringLiteral("address_living"),
                        QStringLiteral("桃園市%1之%2").arg(clerk).arg(i)}});
                if (!added || !phoned || !moved) {
                    ++failures;
                    QMutexLocker locked(&errorsLock);
                    errors << (!added ? added.error().message
                                      : (!phoned ? phoned.error().message : moved.error().message));
                }
            }
        });
        threads.last()->start();
    }
    for (QThread *t : std::as_const(threads)) {
        REQUIRE(t->wait(120000));
        delete t;
    }
    INFO(errors.join(QStringLiteral("\n")).toStdString());
    CHECK(failures == 0);
    auto store = CaseStore::open(address);
    REQUIRE(store);
    auto report = (*store)->check();
    REQUIRE(report);
    CHECK(report->logGapless);
    CHECK(report->isSound());
    // Every write is in the log: the first person, and per clerk 25 persons, 25 phones and 25
    // addresses.
    CHECK(report->operations == 1 + Clerks * Each * 3);
    QSqlQuery q((*store)->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM persons")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1 + Clerks * Each);
    // The shared phone holds the last write by the log's clock.
    REQUIRE(q.exec(QStringLiteral("SELECT value FROM oplog WHERE field = 'phone' ORDER BY hlc DESC "
                                  "LIMIT 1")));
    REQUIRE(q.next());
    const QString last = q.value(0).toString();
    REQUIRE(q.exec(QStringLiteral("SELECT phone FROM persons WHERE id = '%1'").arg(shared)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == last);

    // Each address write in the log's order: stale when an earlier one in that order has a later
    // clock than the value it saw; exactly those have a conflict naming them.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT o.op_id, coalesce(o.base_hlc, 0), o.hlc, (SELECT count(*) FROM sync_conflicts c "
        "WHERE c.op_b = o.op_id AND c.status = 'open') FROM oplog o WHERE o.field = "
        "'address_living' ORDER BY o.pos")));
    qint64 latest = 0;
    int stale = 0;
    int writes = 0;
    while (q.next()) {
        ++writes;
        const bool isStale = q.value(1).toLongLong() < latest;
        stale += isStale ? 1 : 0;
        INFO("write " << writes);
        CHECK(q.value(3).toInt() == (isStale ? 1 : 0));
        latest = std::max(latest, q.value(2).toLongLong());
    }
    CHECK(writes == Clerks * Each);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sync_conflicts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == stale);
    CHECK(stale > 0); // four desks at once do overlap
    WARN("stale address writes among " << writes << ": " << stale);
}

TEST_CASE("A shared store opens with the password a person typed, kept in memory only",
    "[store][postgres][password]")
{
    if (!onPostgres()) {
        SUCCEED("runs under pg_virtualenv (CASEBOOK_TEST_POSTGRES=1)");
        return;
    }
    // A clerk's database user with a password of its own, and a database of theirs.
    PostgresAddress a = PostgresAddress::parse(scratchAddress());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setUserName(a.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP ROLE IF EXISTS casebook_clerk"));
        REQUIRE(q.exec(QStringLiteral("CREATE ROLE casebook_clerk LOGIN PASSWORD 'kiwi-7731'")));
        REQUIRE(
            q.exec(QStringLiteral("ALTER DATABASE %1 OWNER TO casebook_clerk").arg(a.database)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    a.user = QStringLiteral("casebook_clerk");
    const QString address = a.toString();
    const QByteArray environment = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    auto without = CaseStore::open(address);
    PostgresAddress::usePassword(address, QStringLiteral("wrong"));
    auto wrong = CaseStore::open(address);
    PostgresAddress::usePassword(address, QStringLiteral("kiwi-7731"));
    auto right = CaseStore::open(address);
    PostgresAddress::forgetPasswords();
    auto forgotten = CaseStore::open(address);
    qputenv("PGPASSWORD", environment);
    CHECK_FALSE(without);
    CHECK_FALSE(wrong);
    if (!wrong)
        CHECK(wrong.error().message.contains(address));
    REQUIRE(right);
    CHECK((*right)->initialize(DeviceRole::Window, QStringLiteral("南區職重窗口")));
    CHECK_FALSE(forgotten);
    // The address is the key: another user's address does not get this password.
    CHECK(PostgresAddress::passwordFor(address).isEmpty());
}
