// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/acting.h"
#include "app/usecases/storeaccess.h"
#include "core/store/casestore.h"
#include "forms/model/formdefinition.h"
#include "forms/model/formrecord.h"
#include "tests/support/catchtest.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASEBOOK_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"),
        QDir::tempPath() + QStringLiteral("/casebook-cli-test-config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEBOOK_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void sql(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("clitest"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clitest"));
}

// A bureau and a coach's laptop it enrolled (whole store), the bureau's demo of `persons` with the
// accounts' password casebook-demo, one bundle imported, and the coach's first sign-in that
// encrypted the laptop. Files: pw (the device keys' passphrase), user (the demo password).
struct EncryptedLaptop
{
    QTemporaryDir dir;
    const QString pass = QStringLiteral("--passphrase-file");

    QString at(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    Run run(const char *db, const QStringList &args) const
    {
        return cli(QStringList {QStringLiteral("--db"), at(db)} + args);
    }
    void write(const char *name, const char *text) const
    {
        QFile f(at(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QStringList as(const QString &user, const char *passwordFile = "user") const
    {
        return {
            QStringLiteral("--user"), user, QStringLiteral("--password-file"), at(passwordFile)};
    }

    explicit EncryptedLaptop(int persons)
    {
        write("pw", "correct horse battery\n");
        write("user", "casebook-demo\n");
        REQUIRE(run("bureau.db",
                    {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("bureau"),
                        QStringLiteral("--name"), QStringLiteral("勞動局")})
                    .status
            == 0);
        REQUIRE(run("laptop.db",
                    {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("coach"),
                        QStringLiteral("--name"), QStringLiteral("筆電")})
                    .status
            == 0);
        for (const char *db : {"bureau.db", "laptop.db"}) {
            REQUIRE(run(db, {QStringLiteral("keys"), QStringLiteral("init"), pass, at("pw")}).status
                == 0);
        }
        REQUIRE(run("laptop.db",
                    {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                        at("l.id")})
                    .status
            == 0);
        REQUIRE(run("bureau.db",
                    {QStringLiteral("enroll"), QStringLiteral("--device"), at("l.id"),
                        QStringLiteral("--out"), at("l.enrol"), QStringLiteral("--whole-store"),
                        pass, at("pw")})
                    .status
            == 0);
        const QString fingerprint
            = run("laptop.db", {QStringLiteral("enroll"), QStringLiteral("accept"), at("l.enrol")})
                  .out.split(QLatin1Char('\n'))
                  .value(1);
        REQUIRE(run("laptop.db",
                    {QStringLiteral("enroll"), QStringLiteral("accept"), at("l.enrol"),
                        QStringLiteral("--fingerprint"), fingerprint})
                    .status
            == 0);
        REQUIRE(run("bureau.db",
                    {QStringLiteral("demo"), QStringLiteral("--persons"), QString::number(persons),
                        QStringLiteral("--password-file"), at("user")})
                    .status
            == 0);
        REQUIRE(bundle("first.cbb") == 0);
        // The coach's first sign-in on the laptop encrypts it, sealed to the bureau for recovery.
        QByteArray password("casebook-demo");
        auto opened = Casebook::UseCases::StoreAccess::signIn(at("laptop.db"),
            Casebook::Core::SystemClock::instance(), QStringLiteral("陳怡君"), password);
        REQUIRE(opened);
        REQUIRE(opened->converted);
    }
    // The bureau's bundle (as its administrator), imported on the laptop: its exit status.
    int bundle(const char *file, const QStringList &laptopUser = {}) const
    {
        REQUIRE(run("bureau.db",
                    QStringList {QStringLiteral("export-bundle"), QStringLiteral("--out"), at(file),
                        pass, at("pw")}
                        + as(QStringLiteral("admin")))
                    .status
            == 0);
        return run("laptop.db",
            QStringList {QStringLiteral("import-bundle"), at(file), pass, at("pw")} + laptopUser)
            .status;
    }
};

} // namespace

TEST_CASE("casebook-cli: init, demo, persons, cases, due and check", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("persons")});
    CHECK(r.status == 3); // no identity yet
    CHECK(r.err.contains(QStringLiteral("init")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
        QStringLiteral("window"), QStringLiteral("--name"), QStringLiteral("北區窗口")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("window")));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
        QStringLiteral("coach"), QStringLiteral("--name"), QStringLiteral("again")});
    CHECK(r.status != 0);

    r = cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
        QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("4"),
        QStringLiteral("--no-accounts")});
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("60 persons")));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonArray persons = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(persons.size() == 60);
    const QJsonObject first = persons.first().toObject();
    for (const char *key :
        {"id", "name", "sex", "birthDate", "idNumber", "district", "window", "certificate"})
        CHECK(first.contains(QString::fromLatin1(key)));
    const QString name = first.value(QStringLiteral("name")).toString();
    r = cli({QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--search"),
        name, QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonArray found = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK(found.size() >= 1);
    for (const auto &v : found)
        CHECK(v.toObject().value(QStringLiteral("name")).toString().contains(name));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonArray cases = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK(cases.size() == 60);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--status"),
        QStringLiteral("closed"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonArray closed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK(closed.size() > 0);
    CHECK(closed.size() < 60);
    for (const auto &v : closed)
        CHECK(v.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("closed"));

    r = cli({QStringLiteral("--db"), db, QStringLiteral("due"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    const QJsonArray due = QJsonDocument::fromJson(r.out.toUtf8()).array();
    CHECK(due.size() > 0);
    QSet<QString> kinds;
    for (const auto &v : due)
        kinds << v.toObject().value(QStringLiteral("kind")).toString();
    CHECK(kinds.contains(
        QStringLiteral("monthly_report"))); // the units with supported employment report monthly
    for (const auto &v : due) {
        const QJsonObject o = v.toObject();
        CHECK(QStringList {QStringLiteral("assessment"), QStringLiteral("dispatch_answer"),
            QStringLiteral("closure"), QStringLiteral("follow_up_minimum"),
            QStringLiteral("monthly_report"), QStringLiteral("certificate"),
            QStringLiteral("annual_report")} // in December
                  .contains(o.value(QStringLiteral("kind")).toString()));
        CHECK(o.value(QStringLiteral("overdue")).toBool()
            == (o.value(QStringLiteral("daysLeft")).toInt() < 0));
    }

    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("sound")));

    // A write that bypasses the log makes the check fail.
    sql(db, QStringLiteral("UPDATE persons SET name = 'x' WHERE rowid = 3"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(r.status == 4);
    CHECK(r.out.contains(QStringLiteral("NOT sound")));
}

TEST_CASE("casebook-cli refuses bad arguments with one line and a non-zero status", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bad.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("coach"), QStringLiteral("--name"), QStringLiteral("c")})
                .status
        == 0);
    const QByteArray before = hashOf(db);
    const QList<QStringList> bad = {
        {},
        {QStringLiteral("persons")},
        {QStringLiteral("--db"), db, QStringLiteral("frobnicate")},
        {QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--colour"),
            QStringLiteral("red")},
        {QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--search")},
        {QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--status"),
            QStringLiteral("open")},
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
            QStringLiteral("-5")},
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
            QStringLiteral("ten")},
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--seed"),
            QStringLiteral("x")},
        {QStringLiteral("--db"), db, QStringLiteral("due"), QStringLiteral("--today"),
            QStringLiteral("yesterday")},
        {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
            QStringLiteral("king"), QStringLiteral("--name"), QStringLiteral("x")},
        {QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--status"),
            QStringLiteral("closed")},
        {QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("extra")},
    };
    for (const QStringList &args : bad) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(args);
        CHECK(r.status == 2);
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.trimmed().isEmpty());
        if (!args.isEmpty())
            CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
    CHECK(hashOf(db) == before);
}

TEST_CASE("casebook-cli refuses a newer store, a foreign file and a corrupt one unchanged", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("newer.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("bureau"), QStringLiteral("--name"), QStringLiteral("勞動局")})
                .status
        == 0);
    sql(db, QStringLiteral("PRAGMA user_version = 42"));
    QByteArray before = hashOf(db);
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("persons")});
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("newer")));
    CHECK(hashOf(db) == before);

    const QString text = dir.filePath(QStringLiteral("letter.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    before = hashOf(text);
    r = cli({QStringLiteral("--db"), text, QStringLiteral("check")});
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("not a Casebook store")));
    CHECK(hashOf(text) == before);
}

