// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/monthlyreportforms.h"

#include "core/common/ownerfiles.h"
#include "core/common/rocdate.h"
#include "core/services/servicerepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <xlsxwriter.h>

namespace Casebook::Forms {

using namespace Casebook::Core;

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("1") : QStringLiteral("0");
}

QString number(int n)
{
    return QString::number(n);
}

QString percent(qint64 num, qint64 den)
{
    if (den <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1/%2 (%3%)")
        .arg(num)
        .arg(den)
        .arg(100.0 * double(num) / double(den), 0, 'f', 1);
}

QJsonObject figures(const QString &coach, const CoachYear &in, const CoachPerformance &p,
    int redesigns, qint64 redesignAmount)
{
    QJsonObject o;
    o.insert(QStringLiteral("coach"), coach);
    o.insert(QStringLiteral("new_cases"), number(in.newCases));
    o.insert(QStringLiteral("old_cases"), number(in.oldCases));
    o.insert(QStringLiteral("counted_cases"), number(p.countedCases));
    o.insert(QStringLiteral("placements"), number(p.placementsRaw));
    o.insert(QStringLiteral("placement_credits"), number(p.placementCredits));
    o.insert(QStringLiteral("supported"), number(p.supportedRaw));
    o.insert(QStringLiteral("supported_credits"), number(p.supportedCredits));
    o.insert(QStringLiteral("general"), number(p.generalRaw));
    o.insert(QStringLiteral("general_credits"), number(p.generalCredits));
    o.insert(QStringLiteral("converted"), number(p.creditedSupported));
    o.insert(QStringLiteral("share"), percent(p.supportedShare.num, p.supportedShare.den));
    o.insert(QStringLiteral("adaptation"), number(in.adaptationPersons));
    o.insert(QStringLiteral("offset"), number(p.adaptationOffset));
    o.insert(QStringLiteral("redesigns"), number(redesigns));
    o.insert(QStringLiteral("redesign_amount"), QString::number(redesignAmount));
    o.insert(QStringLiteral("placement_target"), number(p.placementTarget));
    o.insert(QStringLiteral("placement_rate"), percent(p.placementCredits, p.placementTarget));
    o.insert(QStringLiteral("supported_target"), number(p.supportedTarget));
    o.insert(QStringLiteral("supported_rate"), percent(p.creditedSupported, p.supportedTarget));
    return o;
}

// "6/6", or "4/6 缺3-2、4-1": which of the six tables are still missing.
QString tablesText(const QStringList &complete)
{
    // The six tables of R-05, named as their definitions name them (表0C -> 0C).
    const QStringList six = ServiceRepository::sixTables();
    QStringList missing;
    for (const QString &id : six) {
        if (complete.contains(id))
            continue;
        const FormDefinition *def = DefinitionLoader::shipped().find(id);
        missing << (def ? QString(def->code).remove(QStringLiteral("表")) : id);
    }
    QString text = QStringLiteral("%1/%2").arg(six.size() - missing.size()).arg(six.size());
    if (!missing.isEmpty() && missing.size() <= 3)
        text += QStringLiteral(" 缺") + missing.join(QStringLiteral("、"));
    return text;
}

QString monthText(const MonthlyReportData &d)
{
    return Core::RocDate::monthText(d.from);
}

} // namespace

