// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/performancedialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Casebook::App {

namespace {
enum Column { Coach, Unit, Placements, Supported, Ratio, Caseload, ColumnCount };
} // namespace

PerformanceDialog::PerformanceDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("performanceDialog"));
    setWindowTitle(tr("Performance by plan year"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan year (ROC)"), this));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(100, 200);
    top->addWidget(m_year);
    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("rulesLabel"));
    top->addWidget(m_rules, 1);
    layout->addLayout(top);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableWidget(0, ColumnCount, split);
    m_table->setObjectName(QStringLiteral("performanceTable"));
    m_table->setHorizontalHeaderLabels({tr("Job coach"), tr("Unit"), tr("Placements (推介成功)"),
        tr("Supported successes"), tr("Supported share"), tr("Cases served")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cases = new QListWidget(split);
    m_cases->setObjectName(QStringLiteral("figureCases"));
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &PerformanceDialog::yearChanged);
    connect(m_table, &QTableWidget::cellClicked, this, &PerformanceDialog::showCases);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int column) { showCases(row, column); });
    connect(m_cases, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { Q_EMIT caseRequested(item->text()); });
    resize(1100, 520);
}

void PerformanceDialog::setReport(int planYear, const QString &rulesFrom, const QList<Core::PerformanceRow> &rows)
{
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(planYear);
    }
    m_rules->setText(tr("Counted by the rules of plan year %1; a figure lists its cases when clicked.").arg(rulesFrom));
    m_rows = rows;
    m_table->setRowCount(static_cast<int>(rows.size()));
    auto bar = [this](int row, int column, int value, int target, bool met) {
        auto *b = new QProgressBar(m_table);
        b->setRange(0, std::max(target, 1));
        b->setValue(std::min(value, std::max(target, 1)));
        b->setFormat(QStringLiteral("%1 / %2").arg(value).arg(target));
        b->setStyleSheet(met ? QStringLiteral("QProgressBar::chunk { background: #2e7d32; }")
                             : QStringLiteral("QProgressBar::chunk { background: #c77c02; }"));
        m_table->setCellWidget(row, column, b);
        m_table->setItem(row, column, new QTableWidgetItem);
    };
    for (int i = 0; i < rows.size(); ++i) {
        const Core::PerformanceRow &r = rows.at(i);
        const Core::CoachPerformance &f = r.figures;
        m_table->setItem(i, Coach, new QTableWidgetItem(r.coachName));
        m_table->setItem(i, Unit, new QTableWidgetItem(r.unitName));
        bar(i, Placements, f.placementCredits, f.placementTarget, f.placementMet);
        bar(i, Supported, f.creditedSupported, f.supportedTarget, f.supportedMet);
        const QString share = f.supportedShare.den > 0
            ? QStringLiteral("%1%").arg(
                100.0 * static_cast<double>(f.supportedShare.num) / static_cast<double>(f.supportedShare.den), 0, 'f',
                1)
            : QStringLiteral("—");
        const bool none = f.supportedShare.den == 0; // no success yet: no share to judge
        auto *ratio = new QTableWidgetItem(f.ratioMet || none ? share : tr("%1 (under ⅔)").arg(share));
        if (!none)
            ratio->setForeground(f.ratioMet ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
        m_table->setItem(i, Ratio, ratio);
        bar(i, Caseload, f.countedCases, 20, f.caseloadMet);
    }
    m_cases->clear();
}

void PerformanceDialog::showCases(int row, int column)
{
    m_cases->clear();
    if (row < 0 || row >= m_rows.size())
        return;
    const Core::PerformanceRow &r = m_rows.at(row);
    QStringList cases;
    if (column == Placements)
        cases = r.placementCases;
    else if (column == Supported || column == Ratio)
        cases = r.supportedCases + r.generalCases;
    else if (column == Caseload)
        cases = r.newCases + r.oldCases;
    else
        return;
    m_cases->addItems(cases);
}

} // namespace Casebook::App
