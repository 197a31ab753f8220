// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/casestore.h"
#include "forms/model/formrecord.h"

#include <QDialog>

#include <functional>

namespace Casebook::Forms {
class FormEditor;
}

namespace Casebook::App {

// A window around the generic form editor: saves through the form record, previews and prints,
// and asks before unsaved input is thrown away.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    // today: the day the form's rules are checked against; ctx: who saves.
    FormDialog(Forms::FormRecord record, const QDate &today, Core::WriteContext ctx,
        QWidget *parent = nullptr);
    Forms::FormEditor *editor() const { return m_editor; }
    // Opens the record again from the store: after a save in which another desk's changes were
    // kept or opened a conflict, the form shows what the store holds.
    void setReopen(std::function<Core::Result<Forms::FormRecord>(const QString &instanceId)> reopen)
    {
        m_reopen = std::move(reopen);
    }
    // For tests: answers the "unsaved changes" question instead of a message box.
    void setDiscardQuestion(std::function<int()> ask) { m_ask = std::move(ask); }
    // For tests: answers "keep this complete form complete?" (Yes: as a correction, No: as a draft,
    // Cancel).
    void setCompleteQuestion(std::function<int(const QString &consequence, bool valid)> ask)
    {
        m_completeQuestion = std::move(ask);
    }

Q_SIGNALS:
    void saved();

public Q_SLOTS:
    void reject() override;
    void printPreview();

private:
    bool save(bool markComplete);
    int askComplete(const QString &consequence, bool valid);
    QDate m_today;
    Core::WriteContext m_context;
    Forms::FormEditor *m_editor = nullptr;
    std::function<int()> m_ask;
    std::function<int(const QString &, bool)> m_completeQuestion;
    std::function<Core::Result<Forms::FormRecord>(const QString &instanceId)> m_reopen;
};

} // namespace Casebook::App
