// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/performancereport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace Casebook::App {

// The plan year's performance per coach, each figure drawn against its target; clicking a figure
// lists the cases that make it. Passive: the window supplies the rows and answers yearChanged.
class PerformanceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PerformanceDialog(QWidget *parent = nullptr);
    void setReport(int planYear, const QString &rulesFrom, const QList<Core::PerformanceRow> &rows);
    QTableWidget *table() const { return m_table; }
    QListWidget *caseList() const { return m_cases; }

Q_SIGNALS:
    void saveRequested(int planYear);
    void yearChanged(int planYear);
    void caseRequested(const QString &caseNo);

private:
    void showCases(int row, int column);
    QSpinBox *m_year = nullptr;
    QLabel *m_rules = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_cases = nullptr;
    QList<Core::PerformanceRow> m_rows;
};

} // namespace Casebook::App
