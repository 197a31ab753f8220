// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the monthly reports 表6-1/6-2 (computed, then written as PDF, XLSX and CSV) and the
// plan-year performance table on generated stores: a city-year (25 coaches, about 500
// supported-employment cases; budget 200 ms) and, with --national, a national-size store (700
// coaches, about 15,000 cases). Usage:
//   casebook-reports-bench [--national] [--db FILE] [--only TEXT]
// A given FILE is reused when it exists; --only runs the measurements whose name starts with TEXT
// (for a profiler).
#include "core/common/rocdate.h"
#include "core/demo/demogenerator.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/reports/reportfilings.h"
#include "core/services/servicerepository.h"
#include "forms/model/demoforms.h"
#include "forms/model/monthlyreportforms.h"
#include "forms/print/formprinter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "bench/benchutil.h"

using namespace Casebook;

using Casebook::Bench::median;
using Casebook::Bench::ms;

namespace {

QString only; // --only: the measurements to run

template<typename F> void measure(const char *what, int runs, F &&f)
{
    if (!QString::fromLatin1(what).startsWith(only))
        return;
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!f()) {
            std::fprintf(stderr, "%s failed\n", what);
            std::exit(1);
        }
        times.push_back(ms(t));
    }
    std::printf("%-44s median %8.1f ms, max %8.1f ms (%d runs)\n", what, median(times),
        *std::max_element(times.begin(), times.end()), runs);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool national = args.contains(QStringLiteral("--national"));
    const int at = static_cast<int>(args.indexOf(QStringLiteral("--db")));
    if (const int o = static_cast<int>(args.indexOf(QStringLiteral("--only")));
        o > 0 && o + 1 < args.size())
        only = args.at(o + 1);
    QTemporaryDir dir;
    const QString path = at > 0 && at + 1 < args.size() ? args.at(at + 1)
                                                        : dir.filePath(QStringLiteral("bench.db"));
    const bool reuse = QFile::exists(path);
    auto opened = Core::CaseStore::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Core::CaseStore &store = **opened;
    if (!reuse) {
        // About a third of the generated persons become supported-employment cases of a unit.
        const int persons = national ? 57000 : 1900;
        QElapsedTimer t;
        t.start();
        Core::DemoGenerator gen(store);
        gen.setCoaches(national ? 700 : 25);
        if (!store.initialize(Core::DeviceRole::Bureau, QStringLiteral("bench"))) {
            std::fprintf(stderr, "cannot initialise the store\n");
            return 1;
        }
        auto summary = gen.generate(persons, 42);
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().message));
            return 1;
        }
        if (!Forms::DemoForms::completeDemo(store, summary->supportedEmploymentCases)) {
            std::fprintf(stderr, "cannot complete the demo forms\n");
            return 1;
        }
        std::printf("generated %d persons, %lld supported-employment cases in %.0f s\n",
            summary->persons, static_cast<long long>(summary->supportedEmploymentCases.size()),
            ms(t) / 1000);
    }
    const QDate last = QDate::currentDate().addMonths(-1);
    const QString month = Core::RocDate::monthKey(last);
    auto data = Core::MonthlyReport::build(store, month);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error().message));
        return 1;
    }
    std::printf("month %s: %lld cases served, %lld coaches\n", qPrintable(month),
        static_cast<long long>(data->cases.size()), static_cast<long long>(data->coaches.size()));
    const int runs = national ? 3 : 7;
    measure("monthly report, computed (all units)", runs, [&] {
        return Core::MonthlyReport::build(store, month, {}, Core::MonthlyReport::Records::Current)
            .has_value();
    });
    auto records = Forms::MonthlyReportForms::fill(*data, QDate::currentDate());
    measure("monthly report, PDF written", runs, [&] {
        return Forms::FormPrinter::writePdf(
            dir.filePath(QStringLiteral("m.pdf")), {&records->table61, &records->table62}, {})
            .has_value();
    });
    measure("monthly report, XLSX written", runs, [&] {
        auto tables = Forms::MonthlyReportForms::tables(records->table61);
        tables += Forms::MonthlyReportForms::tables(records->table62);
        return Forms::ReportExport::writeXlsx(dir.filePath(QStringLiteral("m.xlsx")), tables)
            .has_value();
    });
    measure("monthly report, CSV written", runs, [&] {
        return Forms::ReportExport::writeCsv(dir.filePath(QStringLiteral("m.csv")),
            Forms::MonthlyReportForms::tables(records->table61).first())
            .has_value();
    });
    auto rules = Core::PlanYearRulesLoader::forYearOrEarlier(
        QString::number(Core::RocDate::year(QDate::currentDate())));
    measure("performance table of the plan year", runs, [&] {
        return Core::PerformanceReport::build(store, *rules, QDate::currentDate()).has_value();
    });
    measure("performance table, drill-down reasons counted", runs, [&] {
        auto table = Core::PerformanceReport::build(store, *rules, QDate::currentDate());
        qsizetype reasons = 0;
        if (table) {
            for (const Core::PerformanceRow &r : *table)
                reasons += r.contributions.size();
        }
        return table.has_value() && reasons > 0;
    });

    // A filed month rebuilt after later corrections: the view of the past rewinds what changed
    // since the filing.
    if (!reuse) {
        if (auto filed = Core::ReportFilings(store).file(
                QStringLiteral("bench"), month, last.addDays(last.daysInMonth() - last.day()), {});
            !filed) {
            std::fprintf(stderr, "cannot file the month: %s\n", qPrintable(filed.error().message));
            return 1;
        }
        Core::ServiceRepository services(store);
        int changed = 0;
        Core::Transaction tx(store);
        for (const QString &caseId :
            data->cases.isEmpty() ? QStringList() : QStringList {data->cases.first().caseId}) {
            for (int i = 0; i < 500; ++i) {
                changed += services.logSupportDay({}, caseId,
                               {{}, QDate::currentDate().addDays(-(i % 20)), 1,
                                   QStringLiteral("workplace"), {}})
                    ? 1
                    : 0;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "cannot write the later changes\n");
            return 1;
        }
        std::printf("filed %s, then %d later support days\n", qPrintable(month), changed);
    }
    // A reused store keeps the filing and the later records of the run that generated it.
    measure("filed month rebuilt as filed (500 later records)", runs, [&] {
        auto asFiled = Core::MonthlyReport::build(store, month);
        return asFiled.has_value() && asFiled->asFiled && asFiled->laterChanges > 0;
    });
    return 0;
}
