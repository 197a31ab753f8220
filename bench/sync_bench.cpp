// SPDX-License-Identifier: GPL-3.0-or-later
// Measures sync (budgets in ARCHITECTURE.md): merge throughput at the bureau as a ratio to plain
// SQLite inserts of the same rows in the same run (at least 25%), the export of a coach's new work
// (under 200 ms), memory while importing many bundles (flat in their number), the time to unlock
// the device keys (Argon2id MODERATE), and a coach-scoped laptop's caseload out and writes back
// (checked against the caseload). Usage: casebook-sync-bench [--persons N]
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/sync/syncrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

#include "bench/benchutil.h"

using namespace Casebook::Core;

using Casebook::Bench::ms;

namespace {

long maxRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// The resident set now (Linux), to see whether memory grows with the number of bundles imported.
long currentRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

struct Node
{
    std::unique_ptr<CaseStore> store;
    std::optional<DeviceKeys> keys;
};

bool encryptedStores = false; // NOLINT: the bench's one switch, set from the command line

Node makeNode(const QString &path, DeviceRole role, const QString &name)
{
    Node n;
    auto s = CaseStore::open(
        path, SystemClock::instance(), encryptedStores ? SecretKey::random() : nullptr);
    if (!s || !(*s)->initialize(role, name)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
        std::exit(1);
    }
    n.store = std::move(*s);
    auto k = DeviceKeys::generate();
    auto blob = k->encrypted("bench passphrase", DeviceKeys::Cost::Minimum);
    (void)n.store->setMetaValue(QStringLiteral("keys"), QString::fromLatin1(blob->toBase64()));
    n.keys = std::move(*k);
    return n;
}

template<typename T> T must(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
    return std::move(*r);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    encryptedStores = args.contains(QStringLiteral("--encrypted"));
    if (encryptedStores)
        std::printf("stores encrypted at rest (CryptVfs); the plain inserts into a plain file\n");
    const int at = static_cast<int>(args.indexOf(QStringLiteral("--persons")));
    const int persons = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 2000;
    QTemporaryDir dir;
    // The store whose log merges at the bureau: a window's (it writes reference data as well as
    // cases, which a coach's laptop may not), enrolled for the whole store; every trust check but
    // the caseload's runs.
    Node coach = makeNode(
        dir.filePath(QStringLiteral("coach.db")), DeviceRole::Window, QStringLiteral("coach"));
    Node bureau = makeNode(
        dir.filePath(QStringLiteral("bureau.db")), DeviceRole::Bureau, QStringLiteral("bureau"));
    SyncRepository coachSync(*coach.store);
    SyncRepository bureauSync(*bureau.store);
    const QByteArray enrolment
        = must(bureauSync.enroll(*bureau.keys, must(coachSync.self(), "self")), "enrol");
    if (!coachSync.acceptEnrollment(
            enrolment, SyncRepository::fingerprint(must(bureauSync.self(), "self").signKey)))
        return 1;
    if (!DemoGenerator(*coach.store).generate(persons, 5))
        return 1;
    const qint64 ops = must(coach.store->operationCount(), "count");

    QElapsedTimer t;
    {
        // What a person waits for to unlock the device keys (Argon2id, libsodium's MODERATE
        // limits).
        auto blob = must(
            coach.keys->encrypted("bench passphrase", DeviceKeys::Cost::Moderate), "encrypt");
        t.start();
        must(DeviceKeys::decrypt(blob, "bench passphrase"), "unlock");
        std::printf("unlocking the device keys (Argon2id MODERATE): %.0f ms\n", ms(t));
    }
    t.start();
    const QByteArray full
        = must(coachSync.exportBundle(*coach.keys, QDateTime::currentDateTimeUtc()), "export");
    const double exportFull = ms(t);
    t.restart();
    const ImportSummary merged = must(bureauSync.importBundle(full, *bureau.keys), "import");
    const double mergeMs = ms(t);

    // The same rows inserted plainly into a SQLite table of the same shape, in one transaction.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(dir.filePath(QStringLiteral("plain.db")));
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral(
            "CREATE TABLE oplog (op_id TEXT PRIMARY KEY, device_id TEXT, incarnation INTEGER, seq "
            "INTEGER, hlc INTEGER, actor TEXT, entity TEXT, row_id TEXT, field TEXT, value TEXT, "
            "base_hlc INTEGER, form_id TEXT, form_version TEXT)"));
        const QList<Operation> all = must(coach.store->operations(), "operations");
        t.restart();
        db.transaction();
        q.prepare(
            QStringLiteral("INSERT INTO oplog VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Operation &op : all) {
            for (const QVariant &v :
                {QVariant(op.opId), QVariant(op.deviceId), QVariant(op.incarnation),
                    QVariant(op.seq), QVariant(op.hlc), QVariant(op.actor), QVariant(op.entity),
                    QVariant(op.rowId), QVariant(op.field), QVariant(op.value),
                    QVariant(op.baseHlc), QVariant(op.formId), QVariant(op.formVersion)})
                q.addBindValue(v);
            q.exec();
        }
        db.commit();
        const double plainMs = ms(t);
        std::printf("operations: %lld (%d demo persons), bundle %.1f MB\n",
            static_cast<long long>(ops), persons, double(full.size()) / 1e6);
        std::printf("export of the whole log: %.0f ms\n", exportFull);
        std::printf(
            "merge at the bureau (verify, decrypt, merge, apply): %.0f ms, %.0f operations/s\n",
            mergeMs, double(merged.applied) / mergeMs * 1000);
        std::printf("plain SQLite inserts of the same rows: %.0f ms, %.0f rows/s\n", plainMs,
            double(ops) / plainMs * 1000);
        std::printf("merge throughput / plain insert throughput: %.0f%% (budget: at least 25%%)\n",
            100.0 * plainMs / mergeMs);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));

    // The receipt comes back; the next export carries only a month's new work.
    const QByteArray receipt
        = must(bureauSync.receipt(*bureau.keys, merged, QDateTime::currentDateTimeUtc()), "rc");
    must(coachSync.importBundle(receipt, *coach.keys), "receipt");
    if (!DemoGenerator(*coach.store).generate(60, 6))
        return 1;
    t.restart();
    const QByteArray month
        = must(coachSync.exportBundle(*coach.keys, QDateTime::currentDateTimeUtc()), "export");
    std::printf(
        "export of a month's new work (60 demo persons, %d operations): %.0f ms (budget 200 ms)\n",
        Bundle::verify(month)->operations, ms(t));
    must(bureauSync.importBundle(month, *bureau.keys), "import month");

    // Memory while importing many small bundles, one after another.
    long after10 = 0;
    const long before = currentRssKb();
    for (int i = 0; i < 60; ++i) {
        Person p;
        p.name = QStringLiteral("量測%1").arg(i);
        p.sex = QStringLiteral("M");
        p.birthDate = QDate(1980, 1, 1);
        p.idNumber = QStringLiteral("A123456789");
        must(PersonRepository(*coach.store).create({}, p), "person");
        const QByteArray small
            = must(coachSync.exportBundle(*coach.keys, QDateTime::currentDateTimeUtc()), "small");
        const ImportSummary s = must(bureauSync.importBundle(small, *bureau.keys), "import small");
        must(coachSync.importBundle(
                 must(bureauSync.receipt(*bureau.keys, s, QDateTime::currentDateTimeUtc()), "r"),
                 *coach.keys),
            "receipt");
        if (i == 9)
            after10 = currentRssKb();
    }
    std::printf(
        "resident memory before the small bundles: %ld KB, after 10: %ld KB, after 60: %ld KB "
        "(peak of the whole run %ld KB, the first large import)\n",
        before, after10, currentRssKb(), maxRssKb());

    // A coach's laptop enrolled for its coach: its caseload out, a follow-up on each case back,
    // every write checked against the caseload at the bureau.
    QSqlQuery pick(bureau.store->database());
    pick.exec(QStringLiteral(
        "SELECT coach_id FROM cases WHERE coach_id IS NOT NULL GROUP BY coach_id ORDER BY "
        "count(*) DESC LIMIT 1"));
    if (!pick.next())
        return 1;
    const QString coachId = pick.value(0).toString();
    pick.finish();
    Node laptop = makeNode(
        dir.filePath(QStringLiteral("laptop.db")), DeviceRole::Coach, QStringLiteral("laptop"));
    SyncRepository laptopSync(*laptop.store);
    const QByteArray scoped = must(
        bureauSync.enroll(*bureau.keys, must(laptopSync.self(), "self"), EnrolScope {{}, coachId}),
        "enrol");
    if (!laptopSync.acceptEnrollment(
            scoped, SyncRepository::fingerprint(must(bureauSync.self(), "self").signKey)))
        return 1;
    t.restart();
    const QByteArray caseload
        = must(bureauSync.exportFor(*bureau.keys, laptop.store->identity().deviceId,
                   QDateTime::currentDateTimeUtc()),
            "for");
    const double caseloadExport = ms(t);
    t.restart();
    const ImportSummary got = must(laptopSync.importBundle(caseload, *laptop.keys), "caseload");
    const double caseloadImport = ms(t);
    QStringList cases;
    QSqlQuery mine(laptop.store->database());
    mine.exec(QStringLiteral("SELECT id FROM cases"));
    while (mine.next())
        cases << mine.value(0).toString();
    for (const QString &c : std::as_const(cases)) {
        for (int k = 0; k < 10; ++k) {
            (void)laptop.store->update({}, QStringLiteral("case"), c,
                {{QStringLiteral("plan_goal"), QStringLiteral("目標 %1").arg(k)}});
        }
    }
    const QByteArray work
        = must(laptopSync.exportBundle(*laptop.keys, QDateTime::currentDateTimeUtc()), "work");
    t.restart();
    const ImportSummary back = must(bureauSync.importBundle(work, *bureau.keys), "work back");
    const double backMs = ms(t);
    std::printf("a coach's laptop (%lld cases): its caseload exported in %.0f ms (%d operations), "
                "imported on the "
                "laptop in %.0f ms; %d writes back checked against the caseload and merged in %.0f "
                "ms (%.0f/s)\n",
        static_cast<long long>(cases.size()), caseloadExport, got.applied, caseloadImport,
        back.applied, backMs, double(back.applied) / backMs * 1000);
    return 0;
}
