// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/store/beside.h"
#include "core/store/casestore.h"
#include "core/store/loopstatement.h"
#include "core/store/readthread.h"
#include "core/store/sqlerror.h"
#include "core/store/storekeys.h"
#include "core/store/walcheckpointer.h"
#include "core/sync/syncrepository.h"
#include "core/tests/testhelpers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <future>

using namespace Casebook::Core;
using Casebook::Core::Test::memoryStore;
using Casebook::Core::Test::testClock;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void rawExec(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST_CASE("A fresh store is created, migrated and reopened", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("casebook.db"));
    QString deviceId;
    {
        auto store = CaseStore::open(path, testClock());
        REQUIRE(store);
        CHECK_FALSE((*store)->isInitialized());
        REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("陳怡君的筆電")));
        deviceId = (*store)->identity().deviceId;
        QSqlQuery q((*store)->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == CaseStore::latestSchemaVersion());
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
        CHECK((*store)->initialize(DeviceRole::Bureau, QStringLiteral("x")).error().kind
            == Error::Kind::NotAllowed);
    }
    auto again = CaseStore::open(path, testClock());
    REQUIRE(again);
    CHECK((*again)->identity().deviceId == deviceId);
    CHECK((*again)->identity().role == DeviceRole::Coach);
    CHECK((*again)->identity().name == QStringLiteral("陳怡君的筆電"));
}

TEST_CASE("A store from a newer build is refused and left unchanged", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto store = CaseStore::open(path, testClock());
        REQUIRE(store);
    }
    rawExec(path, {QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = fileHash(path);
    auto store = CaseStore::open(path, testClock());
    REQUIRE_FALSE(store);
    CHECK(store.error().kind == Error::Kind::StoreNewer);
    CHECK(store.error().message.contains(QStringLiteral("newer")));
    CHECK(fileHash(path) == before);
}

TEST_CASE(
    "A file that is not a Casebook store is refused and left unchanged", "[store][migrations]")
{
    QTemporaryDir dir;
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("This is a letter, not a database.\n").repeated(200));
        f.close();
        const QByteArray before = fileHash(path);
        auto store = CaseStore::open(path, testClock());
        REQUIRE_FALSE(store);
        CHECK(store.error().kind == Error::Kind::NotAStore);
        CHECK(fileHash(path) == before);
    }
    SECTION("another application's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawExec(path,
            {QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"),
                QStringLiteral("INSERT INTO songs (title) VALUES ('x')")});
        const QByteArray before = fileHash(path);
        auto store = CaseStore::open(path, testClock());
        REQUIRE_FALSE(store);
        CHECK(store.error().kind == Error::Kind::NotAStore);
        CHECK(fileHash(path) == before);
    }
}

TEST_CASE("A corrupt store is refused and left unchanged", "[store][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.db"));
    {
        auto store = CaseStore::open(path, testClock());
        REQUIRE(store);
        REQUIRE((*store)->initialize(DeviceRole::Window, QStringLiteral("w")));
        DemoGenerator demo(**store);
        REQUIRE(demo.generate(30, 1));
        QSqlQuery q((*store)->database());
        REQUIRE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 4 * 4096);
    // Damage pages past the header: the b-tree pages of the tables.
    for (qint64 offset = 4096; offset < size; offset += 4096) {
        f.seek(offset);
        f.write(QByteArray(64, '\xA5'));
    }
    f.close();
    const QByteArray before = fileHash(path);
    auto store = CaseStore::open(path, testClock());
    REQUIRE_FALSE(store);
    CHECK(store.error().kind == Error::Kind::Corrupt);
    CHECK(fileHash(path) == before);
}

TEST_CASE("A store in use by another program is refused", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    auto first = CaseStore::open(path, testClock());
    REQUIRE(first);
    auto second = CaseStore::open(path, testClock());
    REQUIRE_FALSE(second);
    CHECK(second.error().kind == Error::Kind::Locked);
    first->reset();
    auto third = CaseStore::open(path, testClock());
    CHECK(third.has_value());
}

