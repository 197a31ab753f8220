// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/result.h"
#include "forms/model/formrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace Casebook::Forms {

// A report table as it is exported: column labels and cells (numbers stay numbers, the rest is
// print text).
struct ReportTable
{
    QString key;          // "6-1", "6-2-month", "6-2-year": names a sheet or a CSV file
    QString title;        // 表6-1 服務成果月報表 個案服務明細
    QStringList preamble; // unit, month, due: a line each above the table
    QStringList header;
    QStringList columns {};     // the layout's column ids, in the order of header
    QStringList shownHeader {}; // the header in the interface's language, for the screen
    QList<QVariantList> rows;
};

// Fills the report layouts 表6-1 and 表6-2 (forms/reports/*.json) from the computed figures, so
// that the one form renderer prints them and the exports use the definitions' column labels and
// masking.
class MonthlyReportForms
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportForms)

public:
    struct Records
    {
        FormRecord table61;
        FormRecord table62;
    };
    static Core::Result<Records> fill(const Core::MonthlyReportData &data, const QDate &filedOn);
    // The annual work report (年度工作成果報告, due by 31 December; seed 002 二(二)9) of a plan
    // year: each coach's year to the end of `months` (the year rows of its 6-2), the group model
    // from the performance rows, job redesign and workplace-adaptation service, in the layout
    // forms/reports/annual-v1.json.
    static Core::Result<FormRecord> fillAnnual(const Core::MonthlyReportData &months,
        const QList<Core::PerformanceRow> &performance, const QDate &filedOn);
    // The annual report of a plan year (an ROC year) for a unit or all units, counted to today or
    // the year's end; progress is told as it is counted (stopped: Error::Kind::Cancelled).
    static Core::Result<FormRecord> annual(Core::CaseStore &store, const QString &planYear,
        const QString &unitId, const Core::Progress &progress = {});
    // The repeating tables of a filled report record, with print text masked as the definition
    // says.
    static QList<ReportTable> tables(const FormRecord &record, bool mask = true);
};

// Writes report tables to files: each write goes to a temporary file renamed into place.
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)

public:
    // UTF-8 with a byte-order mark (so that spreadsheet programs read the Chinese), RFC 4180
    // quoting.
    static Core::VoidResult writeCsv(const QString &path, const ReportTable &table);
    static QByteArray csv(const ReportTable &table);
    // One worksheet per table (libxlsxwriter).
    static Core::VoidResult writeXlsx(const QString &path, const QList<ReportTable> &tables);
};

} // namespace Casebook::Forms