TEST_CASE("casebook-cli prints forms and lists and checks definitions", "[cli][forms]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("print.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("window"), QStringLiteral("--name"), QStringLiteral("w")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
                    QStringLiteral("3"), QStringLiteral("--no-accounts")})
                .status
        == 0);
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--json")});
    const QString caseNo = QJsonDocument::fromJson(r.out.toUtf8())
                               .array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("caseNo"))
                               .toString();

    const QString one = dir.filePath(QStringLiteral("one.pdf"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("--case"), caseNo,
        QStringLiteral("--form"), QStringLiteral("表一"), QStringLiteral("--out"), one});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(QFileInfo(one).size() > 1000);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {one, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    CHECK(QString::fromUtf8(text.readAllStandardOutput()).contains(caseNo));

    // "all" is the forms the case uses: none yet is a refusal, not twelve blank forms; once a 表一
    // is saved, that one form (a blank 表二 for a case that came with 表一 is not printed).
    const QString all = dir.filePath(QStringLiteral("all.pdf"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("--case"), caseNo,
        QStringLiteral("--form"), QStringLiteral("all"), QStringLiteral("--out"), all});
    CHECK(r.status == 3);
    CHECK(r.err.contains(QStringLiteral("no forms")));
    CHECK_FALSE(QFileInfo::exists(all));
    {
        auto opened = Casebook::Core::CaseStore::open(db);
        REQUIRE(opened);
        QSqlQuery q((*opened)->database());
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE case_no = ?"));
        q.addBindValue(caseNo);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const auto *t1 = Casebook::Forms::DefinitionLoader::shipped().find(QStringLiteral("表一"));
        REQUIRE(t1);
        auto form = Casebook::Forms::FormRecord::open(**opened, *t1, q.value(0).toString());
        REQUIRE(form);
        form->setValue(QStringLiteral("notify_date"), QStringLiteral("2024-05-01"));
        REQUIRE(form->save(Casebook::UseCases::acting(**opened)));
    }
    r = cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("--case"), caseNo,
        QStringLiteral("--form"), QStringLiteral("all"), QStringLiteral("--out"), all});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("Printed 1 form(s)")));
    text.start(QStringLiteral("pdftotext"), {all, QStringLiteral("-")});
    REQUIRE(text.waitForFinished());
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(QStringLiteral("草稿"))); // saved, not marked complete
    CHECK_FALSE(printed.contains(QStringLiteral("身就M06-表二")));

    CHECK(
        cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("--case"), caseNo,
                QStringLiteral("--form"), QStringLiteral("表九"), QStringLiteral("--out"), all})
            .status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("--case"),
                  QStringLiteral("N999-99999"), QStringLiteral("--form"), QStringLiteral("表一"),
                  QStringLiteral("--out"), all})
              .status
        == 3);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("print"), QStringLiteral("--form"),
                  QStringLiteral("表一")})
              .status
        == 2);

    r = cli({QStringLiteral("forms"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(r.status == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == 12);
    r = cli({QStringLiteral("forms"), QStringLiteral("check"),
        QStringLiteral(CASEBOOK_SOURCE_DIR "/forms/definitions/table3-v1.json")});
    CHECK(r.status == 0);
    r = cli({QStringLiteral("forms"), QStringLiteral("check"),
        QStringLiteral(CASEBOOK_SOURCE_DIR "/forms/tests/data/broken/bad_binding.json")});
    CHECK(r.status == 2);
    CHECK(r.err.contains(QStringLiteral("bad_binding.json")));
    CHECK(r.err.contains(QStringLiteral("shoe")));
    CHECK(cli({QStringLiteral("forms"), QStringLiteral("frob")}).status == 2);
}

TEST_CASE("casebook-cli report performance explains each figure by its cases", "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("perf.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("bureau"), QStringLiteral("--name"), QStringLiteral("b")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
                    QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9"),
                    QStringLiteral("--no-accounts")})
                .status
        == 0);
    const QString year = QString::number(QDate::currentDate().year() - 1911);
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
        QStringLiteral("performance"), QStringLiteral("--year"), year, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(doc.value(QStringLiteral("planYear")).toString() == year);
    CHECK(doc.value(QStringLiteral("rulesFrom")).toString() == QStringLiteral("107"));
    CHECK(doc.value(QStringLiteral("ratioReading")).toString() == QStringLiteral("credited"));
    const QJsonArray coaches = doc.value(QStringLiteral("coaches")).toArray();
    CHECK(coaches.size() == 8);
    int placements = 0;
    int supported = 0;
    for (const auto &c : coaches) {
        const QJsonObject p = c.toObject().value(QStringLiteral("placements")).toObject();
        // every raw figure is backed by the list of its cases
        CHECK(p.value(QStringLiteral("raw")).toInt()
            == p.value(QStringLiteral("cases")).toArray().size());
        placements += p.value(QStringLiteral("raw")).toInt();
        const QJsonObject s = c.toObject().value(QStringLiteral("supported")).toObject();
        CHECK(s.value(QStringLiteral("raw")).toInt()
            == s.value(QStringLiteral("supportedCases")).toArray().size());
        supported += s.value(QStringLiteral("raw")).toInt();
        // The drill-down's credits sum to the figures, each with its reason.
        int placementSum = 0;
        int supportedSum = 0;
        for (const auto &v : c.toObject().value(QStringLiteral("contributions")).toArray()) {
            const QJsonObject k = v.toObject();
            CHECK_FALSE(k.value(QStringLiteral("reason")).toString().isEmpty());
            if (k.value(QStringLiteral("figure")).toString() == QLatin1String("placement"))
                placementSum += k.value(QStringLiteral("credit")).toInt();
            if (k.value(QStringLiteral("figure")).toString() == QLatin1String("supported"))
                supportedSum += k.value(QStringLiteral("credit")).toInt();
        }
        CHECK(placementSum == p.value(QStringLiteral("credited")).toInt());
        CHECK(supportedSum == s.value(QStringLiteral("credited")).toInt());
        CHECK(c.toObject().value(QStringLiteral("provisional")).toBool() == false);
    }
    CHECK(placements > 0);
    CHECK(supported > 0);
    // The raw reading of the two-thirds rule on request; a bad reading is refused.
    Run raw = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
        QStringLiteral("performance"), QStringLiteral("--year"), year, QStringLiteral("--reading"),
        QStringLiteral("raw"), QStringLiteral("--json")});
    REQUIRE(raw.status == 0);
    CHECK(QJsonDocument::fromJson(raw.out.toUtf8())
              .object()
              .value(QStringLiteral("ratioReading"))
              .toString()
        == QStringLiteral("raw"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("performance"),
                  QStringLiteral("--year"), year, QStringLiteral("--reading"),
                  QStringLiteral("both")})
              .status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("performance"),
                  QStringLiteral("--year"), QStringLiteral("ninety")})
              .status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("performance")})
              .status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("bogus"),
                  QStringLiteral("--year"), QStringLiteral("107")})
              .status
        == 2);

    // report monthly: the previous month in each format; the store is only read.
    const QDate last = QDate::currentDate().addMonths(-1);
    const QString month = QStringLiteral("%1-%2")
                              .arg(last.year() - 1911)
                              .arg(last.month(), 2, 10, QLatin1Char('0'));
    // Reports change no case data (the digest); each export is in the audit trail.
    auto digest = [&] { return cli({QStringLiteral("--db"), db, QStringLiteral("digest")}).out; };
    const QString before = digest();
    auto monthly = [&](const QString &format, const QString &out, const QStringList &extra = {}) {
        return cli(
            QStringList {QStringLiteral("--db"), db, QStringLiteral("report"),
                QStringLiteral("monthly"), QStringLiteral("--month"), month,
                QStringLiteral("--format"), format, QStringLiteral("--out"), dir.filePath(out)}
            + extra);
    };
    for (const QString &format :
        {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        Run m = monthly(format, QStringLiteral("monthly.") + format);
        INFO(m.err.toStdString());
        CHECK(m.status == 0);
        CHECK(QFileInfo(dir.filePath(QStringLiteral("monthly.") + format)).size() > 200);
    }
    CHECK(QFile::exists(dir.filePath(QStringLiteral("monthly-6-2-month.csv"))));
    QFile year62(dir.filePath(QStringLiteral("monthly-6-2-year.csv")));
    REQUIRE(year62.open(QIODevice::ReadOnly));
    const QString yearCsv = QString::fromUtf8(year62.readAll());
    CHECK(yearCsv.count(QStringLiteral("\r\n")) == 10); // the header, 8 coaches and the total
    CHECK(yearCsv.contains(QStringLiteral("合計")));
    CHECK(digest() == before);
    const Run trail
        = cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json")});
    REQUIRE(trail.status == 0);
    CHECK(QJsonDocument::fromJson(trail.out.toUtf8()).array().size() == 3); // pdf, xlsx, csv
    CHECK(trail.out.contains(QStringLiteral("monthly report")));
    // Bad arguments: refused with one line, nothing written.
    CHECK(monthly(QStringLiteral("doc"), QStringLiteral("x.doc")).status == 2);
    CHECK(monthly(QStringLiteral("pdf"), QStringLiteral("x.pdf"),
              {QStringLiteral("--unit"), QStringLiteral("nope")})
              .status
        == 2);
    CHECK(monthly(QStringLiteral("pdf"), QStringLiteral("x.pdf"),
              {QStringLiteral("--year"), QStringLiteral("107")})
              .status
        == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    Run badMonth
        = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
            QStringLiteral("--month"), QStringLiteral("107-13"), QStringLiteral("--format"),
            QStringLiteral("pdf"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.pdf"))});
    CHECK(badMonth.status == 2);
    CHECK(badMonth.err.contains(QStringLiteral("107-13")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("monthly"),
                  QStringLiteral("--month"), month, QStringLiteral("--format"),
                  QStringLiteral("pdf")})
              .status
        == 2);
    CHECK(digest() == before);
    CHECK(QJsonDocument::fromJson(
              cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json")})
                  .out.toUtf8())
              .array()
              .size()
        == 3); // the refused ones wrote nothing
    // Saved for a data-protection request: a file of the entries, and the saving an entry too.
    const QString saved = dir.filePath(QStringLiteral("trail.xlsx"));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--out"), saved})
              .status
        == 0);
    CHECK(QFileInfo(saved).size() > 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("trail.doc"))})
              .status
        == 2);
    CHECK(QJsonDocument::fromJson(
              cli({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--json")})
                  .out.toUtf8())
              .array()
              .size()
        == 4);
}

TEST_CASE("casebook-cli report annual writes the year's figures, the group model and job redesign",
    "[cli][reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("annual.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("bureau"), QStringLiteral("--name"), QStringLiteral("b")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
                    QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("5"),
                    QStringLiteral("--no-accounts")})
                .status
        == 0);
    const QString year = QString::number(QDate::currentDate().year() - 1911);
    const QString csv = dir.filePath(QStringLiteral("annual.csv"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("annual"),
        QStringLiteral("--year"), year, QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--out"), csv});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("換算後支持性就業成功")));
    CHECK(text.contains(QStringLiteral("合計")));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("annual-annual-groups.csv"))));
    // The total's placements equal the performance table's.
    Run perf = cli({QStringLiteral("--db"), db, QStringLiteral("report"),
        QStringLiteral("performance"), QStringLiteral("--year"), year, QStringLiteral("--json")});
    REQUIRE(perf.status == 0);
    int placements = 0;
    for (const auto &c : QJsonDocument::fromJson(perf.out.toUtf8())
                             .object()
                             .value(QStringLiteral("coaches"))
                             .toArray()) {
        placements += c.toObject()
                          .value(QStringLiteral("placements"))
                          .toObject()
                          .value(QStringLiteral("raw"))
                          .toInt();
    }
    QString totalLine;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("合計")))
            totalLine = line;
    }
    REQUIRE_FALSE(totalLine.isEmpty());
    CHECK(totalLine.split(QLatin1Char(',')).at(2).toInt() == placements);
    // A PDF too; a bad year or format is refused and writes nothing.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("annual"),
                  QStringLiteral("--year"), year, QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("annual.pdf"))})
              .status
        == 0);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("annual.pdf"))).size() > 10000);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("annual"),
                  QStringLiteral("--year"), QStringLiteral("abc"), QStringLiteral("--format"),
                  QStringLiteral("csv"), QStringLiteral("--out"),
                  dir.filePath(QStringLiteral("x.csv"))})
              .status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("annual"),
                  QStringLiteral("--year"), year, QStringLiteral("--format"), QStringLiteral("doc"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.doc"))})
              .status
        == 2);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));
}

