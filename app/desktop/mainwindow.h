// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/desktop/serviceentrydialog.h"
#include "app/usecases/agenda.h"
#include "app/usecases/auditlog.h"
#include "app/usecases/casefiles.h"
#include "app/usecases/handover.h"
#include "app/usecases/reports.h"
#include "core/accounts/accountrepository.h"
#include "core/cases/caselistmodel.h"
#include "core/store/casestore.h"

#include <QDialog>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QLabel;
class QStackedWidget;

class QThread;

namespace Casebook::App {

class AttachmentsPane;
class CaseListPane;
class CaseView;
class DuePanel;
class PersonCaseDialog;

// The main window composes the case list, the case view, the due panel and the menus (the sync
// menu its own class); each flow asks its dialog and hands the values to a use case.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Core::CaseStore &store, QWidget *parent = nullptr);
    // The window of a signed-in user: their caseload from the first list on (see setUser).
    MainWindow(
        Core::CaseStore &store, std::optional<Core::Account> user, QWidget *parent = nullptr);

    // The case list's first page (500 rows), read before the window is shown, and the pages after
    // it (up to 5,000 rows), read one per turn of the event loop: a coach's caseload is one page.
    // Tests make them smaller; from the next reload.
    void setListPages(int first, int next)
    {
        m_firstPage = first;
        m_nextPage = next;
        m_pageNow = next;
    }
    // The rows of the list's next page after one of `rows` took `spentMs` to read: as many as fit
    // in a short turn of the window (ListTurnMs), at most twice as many as before, at least
    // MinListPage (or `largest` if that is smaller) and at most `largest`.
    static constexpr int ListTurnMs = 25;
    static constexpr int MinListPage = 250;
    static int nextListPage(int rows, qint64 spentMs, int largest);
    ~MainWindow() override;
    // Whether the case list holds every case yet (its later pages are read after it is shown).
    bool isListWhole() const { return !m_listNext; }
    // Whether the due list is being computed on its own connection, off this thread (a store in a
    // file or on a server; a store in memory computes it here).
    bool isDueComputing() const { return m_dueJob != nullptr; }
    // How many cases the last computation of the due list computed again (-1: the whole list).
    qsizetype dueRecomputedCases() const { return m_dueKept.recomputedCases; }
    // Whether 今日 is being computed on its own connection (as the due list).
    bool isAgendaComputing() const { return m_agendaJob != nullptr; }

