// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/performancedialog.h"

#include "app/desktop/laptopfit.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
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
    // Names and units whole (a unit's name is long); the figures share the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Coach, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Unit, QHeaderView::ResizeToContents);
    m_cases = new QListWidget(split);
    m_cases->setObjectName(QStringLiteral("figureCases"));
    // The drill-down says why for each case: give it room, and wrap the longer reasons.
    m_cases->setWordWrap(true);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 400});
    layout->addWidget(split, 1);
    // What the bars and colours mean, and how a case can count twice.
    auto *legend = new QLabel(
        tr("Each bar: the figure / its target (green: met, orange: not yet). Credits, not cases: a "
           "case counts twice with a completed 附表1 (high support needs) or in a 偏鄉 district, "
           "and a click on a figure lists its cases with what each adds."),
        this);
    legend->setObjectName(QStringLiteral("legendLabel"));
    legend->setWordWrap(true);
    layout->addWidget(legend);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *save = buttons->addButton(tr("&Save as…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePerformanceButton"));
    connect(save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(m_year->value()); });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_year, &QSpinBox::valueChanged, this, &PerformanceDialog::yearChanged);
    connect(m_table, &QTableWidget::cellClicked, this, &PerformanceDialog::showCases);
    connect(m_table, &QTableWidget::currentCellChanged, this,
        [this](int row, int column) { showCases(row, column); });
    connect(m_cases, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString caseNo = item->data(Qt::UserRole).toString();
        if (!caseNo.isEmpty())
            Q_EMIT caseRequested(caseNo);
    });
    LaptopFit::resize(this, QSize(1180, 520));
}

void PerformanceDialog::setReport(
    int planYear, const QString &rulesFrom, const QList<Core::PerformanceRow> &rows)
{
    {
        const QSignalBlocker block(m_year);
        m_year->setValue(planYear);
    }
    QList<int> missing;
    for (const Core::PerformanceRow &r : rows) {
        for (int year : r.missingCalendarYears) {
            if (!missing.contains(year))
                missing << year;
        }
    }
    std::sort(missing.begin(), missing.end());
    QString text
        = tr("Counted by the rules of plan year %1; a figure lists its cases and why when clicked.")
              .arg(rulesFrom);
    if (!missing.isEmpty()) {
        QStringList years;
        for (int year : missing)
            years << QString::number(year);
        // A figure that needs a year with no holiday calendar cannot be trusted yet: say so where
        // it shows.
        text += QLatin1Char(' ')
            + tr("PROVISIONAL: there is no holiday calendar for %1, so its holidays count as "
                 "working days.")
                  .arg(years.join(QStringLiteral(", ")));
        m_rules->setStyleSheet(QStringLiteral("color: #b00020"));
    } else {
        m_rules->setStyleSheet(QString());
    }
    m_rules->setText(text);
    m_rules->setWordWrap(true);
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
            ? QStringLiteral("%1%").arg(100.0 * static_cast<double>(f.supportedShare.num)
                    / static_cast<double>(f.supportedShare.den),
                0, 'f', 1)
            : QStringLiteral("—");
        const bool none = f.supportedShare.den == 0; // no success yet: no share to judge
        auto *ratio
            = new QTableWidgetItem(f.ratioMet || none ? share : tr("%1 (under ⅔)").arg(share));
        if (!none)
            ratio->setForeground(f.ratioMet ? QColor(0x2e, 0x7d, 0x32) : QColor(0xb0, 0x00, 0x20));
        m_table->setItem(i, Ratio, ratio);
        bar(i, Caseload, f.countedCases, 20, f.caseloadMet);
    }
    m_cases->clear();
    auto *hint = new QListWidgetItem(tr("Click a figure to list the cases behind it."), m_cases);
    hint->setFlags(Qt::ItemIsEnabled);
    hint->setForeground(QColor(0x55, 0x55, 0x55));
}

void PerformanceDialog::showCases(int row, int column)
{
    m_cases->clear();
    if (row < 0 || row >= m_rows.size())
        return;
    using Figure = Core::Contribution::Figure;
    const Core::PerformanceRow &r = m_rows.at(row);
    QList<Figure> figures;
    int figure = 0;
    if (column == Placements) {
        figures = {Figure::Placement};
        figure = r.figures.placementCredits;
    } else if (column == Supported || column == Ratio) {
        figures = {Figure::Supported, Figure::General};
        figure = r.figures.supportedCredits + r.figures.generalCredits;
    } else if (column == Caseload) {
        figures = {Figure::Caseload};
        figure = r.newCases.size() + r.oldCases.size();
    } else {
        return;
    }
    // Each case with what it adds and why; the cases that do not count, with the reason, after
    // them.
    auto note = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_cases);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(QColor(0x55, 0x55, 0x55));
    };
    int sum = 0;
    for (const Core::Contribution &c : r.contributions) {
        if (!figures.contains(c.figure))
            continue;
        sum += c.credit;
        const QString kind = c.figure == Figure::Supported ? tr("supported")
            : c.figure == Figure::General                  ? tr("general")
                                                           : QString();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  +%2  %3").arg(c.caseNo).arg(c.credit).arg(c.reason), m_cases);
        item->setData(Qt::UserRole, c.caseNo);
        item->setToolTip(kind.isEmpty() ? c.reason : kind + QStringLiteral(": ") + c.reason);
    }
    int cases = 0;
    for (const Core::Contribution &c : r.contributions)
        cases += figures.contains(c.figure) ? 1 : 0;
    note(
        tr("Sum of credits: %1 from %2 case(s) (a case counts twice with a completed 附表1 or in a "
           "偏鄉 district); the figure is %3")
            .arg(sum)
            .arg(cases)
            .arg(figure));
    for (const Core::Contribution &c : r.contributions) {
        if (c.figure == Figure::NotCounted) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1  +0  %2").arg(c.caseNo, c.reason), m_cases);
            item->setData(Qt::UserRole, c.caseNo);
            item->setForeground(QColor(0x55, 0x55, 0x55));
        }
    }
    for (const QString &remark : r.remarks)
        note(remark);
}

} // namespace Casebook::App
