// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/auditdialog.h"

#include "app/desktop/laptopfit.h"
#include "core/common/rocdate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

AuditDialog::AuditDialog(UseCases::AuditLog log, QWidget *parent)
    : QDialog(parent), m_log(std::move(log))
{
    setWindowTitle(tr("Audit trail"));
    setObjectName(QStringLiteral("auditDialog"));
    LaptopFit::resize(this, QSize(980, 560));
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("auditPersonEdit"));
    m_person->setPlaceholderText(tr("name or ID number; empty: everyone"));
    m_person->setClearButtonEnabled(true);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("auditActorBox"));
    m_actor->addItem(tr("Anyone"), QString());
    for (const QString &name : m_log.actors().value_or(QStringList()))
        m_actor->addItem(name, name);
    const QDate today = m_log.today();
    m_from = new QLineEdit(RocDate::formatShort(today.addMonths(-1)), this);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_to = new QLineEdit(RocDate::formatShort(today), this);
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    for (QLineEdit *e : {m_from, m_to})
        e->setPlaceholderText(tr("e.g. 115/11/01"));
    auto *days = new QHBoxLayout;
    days->addWidget(m_from);
    days->addWidget(new QLabel(tr("to"), this));
    days->addWidget(m_to);
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("auditShowButton"));
    show->setDefault(true);
    days->addWidget(show);
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Person:"), m_person);
    filters->addRow(tr("&User:"), m_actor);
    auto *daysLabel = new QLabel(tr("&Days:"), this);
    daysLabel->setBuddy(m_from);
    filters->addRow(daysLabel, days);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("Did"), tr("Person"), tr("Case"), tr("What")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (const auto &[suffix, label] : {std::pair {QStringLiteral("csv"), tr("Save as &CSV…")},
             std::pair {QStringLiteral("xlsx"), tr("Save as &XLSX…")}}) {
        QPushButton *b = buttons->addButton(label, QDialogButtonBox::ActionRole);
        b->setObjectName(QStringLiteral("auditSave-") + suffix);
        connect(b, &QPushButton::clicked, this, [this, s = suffix] { save(s); });
        m_saveButtons << b;
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, &AuditDialog::reload);
    for (QLineEdit *e : {m_person, m_from, m_to})
        connect(e, &QLineEdit::returnPressed, this, &AuditDialog::reload);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    m_person->setFocus();
    reload();
}

void AuditDialog::reload()
{
    m_table->setRowCount(0);
    m_lines.clear();
    for (QPushButton *b : std::as_const(m_saveButtons))
        b->setEnabled(false);
    AuditQuery query;
    query.actor = m_actor->currentData().toString();
    for (const auto &[edit, day] : {std::pair {m_from, &query.from}, std::pair {m_to, &query.to}}) {
        if (edit->text().trimmed().isEmpty())
            continue;
        const auto parsed = RocDate::parse(edit->text());
        if (!parsed) {
            m_summary->setText(tr("%1 is not a date (write it as 115/11/01).").arg(edit->text()));
            edit->setFocus();
            return;
        }
        *day = *parsed;
    }
    auto lines = m_log.entries(query, m_person->text());
    if (!lines) {
        m_summary->setText(lines.error().message);
        return;
    }
    m_lines = *lines;
    m_table->setRowCount(static_cast<int>(m_lines.size()));
    for (int r = 0; r < m_lines.size(); ++r) {
        const UseCases::AuditLine &l = m_lines.at(r);
        const QDateTime at = l.entry.at.toLocalTime();
        const QStringList cells {RocDate::formatShort(at.date()) + QLatin1Char(' ')
                + at.time().toString(QStringLiteral("HH:mm")),
            l.entry.actor, UseCases::AuditLog::actionText(l.entry.action), l.personName, l.caseNo,
            l.entry.detail};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_summary->setText(m_lines.isEmpty()
            ? tr("No entries for these filters.")
            : tr("%n entry(ies), oldest first.", nullptr, static_cast<int>(m_lines.size())));
    for (QPushButton *b : std::as_const(m_saveButtons))
        b->setEnabled(!m_lines.isEmpty());
}

void AuditDialog::save(const QString &suffix)
{
    const QString suggested = QDir::home().filePath(
        tr("audit trail %1.%2").arg(m_log.today().toString(QStringLiteral("yyyyMMdd")), suffix));
    const QString path = m_chooser
        ? m_chooser(suggested)
        : QFileDialog::getSaveFileName(this, tr("Save the audit trail"), suggested,
            suffix == QLatin1String("csv") ? tr("CSV (*.csv)") : tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    auto saved = m_log.save(m_lines, path);
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    m_summary->setText(tr("Saved %n entry(ies) to %1.", nullptr, static_cast<int>(m_lines.size()))
                           .arg(QDir::toNativeSeparators(*saved)));
}

} // namespace Casebook::App