TEST_CASE("casebook-cli creates device keys under a passphrase and exports the public identity",
    "[cli][crypto]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("keys.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("coach"), QStringLiteral("--name"), QStringLiteral("筆電")})
                .status
        == 0);
    // no passphrase: refused; a passphrase on the command line is not an option at all
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("init")}).status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("init"),
                  QStringLiteral("--passphrase"), QStringLiteral("secret")})
              .status
        == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export"),
                  QStringLiteral("--out"), dir.filePath(QStringLiteral("x.json"))})
              .status
        == 3);
    const QString pass = dir.filePath(QStringLiteral("pass.txt"));
    QFile f(pass);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("a long enough passphrase\n");
    f.close();
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("init"),
        QStringLiteral("--passphrase-file"), pass});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("init"),
                  QStringLiteral("--passphrase-file"), pass})
              .status
        == 3);
    const QString out = dir.filePath(QStringLiteral("identity.json"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("keys"), QStringLiteral("export"),
                    QStringLiteral("--out"), out})
                .status
        == 0);
    QFile id(out);
    REQUIRE(id.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(id.readAll()).object();
    CHECK(o.value(QStringLiteral("role")).toString() == QStringLiteral("coach"));
    CHECK(QByteArray::fromBase64(o.value(QStringLiteral("signPublicKey")).toString().toLatin1())
              .size()
        == 32);
    CHECK(
        QByteArray::fromBase64(o.value(QStringLiteral("boxPublicKey")).toString().toLatin1()).size()
        == 32);
    CHECK(r.out.contains(o.value(QStringLiteral("signPublicKey")).toString()));
}

