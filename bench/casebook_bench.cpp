// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the start-up and filter budgets of ARCHITECTURE.md on a generated store:
// time from opening the store to a usable case list, and filter latency per keystroke.
#include "app/desktop/mainwindow.h"
#include "app/usecases/session.h"
#include "core/accounts/accountrepository.h"
#include "core/cases/caselistmodel.h"
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/rules/deadlines.h"
#include "core/store/casestore.h"
#include "core/store/storeconversion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Casebook;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return {};
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption dbOpt(QStringLiteral("db"),
        QStringLiteral("Store to use (generated if missing)."), QStringLiteral("PATH"),
        QStringLiteral("bench-100k.db"));
    QCommandLineOption personsOpt(QStringLiteral("persons"), QStringLiteral("Persons to generate."),
        QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Start-up repetitions."),
        QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption userOpt(QStringLiteral("user"),
        QStringLiteral(
            "Measure as this demo account (陳怡君: a coach); the store's device otherwise. "
            "Sign-in is not timed."),
        QStringLiteral("NAME"));
    QCommandLineOption encryptedOpt(QStringLiteral("encrypted"),
        QStringLiteral("Measure an encrypted copy of the store (made once beside it, as "
                       "PATH.encrypted.db, its key in PATH.encrypted.key)."));
    parser.addOptions({dbOpt, personsOpt, runsOpt, userOpt, encryptedOpt});
    parser.process(app);
    QString path = parser.value(dbOpt);
    std::shared_ptr<Core::SecretKey> key;

    if (!QFileInfo::exists(path)) {
        auto store = Core::CaseStore::open(path);
        if (!store || !(*store)->initialize(Core::DeviceRole::Bureau, QStringLiteral("bench"))) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(path));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        auto r = Core::DemoGenerator(**store).generate(parser.value(personsOpt).toInt(), 2018);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("generated %d persons / %d cases in %.1f s (%lld operations)\n", r->persons,
            r->cases, ms(t) / 1000.0, static_cast<long long>(*(*store)->operationCount()));
    }
    if (parser.isSet(encryptedOpt)) {
        const QString copy = path + QStringLiteral(".encrypted.db");
        QFile keyFile(path + QStringLiteral(".encrypted.key"));
        if (!QFileInfo::exists(copy)) {
            QElapsedTimer t;
            t.start();
            key = Core::SecretKey::random();
            if (!QFile::copy(path, copy) || !keyFile.open(QIODevice::WriteOnly)) {
                std::fprintf(stderr, "cannot copy %s\n", qPrintable(path));
                return 1;
            }
            keyFile.write(reinterpret_cast<const char *>(key->data()), Core::SecretKey::Size);
            keyFile.close();
            if (auto r = Core::StoreConversion::encrypt(copy, key); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
                return 1;
            }
            std::printf("encrypted a copy in %.1f s\n", ms(t) / 1000.0);
        } else {
            if (!keyFile.open(QIODevice::ReadOnly))
                return 1;
            const QByteArray bytes = keyFile.readAll();
            key = Core::SecretKey::fromBytes(
                reinterpret_cast<const unsigned char *>(bytes.constData()));
        }
        path = copy;
        std::printf("encrypted store (CryptVfs)\n");
    }
    auto open = [&] { return Core::CaseStore::open(path, Core::SystemClock::instance(), key); };
    std::optional<Core::Account> user;
    if (parser.isSet(userOpt)) {
        auto store = open();
        if (!store)
            return 1;
        if (!UseCases::Session(**store).hasAccounts()) {
            QElapsedTimer t;
            t.start();
            auto made = UseCases::Session(**store).makeDemoAccounts("casebook-demo", false);
            if (!made)
                return 1;
            std::printf("made %d demo accounts in %.1f s\n", *made, ms(t) / 1000.0);
        }
        auto found = Core::AccountRepository(**store).find(parser.value(userOpt));
        if (!found) {
            std::fprintf(stderr, "%s\n", qPrintable(found.error().message));
            return 1;
        }
        user = *found;
        std::printf(
            "as %s (%s)\n", qPrintable(user->name), qPrintable(Core::userRoleKey(user->role)));
    }
    std::printf("store: %s, %.1f MB\n", qPrintable(path),
        static_cast<double>(QFileInfo(path).size()) / 1e6);

    // 1. Start-up: open the store, build the window, load the case list, show it.
    std::vector<double> startups;
    std::vector<double> withDue;
    std::vector<double> opens;
    const int runs = parser.value(runsOpt).toInt();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = open();
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
            return 1;
        }
        opens.push_back(ms(t));
        App::MainWindow w(**store, user);
        w.show();
        w.repaint(); // the list painted: usable
        startups.push_back(ms(t));
        QCoreApplication::processEvents(); // the due panel fills after the list is shown
        withDue.push_back(ms(t));
        if (i == 0)
            std::printf("cases in list: %d\n", w.caseModel()->rowCount());
    }
    const Stats s = stats(startups);
    const Stats o = stats(opens);
    const Stats d = stats(withDue);
    std::printf("start to usable case list: median %.0f ms, max %.0f ms over %d runs (store open "
                "incl. quick_check: "
                "median %.0f ms) [budget 1000 ms]\n",
        s.median, s.max, runs, o.median);
    std::printf("  and with the due panel filled: median %.0f ms, max %.0f ms\n", d.median, d.max);

    // Where the start-up time goes.
    {
        auto st = open();
        QElapsedTimer t;
        t.start();
        auto rows = Core::CaseRepository(**st).listRows();
        const double listMs = ms(t);
        t.restart();
        Core::CaseListModel model;
        model.setRows(*rows);
        const double modelMs = ms(t);
        t.restart();
        auto timelines = Core::CaseRepository(**st).openTimelines();
        const auto due = Core::Deadlines::compute(*timelines, QDate::currentDate());
        const double dueMs = ms(t);
        std::printf(
            "  of which: case list query %.0f ms, model %.0f ms, deadlines %.0f ms (%lld open)\n",
            listMs, modelMs, dueMs, static_cast<long long>(due.size()));
    }

    // 2. Filter latency per keystroke, typed into the real filter box, repaint included.
    auto store = open();
    App::MainWindow w(**store, user);
    w.show();
    QCoreApplication::processEvents();
    auto *filter = w.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const auto *first = w.caseModel()->rowAt(w.caseModel()->rowCount() / 2);
    const QStringList queries = {first->personName, first->idNumber.left(6).toLower(),
        first->caseNo, QStringLiteral("陳怡"), QStringLiteral("N11")};
    std::vector<double> keys;
    for (const QString &q : queries) {
        filter->clear();
        QCoreApplication::processEvents();
        for (QChar c : q) {
            QElapsedTimer t;
            t.start();
            filter->insert(QString(c));
            QCoreApplication::processEvents();
            keys.push_back(ms(t));
        }
        for (int i = 0; i < q.size(); ++i) {
            QElapsedTimer t;
            t.start();
            filter->backspace();
            QCoreApplication::processEvents();
            keys.push_back(ms(t));
        }
    }
    const Stats k = stats(keys);
    std::printf("filter per keystroke (%zu keystrokes, typing and deleting): median %.1f ms, p95 "
                "%.1f ms, max %.1f ms "
                "[budget 50 ms]\n",
        keys.size(), k.median, k.p95, k.max);

    // 3. Opening a case in the case view.
    std::vector<double> opensCase;
    for (int i = 0; i < 50; ++i) {
        const auto *row = w.caseModel()->rowAt((i * 997) % w.caseModel()->rowCount());
        QElapsedTimer t;
        t.start();
        w.selectCase(row->caseId);
        QCoreApplication::processEvents();
        opensCase.push_back(ms(t));
    }
    const Stats c = stats(opensCase);
    std::printf("open a case in the case view: median %.1f ms, max %.1f ms [budget 100 ms]\n",
        c.median, c.max);
    return 0;
}