TEST_CASE("Every write appends to the operation log in the same transaction", "[store][oplog]")
{
    auto store = memoryStore();
    PersonRepository persons(*store);
    Person p;
    p.name = QStringLiteral("王小明");
    p.sex = QStringLiteral("M");
    p.birthDate = QDate(1990, 5, 1);
    p.idNumber = QStringLiteral("A123456789");
    p.district = QStringLiteral("68000020");
    const WriteContext ctx {QStringLiteral("倪美玲"), QStringLiteral("form1"), QStringLiteral("1")};
    auto id = persons.create(ctx, p);
    REQUIRE(id);
    auto ops = store->operationsForRow(*id);
    REQUIRE(ops);
    REQUIRE(ops->size() == 5);
    qint64 lastSeq = 0;
    qint64 lastHlc = 0;
    for (const Operation &op : *ops) {
        CHECK(op.deviceId == store->identity().deviceId);
        CHECK(op.actor == QStringLiteral("倪美玲"));
        CHECK(op.entity == QStringLiteral("person"));
        CHECK(op.formId == QStringLiteral("form1"));
        CHECK(op.baseHlc == 0);
        CHECK(op.seq == lastSeq + 1);
        CHECK(op.hlc > lastHlc);
        lastSeq = op.seq;
        lastHlc = op.hlc;
    }

    // An update logs only changed fields and names the clock of the value it overwrote.
    auto found = persons.find(*id);
    REQUIRE(found);
    found->birthDate = QDate(1990, 5, 2);
    auto changed = persons.update({QStringLiteral("倪美玲"), {}, {}}, *found);
    REQUIRE(changed);
    CHECK(*changed == 1);
    auto after = store->operationsForRow(*id);
    REQUIRE(after->size() == 6);
    const Operation &last = after->last();
    CHECK(last.field == QStringLiteral("birth_date"));
    CHECK(last.value == QStringLiteral("1990-05-02"));
    const auto original = std::find_if(ops->begin(), ops->end(),
        [](const Operation &o) { return o.field == QStringLiteral("birth_date"); });
    CHECK(last.baseHlc == original->hlc);

    // A failed write leaves neither the row nor the log changed, and the sequence stays gapless.
    const auto countBefore = store->operationCount();
    auto bad = store->insert({}, QStringLiteral("case"), QStringLiteral("c1"),
        {{QStringLiteral("person_id"), QStringLiteral("no-such-person")}});
    CHECK_FALSE(bad);
    CHECK(*store->operationCount() == *countBefore);
    auto unknown
        = store->update({}, QStringLiteral("person"), *id, {{QStringLiteral("shoe_size"), 42}});
    CHECK_FALSE(unknown);
    auto report = store->check();
    REQUIRE(report);
    CHECK(report->isSound());
}