TEST_CASE("casebook-cli carries work between a bureau and two laptops through bundle files",
    "[cli][sync]")
{
    QTemporaryDir dir;
    auto at = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    QFile pw(at("pw"));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("correct horse battery\n");
    pw.close();
    auto run = [&](const char *db, const QStringList &args) {
        Run r = cli(QStringList {QStringLiteral("--db"), at(db)} + args);
        INFO(r.err.toStdString());
        return r;
    };
    const QString pass = QStringLiteral("--passphrase-file");
    for (const char *db : {"bureau.db", "a.db", "b.db"}) {
        const QString role = QString::fromLatin1(db) == QLatin1String("bureau.db")
            ? QStringLiteral("bureau")
            : QStringLiteral("coach");
        REQUIRE(run(db,
                    {QStringLiteral("init"), QStringLiteral("--role"), role,
                        QStringLiteral("--name"), QString::fromLatin1(db)})
                    .status
            == 0);
        REQUIRE(
            run(db, {QStringLiteral("keys"), QStringLiteral("init"), pass, at("pw")}).status == 0);
        REQUIRE(run(db,
                    {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                        dir.filePath(QString::fromLatin1(db) + QStringLiteral(".id"))})
                    .status
            == 0);
    }
    for (const char *laptop : {"a.db", "b.db"}) {
        const QString id = dir.filePath(QString::fromLatin1(laptop) + QStringLiteral(".id"));
        const QString enrol = dir.filePath(QString::fromLatin1(laptop) + QStringLiteral(".enrol"));
        // A coach's laptop is enrolled for a coach or a unit unless the whole store is asked for.
        CHECK(run("bureau.db",
                  {QStringLiteral("enroll"), QStringLiteral("--device"), id,
                      QStringLiteral("--out"), enrol, pass, at("pw")})
                  .status
            == 2);
        const QString slip = enrol + QStringLiteral(".pdf");
        const Run enrolled = run("bureau.db",
            {QStringLiteral("enroll"), QStringLiteral("--device"), id, QStringLiteral("--out"),
                enrol, QStringLiteral("--whole-store"), QStringLiteral("--slip"), slip, pass,
                at("pw")});
        REQUIRE(enrolled.status == 0);
        // The printed slip carries the fingerprint the device's user compares.
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {slip, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QString printed = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(printed.contains(QStringLiteral("指紋碼")));
        // An enrolment is not a bundle: it is accepted explicitly, after the fingerprint is
        // compared.
        const Run asBundle = run(laptop, {QStringLiteral("import-bundle"), enrol, pass, at("pw")});
        CHECK(asBundle.status != 0);
        CHECK(asBundle.err.contains(QStringLiteral("enroll accept")));
        const Run shown = run(laptop, {QStringLiteral("enroll"), QStringLiteral("accept"), enrol});
        CHECK(shown.status != 0);
        const QString fingerprint = shown.out.split(QLatin1Char('\n')).value(1).trimmed();
        CHECK(enrolled.out.contains(fingerprint));
        CHECK(fingerprint.size() == 71); // twelve groups of five digits
        for (const QString &group : fingerprint.split(QLatin1Char(' ')))
            CHECK(printed.contains(group));
        CHECK(run(laptop,
                  {QStringLiteral("enroll"), QStringLiteral("accept"), enrol,
                      QStringLiteral("--fingerprint"), QStringLiteral("12345")})
                  .status
            != 0);
        REQUIRE(run(laptop,
                    {QStringLiteral("enroll"), QStringLiteral("accept"), enrol,
                        QStringLiteral("--fingerprint"), fingerprint})
                    .status
            == 0);
    }
    // The bureau's data reaches both laptops.
    REQUIRE(run("bureau.db",
                {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("20"),
                    QStringLiteral("--no-accounts")})
                .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("export-bundle"), QStringLiteral("--out"), at("seed.cbb"), pass,
                    at("pw")})
                .status
        == 0);
    REQUIRE(
        run("a.db", {QStringLiteral("import-bundle"), at("seed.cbb"), pass, at("pw")}).status == 0);
    REQUIRE(
        run("b.db", {QStringLiteral("import-bundle"), at("seed.cbb"), pass, at("pw")}).status == 0);
    const QString digest = run("bureau.db", {QStringLiteral("digest")}).out.trimmed();
    CHECK(digest.size() == 64);
    CHECK(run("a.db", {QStringLiteral("digest")}).out.trimmed() == digest);

    // Both laptops change the same person's phone; the bureau sees a conflict and decides.
    const QJsonArray persons = QJsonDocument::fromJson(
        run("a.db", {QStringLiteral("persons"), QStringLiteral("--json")}).out.toUtf8())
                                   .array();
    REQUIRE_FALSE(persons.isEmpty());
    const QString personId = persons.first().toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(personId.isEmpty());
    for (const auto &[db, phone] : {std::pair {"a.db", "03-111"}, std::pair {"b.db", "03-222"}}) {
        auto store = Casebook::Core::CaseStore::open(at(db));
        REQUIRE(store);
        REQUIRE((*store)->update({}, QStringLiteral("person"), personId,
            {{QStringLiteral("phone"), QString::fromLatin1(phone)}}));
    }
    REQUIRE(
        run("a.db",
            {QStringLiteral("export-bundle"), QStringLiteral("--out"), at("a.cbb"), pass, at("pw")})
            .status
        == 0);
    REQUIRE(
        run("b.db",
            {QStringLiteral("export-bundle"), QStringLiteral("--out"), at("b.cbb"), pass, at("pw")})
            .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("import-bundle"), at("a.cbb"), at("b.cbb"), pass, at("pw")})
                .status
        == 0);
    // Each import leaves a signed receipt beside the bundle, for the laptop.
    REQUIRE(QFile::exists(at("a.cbb.receipt")));
    Run receipt
        = run("a.db", {QStringLiteral("import-bundle"), at("a.cbb.receipt"), pass, at("pw")});
    CHECK(receipt.status == 0);
    CHECK(receipt.out.contains(QStringLiteral("receipt")));
    const QJsonArray conflicts = QJsonDocument::fromJson(
        run("bureau.db", {QStringLiteral("conflicts"), QStringLiteral("--json")}).out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("conflicts"))
                                     .toArray();
    REQUIRE(conflicts.size() == 1);
    const QString conflictId = conflicts.first().toObject().value(QStringLiteral("id")).toString();
    CHECK(run("bureau.db",
              {QStringLiteral("resolve"), QStringLiteral("--conflict"), conflictId,
                  QStringLiteral("--choose"), QStringLiteral("03-999"), QStringLiteral("--reason"),
                  QStringLiteral("x")})
              .status
        == 2);
    REQUIRE(run("bureau.db",
                {QStringLiteral("resolve"), QStringLiteral("--conflict"), conflictId,
                    QStringLiteral("--choose"), QStringLiteral("03-111"),
                    QStringLiteral("--reason"), QStringLiteral("個案本人確認")})
                .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("export-bundle"), QStringLiteral("--out"), at("back.cbb"), pass,
                    at("pw")})
                .status
        == 0);
    REQUIRE(
        run("b.db", {QStringLiteral("import-bundle"), at("back.cbb"), pass, at("pw")}).status == 0);
    const QJsonArray onLaptop = QJsonDocument::fromJson(
        run("b.db", {QStringLiteral("conflicts"), QStringLiteral("--json")}).out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("conflicts"))
                                    .toArray();
    REQUIRE(onLaptop.size() == 1);
    CHECK(onLaptop.first().toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("resolved"));
    CHECK(onLaptop.first().toObject().value(QStringLiteral("chosen")).toString()
        == QStringLiteral("03-111"));
    CHECK(onLaptop.first()
              .toObject()
              .value(QStringLiteral("reason"))
              .toString()
              .contains(QStringLiteral("個案本人確認")));
    CHECK(run("b.db", {QStringLiteral("digest")}).out
        == run("bureau.db", {QStringLiteral("digest")}).out);

    // A third laptop, enrolled for one unit, receives only the cases dispatched to that unit.
    QString unit;
    int unitCases = 0;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("unitpick"));
        db.setDatabaseName(at("bureau.db"));
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "SELECT unit_id, count(DISTINCT case_id) FROM dispatches WHERE deleted = 0 "
            "GROUP BY unit_id ORDER BY 2 DESC LIMIT 1")));
        REQUIRE(q.next());
        unit = q.value(0).toString();
        unitCases = q.value(1).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unitpick"));
    REQUIRE(run("c.db",
                {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("coach"),
                    QStringLiteral("--name"), QStringLiteral("c")})
                .status
        == 0);
    REQUIRE(
        run("c.db", {QStringLiteral("keys"), QStringLiteral("init"), pass, at("pw")}).status == 0);
    REQUIRE(
        run("c.db",
            {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), at("c.id")})
            .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("enroll"), QStringLiteral("--device"), at("c.id"),
                    QStringLiteral("--unit"), unit, QStringLiteral("--out"), at("c.enrol"), pass,
                    at("pw")})
                .status
        == 0);
    REQUIRE(run("c.db",
                {QStringLiteral("enroll"), QStringLiteral("accept"), at("c.enrol"),
                    QStringLiteral("--fingerprint"),
                    run("c.db", {QStringLiteral("enroll"), QStringLiteral("accept"), at("c.enrol")})
                        .out.split(QLatin1Char('\n'))
                        .value(1)})
                .status
        == 0);
    QFile cid(at("c.id"));
    REQUIRE(cid.open(QIODevice::ReadOnly));
    const QString cDevice = QJsonDocument::fromJson(cid.readAll())
                                .object()
                                .value(QStringLiteral("deviceId"))
                                .toString();
    REQUIRE(run("bureau.db",
                {QStringLiteral("export-bundle"), QStringLiteral("--to"), cDevice,
                    QStringLiteral("--out"), at("c.cbb"), pass, at("pw")})
                .status
        == 0);
    REQUIRE(
        run("c.db", {QStringLiteral("import-bundle"), at("c.cbb"), pass, at("pw")}).status == 0);
    const QJsonArray cCases = QJsonDocument::fromJson(
        run("c.db", {QStringLiteral("cases"), QStringLiteral("--json")}).out.toUtf8())
                                  .array();
    CHECK(cCases.size() == unitCases);
    CHECK(run("c.db", {QStringLiteral("check")}).status == 0);
    CHECK(run("bureau.db",
              {QStringLiteral("export-bundle"), QStringLiteral("--to"), QStringLiteral("nobody"),
                  QStringLiteral("--out"), at("n.cbb"), pass, at("pw")})
              .status
        != 0);

    // Bad input: a cut bundle, a file that is no bundle, a missing passphrase; the store stays as
    // it was.
    const QByteArray before = hashOf(at("a.db"));
    QFile whole(at("back.cbb"));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    QFile cut(at("cut.cbb"));
    REQUIRE(cut.open(QIODevice::WriteOnly));
    cut.write(whole.readAll().left(500));
    cut.close();
    Run refused
        = run("a.db", {QStringLiteral("import-bundle"), at("cut.cbb"), at("pw"), pass, at("pw")});
    CHECK(refused.status == 2);
    CHECK(refused.err.contains(QStringLiteral("cut short")));
    CHECK(run("a.db", {QStringLiteral("import-bundle"), at("a.cbb")}).status
        == 2); // no passphrase given
    CHECK(run("a.db", {QStringLiteral("import-bundle"), pass, at("pw")}).status == 2);
    CHECK(run("a.db", {QStringLiteral("export-bundle"), pass, at("pw")}).status == 2);
    CHECK(hashOf(at("a.db")) == before);
}

