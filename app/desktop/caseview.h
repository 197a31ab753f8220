// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/desktop/serviceentrydialog.h"
#include "app/usecases/casefiles.h"
#include "app/usecases/servicerecords.h"

#include <QWidget>

#include <optional>

class QBoxLayout;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace Casebook::App {

// The selected case: the person, the dispatches, the allowed next steps, and as tabs its history,
// its forms, its supported-employment records and its attachments. Passive: the window gives it
// what to show and answers its requests.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    // attachments: the attachments pane, shown as the last tab.
    CaseView(QWidget *attachments, QWidget *parent = nullptr);

    // Shows a case (none: "No case selected").
    void showCase(const UseCases::CaseFile *file);
    // Shows the case's supported-employment records (none: not opened for supported employment).
    void showServices(const UseCases::ServiceOverview *overview);

    // The record selected in the supported-employment list.
    struct SelectedRecord
    {
        QString entity;
        QString id;
        QString kind;
        QString day;
    };
    std::optional<SelectedRecord> selectedRecord() const;

Q_SIGNALS:
    void stepRequested(Core::CaseAction action);
    void formRequested(const QString &formId, const QString &instanceId);
    void printAllRequested();
    void serviceEntryRequested(ServiceEntryDialog::Kind kind);
    void placementEditRequested(const QString &placementId);
    void withdrawRequested();
    void undoStepRequested();

private:
    QWidget *buildFormsPage();
    QWidget *buildServicePage();
    void showHistory(const QList<Core::CaseEvent> &events);
    void showForms(const QList<Core::FormInstance> &forms);
    QLabel *m_caseTitle = nullptr;
    QLabel *m_personSummary = nullptr;
    QLabel *m_caseSummary = nullptr;
    QWidget *m_actionsBox = nullptr;
    QBoxLayout *m_actionsLayout = nullptr;
    QTabWidget *m_caseTabs = nullptr;
    QTableWidget *m_history = nullptr;
    QComboBox *m_newFormCombo = nullptr;
    QTreeWidget *m_formsList = nullptr;
    QLabel *m_serviceSummary = nullptr;
    QTreeWidget *m_serviceRecords = nullptr;
};

} // namespace Casebook::App