TEST_CASE("Two desks change one person: a stale write opens a conflict, never a silent overwrite",
    "[store][oplog][stale]")
{
    auto store = memoryStore();
    PersonRepository persons(*store);
    Person p;
    p.name = QStringLiteral("王小明");
    p.sex = QStringLiteral("M");
    p.birthDate = QDate(1990, 5, 1);
    p.idNumber = QStringLiteral("A123456789");
    p.phone = QStringLiteral("03-3322101");
    p.addressLiving = QStringLiteral("桃園市桃園區縣府路1號");
    auto id = persons.create({QStringLiteral("倪美玲"), {}, {}}, p);
    REQUIRE(id);

    // 倪美玲 opens the person at her desk; 林志明 at his changes the phone and the address.
    const auto seen = store->logPosition();
    REQUIRE(seen);
    auto hers = persons.find(*id);
    REQUIRE(hers);
    auto his = *hers;
    his.phone = QStringLiteral("03-4567890");
    his.addressLiving = QStringLiteral("桃園市中壢區中大路300號");
    REQUIRE(persons.update({QStringLiteral("林志明"), {}, {}}, his));
    CHECK(store->staleWrites().isEmpty());
    const QByteArray afterHis = *store->domainDigest();

    // She saves what she saw with a new phone of her own: the address she left alone keeps his
    // value, the phone both changed is a conflict.
    hers->phone = QStringLiteral("0912-345678");
    WriteContext ctx {QStringLiteral("倪美玲"), {}, {}, *seen};
    auto changed = persons.update(ctx, *hers);
    REQUIRE(changed);
    CHECK(*changed == 1);
    auto now = persons.find(*id);
    CHECK(now->addressLiving == QStringLiteral("桃園市中壢區中大路300號"));
    CHECK(now->phone == QStringLiteral("0912-345678")); // the later clock shows, as in the merge
    REQUIRE(store->staleWrites().size() == 2);
    const StaleWrite &kept = store->staleWrites().first().kept ? store->staleWrites().first()
                                                               : store->staleWrites().last();
    CHECK(kept.field == QStringLiteral("address_living"));
    CHECK(kept.theirs == QStringLiteral("桃園市中壢區中大路300號"));
    const StaleWrite &w = store->staleWrites().first().kept ? store->staleWrites().last()
                                                            : store->staleWrites().first();
    CHECK_FALSE(w.kept);
    CHECK(w.field == QStringLiteral("phone"));
    CHECK(w.seen == QStringLiteral("03-3322101"));
    CHECK(w.theirs == QStringLiteral("03-4567890"));
    CHECK(w.theirActor == QStringLiteral("林志明"));
    CHECK(w.mine == QStringLiteral("0912-345678"));
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT c.value_a, c.value_b, c.status, a.actor, b.actor, b.base_hlc, a.hlc FROM "
        "sync_conflicts c JOIN oplog a ON a.op_id = c.op_a JOIN oplog b ON b.op_id = c.op_b")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("03-4567890"));
    CHECK(q.value(1).toString() == QStringLiteral("0912-345678"));
    CHECK(q.value(2).toString() == QStringLiteral("open"));
    CHECK(q.value(3).toString() == QStringLiteral("林志明"));
    CHECK(q.value(4).toString() == QStringLiteral("倪美玲"));
    // Her write carries the clock of the value she saw, older than his.
    CHECK(q.value(5).toLongLong() < q.value(6).toLongLong());
    CHECK_FALSE(q.next());
    q.finish();
    CHECK(store->check()->isSound());

    // Both kept: a person decides, and the conflict closes.
    auto open = SyncRepository(*store).conflicts();
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    REQUIRE(SyncRepository(*store).resolve({QStringLiteral("督導"), {}, {}}, open->first().id,
        QStringLiteral("03-4567890"), QStringLiteral("他已向本人確認")));
    CHECK(persons.find(*id)->phone == QStringLiteral("03-4567890"));
    CHECK(SyncRepository(*store).conflicts()->isEmpty());

    // A save from a window that saw everything is no conflict; one that only repeats the other
    // desk's value is none either, and writes nothing.
    auto fresh = persons.find(*id);
    const auto seenNow = store->logPosition();
    fresh->phone = QStringLiteral("03-1111111");
    REQUIRE(persons.update({QStringLiteral("倪美玲"), {}, {}, *seenNow}, *fresh));
    CHECK(store->staleWrites().isEmpty());
    auto again = *fresh;
    again.addressLiving = QStringLiteral("桃園市八德區介壽路1號");
    REQUIRE(persons.update({QStringLiteral("林志明"), {}, {}}, again));
    const qint64 ops = *store->operationCount();
    REQUIRE(persons.update({QStringLiteral("倪美玲"), {}, {}, *seenNow}, again));
    CHECK(*store->operationCount() == ops);
    CHECK(SyncRepository(*store).conflicts()->isEmpty());
    CHECK(afterHis != *store->domainDigest());

    // A legally significant field under such a conflict keeps its confirmed value until decided.
    const auto certSeen = store->logPosition();
    REQUIRE(store->update({QStringLiteral("林志明"), {}, {}}, QStringLiteral("person"), *id,
        {{QStringLiteral("cert_severity"), QStringLiteral("2")}}));
    const auto confirmed = persons.find(*id)->certSeverity;
    const auto certBefore = store->logPosition();
    REQUIRE(store->update({QStringLiteral("林志明"), {}, {}}, QStringLiteral("person"), *id,
        {{QStringLiteral("cert_severity"), QStringLiteral("3")}}));
    REQUIRE(store->update({QStringLiteral("倪美玲"), {}, {}, *certBefore}, QStringLiteral("person"),
        *id, {{QStringLiteral("cert_severity"), QStringLiteral("4")}}));
    CHECK(*certSeen < *certBefore);
    REQUIRE(store->staleWrites().size() == 1);
    CHECK(persons.find(*id)->certSeverity == confirmed);
    auto certConflict = SyncRepository(*store).conflicts();
    REQUIRE(certConflict->size() == 1);
    REQUIRE(SyncRepository(*store).resolve({QStringLiteral("督導"), {}, {}},
        certConflict->first().id, QStringLiteral("4"), QStringLiteral("依新證明")));
    CHECK(persons.find(*id)->certSeverity == QStringLiteral("4"));
    CHECK(store->check()->isSound());

    // A writer's own writes in the same transaction are seen (a form made, then marked complete).
    const auto before = store->logPosition();
    {
        Transaction tx(*store);
        REQUIRE(store->insert({}, QStringLiteral("person"), QStringLiteral("p-own"),
            {{QStringLiteral("name"), QStringLiteral("李小華")}}));
        REQUIRE(store->update({QStringLiteral("倪美玲"), {}, {}, *before}, QStringLiteral("person"),
            QStringLiteral("p-own"), {{QStringLiteral("name"), QStringLiteral("李曉華")}}));
        REQUIRE(tx.commit());
    }
    CHECK(store->staleWrites().isEmpty());
    CHECK(SyncRepository(*store).conflicts()->isEmpty());
}

