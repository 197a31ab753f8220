// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/monthlyreportdialog.h"

#include "app/desktop/laptopfit.h"
#include "app/desktop/workprogress.h"
#include "core/common/rocdate.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/reportfilings.h"
#include "core/units/unitrepository.h"
#include "forms/print/reportfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

MonthlyReportDialog::MonthlyReportDialog(UseCases::Reports reports, QWidget *parent)
    : QDialog(parent), m_reports(std::move(reports))
{
    setWindowTitle(tr("Monthly report 表6-1 / 表6-2"));
    LaptopFit::resize(this, QSize(1100, 640));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthBox"));
    const QDate today = m_reports.today();
    for (int back = 1; back <= 24; ++back) {
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_month->addItem(
            tr("%1 (due %2)")
                .arg(RocDate::monthText(m), RocDate::formatShort(m.addMonths(1).addDays(9))),
            RocDate::monthKey(m));
    }
    // The current month, for a look before it ends.
    m_month->insertItem(0, tr("%1 (this month, not final)").arg(RocDate::monthText(today)),
        RocDate::monthKey(today));
    m_month->setCurrentIndex(1);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitBox"));
    if (m_reports.allUnits())
        m_unit->addItem(tr("All units"), QString());
    if (auto units = m_reports.units()) {
        for (const Unit &u : *units)
            m_unit->addItem(u.name, u.id);
    }
    m_summary = new QLabel(this);
    m_tabs = new QTabWidget(this);

    m_current = new QCheckBox(tr("With &today's records (a correction of a filed report)"), this);
    m_current->setObjectName(QStringLiteral("currentRecordsBox"));
    auto *pick = new QFormLayout;
    pick->addRow(tr("&Month:"), m_month);
    pick->addRow(tr("&Unit:"), m_unit);
    pick->addRow(QString(), m_current);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (const auto &[format, label] : {std::pair {QStringLiteral("pdf"), tr("Save as &PDF…")},
             std::pair {QStringLiteral("xlsx"), tr("Save as &XLSX…")},
             std::pair {QStringLiteral("csv"), tr("Save as &CSV…")}}) {
        QPushButton *b = buttons->addButton(label, QDialogButtonBox::ActionRole);
        b->setObjectName(format + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this, [this, f = format] { save(f); });
    }
    m_file = buttons->addButton(tr("&File the report (報送)"), QDialogButtonBox::ActionRole);
    m_file->setObjectName(QStringLiteral("fileReportButton"));
    connect(m_file, &QPushButton::clicked, this, [this] {
        if (auto r = fileReport(); !r)
            QMessageBox::warning(this, windowTitle(), r.error().message);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    m_cases = new QListWidget(this);
    m_cases->setObjectName(QStringLiteral("monthlyCasesList"));
    m_cases->setMaximumHeight(150);
    m_cases->setToolTip(
        tr("Choose a figure of 表6-2 to list its cases; double-click a case to open it."));
    connect(m_cases, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString caseNo = item->data(Qt::UserRole).toString(); !caseNo.isEmpty())
            Q_EMIT caseRequested(caseNo);
    });
    layout->addWidget(m_cases);
    layout->addWidget(buttons);
    connect(m_month, &QComboBox::currentIndexChanged, this, &MonthlyReportDialog::reload);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &MonthlyReportDialog::reload);
    connect(m_current, &QCheckBox::toggled, this, &MonthlyReportDialog::reload);
    reload();
}

VoidResult MonthlyReportDialog::fileReport()
{
    if (auto filed = m_reports.fileMonthly(m_monthKey, m_unit->currentData().toString()); !filed)
        return filed;
    reload();
    return {};
}

void MonthlyReportDialog::reload()
{
    m_view.reset();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w; // now, so that the new tables are the only ones
    }
    m_monthKey = m_month->currentData().toString();
    m_cases->clear();
    m_coaches.clear();
    WorkProgress work(this, tr("Counting the month %1…").arg(m_month->currentText()));
    auto month = m_reports.monthly(
        m_monthKey, m_unit->currentData().toString(), m_current->isChecked(), work.progress());
    if (!month) {
        m_summary->setText(month.error().message);
        return;
    }
    const MonthlyReportData *report = &month->data;
    Forms::MonthlyReportForms::Records *records = &month->records;
    QString summary = tr("%n case(s) served in the month; due by %1.", nullptr,
        static_cast<int>(report->cases.size()))
                          .arg(RocDate::formatLong(report->due));
    const QString filedOn = RocDate::formatShort(report->filedAt.toLocalTime().date());
    if (!report->filedAt.isValid()) {
        summary += QLatin1Char(' ') + tr("Not filed yet: counted from today's records.");
    } else if (report->asFiled) {
        summary += QLatin1Char(' ')
            + tr("As filed on %1 by %2; %n record(s) changed since are not in it.", nullptr,
                report->laterChanges)
                  .arg(filedOn, report->filedBy);
    } else {
        summary += QLatin1Char(' ')
            + tr("With today's records: filed on %1 by %2, %n record(s) changed since.", nullptr,
                report->laterChanges)
                  .arg(filedOn, report->filedBy);
    }
    m_file->setEnabled(!report->filedAt.isValid() && m_reports.today() > report->to);
    if (!report->missingCalendarYears.isEmpty()) {
        QStringList years;
        for (int y : report->missingCalendarYears)
            years << QString::number(y);
        summary += QLatin1Char(' ')
            + tr("PROVISIONAL: there is no holiday calendar for %1, so its holidays count as "
                 "working days.")
                  .arg(years.join(QStringLiteral(", ")));
    }
    m_summary->setText(summary);
    m_summary->setStyleSheet(
        report->missingCalendarYears.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
    QList<Forms::ReportTable> tables = Forms::MonthlyReportForms::tables(records->table61);
    tables += Forms::MonthlyReportForms::tables(records->table62);
    for (const Forms::ReportTable &t : std::as_const(tables)) {
        auto *view = new QTableWidget(
            static_cast<int>(t.rows.size()), static_cast<int>(t.header.size()), m_tabs);
        view->setObjectName(QStringLiteral("table-") + t.key);
        // On screen in the interface's language; the files keep the official (zh) headers.
        view->setHorizontalHeaderLabels(t.shownHeader.isEmpty() ? t.header : t.shownHeader);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setDefaultSectionSize(84);
        view->verticalHeader()->setVisible(false);
        for (int r = 0; r < t.rows.size(); ++r) {
            for (int c = 0; c < t.rows.at(r).size(); ++c) {
                auto *item = new QTableWidgetItem(t.rows.at(r).at(c).toString());
                if (t.rows.at(r).at(c).typeId() == QMetaType::LongLong)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                view->setItem(r, c, item);
            }
        }
        view->resizeColumnsToContents(); // no header cut off
        if (t.key.startsWith(QLatin1String("6-2"))) {
            connect(view, &QTableWidget::currentCellChanged, this,
                [this, key = t.key, columns = t.columns](
                    int row, int column) { showCases(key, row, columns.value(column)); });
        }
        m_tabs->addTab(view,
            t.title.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ')
                + (t.key == QLatin1String("6-1")              ? tr("Cases")
                        : t.key == QLatin1String("6-2-month") ? tr("The month")
                                                              : tr("Year to date")));
    }
    m_coaches = report->coaches;
    m_view = std::move(*month);
}