Result<MonthlyReportForms::Records> MonthlyReportForms::fill(
    const MonthlyReportData &data, const QDate &filedOn)
{
    const auto &catalogue = DefinitionLoader::shippedReports();
    const FormDefinition *d61 = catalogue.find(QStringLiteral("report6_1"));
    const FormDefinition *d62 = catalogue.find(QStringLiteral("report6_2"));
    if (!d61 || !d62) {
        return fail(Error::Kind::NotFound,
            tr("The report layouts 表6-1 and 表6-2 are missing: %1")
                .arg(catalogue.problems.join(QStringLiteral("; "))));
    }
    Records r {FormRecord::detached(*d61), FormRecord::detached(*d62)};
    // The printed report is the official zh_TW form, whatever the interface language.
    const QString unit = data.unitName.isEmpty() ? QStringLiteral("全部單位") : data.unitName;
    for (FormRecord *rec : {&r.table61, &r.table62}) {
        rec->setValue(QStringLiteral("unit"), unit);
        rec->setValue(QStringLiteral("month"), monthText(data));
        rec->setValue(QStringLiteral("due"), iso(data.due));
        rec->setValue(QStringLiteral("filled_on"), iso(filedOn));
        // A figure that needed a year with no holiday calendar is provisional, on paper as on
        // screen.
        QStringList years;
        for (int y : data.missingCalendarYears)
            years << QString::number(Core::RocDate::year(QDate(y, 1, 1)));
        const QString filed = data.filedAt.isValid()
            ? RocDate::formatShort(data.filedAt.toLocalTime().date()) + QStringLiteral(" ")
                + data.filedBy
            : QString();
        QString status = !data.filedAt.isValid() ? QStringLiteral("未報送：依製表時之紀錄")
            : data.asFiled ? QStringLiteral("已報送：依%1報送時之紀錄").arg(filed)
                           : QStringLiteral("更正版：依製表時之紀錄（原%1報送，其後異動%2筆）")
                                 .arg(filed)
                                 .arg(data.laterChanges);
        if (!years.isEmpty()) {
            status += QStringLiteral("；暫定：缺%1年行事曆，其國定假日暫以工作日計")
                          .arg(years.join(QStringLiteral("、")));
        }
        rec->setValue(QStringLiteral("status"), status);
    }
    QJsonArray cases;
    for (const MonthlyCaseRow &c : data.cases) {
        QJsonObject o;
        o.insert(QStringLiteral("coach"), c.coachName);
        o.insert(QStringLiteral("name"), c.personName);
        o.insert(QStringLiteral("id_last4"), c.idNumber.right(4));
        o.insert(QStringLiteral("disability"), c.disability);
        o.insert(QStringLiteral("district"), c.district);
        o.insert(QStringLiteral("remote"), yesNo(c.remote));
        o.insert(QStringLiteral("high_support"), yesNo(c.highSupport));
        o.insert(
            QStringLiteral("case_age"), c.oldCase ? QStringLiteral("old") : QStringLiteral("new"));
        o.insert(QStringLiteral("opened_on"), iso(c.openedOn));
        o.insert(QStringLiteral("model"), c.model);
        o.insert(QStringLiteral("service_type"), c.serviceType);
        o.insert(QStringLiteral("placed_on"), iso(c.placementDate));
        o.insert(QStringLiteral("employer"), c.employer);
        o.insert(QStringLiteral("job"), c.jobTitle);
        o.insert(
            QStringLiteral("weekly_hours"), c.weeklyHours > 0 ? number(c.weeklyHours) : QString());
        o.insert(QStringLiteral("wage"), c.wage > 0 ? number(c.wage) : QString());
        o.insert(QStringLiteral("insured_on"), iso(c.insuranceFrom));
        o.insert(QStringLiteral("intensive_days"), number(c.intensiveDays));
        o.insert(QStringLiteral("three_months_on"), iso(c.successDate));
        o.insert(QStringLiteral("success"), yesNo(c.success));
        if (c.followUpFrom.isValid()) {
            o.insert(QStringLiteral("follow_up"),
                QString(RocDate::formatShort(c.followUpFrom) + QStringLiteral("–")
                    + RocDate::formatShort(c.followUpTo)));
        }
        o.insert(QStringLiteral("tables"), tablesText(c.tablesComplete));
        o.insert(QStringLiteral("closed_on"), iso(c.closedOn));
        o.insert(QStringLiteral("closure_reason"), c.closureReason);
        cases << o;
    }
    r.table61.setRows(QStringLiteral("cases"), cases);

    QJsonArray month;
    QJsonArray year;
    for (const MonthlyCoachRow &c : data.coaches) {
        month << figures(
            c.coachName, c.monthInput, c.month, c.redesignsMonth, c.redesignAmountMonth);
        year << figures(c.coachName, c.yearInput, c.year, c.redesignsYear, c.redesignAmountYear);
    }
    month << figures(QStringLiteral("合計"), data.total.monthInput, data.total.month,
        data.total.redesignsMonth, data.total.redesignAmountMonth);
    year << figures(QStringLiteral("合計"), data.total.yearInput, data.total.year,
        data.total.redesignsYear, data.total.redesignAmountYear);
    r.table62.setRows(QStringLiteral("month_rows"), month);
    r.table62.setRows(QStringLiteral("year_rows"), year);
    r.table62.setValue(QStringLiteral("rules"),
        QStringLiteral("%1年度計畫（規則 %2年度）").arg(data.planYear, data.rulesFrom));
    r.table62.setValue(QStringLiteral("remarks"),
        QStringLiteral(
            "年度累計：1月1日至本月底。加權數：偏鄉或高度支持需求困難個案每人以2人計，每人至多一次"
            "。"
            "換算後支持性就業成功：一般性就業成功每3人折算1人，支持性占比須達三分之二。"));
    return r;
}