TEST_CASE("The domain tables can be rebuilt from the operation log alone", "[store][oplog]")
{
    auto store = memoryStore();
    DemoGenerator demo(*store);
    REQUIRE(demo.generate(120, 7));
    // Edits and a tombstone on top of the demo
    PersonRepository persons(*store);
    auto all = persons.search({});
    REQUIRE(all);
    Person p = all->first();
    p.addressLiving = QStringLiteral("桃園市中壢區中央西路一段1號");
    REQUIRE(persons.update({}, p));
    REQUIRE(persons.remove({}, all->last().id));

    auto replica = CaseStore::open(QStringLiteral(":memory:"), testClock());
    REQUIRE(replica);
    QSqlQuery((*replica)->database()).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    auto ops = store->operations();
    REQUIRE(ops);
    CHECK(ops->size() > 1000);
    for (const Operation &op : *ops)
        REQUIRE((*replica)->applyOperation(op));
    auto a = store->domainDigest();
    auto b = (*replica)->domainDigest();
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a == *b);

    // And the check notices a write that bypassed the log.
    auto before = store->check();
    REQUIRE(before);
    CHECK(before->isSound());
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral(
        "UPDATE persons SET name = '竄改' WHERE id = (SELECT min(id) FROM persons)")));
    auto after = store->check();
    REQUIRE(after);
    CHECK_FALSE(after->logMatchesTables);
    CHECK_FALSE(after->isSound());
}

