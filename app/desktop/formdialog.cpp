// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/formdialog.h"

#include "forms/editor/formeditor.h"
#include "forms/print/formprinter.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook::App {

FormDialog::FormDialog(Core::CaseStore &store, Forms::FormRecord record, QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(tr("%1 — %2").arg(record.definition().title.text(), record.caseData().caseNo));
    auto *layout = new QVBoxLayout(this);
    m_editor = new Forms::FormEditor(std::move(record), store.clock().today(), this);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("&Print preview…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("printPreviewButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    connect(preview, &QPushButton::clicked, this, &FormDialog::printPreview);
    connect(m_editor, &Forms::FormEditor::saveRequested, this, [this](bool complete) { save(complete); });
    resize(820, 900);
}

bool FormDialog::save(bool markComplete)
{
    Forms::FormRecord record = m_editor->record();
    auto r = record.save(Core::WriteContext {m_store.identity().name, {}, {}}, markComplete);
    if (!r) {
        m_editor->showError(r.error().message);
        return false;
    }
    m_editor->showError({});
    m_editor->setRecord(std::move(record));
    Q_EMIT saved();
    return true;
}

void FormDialog::reject()
{
    if (m_editor->isDirty()) {
        const int answer = m_ask ? m_ask()
                                 : QMessageBox::question(this, tr("Unsaved changes"),
                                     tr("This form has changes that are not saved. Save them as a draft?"),
                                     QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save(false))
            return;
    }
    QDialog::reject();
}

void FormDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        const Forms::FormRecord &record = m_editor->record();
        Forms::FormPrinter::paint(*p, {&record}, {});
    });
    dialog.exec();
}

} // namespace Casebook::App