TEST_CASE(
    "A killed import leaves the store as before or as after, never between", "[cli][sync][crash]")
{
    QTemporaryDir dir;
    auto at = [&](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    QFile pw(at("pw"));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("correct horse battery\n");
    pw.close();
    const QString pass = QStringLiteral("--passphrase-file");
    auto run = [&](const char *db, const QStringList &args) {
        return cli(QStringList {QStringLiteral("--db"), at(db)} + args);
    };
    for (const char *db : {"bureau.db", "laptop.db"}) {
        REQUIRE(
            run(db,
                {QStringLiteral("init"), QStringLiteral("--role"),
                    QString::fromLatin1(db) == QLatin1String("bureau.db") ? QStringLiteral("bureau")
                                                                          : QStringLiteral("coach"),
                    QStringLiteral("--name"), QString::fromLatin1(db)})
                .status
            == 0);
        REQUIRE(
            run(db, {QStringLiteral("keys"), QStringLiteral("init"), pass, at("pw")}).status == 0);
    }
    REQUIRE(
        run("laptop.db",
            {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"), at("l.id")})
            .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("enroll"), QStringLiteral("--device"), at("l.id"),
                    QStringLiteral("--out"), at("l.enrol"), QStringLiteral("--whole-store"), pass,
                    at("pw")})
                .status
        == 0);
    REQUIRE(run("laptop.db",
                {QStringLiteral("enroll"), QStringLiteral("accept"), at("l.enrol"),
                    QStringLiteral("--fingerprint"),
                    run("laptop.db",
                        {QStringLiteral("enroll"), QStringLiteral("accept"), at("l.enrol")})
                        .out.split(QLatin1Char('\n'))
                        .value(1)})
                .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("400"),
                    QStringLiteral("--no-accounts")})
                .status
        == 0);
    REQUIRE(run("bureau.db",
                {QStringLiteral("export-bundle"), QStringLiteral("--out"), at("big.cbb"), pass,
                    at("pw")})
                .status
        == 0);
    const QString before = run("laptop.db", {QStringLiteral("digest")}).out;

    // Start the import and kill it part-way (SIGKILL: no chance to clean up).
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASEBOOK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEBOOK_CLI_PATH),
        {QStringLiteral("--db"), at("laptop.db"), QStringLiteral("import-bundle"), at("big.cbb"),
            pass, at("pw")});
    REQUIRE(p.waitForStarted());
    QThread::msleep(900); // past the passphrase (Argon2id), inside the merge on the 2-core machine
    p.kill();
    p.waitForFinished();

    const QString after = run("laptop.db", {QStringLiteral("digest")}).out;
    const QString bureau = run("bureau.db", {QStringLiteral("digest")}).out;
    INFO("before " << before.toStdString() << " after " << after.toStdString());
    CHECK((after == before || after == bureau));
    CHECK(run("laptop.db", {QStringLiteral("check")}).status == 0);
    // Importing again completes it.
    REQUIRE(
        run("laptop.db", {QStringLiteral("import-bundle"), at("big.cbb"), pass, at("pw")}).status
        == 0);
    CHECK(run("laptop.db", {QStringLiteral("digest")}).out == bureau);
}