Result<FormRecord> MonthlyReportForms::fillAnnual(
    const MonthlyReportData &data, const QList<PerformanceRow> &performance, const QDate &filedOn)
{
    const FormDefinition *def = DefinitionLoader::shippedReports().find(QStringLiteral("annual"));
    if (!def)
        return fail(Error::Kind::NotFound, tr("The layout of the annual report is missing."));
    FormRecord r = FormRecord::detached(*def);
    const int year = data.from.year();
    r.setValue(QStringLiteral("unit"),
        data.unitName.isEmpty() ? QStringLiteral("全部單位") : data.unitName);
    r.setValue(QStringLiteral("year"),
        QStringLiteral("%1年度").arg(Core::RocDate::year(QDate(year, 1, 1))));
    r.setValue(QStringLiteral("due"), iso(QDate(year, 12, 31)));
    r.setValue(QStringLiteral("period"),
        QStringLiteral("%1至%2").arg(
            RocDate::formatShort(QDate(year, 1, 1)), RocDate::formatShort(data.to)));
    r.setValue(QStringLiteral("rules"),
        QStringLiteral("%1年度計畫（規則 %2年度）").arg(data.planYear, data.rulesFrom));
    QStringList years;
    for (int y : data.missingCalendarYears)
        years << QString::number(Core::RocDate::year(QDate(y, 1, 1)));
    r.setValue(QStringLiteral("status"),
        years.isEmpty() ? QStringLiteral("依製表時之紀錄")
                        : QStringLiteral("暫定：缺%1年行事曆，其國定假日暫以工作日計")
                              .arg(years.join(QStringLiteral("、"))));
    r.setValue(QStringLiteral("filled_on"), iso(filedOn));
    auto met = [](bool b) { return b ? QStringLiteral("達成") : QStringLiteral("未達成"); };
    QJsonArray coaches;
    auto add = [&](const QString &name, const CoachYear &in, const CoachPerformance &p,
                   int redesigns, qint64 amount) {
        // The year's figures as 表6-2 gives them, with whether each target is met.
        QJsonObject o = figures(name, in, p, redesigns, amount);
        o.insert(QStringLiteral("placement_met"), met(p.placementMet));
        o.insert(QStringLiteral("supported_met"), met(p.supportedMet));
        o.insert(QStringLiteral("caseload_met"), met(p.caseloadMet));
        coaches << o;
    };
    for (const MonthlyCoachRow &c : data.coaches)
        add(c.coachName, c.yearInput, c.year, c.redesignsYear, c.redesignAmountYear);
    add(QStringLiteral("合計"), data.total.yearInput, data.total.year, data.total.redesignsYear,
        data.total.redesignAmountYear);
    r.setRows(QStringLiteral("coaches"), coaches);
    QJsonArray groups;
    for (const PerformanceRow &p : performance) {
        if (p.group.served == 0 && p.group.sessions == 0)
            continue; // no group model this year
        groups << QJsonObject {{QStringLiteral("coach"), p.coachName},
            {QStringLiteral("served"), number(p.group.served)},
            {QStringLiteral("minimum"), number(p.group.minimumServed)},
            {QStringLiteral("stable"), number(p.group.stable)},
            {QStringLiteral("required"), number(p.group.requiredStable)},
            {QStringLiteral("sessions"), number(p.group.sessions)},
            {QStringLiteral("small_sessions"), number(p.group.tooSmallSessions)},
            {QStringLiteral("met"), met(p.group.met)}};
    }
    r.setRows(QStringLiteral("groups"), groups);
    r.setValue(QStringLiteral("remarks"),
        QStringLiteral("推介成功、就業成功依計畫定義及本局規則計算；偏鄉或高度支持需求困難個案（附"
                       "表1）每人以2人計，"
                       "每人至多一次；一般性就業成功每3人折算支持性1人，支持性占比須達三分之二。群"
                       "組服務模式個案不列入"
                       "個別服務模式績效。職務再設計以完成附表2後之附表3計。"));
    return r;
}