TEST_CASE("A row's fields are set together, as the merge sets a run of a bundle's writes",
    "[store][oplog]")
{
    auto store = CaseStore::open(QStringLiteral(":memory:"), testClock());
    REQUIRE(store);
    QSqlQuery((*store)->database()).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    auto name = [&](const QString &id, const QString &column) {
        QSqlQuery q((*store)->database());
        q.prepare(QStringLiteral("SELECT %1 FROM persons WHERE id = ?").arg(column));
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0);
    };
    // A new row and its fields in one statement.
    REQUIRE((*store)->applyFields(QStringLiteral("person"), QStringLiteral("p1"),
        {{QStringLiteral("name"), QStringLiteral("王小明")},
            {QStringLiteral("phone"), QStringLiteral("03-1234567")}},
        true));
    CHECK(
        name(QStringLiteral("p1"), QStringLiteral("name")).toString() == QStringLiteral("王小明"));
    CHECK(name(QStringLiteral("p1"), QStringLiteral("phone")).toString()
        == QStringLiteral("03-1234567"));
    // The row made again (a log replayed over it) keeps the fields it does not name.
    REQUIRE((*store)->applyFields(QStringLiteral("person"), QStringLiteral("p1"),
        {{QStringLiteral("name"), QStringLiteral("王曉明")}}, true));
    CHECK(
        name(QStringLiteral("p1"), QStringLiteral("name")).toString() == QStringLiteral("王曉明"));
    CHECK(name(QStringLiteral("p1"), QStringLiteral("phone")).toString()
        == QStringLiteral("03-1234567"));
    // An existing row's fields in one update; a null value is NULL.
    REQUIRE((*store)->applyFields(QStringLiteral("person"), QStringLiteral("p1"),
        {{QStringLiteral("phone"), QString()}, {QStringLiteral("name"), QStringLiteral("王明")}},
        false));
    CHECK(name(QStringLiteral("p1"), QStringLiteral("phone")).isNull());
    CHECK(name(QStringLiteral("p1"), QStringLiteral("name")).toString() == QStringLiteral("王明"));
    // An operation naming no field of its table is refused before anything is written.
    Operation bad;
    bad.opId = QStringLiteral("op-bad");
    bad.entity = QStringLiteral("person");
    bad.rowId = QStringLiteral("p1");
    bad.field = QStringLiteral("name\" = 'x', \"phone");
    CHECK_FALSE((*store)->checkOperation(bad));
    bad.field = QStringLiteral("id");
    CHECK_FALSE((*store)->checkOperation(bad));
    bad.field = QStringLiteral("name");
    bad.entity = QStringLiteral("nothing");
    CHECK_FALSE((*store)->checkOperation(bad));
    CHECK_FALSE((*store)->applyOperation(bad));

    // A whole log replayed in runs of a row's fields gives the tables the log gives one by one.
    auto source = memoryStore();
    REQUIRE(DemoGenerator(*source).generate(40, 11));
    auto ops = source->operations();
    REQUIRE(ops);
    auto replica = CaseStore::open(QStringLiteral(":memory:"), testClock());
    REQUIRE(replica);
    QSqlQuery((*replica)->database()).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    QSet<QString> made;
    qsizetype runs = 0;
    for (qsizetype i = 0; i < ops->size(); ++runs) {
        const Operation &first = ops->at(i);
        QList<std::pair<QString, QString>> fields;
        for (; i < ops->size() && ops->at(i).entity == first.entity
             && ops->at(i).rowId == first.rowId;
             ++i) {
            REQUIRE((*replica)->checkOperation(ops->at(i)));
            auto same = std::find_if(fields.begin(), fields.end(),
                [&](const auto &f) { return f.first == ops->at(i).field; });
            if (same == fields.end()) {
                fields.append({ops->at(i).field, ops->at(i).value});
            } else {
                same->second = ops->at(i).value;
            }
        }
        const QString key = first.entity + QLatin1Char('/') + first.rowId;
        REQUIRE((*replica)->applyFields(first.entity, first.rowId, fields, !made.contains(key)));
        made.insert(key);
    }
    CHECK(runs < ops->size() / 3); // runs of fields, not single writes
    CHECK(*source->domainDigest() == *(*replica)->domainDigest());
}

