// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/formdialog.h"

#include "app/desktop/laptopfit.h"
#include "app/desktop/stalewrites.h"
#include "forms/editor/formeditor.h"
#include "forms/print/formprinter.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Casebook::App {

FormDialog::FormDialog(
    Forms::FormRecord record, const QDate &today, Core::WriteContext ctx, QWidget *parent)
    : QDialog(parent), m_today(today), m_context(std::move(ctx))
{
    LaptopFit::install();
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(tr("%1 — %2").arg(record.definition().title.text(), record.caseData().caseNo));
    auto *layout = new QVBoxLayout(this);
    m_editor = new Forms::FormEditor(std::move(record), m_today, this);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("&Print preview…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("printPreviewButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    connect(preview, &QPushButton::clicked, this, &FormDialog::printPreview);
    connect(m_editor, &Forms::FormEditor::saveRequested, this,
        [this](bool complete) { save(complete); });
    LaptopFit::resize(this, QSize(820, 900));
}

bool FormDialog::save(bool markComplete)
{
    Forms::FormRecord record = m_editor->record();
    const QString consequence = record.draftConsequence();
    if (!markComplete && !consequence.isEmpty()) {
        // A complete form: a correction that keeps it valid stays complete (an amendment); a draft
        // changes figures.
        const bool valid = record.problems(m_today).isEmpty();
        const int answer = m_completeQuestion ? m_completeQuestion(consequence, valid)
                                              : askComplete(consequence, valid);
        if (answer == QMessageBox::Cancel)
            return false;
        markComplete = answer == QMessageBox::Yes;
    }
    auto r = record.save(m_context, markComplete);
    if (!r) {
        m_editor->showError(r.error().message);
        return false;
    }
    m_editor->showError({});
    const QList<Core::StaleWrite> stale = record.staleWrites();
    if (!stale.isEmpty() && m_reopen) {
        if (auto fresh = m_reopen(record.instance().id))
            record = std::move(*fresh);
    }
    m_editor->setRecord(std::move(record));
    Q_EMIT saved();
    StaleWrites::tell(this, stale);
    return true;
}

int FormDialog::askComplete(const QString &consequence, bool valid)
{
    QMessageBox box(QMessageBox::Warning, tr("The form is complete"),
        valid ? tr(
            "This form is marked complete. Keep it complete and record the change as a correction?")
              : tr("This form is marked complete, and with these changes it is not valid. Saving "
                   "it makes it a "
                   "draft."),
        QMessageBox::Cancel, this);
    box.setInformativeText(consequence);
    if (valid) {
        box.addButton(tr("Keep complete (correction)"), QMessageBox::YesRole)
            ->setObjectName(QStringLiteral("keep"));
    }
    box.addButton(tr("Save as draft"), QMessageBox::NoRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    const QMessageBox::ButtonRole role = box.buttonRole(box.clickedButton());
    return role == QMessageBox::YesRole ? QMessageBox::Yes
        : role == QMessageBox::NoRole   ? QMessageBox::No
                                        : QMessageBox::Cancel;
}

void FormDialog::reject()
{
    if (m_editor->isDirty()) {
        const int answer = m_ask
            ? m_ask()
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
