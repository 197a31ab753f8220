// SPDX-License-Identifier: GPL-3.0-or-later
// The bureau's shared store on both engines (issue: a national-size store, SQLite and PostgreSQL in
// the same run): the first screen of the case list (open, window, first page painted), the due
// list, the filter per keystroke, the month's reports for all units, and the merge of a coach's
// month beside plain inserts of the same rows on the same engine (and, on PostgreSQL, COPY through
// psql as the engine's physical limit).
// Usage:
//   casebook-bureau-bench --db FILE [--pg postgresql://user@host:port/db] [--runs N]
// FILE is a store made by casebook-bench --persons N (or the demo); an empty PostgreSQL database is
// filled from it first with StoreCopy (timed). The merge writes into both stores.
#include "app/desktop/duepanel.h"
#include "app/desktop/mainwindow.h"
#include "app/usecases/agenda.h"
#include "app/usecases/casefiles.h"
#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/demo/demogenerator.h"
#include "core/reports/monthlyreport.h"
#include "core/rules/deadlines.h"
#include "core/services/duelist.h"
#include "core/services/servicerepository.h"
#include "core/store/storecopy.h"
#include "core/store/walcheckpointer.h"
#include "core/sync/syncrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

#include "bench/benchutil.h"

using namespace Casebook;
using Casebook::Bench::median;
using Casebook::Bench::ms;

namespace {

template<typename T> T must(Core::Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
    return std::move(*r);
}

void must(const Core::VoidResult &r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().message));
        std::exit(1);
    }
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

// A store's device keys, made once and kept in its meta table (the bench's passphrase).
Core::DeviceKeys keysOf(Core::CaseStore &store)
{
    const QByteArray passphrase = "bench passphrase";
    auto blob = store.metaValue(QStringLiteral("keys"));
    if (blob && !blob->isEmpty()) {
        return must(Core::DeviceKeys::decrypt(QByteArray::fromBase64(blob->toLatin1()), passphrase),
            "unlock");
    }
    auto keys = must(Core::DeviceKeys::generate(), "keys");
    auto sealed = must(keys.encrypted(passphrase, Core::DeviceKeys::Cost::Minimum), "seal");
    must(store.setMetaValue(QStringLiteral("keys"), QString::fromLatin1(sealed.toBase64())),
        "keep keys");
    return keys;
}

struct Figures
{
    std::vector<double> firstScreen, due, firstTurn, whole, keys, reports, panel, longestTurn;
    std::vector<double> dueFirst, panelFirst;
    double firstCold = 0, dueCold = 0, dueFirstCold = 0, panelFirstCold = 0;
    qint64 firstRows = 0;
    qint64 cases = 0, open = 0;
};