Result<FormRecord> MonthlyReportForms::annual(
    CaseStore &store, const QString &planYear, const QString &unitId, const Progress &progress)
{
    auto rules = PlanYearRulesLoader::forYearOrEarlier(planYear);
    if (!rules)
        return tl::unexpected(rules.error());
    const QDate today = store.clock().today();
    const QDate end = std::min(today, PerformanceReport::yearEnd(*rules));
    if (end < PerformanceReport::yearStart(*rules))
        return fail(Error::Kind::Invalid, tr("Plan year %1 has not begun.").arg(planYear));
    // The year rows of the month the year is counted to, with today's records.
    auto months = MonthlyReport::build(store, Core::RocDate::monthKey(end), unitId,
        MonthlyReport::Records::Current, false, progress.part(0, 550));
    if (!months)
        return tl::unexpected(months.error());
    auto performance
        = PerformanceReport::build(store, *rules, today, unitId, {}, progress.part(550, 1000));
    if (!performance)
        return tl::unexpected(performance.error());
    return fillAnnual(*months, *performance, today);
}

QList<ReportTable> MonthlyReportForms::tables(const FormRecord &record, bool mask)
{
    const FormDefinition &def = record.definition();
    QStringList preamble;
    for (const SectionDef &s : def.sections) {
        for (const FieldDef &f : s.fields) {
            if (s.id == QLatin1String("H") && f.type != FieldType::Repeat) {
                preamble << f.label.zh + QStringLiteral("：")
                        + record.displayText(f, record.value(f.id), mask);
            }
        }
    }
    QList<ReportTable> out;
    for (const SectionDef &s : def.sections) {
        for (const FieldDef &f : s.fields) {
            if (f.type != FieldType::Repeat)
                continue;
            ReportTable t;
            t.key = def.id.startsWith(QLatin1String("report6")) ? def.code.mid(1)
                                                                : def.id + QLatin1Char('-') + f.id;
            if (f.id == QLatin1String("month_rows")) {
                t.key += QStringLiteral("-month");
            } else if (f.id == QLatin1String("year_rows")) {
                t.key += QStringLiteral("-year");
            }
            t.title = def.code + QLatin1Char(' ') + def.title.zh
                + (s.title.zh.isEmpty() ? QString()
                                        : QStringLiteral("（") + s.title.zh + QStringLiteral("）"));
            t.preamble = preamble;
            for (const FieldDef &c : f.columns) {
                t.header << c.label.zh;
                t.shownHeader << c.label.text();
                t.columns << c.id;
            }
            for (const auto &v : record.rows(f.id)) {
                const QJsonObject o = v.toObject();
                QVariantList row;
                for (const FieldDef &c : f.columns) {
                    const QString raw = o.value(c.id).toString();
                    bool ok = false;
                    const qlonglong n = raw.toLongLong(&ok);
                    if ((c.type == FieldType::Integer || c.type == FieldType::Money) && ok) {
                        row << QVariant(n);
                    } else {
                        row << QVariant(record.displayText(c, raw, mask));
                    }
                }
                t.rows << row;
            }
            out << t;
        }
    }
    return out;
}