TEST_CASE("A statement run in a loop binds, reads and fails as QSqlQuery does, on either engine",
    "[store][errors]")
{
    auto store = memoryStore();
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE loop_t (id TEXT PRIMARY KEY, note TEXT, n BIGINT, "
                                  "bytes %1)")
                       .arg(store->dialect().isPostgres() ? QStringLiteral("BYTEA")
                                                          : QStringLiteral("BLOB"))));
    LoopStatement insert(store->database(),
        QStringLiteral("INSERT INTO loop_t (id, note, n, bytes) VALUES (?, ?, ?, ?)"));
    REQUIRE(insert.isValid());
    // Text with Chinese, an empty text and a null one; a zero-length blob and a null one.
    REQUIRE(insert.bind(QStringLiteral("a"))
                .bind(QStringLiteral("職場支持 ✓"))
                .bind(qint64(1) << 40)
                .bindBlob(QByteArray("\x00\x01", 2))
                .exec());
    CHECK(insert.rowsAffected() == 1);
    REQUIRE(insert.bind(QStringLiteral("b"))
                .bind(QLatin1String(""))
                .bindNull()
                .bindBlob(QByteArray(""))
                .exec());
    REQUIRE(insert.bind(QStringLiteral("c"))
                .bind(QString())
                .bind(qint64(-7))
                .bindBlob(QByteArray())
                .exec());
    // The same id again: refused, worded as any failed statement, and the table unchanged.
    REQUIRE_FALSE(insert.bind(QStringLiteral("a"))
                      .bind(QStringLiteral("x"))
                      .bind(qint64(0))
                      .bindNull()
                      .exec());
    const Error taken = SqlError::of(insert.lastError());
    CHECK(taken.kind == Error::Kind::Database);
    CHECK(taken.message.startsWith(
        QStringLiteral("The store could not carry out the request; nothing was changed.")));
    CHECK_FALSE(insert.lastError().databaseText().isEmpty());
    // The statement runs again after a failure.
    REQUIRE(insert.bind(QStringLiteral("d"))
                .bind(QStringLiteral("after"))
                .bind(qint64(4))
                .bindNull()
                .exec());

    LoopStatement read(store->database(),
        QStringLiteral("SELECT id, note, n, bytes, note IS NULL, bytes IS NULL FROM loop_t WHERE "
                       "id >= ? ORDER BY id"));
    auto rows = [&read](const QString &from) {
        QStringList out;
        REQUIRE(read.bind(from).exec());
        while (read.next()) {
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                       .arg(read.text(0), read.text(1))
                       .arg(read.number(2))
                       .arg(QString::fromLatin1(read.blob(3).toHex()))
                       .arg(read.text(1).isNull() ? QStringLiteral("null") : QStringLiteral("-"))
                       .arg(read.number(4))
                       .arg(read.number(5));
        }
        CHECK_FALSE(read.lastError().isValid());
        read.finish();
        return out;
    };
    CHECK(rows(QStringLiteral("a"))
        == QStringList {QStringLiteral("a|職場支持 ✓|1099511627776|0001|-|0|0"),
            QStringLiteral("b||0||-|0|0"), QStringLiteral("c||-7||null|1|1"),
            QStringLiteral("d|after|4||-|0|1")});
    // Read again, from the middle, and a read that finds nothing.
    CHECK(rows(QStringLiteral("c")).size() == 2);
    CHECK(rows(QStringLiteral("z")).isEmpty());

    LoopStatement update(
        store->database(), QStringLiteral("UPDATE loop_t SET n = n + 1 WHERE id <> ?"));
    REQUIRE(update.bind(QStringLiteral("a")).exec());
    CHECK(update.rowsAffected() == 3);
    LoopStatement wrong(store->database(), QStringLiteral("SELECT nothing FROM nowhere"));
    CHECK_FALSE(wrong.isValid());
    CHECK_FALSE(wrong.exec());
    CHECK(SqlError::of(wrong.lastError()).kind == Error::Kind::Database);
}

TEST_CASE("The check finds a gap in the operation log", "[store][oplog]")
{
    auto store = memoryStore();
    DemoGenerator demo(*store);
    REQUIRE(demo.generate(3, 1));
    QSqlQuery q(store->database());
    REQUIRE(q.exec(QStringLiteral("DELETE FROM oplog WHERE seq = 5")));
    auto report = store->check();
    REQUIRE(report);
    CHECK_FALSE(report->logGapless);
}

