// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/print/formprinter.h"
#include "forms/tests/formtesthelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Casebook;
using namespace Casebook::Forms;
using Casebook::Forms::Test::Fixture;
using Casebook::Forms::Test::pdfPages;
using Casebook::Forms::Test::pdfText;
using Casebook::Forms::Test::run;

namespace {

QString fold(const QString &s)
{
    return s.normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE(
    "Every form prints to an A4 PDF with its title, code, labels and values", "[forms][print]")
{
    Fixture fx;
    QTemporaryDir dir;
    for (const FormDefinition &def : DefinitionLoader::shipped().forms) {
        INFO(def.id.toStdString());
        FormRecord r = fx.open(def);
        Test::fillExample(r);
        const QString pdf = dir.filePath(def.id + QStringLiteral(".pdf"));
        auto pages = FormPrinter::writePdf(pdf, {&r}, {});
        REQUIRE(pages);
        CHECK(*pages >= 1);
        CHECK(pdfPages(pdf) == *pages);
        const QString text = pdfText(pdf);
        QString compact = text;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        CHECK(compact.contains(fold(def.title.zh)));
        CHECK(text.contains(fold(def.code)));
        CHECK(text.contains(fold(QStringLiteral("第 1 頁／共 %1 頁").arg(*pages))));
        CHECK(text.contains(r.caseData().caseNo));
        // every section title and the first field label
        for (const SectionDef &s : def.sections) {
            if (!s.title.zh.isEmpty())
                CHECK(text.contains(fold(s.title.zh)));
        }
        // a filled date in ROC form
        CHECK(text.contains(fold(QStringLiteral("民國113年05月20日"))));
        if (def.field(QStringLiteral("name")))
            CHECK(text.contains(QStringLiteral("林美玲")));
        // the page renders to an image
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), pdf, dir.filePath(def.id)});
        const QFileInfo png(
            dir.filePath(def.id + QStringLiteral("-1.png"))
                .replace(QStringLiteral("-1.png"),
                    pages.value() >= 10 ? QStringLiteral("-01.png") : QStringLiteral("-1.png")));
        CHECK(png.exists());
        CHECK(png.size() > 2000);
    }
}

TEST_CASE("Fonts are embedded and the ID is masked where the definition says", "[forms][print]")
{
    Fixture fx;
    QTemporaryDir dir;
    FormRecord t1 = fx.open(fx.form("表一"));
    FormRecord a2 = fx.open(fx.form("附表2"));
    const QString pdf = dir.filePath(QStringLiteral("two.pdf"));
    auto pages = FormPrinter::writePdf(pdf, {&t1, &a2}, {});
    REQUIRE(pages);
    const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
    CHECK(fonts.contains(QStringLiteral("UMing")));
    // every font line says emb = yes and uni = yes (columns after the encoding)
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == QStringLiteral("yes")); // emb
        CHECK(cols.at(cols.size() - 3) == QStringLiteral("yes")); // uni
    }
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("F131232216"))); // 表一 prints the full ID
    CHECK(text.contains(QStringLiteral("F*****2216"))); // 附表2 masks it
}

TEST_CASE("A long 表3-2 log flows onto more pages with the header repeated and pages numbered",
    "[forms][print]")
{
    Fixture fx;
    QTemporaryDir dir;
    FormRecord r = fx.open(fx.form("3-2"));
    QJsonArray rows;
    for (int i = 0; i < 45; ++i) {
        rows.append(QJsonObject {
            {QStringLiteral("date"), QDate(2024, 3, 1).addDays(i).toString(Qt::ISODate)},
            {QStringLiteral("hours"), QStringLiteral("4")},
            {QStringLiteral("place"), QStringLiteral("workplace")},
            {QStringLiteral("content"),
                QStringLiteral("第%1天：工作流程示範與提示褪除").arg(i + 1)}});
    }
    r.setRows(QStringLiteral("log"), rows);
    const QString pdf = dir.filePath(QStringLiteral("log.pdf"));
    auto pages = FormPrinter::writePdf(pdf, {&r}, {});
    REQUIRE(pages);
    REQUIRE(*pages >= 2);
    CHECK(pdfPages(pdf) == *pages);
    if (qEnvironmentVariableIsSet("CASEBOOK_SCREENSHOTS")) { // to look at it
        QFile::copy(
            pdf, qEnvironmentVariable("CASEBOOK_SCREENSHOTS") + QStringLiteral("/log-3-2.pdf"));
    }
    const QString text = pdfText(pdf);
    for (int p = 1; p <= *pages; ++p)
        CHECK(text.contains(fold(QStringLiteral("第 %1 頁／共 %2 頁").arg(p).arg(*pages))));
    CHECK(text.contains(fold(QStringLiteral("第45天"))));
    CHECK(text.contains(fold(QStringLiteral("民國113年04月14日")))); // row 45
    // the column header appears on every page
    CHECK(text.count(fold(QStringLiteral("輔導內容"))) >= *pages);
}