TEST_CASE(
    "The bureau sends a new form version to its laptops in a bundle", "[cli][sync][definitions]")
{
    QTemporaryDir dir;
    auto at = [&](const QString &name) { return dir.filePath(name); };
    QFile pw(at(QStringLiteral("pw")));
    REQUIRE(pw.open(QIODevice::WriteOnly));
    pw.write("correct horse battery\n");
    pw.close();
    // Each store has its own data folder, where installed definitions go.
    auto run = [&](const QString &who, const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CASEBOOK_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), at(who + QStringLiteral("-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), at(who + QStringLiteral("-config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CASEBOOK_CLI_PATH),
            QStringList {QStringLiteral("--db"), at(who + QStringLiteral(".db"))} + args);
        REQUIRE(p.waitForFinished(120000));
        return Run {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
    };
    const QString pass = QStringLiteral("--passphrase-file");
    for (const QString &who : {QStringLiteral("bureau"), QStringLiteral("laptop")}) {
        REQUIRE(run(who,
                    {QStringLiteral("init"), QStringLiteral("--role"),
                        who == QLatin1String("bureau") ? QStringLiteral("bureau")
                                                       : QStringLiteral("coach"),
                        QStringLiteral("--name"), who})
                    .status
            == 0);
        REQUIRE(
            run(who,
                {QStringLiteral("keys"), QStringLiteral("init"), pass, at(QStringLiteral("pw"))})
                .status
            == 0);
    }
    REQUIRE(run(QStringLiteral("laptop"),
                {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                    at(QStringLiteral("l.id"))})
                .status
        == 0);
    REQUIRE(run(QStringLiteral("bureau"),
                {QStringLiteral("enroll"), QStringLiteral("--device"), at(QStringLiteral("l.id")),
                    QStringLiteral("--out"), at(QStringLiteral("l.enrol")),
                    QStringLiteral("--whole-store"), pass, at(QStringLiteral("pw"))})
                .status
        == 0);
    const QString fingerprint = run(QStringLiteral("laptop"),
        {QStringLiteral("enroll"), QStringLiteral("accept"), at(QStringLiteral("l.enrol"))})
                                    .out.split(QLatin1Char('\n'))
                                    .value(1)
                                    .trimmed();
    REQUIRE(run(QStringLiteral("laptop"),
                {QStringLiteral("enroll"), QStringLiteral("accept"), at(QStringLiteral("l.enrol")),
                    QStringLiteral("--fingerprint"), fingerprint})
                .status
        == 0);

    // 表一 version 2: the same form with one more code in its title, as the bureau might correct
    // it.
    QFile v1(QStringLiteral(CASEBOOK_SOURCE_DIR "/forms/definitions/table1-v1.json"));
    REQUIRE(v1.open(QIODevice::ReadOnly));
    QJsonObject def = QJsonDocument::fromJson(v1.readAll()).object();
    def.insert(QStringLiteral("version"), QStringLiteral("2"));
    QDir().mkpath(at(QStringLiteral("defs")));
    QFile v2(at(QStringLiteral("defs/table1-v2.json")));
    REQUIRE(v2.open(QIODevice::WriteOnly));
    v2.write(QJsonDocument(def).toJson());
    v2.close();
    Run sent = run(QStringLiteral("bureau"),
        {QStringLiteral("send-definitions"), QStringLiteral("--dir"), at(QStringLiteral("defs")),
            QStringLiteral("--out"), at(QStringLiteral("defs.cbb")), pass,
            at(QStringLiteral("pw"))});
    INFO(sent.err.toStdString());
    REQUIRE(sent.status == 0);
    Run installed = run(QStringLiteral("laptop"),
        {QStringLiteral("import-bundle"), at(QStringLiteral("defs.cbb")), pass,
            at(QStringLiteral("pw"))});
    INFO(installed.err.toStdString());
    REQUIRE(installed.status == 0);
    const QJsonArray forms = QJsonDocument::fromJson(
        run(QStringLiteral("laptop"),
            {QStringLiteral("forms"), QStringLiteral("list"), QStringLiteral("--json")})
            .out.toUtf8())
                                 .array();
    bool seen = false;
    for (const auto &f : forms) {
        if (f.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("table1"))
            seen = f.toObject().value(QStringLiteral("version")).toString() == QStringLiteral("2");
    }
    CHECK(seen);

    // A new year's holiday calendar travels the same way and is installed where the calendar is
    // updated from.
    QDir().mkpath(at(QStringLiteral("rules")));
    QFile calendar(at(QStringLiteral("rules/holidays-tw.json")));
    REQUIRE(calendar.open(QIODevice::WriteOnly));
    calendar.write(
        R"({"holidays": {"2027": ["2027-01-01", "2027-02-05", "2027-02-08"]}, "workingWeekends": {}})");
    calendar.close();
    REQUIRE(run(QStringLiteral("bureau"),
                {QStringLiteral("send-definitions"), QStringLiteral("--dir"),
                    at(QStringLiteral("rules")), QStringLiteral("--out"),
                    at(QStringLiteral("rules.cbb")), pass, at(QStringLiteral("pw"))})
                .status
        == 0);
    Run calendarIn = run(QStringLiteral("laptop"),
        {QStringLiteral("import-bundle"), at(QStringLiteral("rules.cbb")), pass,
            at(QStringLiteral("pw"))});
    INFO(calendarIn.err.toStdString());
    REQUIRE(calendarIn.status == 0);
    CHECK(calendarIn.out.contains(QStringLiteral("holidays-tw.json")));
    QStringList installedCalendars;
    QDirIterator it(at(QStringLiteral("laptop-data")), {QStringLiteral("holidays-tw.json")},
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        installedCalendars << it.next();
    REQUIRE(installedCalendars.size() == 1);
    QFile installedCalendar(installedCalendars.first());
    REQUIRE(installedCalendar.open(QIODevice::ReadOnly));
    CHECK(installedCalendar.readAll().contains("2027-02-05"));
    // A broken calendar is refused before it leaves.
    REQUIRE(calendar.open(QIODevice::WriteOnly | QIODevice::Truncate));
    calendar.write(R"({"holidays": {"2027": ["2026-13-01"]}})");
    calendar.close();
    CHECK(run(QStringLiteral("bureau"),
              {QStringLiteral("send-definitions"), QStringLiteral("--dir"),
                  at(QStringLiteral("rules")), QStringLiteral("--out"),
                  at(QStringLiteral("badrules.cbb")), pass, at(QStringLiteral("pw"))})
              .status
        == 2);
    CHECK_FALSE(QFile::exists(at(QStringLiteral("badrules.cbb"))));

    // A definition that is broken, or that changes an existing version, is refused before it
    // leaves.
    QFile broken(at(QStringLiteral("defs/table2-v1.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"id\": \"table2\"}");
    broken.close();
    CHECK(run(QStringLiteral("bureau"),
              {QStringLiteral("send-definitions"), QStringLiteral("--dir"),
                  at(QStringLiteral("defs")), QStringLiteral("--out"),
                  at(QStringLiteral("bad.cbb")), pass, at(QStringLiteral("pw"))})
              .status
        == 2);
    CHECK_FALSE(QFile::exists(at(QStringLiteral("bad.cbb"))));
    // A laptop does not take definitions from a store that did not enrol it.
    CHECK(run(QStringLiteral("bureau"),
              {QStringLiteral("import-bundle"), at(QStringLiteral("defs.cbb")), pass,
                  at(QStringLiteral("pw"))})
              .status
        == 2);
}

TEST_CASE("casebook-cli demo without a password makes the accounts with the demo password",
    "[cli][accounts]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("window"), QStringLiteral("--name"), QStringLiteral("北區窗口")})
                .status
        == 0);
    qunsetenv("CASEBOOK_PASSWORD");
    const Run demo = cli({QStringLiteral("--db"), db, QStringLiteral("demo"),
        QStringLiteral("--persons"), QStringLiteral("5")});
    REQUIRE(demo.status == 0);
    CHECK(demo.out.contains(QStringLiteral("casebook-demo")));
    // From now on the store asks who acts.
    const Run anonymous = cli({QStringLiteral("--db"), db, QStringLiteral("persons")});
    CHECK(anonymous.status == 3);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    qputenv("CASEBOOK_PASSWORD", "casebook-demo");
    const Run admin = cli({QStringLiteral("--db"), db, QStringLiteral("users"),
        QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("admin")});
    qunsetenv("CASEBOOK_PASSWORD");
    REQUIRE(admin.status == 0);
    CHECK(QJsonDocument::fromJson(admin.out.toUtf8()).array().size() > 5);
}

TEST_CASE("casebook-cli on a store with accounts: no command without a user and the right password",
    "[cli][accounts]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("accounts.db"));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    const QString wrong = dir.filePath(QStringLiteral("wrong"));
    for (const auto &[path, text] :
        {std::pair {pw, "tea-garden-lantern\n"}, std::pair {wrong, "not-the-password\n"}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    // A weak administrator's password is refused before the store is made.
    const QString weak = dir.filePath(QStringLiteral("weak"));
    {
        QFile f(weak);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("short");
    }
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                  QStringLiteral("bureau"), QStringLiteral("--name"), QStringLiteral("勞動局"),
                  QStringLiteral("--admin"), QStringLiteral("chief"),
                  QStringLiteral("--password-file"), weak})
              .status
        == 2);
    CHECK_FALSE(QFileInfo::exists(db));
    const Run made = cli({QStringLiteral("--db"), db, QStringLiteral("init"),
        QStringLiteral("--role"), QStringLiteral("bureau"), QStringLiteral("--name"),
        QStringLiteral("勞動局"), QStringLiteral("--admin"), QStringLiteral("chief"),
        QStringLiteral("--password-file"), pw});
    REQUIRE(made.status == 0);
    CHECK(made.out.contains(QStringLiteral("chief")));
    // Without credentials, with a wrong password, with an unknown user: exit 3, one line.
    const QList<QStringList> refused = {
        {QStringLiteral("--db"), db, QStringLiteral("cases")},
        {QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--json")},
        {QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--user"),
            QStringLiteral("chief")},
        {QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--user"),
            QStringLiteral("chief"), QStringLiteral("--password-file"), wrong},
        {QStringLiteral("--db"), db, QStringLiteral("users"), QStringLiteral("--user"),
            QStringLiteral("somebody"), QStringLiteral("--password-file"), pw},
    };
    for (const QStringList &args : refused) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const Run r = cli(args);
        CHECK(r.status == 3);
        CHECK(r.out.isEmpty());
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
    const Run users = cli({QStringLiteral("--db"), db, QStringLiteral("users"),
        QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("chief"),
        QStringLiteral("--password-file"), pw});
    REQUIRE(users.status == 0);
    const QJsonArray list = QJsonDocument::fromJson(users.out.toUtf8()).array();
    REQUIRE(list.size() == 1);
    CHECK(list.first().toObject().value(QStringLiteral("role")).toString()
        == QStringLiteral("administrator"));
    CHECK_FALSE(users.out.contains(QStringLiteral("argon2")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("cases"), QStringLiteral("--user"),
                  QStringLiteral("chief"), QStringLiteral("--password-file"), pw})
              .status
        == 0);
    // A store without accounts refuses a --user it cannot check.
    const QString open = dir.filePath(QStringLiteral("open.db"));
    REQUIRE(cli({QStringLiteral("--db"), open, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("coach"), QStringLiteral("--name"), QStringLiteral("筆電")})
                .status
        == 0);
    CHECK(cli({QStringLiteral("--db"), open, QStringLiteral("cases"), QStringLiteral("--user"),
                  QStringLiteral("chief"), QStringLiteral("--password-file"), pw})
              .status
        == 3);
}

TEST_CASE("casebook-cli gives each user their caseload: a coach their cases, a window its window",
    "[cli][accounts][caseload]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("caseload.db"));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    {
        QFile f(pw);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("casebook-demo-2026\n");
    }
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("bureau"), QStringLiteral("--name"), QStringLiteral("勞動局")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
                    QStringLiteral("60"), QStringLiteral("--password-file"), pw})
                .status
        == 0);
    auto as = [&](const QString &user, QStringList args) {
        args << QStringLiteral("--db") << db << QStringLiteral("--user") << user
             << QStringLiteral("--password-file") << pw;
        return cli(args);
    };
    auto casesOf = [&](const QString &user) {
        const Run r = as(user, {QStringLiteral("cases"), QStringLiteral("--json")});
        REQUIRE(r.status == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    };
    const QJsonArray all = casesOf(QStringLiteral("admin"));
    REQUIRE(all.size() == 60);
    const Run users
        = as(QStringLiteral("admin"), {QStringLiteral("users"), QStringLiteral("--json")});
    QString coachStaff;
    for (const auto &u : QJsonDocument::fromJson(users.out.toUtf8()).array()) {
        if (u.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("陳怡君"))
            coachStaff = u.toObject().value(QStringLiteral("staffId")).toString();
    }
    REQUIRE_FALSE(coachStaff.isEmpty());
    QStringList expected;
    QString othersCase;
    for (const auto &c : all) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("coachId")).toString() == coachStaff) {
            expected << o.value(QStringLiteral("caseNo")).toString();
        } else if (othersCase.isEmpty()) {
            othersCase = o.value(QStringLiteral("caseNo")).toString();
        }
    }
    REQUIRE_FALSE(expected.isEmpty());
    QStringList seen;
    for (const auto &c : casesOf(QStringLiteral("陳怡君")))
        seen << c.toObject().value(QStringLiteral("caseNo")).toString();
    expected.sort();
    seen.sort();
    CHECK(seen == expected);
    const Run persons
        = as(QStringLiteral("陳怡君"), {QStringLiteral("persons"), QStringLiteral("--json")});
    REQUIRE(persons.status == 0);
    CHECK(QJsonDocument::fromJson(persons.out.toUtf8()).array().size() == expected.size());
    // Another coach's case is refused with a reason, not reported missing.
    const Run refused = as(QStringLiteral("陳怡君"),
        {QStringLiteral("print"), QStringLiteral("--case"), othersCase, QStringLiteral("--form"),
            QStringLiteral("all"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(refused.status == 3);
    CHECK(refused.err.contains(QStringLiteral("caseload")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
    // The two windows' case managers see the two halves.
    const QJsonArray north = casesOf(QStringLiteral("倪美玲"));
    const QJsonArray south = casesOf(QStringLiteral("潘文華"));
    CHECK(north.size() + south.size() == all.size());
    for (const auto &c : north)
        CHECK(c.toObject().value(QStringLiteral("window")).toString() == QStringLiteral("north"));
    // Reports: the coach's own row of the plan year; the unit's annual report is not theirs.
    const Run perf = as(QStringLiteral("陳怡君"),
        {QStringLiteral("report"), QStringLiteral("performance"), QStringLiteral("--year"),
            QStringLiteral("115"), QStringLiteral("--json")});
    REQUIRE(perf.status == 0);
    const QJsonArray rows = QJsonDocument::fromJson(perf.out.toUtf8())
                                .object()
                                .value(QStringLiteral("coaches"))
                                .toArray();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().toObject().value(QStringLiteral("coachId")).toString() == coachStaff);
    const Run annual = as(QStringLiteral("陳怡君"),
        {QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
            QStringLiteral("115"), QStringLiteral("--format"), QStringLiteral("csv"),
            QStringLiteral("--out"), dir.filePath(QStringLiteral("annual.csv"))});
    CHECK(annual.status == 3);
    CHECK_FALSE(annual.err.isEmpty());
}

TEST_CASE("casebook-cli on an encrypted store: the user's password unlocks it, check finds a flip",
    "[cli][encryption]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("laptop.db"));
    const QString pw = dir.filePath(QStringLiteral("pw"));
    const QString wrong = dir.filePath(QStringLiteral("wrong"));
    for (const auto &[path, text] :
        {std::pair {pw, "casebook-demo\n"}, std::pair {wrong, "not-the-password\n"}}) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("coach"), QStringLiteral("--name"), QStringLiteral("筆電")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--persons"),
                    QStringLiteral("12"), QStringLiteral("--password-file"), pw})
                .status
        == 0);
    const Run before = cli({QStringLiteral("--db"), db, QStringLiteral("persons"),
        QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("admin"),
        QStringLiteral("--password-file"), pw});
    REQUIRE(before.status == 0);
    const QJsonArray persons = QJsonDocument::fromJson(before.out.toUtf8()).array();
    REQUIRE(persons.size() == 12);
    {
        // The first sign-in in the window encrypts it (as the desktop does), and the
        // administrator gets a slot too.
        QByteArray password("casebook-demo");
        auto opened = Casebook::UseCases::StoreAccess::signIn(
            db, Casebook::Core::SystemClock::instance(), QStringLiteral("陳怡君"), password);
        REQUIRE(opened);
        REQUIRE(Casebook::UseCases::StoreAccess::grant(
            *opened->store, QStringLiteral("admin"), "casebook-demo"));
    }
    QFile raw(db);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    raw.close();
    for (const auto &p : persons) {
        CHECK_FALSE(
            bytes.contains(p.toObject().value(QStringLiteral("idNumber")).toString().toUtf8()));
        CHECK_FALSE(bytes.contains(p.toObject().value(QStringLiteral("name")).toString().toUtf8()));
    }
    const Run anonymous = cli({QStringLiteral("--db"), db, QStringLiteral("persons")});
    CHECK(anonymous.status == 3);
    CHECK(anonymous.err.contains(QStringLiteral("encrypted")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("persons"), QStringLiteral("--user"),
                  QStringLiteral("陳怡君"), QStringLiteral("--password-file"), wrong})
              .status
        == 3);
    auto as = [&](const QString &user, QStringList args) {
        args << QStringLiteral("--db") << db << QStringLiteral("--user") << user
             << QStringLiteral("--password-file") << pw;
        return cli(args);
    };
    CHECK(as(QStringLiteral("admin"), {QStringLiteral("check")}).status == 0);
    // What casebook-cli writes is its user's alone: the store, an export.
    const QString report = dir.filePath(QStringLiteral("annual.csv"));
    REQUIRE(as(QStringLiteral("admin"),
                {QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--year"),
                    QStringLiteral("115"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--out"), report})
                .status
        == 0);
#ifdef Q_OS_UNIX
    for (const QString &file : {db, report}) {
        INFO(file.toStdString());
        CHECK((QFileInfo(file).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
            == QFileDevice::Permissions {});
    }
#endif
    // A plain copy: the administrator's only, audited, never over a file.
    const QString copy = dir.filePath(QStringLiteral("copy.db"));
    CHECK(as(QStringLiteral("陳怡君"),
              {QStringLiteral("decrypt-copy"), QStringLiteral("--out"), copy})
              .status
        == 3);
    CHECK_FALSE(QFileInfo::exists(copy));
    const Run copied = as(
        QStringLiteral("admin"), {QStringLiteral("decrypt-copy"), QStringLiteral("--out"), copy});
    REQUIRE(copied.status == 0);
    CHECK(copied.out.contains(QStringLiteral("unencrypted")));
    QFile plain(copy);
    REQUIRE(plain.open(QIODevice::ReadOnly));
    CHECK(plain.readAll().contains(
        persons.first().toObject().value(QStringLiteral("idNumber")).toString().toUtf8()));
    CHECK(as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("--json")})
              .out.contains(QStringLiteral("plain copy")));
    // A flipped bit in a page: check says the store is damaged or altered.
    QFile f(db);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 at = f.size() - 5000;
    REQUIRE(f.seek(at));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(at));
    REQUIRE(f.putChar(static_cast<char>(c ^ 0x01)));
    f.close();
    const Run checked = as(QStringLiteral("admin"), {QStringLiteral("check")});
    CHECK(checked.status != 0);
    CHECK(QString(checked.out + checked.err).contains(QStringLiteral("altered")));
}

