// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/handoverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

HandoverDialog::HandoverDialog(UseCases::Handover handover, QWidget *parent)
    : QDialog(parent), m_handover(std::move(handover))
{
    setWindowTitle(tr("Handover of a coach's cases (交接)"));
    setObjectName(QStringLiteral("handoverDialog"));
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("handoverFromBox"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("handoverToBox"));
    for (const StaffMember &m : m_handover.leaving().value_or(QList<StaffMember>()))
        m_from->addItem(m.name, m.id);
    for (const StaffMember &m : m_handover.successors().value_or(QList<StaffMember>()))
        m_to->addItem(m.name, m.id);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("handoverCount"));
    m_count->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Leaving coach:"), m_from);
    form->addRow(tr("&Successor:"), m_to);
    auto *note = new QLabel(tr("All of the leaving coach's open cases move at once, with their "
                               "history; the handover list (交接清冊) is saved as a PDF for both "
                               "coaches and the supervisor to sign."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_go = buttons->addButton(tr("&Hand over and save the list…"), QDialogButtonBox::AcceptRole);
    m_go->setObjectName(QStringLiteral("handoverButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_go, &QPushButton::clicked, this, &HandoverDialog::handOver);
    connect(m_from, &QComboBox::currentIndexChanged, this, &HandoverDialog::updateCount);
    connect(m_to, &QComboBox::currentIndexChanged, this, &HandoverDialog::updateCount);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    if (m_to->count() > 1 && m_to->currentData() == m_from->currentData())
        m_to->setCurrentIndex(1);
    updateCount();
}

void HandoverDialog::updateCount()
{
    if (m_from->count() == 0) {
        m_count->setText(tr("There is no coach whose cases you may hand over."));
        m_go->setEnabled(false);
        return;
    }
    if (m_from->currentData() == m_to->currentData()) {
        m_count->setText(tr("Choose another coach as the successor."));
        m_go->setEnabled(false);
        return;
    }
    const int open = m_handover.openCases(m_from->currentData().toString()).value_or(0);
    m_count->setText(tr("%n open case(s) will move from %1 to %2.", nullptr, open)
                         .arg(m_from->currentText(), m_to->currentText()));
    m_go->setEnabled(open > 0);
}

void HandoverDialog::handOver()
{
    const QString suggested = QDir::home().filePath(
        tr("handover %1 to %2.pdf").arg(m_from->currentText(), m_to->currentText()));
    const QString path = m_chooser ? m_chooser(suggested)
                                   : QFileDialog::getSaveFileName(this,
                                       tr("Save the handover list"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    auto done
        = m_handover.run(m_from->currentData().toString(), m_to->currentData().toString(), path);
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.error().message);
        return;
    }
    Q_EMIT handedOver(tr("Handed over %n case(s); the list to sign is %1.", nullptr,
        static_cast<int>(done->caseNos.size()))
                          .arg(QDir::toNativeSeparators(done->listPath)));
    accept();
}

} // namespace Casebook::App