Figures measure(const QString &address, int runs)
{
    Figures f;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = must(Core::CaseStore::open(address), "open");
        App::MainWindow w(*store);
        w.show();
        w.repaint(); // the first screenful painted: usable
        const double first = ms(t);
        // The due panel, filled from its own connection while the window answers (the list's
        // pages come meanwhile): how long until it is, and the window's longest turn meanwhile.
        t.restart();
        double longest = 0;
        double panelFirst = -1;
        const auto *dueRows = w.findChild<QTreeWidget *>(QStringLiteral("dueList"));
        do {
            QElapsedTimer turn;
            turn.start();
            QCoreApplication::processEvents();
            longest = std::max(longest, ms(turn));
            if (panelFirst < 0 && dueRows->topLevelItemCount() > 0)
                panelFirst = ms(t);
            QThread::msleep(1);
        } while (w.isDueComputing());
        f.panel.push_back(ms(t));
        (i == 0 ? f.panelFirstCold : f.panelFirst.emplace_back()) = panelFirst;
        t.restart();
        const auto firstDue = must(
            UseCases::CaseFiles(*store).dueFirst(today, App::DuePanel::PageSize), "due first");
        (i == 0 ? f.dueFirstCold : f.dueFirst.emplace_back()) = ms(t);
        f.firstRows = firstDue.size();
        f.longestTurn.push_back(longest);
        t.restart();
        auto due = must(UseCases::CaseFiles(*store).due(today), "due");
        const double dueMs = ms(t);
        if (i == 1) {
            // Where the due list's time goes.
            // The window keeps its whole list between reloads: brought up to date with nothing
            // changed, and after a case's person was renamed (and named back: two writes).
            {
                Core::KeptDueList kept;
                kept = must(Core::DueList(*store).updated(kept, QDate::currentDate()), "kept");
                t.restart();
                kept = must(Core::DueList(*store).updated(kept, QDate::currentDate()), "kept");
                const double unchanged = ms(t);
                const auto withCase = std::find_if(kept.deadlines.cbegin(), kept.deadlines.cend(),
                    [](const Core::Deadline &d) { return !d.caseId.isEmpty(); });
                if (withCase != kept.deadlines.cend()) {
                    QSqlQuery q(store->database());
                    q.prepare(QStringLiteral(
                        "SELECT p.id, p.name FROM cases c JOIN persons p ON p.id = c.person_id "
                        "WHERE c.id = ?"));
                    q.addBindValue(withCase->caseId);
                    if (q.exec() && q.next()) {
                        const QString person = q.value(0).toString();
                        const QString name = q.value(1).toString();
                        q.finish();
                        const Core::WriteContext ctx {QStringLiteral("bench"), {}, {}};
                        must(store->update(ctx, QStringLiteral("person"), person,
                                 {{QStringLiteral("name"), QString(name + QStringLiteral("甲"))}}),
                            "rename");
                        must(store->update(ctx, QStringLiteral("person"), person,
                                 {{QStringLiteral("name"), name}}),
                            "rename back");
                        t.restart();
                        kept = must(
                            Core::DueList(*store).updated(kept, QDate::currentDate()), "kept");
                        std::printf("  kept due list brought up to date: nothing changed %.0f "
                                    "ms; a person renamed %.0f ms (%lld cases computed again)\n",
                            unchanged, ms(t), static_cast<long long>(kept.recomputedCases));
                    }
                }
            }
            t.restart();
            auto timelines = must(Core::CaseRepository(*store).openTimelines(), "timelines");
            const double read = ms(t);
            t.restart();
            const auto window = Core::Deadlines::compute(timelines, today);
            const double computed = ms(t);
            t.restart();
            must(Core::ServiceRepository(*store).deadlines(today), "service deadlines");
            std::printf("  (due list: open cases read %.0f ms, their deadlines %.0f ms (%lld), "
                        "supported employment's %.0f ms)\n",
                read, computed, static_cast<long long>(window.size()), ms(t));
        }
        f.open = due.size();
        // The events after the first paint: the due panel filled, then the list's pages.
        t.restart();
        QCoreApplication::processEvents();
        f.firstTurn.push_back(ms(t));
        t.restart();
        while (!w.isListWhole())
            QCoreApplication::processEvents();
        f.whole.push_back(ms(t));
        f.cases = w.caseModel()->totalCount();
        if (i == 0) {
            f.firstCold = first;
            f.dueCold = dueMs;
        } else {
            f.firstScreen.push_back(first);
            f.due.push_back(dueMs);
        }
        if (i + 1 < runs)
            continue;
        // The filter per keystroke, typed into the real box over the whole list.
        auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        const auto *middle = w.caseModel()->rowAt(w.caseModel()->rowCount() / 2);
        const QStringList queries = {middle->personName, middle->idNumber.left(6).toLower(),
            middle->caseNo, QStringLiteral("陳怡")};
        for (const QString &q : queries) {
            filter->clear();
            QCoreApplication::processEvents();
            for (QChar c : q) {
                QElapsedTimer k;
                k.start();
                filter->insert(QString(c));
                QCoreApplication::processEvents();
                f.keys.push_back(ms(k));
            }
        }
        filter->clear();
        // The month's 表6-1/6-2 for all units.
        const QString month = Core::RocDate::monthKey(today.addMonths(-1));
        for (int r = 0; r < 3; ++r) {
            QElapsedTimer m;
            m.start();
            must(Core::MonthlyReport::build(
                     *store, month, {}, Core::MonthlyReport::Records::Current),
                "monthly report");
            f.reports.push_back(ms(m));
        }
    }
    return f;
}