TEST_CASE("casebook-cli recover-store: the bureau sets a forgotten password on a laptop's store",
    "[cli][encryption][recovery]")
{
    const EncryptedLaptop f(8);
    f.write("new", "a-brand-new-password\n");
    auto at = [&](const char *name) { return f.at(name); };
    auto run = [&](const char *db, const QStringList &args) { return f.run(db, args); };
    const QString pass = f.pass;
    const QStringList admin = f.as(QStringLiteral("admin"));
    const QStringList asCoachNew {QStringLiteral("--user"), QStringLiteral("陳怡君"),
        QStringLiteral("--password-file"), at("new")};
    CHECK(run("laptop.db", QStringList {QStringLiteral("cases")} + asCoachNew).status == 3);
    // A coach's laptop cannot recover another store; the bureau can.
    const Run recovered = run("bureau.db",
        QStringList {QStringLiteral("recover-store"), QStringLiteral("--store"), at("laptop.db"),
            QStringLiteral("--account"), QStringLiteral("陳怡君"),
            QStringLiteral("--new-password-file"), at("new"), pass, at("pw")}
            + admin);
    INFO(recovered.err.toStdString());
    REQUIRE(recovered.status == 0);
    CHECK(run("laptop.db", QStringList {QStringLiteral("cases")} + asCoachNew).status == 0);
    // The coach changes it again, on the laptop.
    QFile again(at("again"));
    REQUIRE(again.open(QIODevice::WriteOnly));
    again.write("yet-another-password\n");
    again.close();
    REQUIRE(run("laptop.db",
                QStringList {
                    QStringLiteral("password"), QStringLiteral("--new-password-file"), at("again")}
                    + asCoachNew)
                .status
        == 0);
    CHECK(run("laptop.db", QStringList {QStringLiteral("cases")} + asCoachNew).status == 3);
    CHECK(run("laptop.db",
              {QStringLiteral("cases"), QStringLiteral("--user"), QStringLiteral("陳怡君"),
                  QStringLiteral("--password-file"), at("again")})
              .status
        == 0);
}