    Core::CaseListModel *caseModel() const;
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
    // Acts as this signed-in user from now on: their caseload, their name on every write, and the
    // lock (after the idle time and on Ctrl+L). Without it the window acts as the store's device.
    void setUser(const Core::Account &account);
    std::optional<Core::Account> user() const { return m_user; }
    bool isLocked() const;
    // The idle time before the lock (tests shorten it; the setting lockMinutes otherwise).
    void setIdleLockInterval(int milliseconds);
    // Another desk's writes on a shared store (or a bundle merged by another program) show without
    // a restart: every 15 seconds (setting refreshSeconds) the log's head is read, and when it
    // has moved the list, the case and the due list are read again. Not while a dialog is open or
    // the window is locked. Returns whether it reloaded.
    bool checkForChanges();
    // The filters a person chose are remembered across starts (the program does this; tests do
    // not, so that one test's choice never narrows the next one's list).
    void rememberFilters();
    QVariantMap filterState() const;
    void setFilterState(const QVariantMap &state);
    // For tests: the file "print all" writes (instead of a file dialog).
    void setPrintPath(std::function<QString()> path) { m_printPath = std::move(path); }

public Q_SLOTS:
    // Hides every client's data and asks the signed-in user's password to go on.
    void lock(bool idle = false);
    void newIntake();
    void editPerson();
    void startStep(Core::CaseAction action);
    void undoStep();
    void showGuide();
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
    // The bureau's shared store at address, asked for from the menu (its password given to
    // Core::PostgresAddress::usePassword): the window is to close and that store to open.
    void connectRequested(const QString &address);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Asks the shared store's address and password (ConnectDialog) for connectRequested.
    void connectShared();
    // Tells what another desk changed meanwhile of the record the dialog saved.
    void tellStale(const ServiceEntryDialog *dialog);
    void askUnlock();
    // The title, the lock and the idle timer of the signed-in user.
    void startSession();
    // The case files as this user may see them; audited: opening one is kept in the trail.
    UseCases::CaseFiles files(bool audited = false) const;
    // The reports as this user may see them, exported and filed as them.
    UseCases::Reports reports() const;
    UseCases::AuditLog audit() const;
    UseCases::Handover handover() const;
    // The audit trail and the handover are a supervisor's, a window's or the bureau's.
    void updateRoleActions();
    void showAudit();
    void showHandover();
    void buildMenus();
    void showCase(const QString &caseId);
    void reloadDeadlines();
    // The due list computed off this thread, for the reload that asked for it.
    void dueComputed(
        int generation, Core::Result<QList<Core::Deadline>> due, Core::KeptDueList kept);
    // Its first screenful, shown while the rest is computed.
    void dueFirstComputed(int generation, QList<Core::Deadline> first);
    // Waits for the due list's computation, and drops its result (before the store is closed).
    void stopDueJob();
    void reloadAgenda();
    void agendaComputed(
        int generation, Core::Result<QList<UseCases::AgendaItem>> items, const QDate &today);
    // Waits for 今日's computation and drops its result.
    void stopAgendaJob();
    void renderDeadlines();
    // The case list after its first screenful: the next page, one per turn of the event loop,
    // until the list is whole (a reload starts over).
    void loadMoreCases(int generation);
    void updateCount();
    void reloadServices();
    void saveIntake(PersonCaseDialog *dialog);
    void savePerson(PersonCaseDialog *dialog, qint64 seen);
    void reportError(const QString &message);
    // Shows the case with this case number (from a report's list of cases).
    void openCaseNo(const QString &caseNo);
    Core::WriteContext context() const;
    QString askEligibilityReason(const QString &problems);
    std::function<QString(const QString &)> m_eligibility;
    std::function<QString()> m_printPath;

    Core::CaseStore &m_store;
    QString m_currentCaseId;
    CaseListPane *m_list = nullptr;
    CaseView *m_view = nullptr;
    DuePanel *m_due = nullptr;
    class TodayPanel *m_today = nullptr;
    bool m_todayWasShown = false;
    bool m_agendaWanted = false; // 今日 asked for: filled with the list from then on
    bool m_started = false;      // the window has been shown and its event loop runs
    AttachmentsPane *m_attachments = nullptr;
    QAction *m_editPersonAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_auditAction = nullptr;
    int m_failedUnlocks = 0; // refused while the store was closed, written at the next sign-in
    QAction *m_handoverAction = nullptr;
    std::optional<Core::Account> m_user;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_main = nullptr;
    QWidget *m_lockPage = nullptr;
    QTimer m_idleLock;
    QTimer m_watch;            // checkForChanges
    qint64 m_seenPosition = 0; // the last change in the log when the window last read the store
    QLabel *m_count = nullptr;
    int m_firstPage = 500;
    int m_nextPage = 5000;          // the largest of the later pages
    int m_pageNow = 1000;           // the next one's rows, paced by how long the last one took
    int m_listGeneration = 0;       // one per reload: a stale page is dropped
    QThread *m_dueJob = nullptr;    // the due list computed on its own connection
    int m_dueGeneration = 0;        // one per computation: a dropped one's result is ignored
    bool m_dueAgain = false;        // asked again while one ran: once more when it is done
    bool m_dueFirstPending = false; // its first screenful is computed: the list's pages wait
    Core::KeptDueList m_dueKept;    // the store's whole due list, brought up to date at a reload
    QThread *m_agendaJob = nullptr; // 今日 computed on its own connection
    int m_agendaGeneration = 0;     // as the due list's
    bool m_agendaAgain = false;
    std::optional<Core::CaseListRow> m_listNext; // where the list's next page starts (none: whole)
    QString m_selectWhenLoaded; // the case shown, selected in the list when its page arrives
    QList<QPointer<QDialog>> m_hiddenDialogs;
    bool m_idleLockSet = false;
};

} // namespace Casebook::App
