// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/monthlyreportforms.h"
#include "forms/model/synccover.h"
#include "forms/print/formprinter.h"
#include "forms/tests/formtesthelpers.h"
#include "forms/tests/zipentries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Casebook;
using namespace Casebook::Forms;

namespace {

// A month with two cases of one coach, computed figures filled in by hand.
Core::MonthlyReportData sampleMonth()
{
    Core::MonthlyReportData d;
    d.month = QStringLiteral("113-05");
    d.from = QDate(2024, 5, 1);
    d.to = QDate(2024, 5, 31);
    d.due = QDate(2024, 6, 10);
    d.planYear = QStringLiteral("113");
    d.rulesFrom = QStringLiteral("107");
    d.unitName = QStringLiteral("北區中心");
    Core::MonthlyCaseRow a;
    a.coachName = QStringLiteral("陳怡君");
    a.personName = QStringLiteral("王小明");
    a.idNumber = QStringLiteral("A123456789");
    a.disability = QStringLiteral("第一類");
    a.district = QStringLiteral("68000010");
    a.openedOn = QDate(2024, 1, 3);
    a.model = QStringLiteral("individual");
    a.serviceType = QStringLiteral("supported");
    a.placementDate = QDate(2024, 3, 4);
    a.employer = QStringLiteral("全聯, 中壢店"); // a comma: quoted in CSV
    a.jobTitle = QStringLiteral("理貨員");
    a.weeklyHours = 30;
    a.wage = 27470;
    a.intensiveDays = 10;
    a.successDate = QDate(2024, 6, 4);
    a.tablesComplete = {QStringLiteral("table0c"), QStringLiteral("table2_1"),
        QStringLiteral("table2_4"), QStringLiteral("table3_1"), QStringLiteral("table3_2")};
    Core::MonthlyCaseRow b = a;
    b.personName = QStringLiteral("李美");
    b.idNumber = QStringLiteral("F131232216");
    b.remote = true;
    b.serviceType = QStringLiteral("general");
    b.tablesComplete.clear();
    d.cases = {a, b};
    Core::MonthlyCoachRow coach;
    coach.coachName = QStringLiteral("陳怡君");
    coach.monthInput.newCases = 2;
    coach.month.placementsRaw = 1;
    coach.month.placementCredits = 2;
    coach.year.placementsRaw = 2;
    coach.year.placementCredits = 3;
    coach.year.placementTarget = 12;
    coach.year.supportedTarget = 6;
    d.coaches = {coach};
    d.total = coach;
    return d;
}

} // namespace

TEST_CASE(
    "表6-1 and 表6-2 are filled from the figures with names and IDs masked", "[reports][monthly]")
{
    auto records = MonthlyReportForms::fill(sampleMonth(), QDate(2024, 6, 5));
    REQUIRE(records);
    const auto t61 = MonthlyReportForms::tables(records->table61);
    REQUIRE(t61.size() == 1);
    CHECK(t61.first().key == QStringLiteral("6-1"));
    CHECK(t61.first().header.first() == QStringLiteral("就服員"));
    REQUIRE(t61.first().rows.size() == 2);
    const QVariantList &row = t61.first().rows.first();
    const auto col
        = [&](const char *label) { return t61.first().header.indexOf(QString::fromUtf8(label)); };
    CHECK(row.at(col("個案姓名")).toString() == QStringLiteral("王○明"));
    CHECK(t61.first().rows.at(1).at(col("個案姓名")).toString() == QStringLiteral("李○"));
    CHECK(row.at(col("身分證末4碼")).toString() == QStringLiteral("6789"));
    CHECK(row.at(col("推介日期")).toString() == QStringLiteral("113/03/04"));
    CHECK(row.at(col("服務類型")).toString() == QStringLiteral("支持性"));
    CHECK(row.at(col("區")).toString() == QStringLiteral("桃園區"));
    CHECK(row.at(col("週工時")).toLongLong() == 30);
    CHECK(row.at(col("完成表件")).toString() == QStringLiteral("5/6 缺4-1"));
    CHECK(t61.first().rows.at(1).at(col("完成表件")).toString() == QStringLiteral("0/6"));
    CHECK(t61.first().rows.at(1).at(col("偏鄉")).toString() == QStringLiteral("是"));
    CHECK(t61.first().preamble.contains(QStringLiteral("服務單位：北區中心")));

    const auto t62 = MonthlyReportForms::tables(records->table62);
    REQUIRE(t62.size() == 2);
    CHECK(t62.at(0).key == QStringLiteral("6-2-month"));
    CHECK(t62.at(1).key == QStringLiteral("6-2-year"));
    REQUIRE(t62.at(1).rows.size() == 2); // the coach and the total
    const int credits = t62.at(1).header.indexOf(QStringLiteral("推介成功(加權)"));
    CHECK(t62.at(1).rows.at(0).at(credits).toLongLong() == 3);
    CHECK(t62.at(1).rows.at(1).at(0).toString() == QStringLiteral("合計"));
    const int rate = t62.at(1).header.indexOf(QStringLiteral("推介達成率"));
    CHECK(t62.at(1).rows.at(0).at(rate).toString() == QStringLiteral("3/12 (25.0%)"));

    // A report record is never saved as a case form.
    auto saved = records->table61.save({});
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == Core::Error::Kind::NotAllowed);
}