TEST_CASE("A killed import into an encrypted laptop leaves it as before or as after",
    "[cli][sync][crash][encryption]")
{
    const EncryptedLaptop f(5);
    auto at = [&](const char *name) { return f.at(name); };
    auto run = [&](const char *db, const QStringList &args) { return f.run(db, args); };
    const QString pass = f.pass;
    const QStringList admin = f.as(QStringLiteral("admin"));
    const QStringList coach = f.as(QStringLiteral("陳怡君"));
    REQUIRE(
        run("bureau.db",
            QStringList {QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("400")}
                + admin)
            .status
        == 0);
    REQUIRE(run("bureau.db",
                QStringList {QStringLiteral("export-bundle"), QStringLiteral("--out"),
                    at("big.cbb"), pass, at("pw")}
                    + admin)
                .status
        == 0);
    const QString before = run("laptop.db", QStringList {QStringLiteral("digest")} + coach).out;
    REQUIRE_FALSE(before.isEmpty());

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CASEBOOK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEBOOK_CLI_PATH),
        QStringList {QStringLiteral("--db"), at("laptop.db"), QStringLiteral("import-bundle"),
            at("big.cbb"), pass, at("pw")}
            + coach);
    REQUIRE(p.waitForStarted());
    QThread::msleep(2200); // past the sign-in and the passphrase (Argon2id), inside the merge
    p.kill();
    p.waitForFinished();

    const QString after = run("laptop.db", QStringList {QStringLiteral("digest")} + coach).out;
    const QString bureau = run("bureau.db", QStringList {QStringLiteral("digest")} + admin).out;
    INFO("before " << before.toStdString() << " after " << after.toStdString());
    CHECK((after == before || after == bureau));
    CHECK(run("laptop.db", QStringList {QStringLiteral("check")} + coach).status == 0);
    REQUIRE(
        run("laptop.db",
            QStringList {QStringLiteral("import-bundle"), at("big.cbb"), pass, at("pw")} + coach)
            .status
        == 0);
    CHECK(run("laptop.db", QStringList {QStringLiteral("digest")} + coach).out == bureau);
}

TEST_CASE("casebook-cli add-user and reset-password: the accounts open an encrypted laptop after "
          "the next bundle",
    "[cli][encryption][accounts]")
{
    const EncryptedLaptop f(6);
    f.write("sup", "lantern-walk-river\n");
    f.write("newc", "morning-tea-kettle\n");
    const QStringList admin = f.as(QStringLiteral("admin"));
    const QStringList coach = f.as(QStringLiteral("陳怡君"));
    const QStringList cases {QStringLiteral("cases")};
    // The supervisor's demo account has no slot on the laptop: the coach's sign-in encrypted it.
    CHECK(f.run("laptop.db", cases + f.as(QStringLiteral("蔡督導"))).status == 3);

    // Only an administrator makes accounts and sets passwords; a refusal changes nothing.
    const QString digest = f.run("bureau.db", QStringList {QStringLiteral("digest")} + admin).out;
    const QStringList reset {QStringLiteral("reset-password"), QStringLiteral("--account"),
        QStringLiteral("蔡督導"), QStringLiteral("--new-password-file"), f.at("sup")};
    CHECK(f.run("bureau.db", reset + f.as(QStringLiteral("林志豪"))).status == 3);
    const QStringList add {QStringLiteral("add-user"), QStringLiteral("--name"),
        QStringLiteral("新進輔導員"), QStringLiteral("--role"), QStringLiteral("coach"),
        QStringLiteral("--staff"), QStringLiteral("黃淑芬"), QStringLiteral("--new-password-file"),
        f.at("newc")};
    CHECK(f.run("bureau.db", add + f.as(QStringLiteral("林志豪"))).status == 3);
    const Run badRole = f.run("bureau.db",
        QStringList {QStringLiteral("add-user"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--role"), QStringLiteral("boss"), QStringLiteral("--staff"),
            QStringLiteral("黃淑芬"), QStringLiteral("--new-password-file"), f.at("newc")}
            + admin);
    CHECK(badRole.status == 2);
    CHECK(badRole.err.contains(QStringLiteral("unknown role boss")));
    const Run noStaff = f.run("bureau.db",
        QStringList {QStringLiteral("add-user"), QStringLiteral("--name"), QStringLiteral("x"),
            QStringLiteral("--role"), QStringLiteral("coach"), QStringLiteral("--staff"),
            QStringLiteral("無此人"), QStringLiteral("--new-password-file"), f.at("newc")}
            + admin);
    CHECK(noStaff.status != 0);
    CHECK(noStaff.err.contains(QStringLiteral("no member of staff")));
    CHECK(f.run("bureau.db", QStringList {QStringLiteral("digest")} + admin).out == digest);

    const Run made = f.run("bureau.db", add + admin);
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    REQUIRE(f.run("bureau.db", reset + admin).status == 0);
    // Until the bundle arrives the laptop knows neither.
    CHECK(f.run("laptop.db", cases + f.as(QStringLiteral("新進輔導員"), "newc")).status == 3);
    REQUIRE(f.bundle("accounts.cbb", coach) == 0);
    const Run asSupervisor = f.run("laptop.db", cases + f.as(QStringLiteral("蔡督導"), "sup"));
    INFO(asSupervisor.err.toStdString());
    CHECK(asSupervisor.status == 0);
    CHECK(f.run("laptop.db", cases + f.as(QStringLiteral("新進輔導員"), "newc")).status == 0);
    CHECK(f.run("laptop.db", cases + f.as(QStringLiteral("新進輔導員"))).status == 3);
    // The coach's own sign-in is unchanged.
    CHECK(f.run("laptop.db", cases + coach).status == 0);
    // The bureau's trail has both.
    const Run trail = f.run("bureau.db",
        QStringList {QStringLiteral("audit"), QStringLiteral("--actor"), QStringLiteral("admin")}
            + admin);
    CHECK(trail.out.contains(QStringLiteral("新進輔導員")));
    CHECK(trail.out.contains(QStringLiteral("蔡督導")));
}

TEST_CASE("casebook-cli migrate-store moves a store with its log into a new one and proves it",
    "[cli][migrate]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("from.db"));
    const QString to = dir.filePath(QStringLiteral("to.db"));
    REQUIRE(cli({QStringLiteral("--db"), from, QStringLiteral("init"), QStringLiteral("--role"),
                    QStringLiteral("bureau"), QStringLiteral("--name"), QStringLiteral("勞動局")})
                .status
        == 0);
    REQUIRE(cli({QStringLiteral("--db"), from, QStringLiteral("demo"), QStringLiteral("--persons"),
                    QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("5"),
                    QStringLiteral("--no-accounts")})
                .status
        == 0);
    // Refused before anything is opened: no target, the same store, a file that exists.
    CHECK(cli({QStringLiteral("migrate-store"), QStringLiteral("--from"), from}).status == 2);
    CHECK(cli({QStringLiteral("migrate-store"), QStringLiteral("--from"), from,
                  QStringLiteral("--to"), from})
              .status
        == 2);
    const QString other = dir.filePath(QStringLiteral("other.db"));
    {
        QFile f(other);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("a coach's own file");
    }
    Run r = cli({QStringLiteral("migrate-store"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), other});
    CHECK(r.status == 2);
    CHECK(r.err.contains(QStringLiteral("exists already")));
    CHECK(hashOf(other)
        == QCryptographicHash::hash("a coach's own file", QCryptographicHash::Sha256));
    r = cli({QStringLiteral("migrate-store"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), QStringLiteral("postgresql://clerk:secret@db/casebook")});
    CHECK(r.status != 0);
    CHECK_FALSE(QFileInfo::exists(to));

    r = cli({QStringLiteral("migrate-store"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), to});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    CHECK(r.out.contains(QStringLiteral("same state")));
    const Run a = cli({QStringLiteral("--db"), from, QStringLiteral("digest")});
    const Run b = cli({QStringLiteral("--db"), to, QStringLiteral("digest")});
    REQUIRE(a.status == 0);
    CHECK(a.out == b.out);
    // The move is in the trail of both (it was recorded before the copy).
    const Run trail = cli({QStringLiteral("--db"), to, QStringLiteral("audit")});
    CHECK(trail.out.contains(to));
    // Never over a store.
    r = cli({QStringLiteral("migrate-store"), QStringLiteral("--from"), from,
        QStringLiteral("--to"), to});
    CHECK(r.status == 2);
    CHECK(cli({QStringLiteral("--db"), to, QStringLiteral("digest")}).out == b.out);
}
