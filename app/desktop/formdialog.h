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
};

} // namespace Casebook::App