void print(const char *engine, const Figures &f)
{
    std::printf("%s: %lld cases in the list, %lld deadlines open\n", engine,
        static_cast<long long>(f.cases), static_cast<long long>(f.open));
    std::printf("  first screen of the case list: first run %.0f ms, then median %.0f ms, max %.0f "
                "ms [budget 150 ms]\n",
        f.firstCold, median(f.firstScreen), maxOf(f.firstScreen));
    std::printf("  due list computed: first run %.0f ms, then median %.0f ms, max %.0f ms [budget "
                "500 ms]\n",
        f.dueCold, median(f.due), maxOf(f.due));
    std::printf("  the due panel's first screenful computed (%lld deadlines): first run %.0f ms, "
                "then median %.0f ms, max %.0f ms [budget 500 ms]\n",
        static_cast<long long>(f.firstRows), f.dueFirstCold, median(f.dueFirst), maxOf(f.dueFirst));
    std::printf("  the due panel's first rows shown, from the first paint: first run %.0f ms, then "
                "median %.0f ms, max %.0f ms\n",
        f.panelFirstCold, median(f.panelFirst), maxOf(f.panelFirst));
    std::printf("  the due panel filled on its own connection, from the first paint: median %.0f "
                "ms, max %.0f ms; the window's longest turn meanwhile: median %.0f ms, max %.0f "
                "ms\n",
        median(f.panel), maxOf(f.panel), median(f.longestTurn), maxOf(f.longestTurn));
    std::printf("  the window's next turn of events (the list's next page): median %.0f ms\n",
        median(f.firstTurn));
    std::printf(
        "  the rest of the list read in pages after that: median %.0f ms\n", median(f.whole));
    std::printf("  filter per keystroke (%zu): median %.1f ms, max %.1f ms [budget 50 ms]\n",
        f.keys.size(), median(f.keys), maxOf(f.keys));
    std::printf("  month's reports, all units: median %.0f ms, max %.0f ms [budget 2000 ms]\n",
        median(f.reports), maxOf(f.reports));
}