TEST_CASE("The monthly report exports to CSV", "[reports][monthly]")
{
    auto records = MonthlyReportForms::fill(sampleMonth(), QDate(2024, 6, 5));
    REQUIRE(records);
    const auto t61 = MonthlyReportForms::tables(records->table61).first();
    const QByteArray csv = ReportExport::csv(t61);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(QStringLiteral("就服員,個案姓名,身分證末4碼")));
    CHECK(lines.at(1).contains(QStringLiteral(",\"全聯, 中壢店\",")));
    CHECK(lines.at(1).contains(QStringLiteral("王○明")));
    CHECK_FALSE(QString::fromUtf8(csv).contains(QStringLiteral("王小明")));
    CHECK_FALSE(QString::fromUtf8(csv).contains(QStringLiteral("A123456789")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.csv"));
    REQUIRE(ReportExport::writeCsv(path, t61));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == csv);
    // A folder that does not exist: refused, nothing written.
    auto bad = ReportExport::writeCsv(dir.filePath(QStringLiteral("missing/r.csv")), t61);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().kind == Core::Error::Kind::Io);
}

TEST_CASE("The monthly report exports to XLSX with one sheet per table and numbers as numbers",
    "[reports][monthly]")
{
    auto records = MonthlyReportForms::fill(sampleMonth(), QDate(2024, 6, 5));
    REQUIRE(records);
    QList<ReportTable> tables = MonthlyReportForms::tables(records->table61);
    tables += MonthlyReportForms::tables(records->table62);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    REQUIRE(ReportExport::writeXlsx(path, tables));
    CHECK(QDir(dir.path()).entryList(QDir::Files)
        == QStringList {QStringLiteral("r.xlsx")}); // no leftovers
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const auto entries = Test::zipEntries(f.readAll());
    REQUIRE(entries.contains(QStringLiteral("xl/workbook.xml")));
    const QString workbook = QString::fromUtf8(entries.value(QStringLiteral("xl/workbook.xml")));
    CHECK(workbook.contains(QStringLiteral("name=\"6-1\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"6-2-month\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"6-2-year\"")));
    const QString strings
        = QString::fromUtf8(entries.value(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(strings.contains(QStringLiteral("王○明")));
    CHECK(strings.contains(QStringLiteral("服務單位：北區中心")));
    CHECK_FALSE(strings.contains(QStringLiteral("王小明")));
    CHECK_FALSE(strings.contains(QStringLiteral("A123456789")));
    // Weekly hours (30) and the wage (27470) are numeric cells.
    const QString sheet1
        = QString::fromUtf8(entries.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet1.contains(QStringLiteral("<v>27470</v>")));
    CHECK(sheet1.contains(QStringLiteral("<v>30</v>")));
    const QString sheet3
        = QString::fromUtf8(entries.value(QStringLiteral("xl/worksheets/sheet3.xml")));
    CHECK(sheet3.contains(QStringLiteral("<v>3</v>")));

    auto bad = ReportExport::writeXlsx(dir.filePath(QStringLiteral("missing/r.xlsx")), tables);
    REQUIRE_FALSE(bad);
    auto none = ReportExport::writeXlsx(dir.filePath(QStringLiteral("none.xlsx")), {});
    REQUIRE_FALSE(none);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.xlsx"))));
}

TEST_CASE("The monthly report prints through the form renderer on landscape A4",
    "[reports][monthly][print]")
{
    auto records = MonthlyReportForms::fill(sampleMonth(), QDate(2024, 6, 5));
    REQUIRE(records);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    auto pages = FormPrinter::writePdf(pdf, {&records->table61, &records->table62}, {});
    REQUIRE(pages);
    CHECK(*pages == Test::pdfPages(pdf));
    const QString text = Test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("表6-1")));
    CHECK(text.contains(QStringLiteral("表6-2")));
    CHECK(text.contains(QStringLiteral("個案服務明細")));
    CHECK(text.contains(QStringLiteral("王○明")));
    CHECK_FALSE(text.contains(QStringLiteral("王小明")));
    CHECK(text.contains(QStringLiteral("113/03/04")));
    CHECK(text.contains(QStringLiteral("合計")));
    CHECK(text.contains(QStringLiteral("民國113年06月10日"))); // the due date
    const QString info = Test::run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("842 x 595 pts (A4)"))); // landscape: wider than high
}

