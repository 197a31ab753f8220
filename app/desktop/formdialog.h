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
    FormDialog(Core::CaseStore &store, Forms::FormRecord record, QWidget *parent = nullptr);
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
    Core::CaseStore &m_store;
    Forms::FormEditor *m_editor = nullptr;
    std::function<int()> m_ask;
    std::function<int(const QString &, bool)> m_completeQuestion;
};

} // namespace Casebook::App
