// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/reports.h"
#include "core/store/casestore.h"
#include "forms/model/monthlyreportforms.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Casebook::App {

// Reports → Monthly report: 表6-1 and 表6-2 of a month for a unit or all units, shown as tables and
// saved as PDF, XLSX or CSV. The month defaults to the previous one, whose report is due by the
// 10th.
class MonthlyReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MonthlyReportDialog(UseCases::Reports reports, QWidget *parent = nullptr);

    QComboBox *monthBox() const { return m_month; }
    QComboBox *unitBox() const { return m_unit; }
    QTabWidget *tabs() const { return m_tabs; }
    // Writes the shown report; format is pdf, xlsx or csv (CSV: 表6-1 to path, 表6-2 beside it).
    // Returns the files written, or an error message.
    Core::Result<QStringList> exportTo(const QString &format, const QString &path);
    // Files (報送) the shown month's report: from then on it prints from the records as they are
    // now.
    Core::VoidResult fileReport();
    QCheckBox *currentBox() const { return m_current; }
    QLabel *summary() const { return m_summary; }
    // 表6-2's drill-down: the cases behind one coach's figure (a column id of the layout,
    // "placement_credits") in the month ("6-2-month") or the year ("6-2-year"), each with what it
    // adds and why; the last row is the total.
    void showCases(const QString &tableKey, int row, const QString &column);
    QListWidget *casesList() const { return m_cases; }

Q_SIGNALS:
    void caseRequested(const QString &caseNo);

private:
    void reload();
    void save(const QString &format);
    UseCases::Reports m_reports;
    QComboBox *m_month = nullptr;
    QComboBox *m_unit = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_current = nullptr;
    QPushButton *m_file = nullptr;
    QListWidget *m_cases = nullptr;
    std::optional<UseCases::MonthlyReportView> m_view;
    QList<Core::MonthlyCoachRow> m_coaches;
    QString m_monthKey;
};

} // namespace Casebook::App