TEST_CASE(
    "A bundle's cover sheet prints its id, hash, period and counts, and refuses what is no bundle",
    "[sync][print]")
{
    auto keys = Core::DeviceKeys::generate();
    REQUIRE(keys);
    const Core::PublicIdentity from {QStringLiteral("dev-1"), QStringLiteral("筆電A"),
        QStringLiteral("coach"), keys->signPublicKey(), keys->boxPublicKey()};
    const Core::PublicIdentity to {QStringLiteral("dev-2"), QStringLiteral("勞動局"),
        QStringLiteral("bureau"), keys->signPublicKey(), keys->boxPublicKey()};
    Core::Operation op;
    op.opId = QStringLiteral("op-1");
    op.deviceId = QStringLiteral("dev-1");
    op.incarnation = 1;
    op.seq = 1;
    op.hlc = QDateTime(QDate(2024, 5, 6), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch() << 16;
    op.entity = QStringLiteral("person");
    op.rowId = QStringLiteral("p-1");
    op.field = QStringLiteral("name");
    op.value = QStringLiteral("王小明");
    auto bundle = Core::Bundle::write(*keys, from, 4, {to}, {op}, QDateTime::currentDateTimeUtc());
    REQUIRE(bundle);
    auto cover = SyncCover::fill(*bundle, {{QStringLiteral("dev-2"), QStringLiteral("勞動局")}});
    REQUIRE(cover);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("cover.pdf"));
    REQUIRE(FormPrinter::writePdf(pdf, {&*cover}, {}));
    CHECK(Test::pdfPages(pdf) == 1);
    const QString text = Test::pdfText(pdf);
    CHECK(text.contains(Core::Bundle::verify(*bundle)->bundleId));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(*bundle, QCryptographicHash::Sha256).toHex());
    CHECK(text.contains(sha.left(32)));
    CHECK(text.contains(QStringLiteral("民國113年05月06日")));
    CHECK(text.contains(QStringLiteral("勞動局")));
    CHECK_FALSE(text.contains(QStringLiteral("王小明"))); // the content stays sealed
    CHECK_FALSE(SyncCover::fill(QByteArray("not a bundle"), {}));
}

TEST_CASE("The shipped report layouts load without a problem", "[reports]")
{
    const auto catalogue = DefinitionLoader::shippedReports();
    CHECK(catalogue.problems.isEmpty());
    CHECK(catalogue.find(QStringLiteral("表6-1")));
    CHECK(catalogue.find(QStringLiteral("表6-2")));
    CHECK(catalogue.find(QStringLiteral("sync_cover")));
}
