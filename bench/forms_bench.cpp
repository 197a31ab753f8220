// SPDX-License-Identifier: GPL-3.0-or-later
// Measures form rendering (budget: under 150 ms a page) and opening a filled form (under 100 ms) on
// generated data.
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/store/cryptvfs.h"
#include "forms/editor/formeditor.h"
#include "forms/model/demoforms.h"
#include "forms/model/formdefinition.h"
#include "forms/model/formrecord.h"
#include "forms/print/formprinter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include "bench/benchutil.h"

using namespace Casebook;

using Casebook::Bench::median;
using Casebook::Bench::ms;

namespace {

// Renders and opens the forms of one case of the store; prints the figures.
int measure(Core::CaseStore &store)
{
    if (!store.initialize(Core::DeviceRole::Coach, QStringLiteral("bench"))
        || !Core::DemoGenerator(store).generate(50, 7)) {
        std::fprintf(stderr, "cannot set up the store\n");
        return 1;
    }
    const QString caseId = Core::CaseRepository(store).cases()->first().id;
    const auto &catalogue = Forms::DefinitionLoader::shipped();
    QTemporaryDir dir;

    // Fill and save every form once (20 rows in each repeating table).
    std::vector<std::unique_ptr<Forms::FormRecord>> records;
    for (const Forms::FormDefinition &d : catalogue.forms) {
        auto r = Forms::FormRecord::open(store, d, caseId);
        Forms::DemoForms::fill(*r, 20);
        r->save({});
        records.push_back(std::make_unique<Forms::FormRecord>(std::move(*r)));
    }

    // 1. Each form on its own, 5 runs, time per page.
    std::printf("%-14s %6s %10s %12s\n", "form", "pages", "ms (med)", "ms per page");
    std::vector<double> perPage;
    for (const auto &r : records) {
        std::vector<double> runs;
        int pages = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            pages = *Forms::FormPrinter::writePdf(
                dir.filePath(QStringLiteral("one.pdf")), {r.get()}, {});
            runs.push_back(ms(t));
        }
        const double m = median(runs);
        perPage.push_back(m / pages);
        std::printf(
            "%-14s %6d %10.1f %12.1f\n", qPrintable(r->definition().id), pages, m, m / pages);
    }
    std::printf("per page over the 12 forms: median %.1f ms, worst %.1f ms [budget 150 ms]\n",
        median(perPage), *std::max_element(perPage.begin(), perPage.end()));

    // 2. A whole case's forms into one PDF.
    QList<const Forms::FormRecord *> all;
    for (const auto &r : records)
        all << r.get();
    std::vector<double> runs;
    int pages = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        pages = *Forms::FormPrinter::writePdf(dir.filePath(QStringLiteral("all.pdf")), all, {});
        runs.push_back(ms(t));
    }
    std::printf("all 12 forms of a case: %d pages in %.0f ms (median of 5), %.1f ms a page\n",
        pages, median(runs), median(runs) / pages);

    // 3. Opening a filled form: load the record from the store and build the editor.
    std::vector<double> opens;
    const Forms::FormDefinition *t3 = catalogue.find(QStringLiteral("表三"));
    const QString instance = records[2]->instance().id;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        auto r = Forms::FormRecord::open(store, *t3, caseId, instance);
        Forms::FormEditor editor(std::move(*r), QDate::currentDate());
        editor.show();
        QCoreApplication::processEvents();
        opens.push_back(ms(t));
    }
    std::printf(
        "open a filled 表三 in the editor: median %.1f ms [budget 100 ms]\n", median(opens));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!QCoreApplication::arguments().contains(QStringLiteral("--encrypted"))) {
        auto store = Core::CaseStore::open(QStringLiteral(":memory:"));
        return store ? measure(**store) : 1;
    }
    // --encrypted: the same figures on a plain store file and on an encrypted one, in one run.
    QTemporaryDir files;
    int rc = 0;
    for (const bool encrypted : {false, true}) {
        std::printf("\n== %s store file\n", encrypted ? "encrypted (CryptVfs)" : "plain");
        const QString path
            = files.filePath(encrypted ? QStringLiteral("enc.db") : QStringLiteral("plain.db"));
        auto store = Core::CaseStore::open(
            path, Core::SystemClock::instance(), encrypted ? Core::SecretKey::random() : nullptr);
        rc |= store ? measure(**store) : 1;
    }
    return rc;
}