QByteArray ReportExport::csv(const ReportTable &table)
{
    auto quote = [](const QString &s) -> QString {
        if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'))
            && !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
            return s;
        QString q = s;
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString out;
    auto line = [&](const QStringList &cells) {
        QStringList q;
        for (const QString &c : cells)
            q << quote(c);
        out += q.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(table.header);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << v.toString();
        line(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

VoidResult ReportExport::writeCsv(const QString &path, const ReportTable &table)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    Core::restrictToOwner(file);
    file.write(csv(table));
    if (!file.commit())
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

VoidResult ReportExport::writeXlsx(const QString &path, const QList<ReportTable> &tables)
{
    if (tables.isEmpty())
        return fail(Error::Kind::Invalid, tr("There is no table to export."));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return fail(Error::Kind::Io, tr("Cannot write %1: the folder does not exist.").arg(path));
    const QString part = path + QStringLiteral(".part");
    const QByteArray partName = QFile::encodeName(part);
    // Temporary files stay beside the output, not in a shared temp folder: the report holds
    // personal data.
    QByteArray tmpdir = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options {};
    options.tmpdir = tmpdir.data();
    lxw_workbook *book = workbook_new_opt(partName.constData(), &options);
    if (!book)
        return fail(Error::Kind::Io, tr("Cannot write %1.").arg(path));
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *head = workbook_add_format(book);
    format_set_bold(head);
    format_set_text_wrap(head);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_bg_color(head, 0xEEEEEE);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    lxw_format *cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    for (const ReportTable &t : tables) {
        const QByteArray sheetName = t.key.toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
        if (!sheet) {
            workbook_close(book);
            QFile::remove(part);
            return fail(Error::Kind::Io, tr("Cannot add the sheet %1.").arg(t.key));
        }
        lxw_row_t r = 0;
        worksheet_write_string(sheet, r++, 0, t.title.toUtf8().constData(), bold);
        for (const QString &p : t.preamble)
            worksheet_write_string(sheet, r++, 0, p.toUtf8().constData(), nullptr);
        ++r;
        const lxw_row_t headerRow = r;
        for (int c = 0; c < t.header.size(); ++c) {
            worksheet_write_string(
                sheet, r, static_cast<lxw_col_t>(c), t.header.at(c).toUtf8().constData(), head);
            worksheet_set_column(
                sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 12, nullptr);
        }
        ++r;
        for (const QVariantList &row : t.rows) {
            for (int c = 0; c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                const auto col = static_cast<lxw_col_t>(c);
                if (v.typeId() == QMetaType::LongLong) {
                    worksheet_write_number(
                        sheet, r, col, static_cast<double>(v.toLongLong()), cell);
                } else {
                    worksheet_write_string(sheet, r, col, v.toString().toUtf8().constData(), cell);
                }
            }
            ++r;
        }
        worksheet_freeze_panes(sheet, headerRow + 1, 1);
    }
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
        QFile::remove(part);
        return fail(Error::Kind::Io,
            tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(e))));
    }
    Core::restrictToOwner(part);
    if (std::rename(partName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        return fail(Error::Kind::Io, tr("Cannot write %1.").arg(path));
    }
    return {};
}

} // namespace Casebook::Forms
