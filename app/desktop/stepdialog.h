// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/units/unitrepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Casebook::App {

// Asks for the data of one SOP step (assessment, dispatch, answer, goal, closure); passive like
// every editor.
class StepDialog : public QDialog
{
    Q_OBJECT

public:
    StepDialog(Core::CaseAction action, const Core::Case &c,
        const QList<Core::Dispatch> &dispatches, const QList<Core::Unit> &units, const QDate &today,
        QWidget *parent = nullptr);
    Core::CaseStep step() const;
    void showError(const QString &message);
    // A case column the step writes, as this dialog names it ("plan_goal" → 計畫目標), or empty.
    QString fieldLabel(const QString &column) const;

Q_SIGNALS:
    void saveRequested();

private:
    void updateVisibility();
    Core::CaseAction m_action;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_date = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_goal = nullptr;
    QLineEdit *m_referralTarget = nullptr;
    QLineEdit *m_meetingDate = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_dispatch = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QList<QWidget *> m_unsuitableRows;
};

} // namespace Casebook::App