// The same rows as a bundle's operations, inserted plainly into a table of the same shape on the
// store's engine, in one transaction; returns ms.
double plainInserts(Core::CaseStore &store, const QList<Core::Operation> &ops)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("DROP TABLE IF EXISTS bench_plain"));
    const bool pg = store.dialect().isPostgres();
    q.exec(QStringLiteral("CREATE TABLE bench_plain (op_id TEXT PRIMARY KEY, device_id TEXT, "
                          "incarnation %1, seq %1, hlc %1, actor TEXT, entity TEXT, row_id TEXT, "
                          "field TEXT, value TEXT, base_hlc %1, form_id TEXT, form_version TEXT)")
               .arg(pg ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER")));
    QElapsedTimer t;
    t.start();
    store.database().transaction();
    q.prepare(
        QStringLiteral("INSERT INTO bench_plain VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Core::Operation &op : ops) {
        for (const QVariant &v : {QVariant(op.opId), QVariant(op.deviceId),
                 QVariant(op.incarnation), QVariant(op.seq), QVariant(op.hlc), QVariant(op.actor),
                 QVariant(op.entity), QVariant(op.rowId), QVariant(op.field), QVariant(op.value),
                 QVariant(op.baseHlc), QVariant(op.formId), QVariant(op.formVersion)})
            q.addBindValue(v);
        q.exec();
    }
    store.database().commit();
    const double out = ms(t);
    q.exec(QStringLiteral("DROP TABLE bench_plain"));
    return out;
}

// The same rows inserted plainly into the store's own log (its size, its indexes: what any write of
// them costs there), under other ids so that they do not meet the merged ones, in one transaction
// committed as the merge's is; returns ms. They are deleted again afterwards, untimed.
double plainIntoLog(Core::CaseStore &store, const QList<Core::Operation> &ops)
{
    if (Core::WalCheckpointer *checkpointer = store.checkpointer())
        checkpointer->waitIdle(60000); // the plain inserts' copy into the file, before
    QSqlQuery q(store.database());
    QElapsedTimer t;
    t.start();
    store.database().transaction();
    q.prepare(QStringLiteral("INSERT INTO oplog (op_id, device_id, incarnation, seq, hlc, actor, "
                             "entity, row_id, field, value, base_hlc, form_id, form_version) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QString device;
    for (const Core::Operation &op : ops) {
        device = op.deviceId + QLatin1Char('~');
        for (const QVariant &v : {QVariant(op.opId + QLatin1Char('~')), QVariant(device),
                 QVariant(op.incarnation), QVariant(op.seq), QVariant(op.hlc), QVariant(op.actor),
                 QVariant(op.entity), QVariant(op.rowId), QVariant(op.field), QVariant(op.value),
                 QVariant(op.baseHlc), QVariant(op.formId), QVariant(op.formVersion)})
            q.addBindValue(v);
        if (!q.exec()) {
            std::printf(
                "  plain insert into the log failed: %s\n", qPrintable(q.lastError().text()));
            store.database().rollback();
            return -1;
        }
    }
    store.database().commit();
    const double out = ms(t);
    store.database().transaction();
    q.prepare(QStringLiteral("DELETE FROM oplog WHERE device_id = ?"));
    q.addBindValue(device);
    q.exec();
    store.database().commit();
    if (Core::WalCheckpointer *checkpointer = store.checkpointer())
        checkpointer->waitIdle(60000);
    return out;
}

// COPY of the same rows through psql (the engine's bulk path); returns ms, or -1 without psql.
double copyRows(const QString &address, const QList<Core::Operation> &ops, const QString &dir)
{
    const QString csv = QDir(dir).filePath(QStringLiteral("ops.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    // A QString, not a QStringBuilder holding the parameter past the return.
    auto quoted = [](QString s) -> QString {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    };
    for (const Core::Operation &op : ops) {
        const QStringList cells
            = {quoted(op.opId), quoted(op.deviceId), QString::number(op.incarnation),
                QString::number(op.seq), QString::number(op.hlc), quoted(op.actor),
                quoted(op.entity), quoted(op.rowId), quoted(op.field), quoted(op.value),
                QString::number(op.baseHlc), quoted(op.formId), quoted(op.formVersion)};
        file.write(cells.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    file.close();
    auto psql = [&](const QString &sql) {
        QProcess p;
        p.start(QStringLiteral("psql"),
            {QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), address,
                QStringLiteral("-c"), sql});
        return p.waitForFinished(600000) && p.exitCode() == 0;
    };
    if (!psql(QStringLiteral("CREATE TABLE bench_copy (op_id TEXT PRIMARY KEY, device_id TEXT, "
                             "incarnation BIGINT, seq BIGINT, hlc BIGINT, actor TEXT, entity "
                             "TEXT, row_id TEXT, field TEXT, value TEXT, base_hlc BIGINT, form_id "
                             "TEXT, form_version TEXT)")))
        return -1;
    QElapsedTimer t;
    t.start();
    const bool copied
        = psql(QStringLiteral("\\copy bench_copy FROM '%1' WITH (FORMAT csv)").arg(csv));
    const double out = ms(t);
    psql(QStringLiteral("DROP TABLE bench_copy"));
    return copied ? out : -1;
}

// SQLite's page cache over a piece of work: pages read from the file (misses), found (hits) and
// written; zeros on PostgreSQL.
struct PageCounts
{
    int hits = 0;
    int misses = 0;
    int writes = 0;
};

PageCounts pageCounts(Core::CaseStore &store)
{
    PageCounts out;
    if (store.dialect().isPostgres())
        return out;
    auto *db = *static_cast<sqlite3 *const *>(store.database().driver()->handle().constData());
    int high = 0;
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_HIT, &out.hits, &high, 0);
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_MISS, &out.misses, &high, 0);
    sqlite3_db_status(db, SQLITE_DBSTATUS_CACHE_WRITE, &out.writes, &high, 0);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure kept as it comes, into a file too
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("The SQLite store."),
        QStringLiteral("FILE"), QStringLiteral("bench-150k.db"));
    QCommandLineOption pgOpt(QStringLiteral("pg"),
        QStringLiteral("A PostgreSQL store (filled from FILE when empty)."), QStringLiteral("URL"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Start-up repetitions."),
        QStringLiteral("N"), QStringLiteral("4"));
    QCommandLineOption dueOpt(QStringLiteral("due-only"),
        QStringLiteral("Only compute the due list N times (for a profiler)."), QStringLiteral("N"));
    QCommandLineOption reportsOpt(QStringLiteral("reports-only"),
        QStringLiteral("Only build the month's reports N times (for a profiler)."),
        QStringLiteral("N"));
    QCommandLineOption firstOpt(QStringLiteral("first-screen-only"),
        QStringLiteral("Only open the store and show the window's first screen N times."),
        QStringLiteral("N"));
    QCommandLineOption mergeOpt(
        QStringLiteral("merge-only"), QStringLiteral("Only measure the merge of a coach's month."));
    parser.addOptions({dbOpt, pgOpt, runsOpt, dueOpt, reportsOpt, firstOpt, mergeOpt});
    parser.process(app);
    const int runs = std::max(2, parser.value(runsOpt).toInt());
    if (parser.isSet(firstOpt)) {
        const QString address = parser.isSet(pgOpt) ? parser.value(pgOpt) : parser.value(dbOpt);
        for (int i = 0; i < parser.value(firstOpt).toInt(); ++i) {
            QElapsedTimer t;
            t.start();
            auto store = must(Core::CaseStore::open(address), "open");
            const double opened = ms(t);
            App::MainWindow w(*store);
            const double made = ms(t);
            w.show();
            w.repaint();
            std::printf("first screen: opened %.0f ms, window made %.0f ms, painted %.0f ms\n",
                opened, made, ms(t));
        }
        return 0;
    }
    if (parser.isSet(reportsOpt)) {
        auto store = must(Core::CaseStore::open(parser.value(dbOpt)), "open");
        const QString month = Core::RocDate::monthKey(QDate::currentDate().addMonths(-1));
        for (int i = 0; i < parser.value(reportsOpt).toInt(); ++i) {
            QElapsedTimer t;
            t.start();
            // Where the time goes: the elapsed time at each step's start (thousandths of the work).
            QStringList steps;
            qint64 last = -1;
            const auto report = must(
                Core::MonthlyReport::build(*store, month, {}, Core::MonthlyReport::Records::Current,
                    false,
                    [&](qint64 done, qint64 total) {
                        const qint64 permille = total > 0 ? done * 1000 / total : 0;
                        if (permille / 100 != last / 100 || last < 0) {
                            steps
                                << QStringLiteral("%1‰ %2 ms").arg(permille).arg(ms(t), 0, 'f', 0);
                        }
                        last = permille;
                        return true;
                    }),
                "monthly report");
            std::printf("month's reports: %lld case rows in %.0f ms (%s)\n",
                static_cast<long long>(report.cases.size()), ms(t),
                qPrintable(steps.join(QStringLiteral(", "))));
        }
        return 0;
    }
    if (parser.isSet(dueOpt)) {
        auto store = must(Core::CaseStore::open(parser.value(dbOpt)), "open");
        for (int i = 0; i < parser.value(dueOpt).toInt(); ++i) {
            QElapsedTimer t;
            t.start();
            const auto first = must(
                UseCases::CaseFiles(*store).dueFirst(QDate::currentDate(), App::DuePanel::PageSize),
                "due first");
            std::printf("due list's first screenful: %lld rows in %.0f ms\n",
                static_cast<long long>(first.size()), ms(t));
            t.restart();
            const auto due = must(UseCases::CaseFiles(*store).due(QDate::currentDate()), "due");
            std::printf(
                "due list: %lld rows in %.0f ms\n", static_cast<long long>(due.size()), ms(t));
            t.restart();
            auto timelines = must(Core::CaseRepository(*store).openTimelines(), "timelines");
            const double read = ms(t);
            t.restart();
            const auto window = Core::Deadlines::compute(timelines, QDate::currentDate());
            const double computed = ms(t);
            t.restart();
            const auto services
                = must(Core::ServiceRepository(*store).deadlines(QDate::currentDate()), "services");
            const double se = ms(t);
            t.restart();
            Core::Deadlines::merged(window, services);
            std::printf("  open cases read %.0f ms, their deadlines %.0f ms, supported "
                        "employment's %.0f ms (%lld), merged %.0f ms\n",
                read, computed, se, static_cast<long long>(services.size()), ms(t));
            t.restart();
            must(Core::CaseRepository(*store).earliestTimelines(App::DuePanel::PageSize),
                "earliest");
            const double earliest = ms(t);
            t.restart();
            must(Core::ServiceRepository(*store).certificateDeadlines(QDate::currentDate()),
                "certificates");
            std::printf("  first screenful: the earliest cases read %.0f ms, supported "
                        "employment's certificates %.0f ms\n",
                earliest, ms(t));
            // A coach signed in on the store: their due list and their week (今日), from their
            // cases alone; the coach with the median number of cases and the one with the most.
            QSqlQuery q(store->database());
            q.exec(QStringLiteral("SELECT coach_id, count(*) n FROM cases WHERE deleted = 0 AND "
                                  "coach_id IS NOT NULL GROUP BY coach_id ORDER BY n"));
            QList<std::pair<QString, qint64>> coaches;
            while (q.next())
                coaches << std::pair {q.value(0).toString(), q.value(1).toLongLong()};
            if (coaches.isEmpty())
                continue;
            for (const auto &[staffId, caseCount] :
                {coaches.at(coaches.size() / 2), coaches.last()}) {
                Core::Account coach;
                coach.staffId = staffId;
                coach.role = Core::UserRole::Coach;
                t.restart();
                const auto rows
                    = must(UseCases::CaseFiles(*store, Core::Caseload::of(coach)).list(), "list");
                std::printf("  a coach's (%lld cases) case list: %lld rows in %.0f ms\n",
                    static_cast<long long>(caseCount), static_cast<long long>(rows.size()), ms(t));
                t.restart();
                const auto mine = must(UseCases::CaseFiles(*store, Core::Caseload::of(coach))
                                           .due(QDate::currentDate()),
                    "coach's due list");
                const double dueMs = ms(t);
                t.restart();
                const auto week = must(
                    UseCases::Agenda(*store, Core::Caseload::of(coach)).week(QDate::currentDate()),
                    "coach's week");
                std::printf("  a coach's (%lld cases) due list: %lld rows in %.0f ms; their week "
                            "(今日): %lld items in %.0f ms\n",
                    static_cast<long long>(caseCount), static_cast<long long>(mine.size()), dueMs,
                    static_cast<long long>(week.size()), ms(t));
            }
        }
        return 0;
    }
    QStringList stores = {parser.value(dbOpt)};
    {
        auto file = must(Core::CaseStore::open(stores.first()), "open");
        std::printf("SQLite store %s: %lld operations\n", qPrintable(stores.first()),
            static_cast<long long>(must(file->operationCount(), "count")));
        // The bureau's keys first: a store moved to PostgreSQL is the same device, with the same
        // keys.
        keysOf(*file);
        if (parser.isSet(pgOpt)) {
            stores << parser.value(pgOpt);
            auto pg = must(Core::CaseStore::open(stores.last()), "open PostgreSQL");
            if (!pg->isInitialized()) {
                QElapsedTimer t;
                t.start();
                const qint64 rows = must(Core::StoreCopy::copy(*file, *pg), "migrate-store");
                std::printf("moved to PostgreSQL: %lld rows in %.0f s (digests compared)\n",
                    static_cast<long long>(rows), ms(t) / 1000);
            }
        }
    }
    for (const QString &address : std::as_const(stores)) {
        const bool pg = address.startsWith(QLatin1String("postgresql:"));
        if (!parser.isSet(mergeOpt))
            print(pg ? "PostgreSQL" : "SQLite", measure(address, runs));
    }

    // A coach's month merged at the bureau: the same bundle into both stores.
    QTemporaryDir dir;
    auto coach = must(
        Core::CaseStore::open(dir.filePath(QStringLiteral("coach.db"))), "open the coach's store");
    must(coach->initialize(Core::DeviceRole::Window, QStringLiteral("bench coach")), "init");
    Core::DeviceKeys coachKeys = keysOf(*coach);
    Core::SyncRepository coachSync(*coach);
    for (const QString &address : std::as_const(stores)) {
        auto bureau = must(Core::CaseStore::open(address), "open");
        Core::DeviceKeys keys = keysOf(*bureau);
        Core::SyncRepository bureauSync(*bureau);
        const QByteArray enrolment
            = must(bureauSync.enroll(keys, must(coachSync.self(), "self")), "enrol");
        must(coachSync.acceptEnrollment(enrolment,
                 Core::SyncRepository::fingerprint(must(bureauSync.self(), "self").signKey)),
            "accept");
    }
    if (!Core::DemoGenerator(*coach).generate(60, 77))
        return 1;
    const QList<Core::Operation> ops = must(coach->operations(), "operations");
    const QByteArray bundle
        = must(coachSync.exportBundle(coachKeys, QDateTime::currentDateTimeUtc()), "export");
    for (const QString &address : std::as_const(stores)) {
        const bool pg = address.startsWith(QLatin1String("postgresql:"));
        auto bureau = must(Core::CaseStore::open(address), "open");
        Core::DeviceKeys keys = keysOf(*bureau);
        const PageCounts before = pageCounts(*bureau);
        QElapsedTimer t;
        t.start();
        const Core::ImportSummary merged
            = must(Core::SyncRepository(*bureau).importBundle(bundle, keys), "import");
        const double mergeMs = ms(t);
        const PageCounts after = pageCounts(*bureau);
        if (!pg) {
            std::printf("  the merge's pages: %d read from the file, %d found in the cache, %d "
                        "written\n",
                after.misses - before.misses, after.hits - before.hits,
                after.writes - before.writes);
            // The log's copy into the file, on its own thread after the merge returned: waited
            // for, so that the plain inserts below do not share the disk with it.
            t.start();
            if (Core::WalCheckpointer *checkpointer = bureau->checkpointer()) {
                checkpointer->waitIdle(60000);
                std::printf("  the write-ahead log copied into the file on its own thread in a "
                            "further %.0f ms (%d checkpoints)\n",
                    ms(t), checkpointer->checkpoints());
            }
        }
        const double plainMs = plainInserts(*bureau, ops);
        std::printf("%s: a coach's month (%d operations) merged in %.0f ms (%.0f/s); plain inserts "
                    "of the same rows into an empty table %.0f ms (%.0f/s): merge at %.0f%% of "
                    "plain [budget 25%%]\n",
            pg ? "PostgreSQL" : "SQLite", merged.applied, mergeMs, merged.applied / mergeMs * 1000,
            plainMs, double(ops.size()) / plainMs * 1000, 100.0 * plainMs / mergeMs);
        if (const double logMs = plainIntoLog(*bureau, ops); logMs >= 0) {
            std::printf("  plain inserts of the same rows into the store's log (its indexes, "
                        "committed) %.0f ms (%.0f/s): merge at %.0f%% of those\n",
                logMs, double(ops.size()) / logMs * 1000, 100.0 * logMs / mergeMs);
        }
        if (pg) {
            const double copyMs = copyRows(address, ops, dir.path());
            if (copyMs >= 0) {
                std::printf("  COPY of the same rows (psql, process start included): %.0f ms "
                            "(%.0f/s)\n",
                    copyMs, double(ops.size()) / copyMs * 1000);
            }
        }
    }
    return 0;
}
