// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/model/formrecord.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Casebook::Forms {

// Renders any form definition as an editor: sections, conditional fields, repeating tables, inline
// messages and the draft/complete state. Passive: it edits a FormRecord value and asks the window
// to save it.
class FormEditor : public QWidget
{
    Q_OBJECT

public:
    FormEditor(FormRecord record, const QDate &today, QWidget *parent = nullptr);

    const FormRecord &record() const { return m_record; }
    void setRecord(FormRecord record);
    bool isDirty() const { return m_record.isDirty(); }
    // The field widget for a field id (for tests and focus); nullptr when there is none.
    QWidget *editorFor(const QString &fieldId) const { return m_editors.value(fieldId); }
    QTableWidget *tableFor(const QString &fieldId) const;
    void showError(const QString &message);

Q_SIGNALS:
    void saveRequested(bool markComplete);
    void changed();

private:
    void build();
    QWidget *createEditor(const FieldDef &field);
    void loadValues();
    void fieldEdited(const FieldDef &field, const QString &value);
    void tableEdited(const FieldDef &field);
    void refresh();

    FormRecord m_record;
    QDate m_today;
    bool m_loading = false;
    bool m_showRequired = false; // "required" messages appear once completion has been asked for
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QWidget *> m_rows; // the row widget of a field, shown or hidden by its condition
    QHash<QString, QLabel *> m_problems;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_completeButton = nullptr;
};

} // namespace Casebook::Forms