TEST_CASE("A failed statement is classified and worded once, with the driver's text kept",
    "[store][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raw.db"));
    {
        QSqlDatabase a = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("a"));
        a.setDatabaseName(path);
        REQUIRE(a.open());
        QSqlQuery qa(a);
        REQUIRE(qa.exec(QStringLiteral("CREATE TABLE t (x)")));
        // A statement the database cannot run: a database error, nothing more specific.
        REQUIRE_FALSE(qa.exec(QStringLiteral("SELECT x FROM nowhere")));
        const Error other = SqlError::of(qa.lastError());
        CHECK(other.kind == Error::Kind::Database);
        CHECK(other.message.startsWith(
            QStringLiteral("The store could not carry out the request; nothing was changed.")));
        INFO(other.message.toStdString());
        CHECK(other.message.contains(QStringLiteral("nowhere")));
        // Another connection holds the write lock: busy.
        REQUIRE(qa.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        {
            QSqlDatabase b
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
            b.setDatabaseName(path);
            b.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            REQUIRE(b.open());
            QSqlQuery qb(b);
            REQUIRE_FALSE(qb.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
            const Error busy = SqlError::of(qb.lastError());
            CHECK(busy.kind == Error::Kind::Locked);
            CHECK(busy.message.contains(QStringLiteral("in use by another program")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("b"));
        qa.exec(QStringLiteral("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("a"));
    // A file that is not a database at all.
    const QString junk = dir.filePath(QStringLiteral("junk.db"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        c.setDatabaseName(junk);
        REQUIRE(c.open());
        QSqlQuery qc(c);
        REQUIRE_FALSE(qc.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        const VoidResult failed = SqlError::failure(qc);
        CHECK(failed.error().kind == Error::Kind::NotAStore);
        CHECK(
            failed.error().message.startsWith(QStringLiteral("The file is not a Casebook store.")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("c"));
}

TEST_CASE("A commit that fills the write-ahead log returns before the log is copied into the "
          "store file; a thread of its own copies it",
    "[store][wal]")
{
    const bool encrypted = GENERATE(false, true);
    INFO((encrypted ? "encrypted" : "plain"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wal.db"));
    const std::shared_ptr<SecretKey> key = encrypted ? SecretKey::random() : nullptr;
    auto store = CaseStore::open(path, testClock(), key);
    REQUIRE(store);
    REQUIRE((*store)->initialize(DeviceRole::Window, QStringLiteral("w")));
    WalCheckpointer *checkpointer = (*store)->checkpointer();
    REQUIRE(checkpointer);
    checkpointer->hold(true);
    QSqlQuery q((*store)->database());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE bulk (b BLOB)")));
    const qint64 fileBefore = QFileInfo(path).size();
    // About 6 MB in one commit: 1,500 pages, past the 1,000 at which SQLite copies them itself.
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO bulk SELECT randomblob(4000) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION "
        "ALL SELECT i + 1 FROM n WHERE i < 1500) SELECT i FROM n)")));
    // The commit returned with the pages in the log only.
    CHECK(QFileInfo(path).size() == fileBefore);
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() > 6'000'000);
    CHECK(checkpointer->checkpoints() == 0);
    checkpointer->hold(false);
    REQUIRE(checkpointer->waitIdle(10000));
    REQUIRE(checkpointer->checkpoints() == 1);
    CHECK(QFileInfo(path).size() > fileBefore + 6'000'000);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), sum(length(b)) FROM bulk")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1500);
    CHECK(q.value(1).toLongLong() == 6'000'000);
    q.finish();

    // Asked and held when the store closes: the store closes, nothing is lost.
    checkpointer->hold(true);
    REQUIRE(q.exec(QStringLiteral("UPDATE bulk SET b = randomblob(4000)")));
    CHECK(checkpointer->checkpoints() == 1);
    q = QSqlQuery();
    if (encrypted) {
        // Locked: the connection and the thread go with the key; signing in brings both back.
        (*store)->suspend();
        CHECK((*store)->checkpointer() == nullptr);
        REQUIRE((*store)->resume(key));
        REQUIRE((*store)->checkpointer());
        QSqlQuery again((*store)->database());
        REQUIRE(again.exec(QStringLiteral("SELECT count(*) FROM bulk")));
        REQUIRE(again.next());
        CHECK(again.value(0).toInt() == 1500);
    }
    store->reset();
    auto reopened = CaseStore::open(path, testClock(), key);
    REQUIRE(reopened);
    QSqlQuery check((*reopened)->database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
    REQUIRE(check.exec(QStringLiteral("SELECT count(*) FROM bulk")));
    REQUIRE(check.next());
    CHECK(check.value(0).toInt() == 1500);
}

TEST_CASE("An operation's chain hash is the one stores and bundles already carry", "[store][chain]")
{
    // Worked out apart (Python's hashlib.blake2b, 32 bytes) from the layout the chain has had since
    // it began: integers 8 bytes little-endian, text as its UTF-8 length and bytes, a value's tag.
    Operation op;
    op.opId = QStringLiteral("01a2519f-7bf0-7026-8f2a-acc2edfcbf02");
    op.deviceId = QStringLiteral("dev-1");
    op.incarnation = 2;
    op.seq = 7;
    op.hlc = 123456789;
    op.actor = QStringLiteral("陳怡君");
    op.entity = QStringLiteral("case");
    op.rowId = QStringLiteral("r1");
    op.field = QStringLiteral("note");
    op.baseHlc = 5;
    op.prevHash = Operation::chainStart();
    op.value = QStringLiteral("就業 ok 😀");
    CHECK(op.chainHash().toHex()
        == "928b8b4227a399cab550bebca34a0671bd570cf2452a1f6bc148163e916d1b61");
    op.value = QString();
    CHECK(op.chainHash().toHex()
        == "84217d13efbb8e33c46210faaab0c644035f0f31ea3bb7467e48daa3827ab9a4");
    op.value = QLatin1String("");
    CHECK(op.chainHash().toHex()
        == "34871bf1125a085011ba34f29f366ec62b3bc152d4932fbf65645c96f38188dd");
}

TEST_CASE("Reads beside a store run on its reading thread, whose connection stays open and sees "
          "every write",
    "[store][beside]")
{
    const bool encrypted = GENERATE(false, true);
    INFO((encrypted ? "encrypted" : "plain"));
    QTemporaryDir dir;
    const std::shared_ptr<SecretKey> key = encrypted ? SecretKey::random() : nullptr;
    auto store = CaseStore::open(dir.filePath(QStringLiteral("beside.db")), testClock(), key);
    REQUIRE(store);
    REQUIRE((*store)->initialize(DeviceRole::Window, QStringLiteral("w")));
    REQUIRE(DemoGenerator(**store).generate(20, 5));
    auto count = [](CaseStore &s) -> Result<std::pair<qint64, const CaseStore *>> {
        auto n = PersonRepository(s).count();
        if (!n)
            return tl::unexpected(n.error());
        return std::pair {*n, &s};
    };
    const qint64 persons = *PersonRepository(**store).count();
    auto first = Beside<std::pair<qint64, const CaseStore *>>(**store, count).get();
    REQUIRE(first);
    CHECK(first->first == persons);
    CHECK(first->second != store->get()); // another connection
    REQUIRE((*store)->readThread());
    CHECK((*store)->readThread()->opened() == 1);

    // A person written on the store's own connection: the reading thread's next read sees it,
    // on the same connection.
    Person p;
    p.name = QStringLiteral("林美玲");
    p.sex = QStringLiteral("F");
    p.birthDate = QDate(1990, 3, 4);
    p.idNumber = QStringLiteral("A223456781");
    p.certSystem = QStringLiteral("new");
    p.certCategories = {QStringLiteral("1")};
    p.district = QStringLiteral("68000020");
    auto created = PersonRepository(**store).create({}, p);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created);
    auto second = Beside<std::pair<qint64, const CaseStore *>>(**store, count).get();
    REQUIRE(second);
    CHECK(second->first == persons + 1);
    CHECK(second->second == first->second);
    CHECK((*store)->readThread()->opened() == 1);

    if (encrypted) {
        // Locked: the thread and its connection go with the key; after sign-in a new one.
        (*store)->suspend();
        CHECK((*store)->readThread() == nullptr);
        REQUIRE((*store)->resume(key));
        auto third = Beside<std::pair<qint64, const CaseStore *>>(**store, count).get();
        REQUIRE(third);
        CHECK(third->first == persons + 1);
        CHECK((*store)->readThread()->opened() == 1);
    }
}

TEST_CASE(
    "A reading thread whose connection does not open says why, and tries again", "[store][beside]")
{
    int attempts = 0;
    ReadThread reader([&attempts]() -> Result<std::unique_ptr<CaseStore>> {
        ++attempts;
        return tl::unexpected(Error {Error::Kind::Io, QStringLiteral("no disk")});
    });
    for (int i = 0; i < 2; ++i) {
        std::promise<QString> why;
        reader.post(
            [&why](Result<CaseStore *> s) { why.set_value(s ? QString() : s.error().message); });
        CHECK(why.get_future().get() == QStringLiteral("no disk"));
    }
    CHECK(attempts == 2);
    CHECK(reader.opened() == 0);
}
