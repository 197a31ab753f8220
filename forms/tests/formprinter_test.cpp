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

TEST_CASE("Forms print as a client signs them: the title on one line, no asterisk, 草稿 on a "
          "draft, 民國61年, no text outside its cell, no heading alone at a page's foot",
    "[forms][print]")
{
    Fixture fx;
    QTemporaryDir dir;
    for (const FormDefinition &def : DefinitionLoader::shipped().forms) {
        INFO(def.id.toStdString());
        FormRecord r = fx.open(def);
        Test::fillExample(r, 20);
        if (def.field(QStringLiteral("birth_date")))
            r.setValue(QStringLiteral("birth_date"), QStringLiteral("1972-03-01"));
        QStringList outside;
        FormPrinter::Options options;
        options.mask = false; // a masked ID (A*****6789) is the one asterisk a form may show
        options.overflow = [&outside](const QString &text) { outside << text; };
        const QString blank = dir.filePath(def.id + QStringLiteral("-new.pdf"));
        auto pages = FormPrinter::writePdf(blank, {&r}, options);
        REQUIRE(pages);
        INFO(outside.join(QStringLiteral(" | ")).toStdString());
        CHECK(outside.isEmpty());
        const QString text = pdfText(blank);
        // The title on one line of the page.
        bool titleOnOneLine = false;
        for (QString line : text.split(QLatin1Char('\n'))) {
            line.remove(QRegularExpression(QStringLiteral("\\s")));
            titleOnOneLine = titleOnOneLine || line.contains(fold(def.title.zh));
        }
        CHECK(titleOnOneLine);
        CHECK_FALSE(text.contains(QLatin1Char('*')));       // NFKC folds ＊ to *
        CHECK_FALSE(text.contains(QStringLiteral("草稿"))); // not saved: a form to fill by hand
        if (def.field(QStringLiteral("birth_date"))
            && r.isVisible(*def.field(QStringLiteral("birth_date"))))
            CHECK(text.contains(fold(QStringLiteral("民國61年03月01日"))));
        CHECK_FALSE(text.contains(fold(QStringLiteral("民國0"))));
        // No page ends on a section's heading: the heading went over with what follows it.
        const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        for (int p = 0; p + 1 < pageTexts.size(); ++p) {
            QStringList lines = pageTexts.at(p).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            while (!lines.isEmpty()
                && (lines.last().trimmed().isEmpty()
                    || lines.last().contains(QStringLiteral("頁"))))
                lines.removeLast();
            REQUIRE_FALSE(lines.isEmpty());
            QString last = lines.last();
            last.remove(QRegularExpression(QStringLiteral("\\s")));
            for (const SectionDef &s : def.sections) {
                if (!s.title.zh.isEmpty()) {
                    INFO("page " << p + 1 << " ends with " << last.toStdString());
                    CHECK(
                        last != fold(s.title.zh).remove(QRegularExpression(QStringLiteral("\\s"))));
                }
            }
        }

        // Saved as a draft (the example's two rows a table, all in the past): 草稿 on every page.
        FormRecord d = fx.open(def);
        Test::fillExample(d);
        const auto saved = d.save({});
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved);
        const QString draft = dir.filePath(def.id + QStringLiteral("-draft.pdf"));
        auto draftPages = FormPrinter::writePdf(draft, {&d}, {});
        REQUIRE(draftPages);
        if (qEnvironmentVariableIsSet("CASEBOOK_SCREENSHOTS")) { // to look at them
            QFile::copy(draft,
                qEnvironmentVariable("CASEBOOK_SCREENSHOTS") + QLatin1Char('/') + def.id
                    + QStringLiteral("-draft.pdf"));
            QFile::copy(blank,
                qEnvironmentVariable("CASEBOOK_SCREENSHOTS") + QLatin1Char('/') + def.id
                    + QStringLiteral("-20rows.pdf"));
        }
        const QStringList draftTexts = pdfText(draft).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        REQUIRE(draftTexts.size() == *draftPages);
        for (const QString &page : draftTexts)
            CHECK(page.contains(QStringLiteral("草稿")));
    }
}

TEST_CASE(
    "A long option text wraps inside its cell, and what cannot fit is reported", "[forms][print]")
{
    Fixture fx;
    // A definition of one choice whose label is far longer than its cell, and a title that no
    // shrinking fits on one line.
    FormDefinition def = *DefinitionLoader::shipped().find(QStringLiteral("表一"));
    SectionDef section;
    section.title.zh = QStringLiteral("測驗區");
    FieldDef choice;
    choice.id = QStringLiteral("long_choice");
    choice.type = FieldType::Single;
    choice.width = 0.5;
    choice.label.zh = QStringLiteral("處理結果");
    Choice longOne;
    longOne.code = QStringLiteral("1");
    longOne.label.zh = QString(60, QChar(0x6E2C)); // 測 × 60
    choice.choices = {longOne};
    section.fields = {choice};
    def.sections = {section};
    FormRecord r = fx.open(def);
    r.setValue(QStringLiteral("long_choice"), QStringLiteral("1"));
    QStringList outside;
    FormPrinter::Options options;
    options.overflow = [&outside](const QString &text) { outside << text; };
    QTemporaryDir dir;
    REQUIRE(FormPrinter::writePdf(dir.filePath(QStringLiteral("long.pdf")), {&r}, options));
    CHECK(outside.isEmpty()); // wrapped inside the cell

    // A code box of fixed size cannot hold a code of 80 characters: clipped and reported.
    def.code = QString(80, QLatin1Char('X'));
    FormRecord coded = fx.open(def);
    REQUIRE(FormPrinter::writePdf(dir.filePath(QStringLiteral("code.pdf")), {&coded}, options));
    CHECK(outside.contains(def.code));
}
