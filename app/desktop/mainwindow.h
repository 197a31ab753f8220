// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/desktop/serviceentrydialog.h"
#include "core/cases/caselistmodel.h"
#include "core/store/casestore.h"

#include <QMainWindow>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QWidget;
class QBoxLayout;

namespace Casebook::App {

class AttachmentsPane;
class PersonCaseDialog;
class StepDialog;

// The main window: the filterable case list, the selected case with its history and next steps,
// and the panel of what is due. It composes passive widgets and talks to core repositories.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::CaseStore &store, QWidget *parent = nullptr);

    Core::CaseListModel *caseModel() const { return m_model; }
    QString currentCaseId() const { return m_currentCaseId; }
    void selectCase(const QString &caseId);
    void reload();
    // Writes the annual work report of a plan year (ROC) for the unit chosen above the case list
    // (all units when none): pdf, xlsx or csv by the file's suffix.
    Core::Result<QStringList> saveAnnualReport(int planYear, const QString &path);
    // For tests: answers "why accept this intake the eligibility rules refuse?" (empty: do not
    // accept it).
    void setEligibilityQuestion(std::function<QString(const QString &problems)> ask)
    {
        m_eligibility = std::move(ask);
    }
    // For tests: the file "print all" writes (instead of a file dialog).
    void setPrintPath(std::function<QString()> path) { m_printPath = std::move(path); }

public Q_SLOTS:
    void newIntake();
    void editPerson();
    void startStep(Core::CaseAction action);
    // Opens a form of the current case: an existing instance, or a new one of the given definition.
    void openForm(const QString &formId, const QString &instanceId = {});
    void printCaseForms();
    void showPerformance();
    void addServiceRecord(ServiceEntryDialog::Kind kind);
    void editPlacement(const QString &placementId);
    // Withdraws the selected service record (asking first when ask is set).
    void withdrawServiceRecord(bool ask);

Q_SIGNALS:
    void languageChangeRequested(const QString &language);

private:
    void buildMenus();
    void applyFilter();
    void fillFilterCombos();
    void showCase(const QString &caseId);
    void reloadDeadlines();
    // Shows the computed deadlines narrowed to the window, unit and coach chosen above the case
    // list.
    void renderDeadlines();
    void reloadForms();
    void reloadServices();
    QWidget *buildServicePage();
    void saveIntake(PersonCaseDialog *dialog);
    void savePerson(PersonCaseDialog *dialog);
    void reportError(const QString &message);
    // Shows the case with this case number (from a report's list of cases).
    void openCaseNo(const QString &caseNo);
    Core::WriteContext context() const;
    QString askEligibilityReason(const QString &problems);
    std::function<QString(const QString &)> m_eligibility;
    std::function<QString()> m_printPath;

    Core::CaseStore &m_store;
    Core::CaseListModel *m_model = nullptr;
    QString m_currentCaseId;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_districtFilter = nullptr;
    QComboBox *m_windowFilter = nullptr;
    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_coachFilter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_caseTitle = nullptr;
    QLabel *m_personSummary = nullptr;
    QLabel *m_caseSummary = nullptr;
    QWidget *m_actionsBox = nullptr;
    QBoxLayout *m_actionsLayout = nullptr;
    QTableWidget *m_history = nullptr;
    QTreeWidget *m_dueList = nullptr;
    QTreeWidget *m_formsList = nullptr;
    AttachmentsPane *m_attachments = nullptr;
    QComboBox *m_newFormCombo = nullptr;
    QTabWidget *m_caseTabs = nullptr;
    QLabel *m_serviceSummary = nullptr;
    QTreeWidget *m_serviceRecords = nullptr;
    QLabel *m_countLabel = nullptr;
    QAction *m_editPersonAction = nullptr;
    QList<Core::Deadline> m_deadlines;
};

} // namespace Casebook::App