void MonthlyReportDialog::showCases(const QString &tableKey, int row, const QString &column)
{
    using Figure = Contribution::Figure;
    m_cases->clear();
    if (row < 0 || row > m_coaches.size())
        return;
    const bool month = tableKey == QLatin1String("6-2-month");
    // What each column of the layout counts; raw columns count cases, credit columns add what each
    // case adds.
    static const QHash<QString, std::pair<QList<Figure>, bool>> Columns = {
        {QStringLiteral("new_cases"), {{Figure::Caseload}, false}},
        {QStringLiteral("old_cases"), {{Figure::Caseload}, false}},
        {QStringLiteral("counted_cases"), {{Figure::Caseload}, false}},
        {QStringLiteral("placements"), {{Figure::Placement}, false}},
        {QStringLiteral("placement_credits"), {{Figure::Placement}, true}},
        {QStringLiteral("placement_rate"), {{Figure::Placement}, true}},
        {QStringLiteral("supported"), {{Figure::Supported}, false}},
        {QStringLiteral("supported_credits"), {{Figure::Supported}, true}},
        {QStringLiteral("general"), {{Figure::General}, false}},
        {QStringLiteral("general_credits"), {{Figure::General}, true}},
        {QStringLiteral("converted"), {{Figure::Supported, Figure::General}, true}},
        {QStringLiteral("share"), {{Figure::Supported, Figure::General}, true}},
        {QStringLiteral("supported_rate"), {{Figure::Supported, Figure::General}, true}},
    };
    const auto what = Columns.constFind(column);
    if (what == Columns.cend())
        return;
    const auto &[figures, credits] = *what;
    // The last row is the total of every coach.
    QList<const MonthlyCoachRow *> coaches;
    if (row == m_coaches.size()) {
        for (const MonthlyCoachRow &c : std::as_const(m_coaches))
            coaches << &c;
    } else {
        coaches << &m_coaches.at(row);
    }
    int sum = 0;
    QStringList remarks;
    for (const MonthlyCoachRow *c : std::as_const(coaches)) {
        for (const Contribution &x : month ? c->monthContributions : c->yearContributions) {
            if (!figures.contains(x.figure))
                continue;
            sum += credits ? x.credit : (x.credit > 0 ? 1 : 0);
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2  +%3  %4")
                                                 .arg(c->coachName, x.caseNo)
                                                 .arg(x.credit)
                                                 .arg(x.reason),
                m_cases);
            item->setData(Qt::UserRole, x.caseNo);
        }
        if (!month && coaches.size() == 1)
            remarks = c->yearRemarks;
    }
    auto note = [this](const QString &text) {
        auto *item = new QListWidgetItem(text, m_cases);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(QColor(0x55, 0x55, 0x55));
    };
    note(credits ? tr("Sum of what the cases add: %1").arg(sum) : tr("Cases: %1").arg(sum));
    for (const QString &r : std::as_const(remarks))
        note(r);
}

Result<QStringList> MonthlyReportDialog::exportTo(const QString &format, const QString &path)
{
    if (!m_view)
        return fail(Error::Kind::Invalid, tr("There is no report to save."));
    return m_reports.writeMonthly(*m_view, format, path);
}

void MonthlyReportDialog::save(const QString &format)
{
    const QString filter = format == QLatin1String("pdf") ? tr("PDF (*.pdf)")
        : format == QLatin1String("xlsx")                 ? tr("Excel workbook (*.xlsx)")
                                                          : tr("CSV (*.csv)");
    const QString suggested
        = QDir::home().filePath(QStringLiteral("表6-%1.%2").arg(m_monthKey, format));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the monthly report"), suggested, filter);
    if (path.isEmpty())
        return;
    auto written = exportTo(format, path);
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
    } else {
        m_summary->setText(tr("Saved: %1").arg(written->join(QStringLiteral(", "))));
    }
}

} // namespace Casebook::App
