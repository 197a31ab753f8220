// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/mainwindow.h"

#include "app/desktop/attachmentspane.h"
#include "app/desktop/auditdialog.h"
#include "app/desktop/caselistpane.h"
#include "app/desktop/caseview.h"
#include "app/desktop/connectdialog.h"
#include "app/desktop/duepanel.h"
#include "app/desktop/formdialog.h"
#include "app/desktop/groupdialog.h"
#include "app/desktop/handoverdialog.h"
#include "app/desktop/laptopfit.h"
#include "app/desktop/monthlyreportdialog.h"
#include "app/desktop/performancedialog.h"
#include "app/desktop/personcasedialog.h"
#include "app/desktop/signindialog.h"
#include "app/desktop/stalewrites.h"
#include "app/desktop/stepdialog.h"
#include "app/desktop/syncmenu.h"
#include "app/desktop/todaypanel.h"
#include "app/desktop/workprogress.h"
#include "app/usecases/acting.h"
#include "app/usecases/agenda.h"
#include "app/usecases/casefiles.h"
#include "app/usecases/caseforms.h"
#include "app/usecases/casesteps.h"
#include "app/usecases/intake.h"
#include "app/usecases/reports.h"
#include "app/usecases/servicerecords.h"
#include "app/usecases/session.h"
#include "app/usecases/storeaccess.h"
#include "forms/model/formdefinition.h"

#include <QActionGroup>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Casebook::App {

using namespace Casebook::Core;

MainWindow::MainWindow(CaseStore &store, QWidget *parent) : MainWindow(store, std::nullopt, parent)
{ }

MainWindow::MainWindow(CaseStore &store, std::optional<Account> user, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_user(std::move(user))
{
    LaptopFit::install(); // the wheel rule for every combo and spin box the window opens
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casebook — %1").arg(store.identity().name));
    m_pages = new QStackedWidget(this);
    m_main = new QWidget(m_pages);
    auto *central = m_main;
    auto *layout = new QVBoxLayout(central);
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_list = new CaseListPane(splitter);
    layout->addWidget(m_list->filterBar());
    layout->addWidget(splitter, 1);
    m_attachments = new AttachmentsPane(UseCases::CaseAttachments(m_store, context()), this);
    m_view = new CaseView(m_attachments, splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_pages->addWidget(m_main);
    m_lockPage = new QWidget(m_pages);
    m_lockPage->setObjectName(QStringLiteral("lockPage"));
    {
        auto *lockLayout = new QVBoxLayout(m_lockPage);
        auto *label = new QLabel(tr("Casebook is locked."), m_lockPage);
        label->setAlignment(Qt::AlignCenter);
        auto *unlock = new QPushButton(tr("&Unlock…"), m_lockPage);
        unlock->setObjectName(QStringLiteral("unlockButton"));
        connect(unlock, &QPushButton::clicked, this, &MainWindow::askUnlock);
        lockLayout->addStretch();
        lockLayout->addWidget(label);
        lockLayout->addWidget(unlock, 0, Qt::AlignCenter);
        lockLayout->addStretch();
    }
    m_pages->addWidget(m_lockPage);
    setCentralWidget(m_pages);
    m_idleLock.setSingleShot(true);
    connect(&m_idleLock, &QTimer::timeout, this, [this] { lock(true); });
    m_watch.setInterval(
        std::max(1, QSettings().value(QStringLiteral("refreshSeconds"), 15).toInt()) * 1000);
    connect(&m_watch, &QTimer::timeout, this, &MainWindow::checkForChanges);
    m_watch.start();
    m_due = new DuePanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_due);
    // 今日 beside the due list; filled when it is shown (a coach's window shows it first).
    m_today = new TodayPanel(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_today);
    tabifyDockWidget(m_due, m_today);
    m_due->raise();
    // Computed when a person asks for it (the tab chosen, Ctrl+T, a coach's sign-in), never for
    // a start-up that shows the due list.
    connect(m_today, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_started) {
            m_agendaWanted = true;
            reloadAgenda();
        }
    });
    QTimer::singleShot(0, this, [this] { m_started = true; });
    connect(m_today, &TodayPanel::caseRequested, this, [this](const QString &caseId) {
        m_list->clearFilters();
        selectCase(caseId);
        m_list->table()->setFocus();
    });
    connect(m_today, &TodayPanel::logRequested, this, [this](const QString &caseId) {
        m_list->clearFilters();
        selectCase(caseId);
        addServiceRecord(ServiceEntryDialog::Kind::SupportDay);
    });

    connect(m_attachments, &AttachmentsPane::failed, this, &MainWindow::reportError);
    connect(m_list, &CaseListPane::currentCaseChanged, this, &MainWindow::showCase);
    connect(m_list, &CaseListPane::scopeChanged, this, &MainWindow::renderDeadlines);
    connect(m_due, &DuePanel::caseRequested, this, [this](const QString &caseId) {
        m_list->clearFilters();
        selectCase(caseId);
        m_list->table()->setFocus();
    });
    connect(m_due, &DuePanel::reportRequested, this, [this](bool annual) {
        if (auto *report = findChild<QAction *>(annual ? QStringLiteral("annualReportAction")
                                                       : QStringLiteral("monthlyReportAction")))
            report->trigger();
    });
    connect(m_view, &CaseView::stepRequested, this, &MainWindow::startStep);
    connect(m_view, &CaseView::undoStepRequested, this, &MainWindow::undoStep);
    connect(m_view, &CaseView::formRequested, this,
        [this](const QString &formId, const QString &instanceId) { openForm(formId, instanceId); });
    connect(m_view, &CaseView::printAllRequested, this, &MainWindow::printCaseForms);
    connect(m_view, &CaseView::serviceEntryRequested, this, &MainWindow::addServiceRecord);
    connect(m_view, &CaseView::placementEditRequested, this, &MainWindow::editPlacement);
    connect(m_view, &CaseView::withdrawRequested, this, [this] { withdrawServiceRecord(true); });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_count);
    connect(caseModel(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(caseModel(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCount);
    buildMenus();
    m_list->setChoices(
        files().units().value_or(QList<Unit>()), files().coaches().value_or(QList<StaffMember>()));
    reload();
    // A broken form definition does not stop the client: it is named in the status bar and left
    // out.
    const QStringList formProblems = Forms::DefinitionLoader::shipped().problems;
    if (!formProblems.isEmpty()) {
        statusBar()->showMessage(tr("Some form definitions could not be loaded: %1")
                                     .arg(formProblems.join(QStringLiteral("; "))));
    }
    if (caseModel()->rowCount() > 0) {
        m_list->table()->selectRow(0);
    } else {
        showCase({});
    }
    LaptopFit::resize(this, QSize(1280, 800));
    if (m_user)
        startSession();
}

CaseListModel *MainWindow::caseModel() const
{
    return m_list->model();
}

void MainWindow::connectShared()
{
    // The address last used (or this store's, when it is a shared one) is filled in.
    const QString last = Core::PostgresAddress::isAddress(m_store.path())
        ? m_store.path()
        : QSettings().value(QStringLiteral("sharedStore")).toString();
    ConnectDialog ask(last, {}, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    Core::PostgresAddress::usePassword(ask.address(), ask.password());
    Q_EMIT connectRequested(ask.address());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *intake = file->addAction(tr("&New intake…"), this, &MainWindow::newIntake);
    intake->setObjectName(QStringLiteral("newIntakeAction"));
    intake->setShortcut(QKeySequence::New);
    m_editPersonAction = file->addAction(tr("&Edit person…"), this, &MainWindow::editPerson);
    m_editPersonAction->setObjectName(QStringLiteral("editPersonAction"));
    m_editPersonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editPersonAction->setEnabled(false);
    QAction *dayLog = file->addAction(tr("&Log a day of support…"), this,
        [this] { addServiceRecord(ServiceEntryDialog::Kind::SupportDay); });
    dayLog->setObjectName(QStringLiteral("logSupportDayAction"));
    dayLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    file->addSeparator();
    QAction *shared
        = file->addAction(tr("Connect to the &shared store…"), this, &MainWindow::connectShared);
    shared->setObjectName(QStringLiteral("connectSharedAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find case"), this, [this] { m_list->focusSearch(); });
    find->setShortcut(QKeySequence::Find);
    QAction *today = view->addAction(tr("&Today"), this, [this] {
        m_agendaWanted = true;
        m_today->show();
        m_today->raise();
        m_today->list()->setFocus();
        reloadAgenda();
    });
    today->setObjectName(QStringLiteral("todayAction"));
    today->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    m_lockAction = view->addAction(tr("Loc&k"), this, [this] { lock(false); });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setEnabled(false); // with a signed-in user
    addAction(m_lockAction);         // Ctrl+L works while the menu bar is disabled too
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QAction *zh = language->addAction(QStringLiteral("中文（台灣）"));
    zh->setObjectName(QStringLiteral("chineseAction"));
    QAction *en = language->addAction(QStringLiteral("English"));
    en->setObjectName(QStringLiteral("englishAction"));
    for (QAction *a : {zh, en}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (chinese ? zh : en)->setChecked(true);
    connect(zh, &QAction::triggered, this,
        [this] { Q_EMIT languageChangeRequested(QStringLiteral("zh_TW")); });
    connect(en, &QAction::triggered, this,
        [this] { Q_EMIT languageChangeRequested(QStringLiteral("en")); });

    QMenu *reportMenu = menuBar()->addMenu(tr("&Reports"));
    QAction *performance = reportMenu->addAction(
        tr("&Performance by plan year…"), this, &MainWindow::showPerformance);
    performance->setObjectName(QStringLiteral("performanceAction"));
    QAction *monthly = reportMenu->addAction(tr("&Monthly report 表6-1/6-2…"), this, [this] {
        auto *dialog = new MonthlyReportDialog(reports(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MonthlyReportDialog::caseRequested, this, &MainWindow::openCaseNo);
        dialog->open();
    });
    monthly->setObjectName(QStringLiteral("monthlyReportAction"));
    QAction *annual = reportMenu->addAction(tr("&Annual work report…"), this, [this] {
        const int current = reports().currentPlanYear();
        bool ok = false;
        const int year = QInputDialog::getInt(this, tr("Annual work report"),
            tr("Plan year (ROC):"), current, current - 10, current, 1, &ok);
        if (!ok)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the annual work report"),
            QDir::home().filePath(tr("annual report %1.pdf").arg(year)),
            tr("PDF (*.pdf);;Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (auto written = saveAnnualReport(year, path); !written) {
            reportError(written.error().message);
        } else {
            statusBar()->showMessage(
                tr("Saved: %1").arg(written->join(QStringLiteral(", "))), 8000);
        }
    });
    annual->setObjectName(QStringLiteral("annualReportAction"));
    QAction *groups = reportMenu->addAction(tr("&Group model…"), this, [this] {
        auto *dialog = new GroupDialog(UseCases::GroupWork(m_store, context()), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    groups->setObjectName(QStringLiteral("groupsAction"));

    QMenu *supervision = menuBar()->addMenu(tr("S&upervision"));
    m_auditAction = supervision->addAction(tr("&Audit trail…"), this, &MainWindow::showAudit);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_handoverAction = supervision->addAction(
        tr("&Handover of a coach's cases…"), this, &MainWindow::showHandover);
    m_handoverAction->setObjectName(QStringLiteral("handoverAction"));
    updateRoleActions();

    auto *sync = new SyncMenu(
        m_store, [this] { return context(); }, menuBar()->addMenu(tr("&Sync")), this);
    connect(sync, &SyncMenu::storeChanged, this, &MainWindow::reload);
    connect(sync, &SyncMenu::message, this,
        [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Casebook"), this, [this] {
        QMessageBox::about(this, tr("About Casebook"),
            tr("Casebook %1: vocational rehabilitation and supported employment case records.\n"
               "Store: %2\nDevice: %3 (%4)\nQt %5")
                .arg(QStringLiteral(CASEBOOK_VERSION), m_store.path(), m_store.identity().name,
                    roleKey(m_store.identity().role), QString::fromLatin1(qVersion())));
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

WriteContext MainWindow::context() const
{
    return m_user ? UseCases::Session(m_store).context(*m_user) : UseCases::acting(m_store);
}

UseCases::Reports MainWindow::reports() const
{
    return UseCases::Reports(
        m_store, context(), m_user ? Caseload::of(*m_user) : Caseload::everything());
}

UseCases::CaseFiles MainWindow::files(bool audited) const
{
    return UseCases::CaseFiles(m_store, m_user ? Caseload::of(*m_user) : Caseload::everything(),
        audited ? std::optional<WriteContext>(context()) : std::nullopt);
}

void MainWindow::startSession()
{
    const Account &account = *m_user;
    setWindowTitle(tr("Casebook — %1 — %2").arg(m_store.identity().name, account.name));
    m_lockAction->setEnabled(true);
    m_attachments->actAs(context());
    if (account.role == UserRole::Coach) { // a coach's day first
        m_agendaWanted = true;
        m_today->raise();
    }
    updateRoleActions();
    // Locked after the idle time (a setting, 10 minutes unless changed) and on Ctrl+L.
    if (!m_idleLockSet) {
        const int minutes = QSettings().value(QStringLiteral("lockMinutes"), 10).toInt();
        m_idleLock.setInterval(std::max(1, minutes) * 60 * 1000);
    }
    m_idleLock.start();
    qApp->installEventFilter(this);
}

void MainWindow::setUser(const Account &account)
{
    m_user = account;
    startSession();
    m_list->setChoices(
        files().units().value_or(QList<Unit>()), files().coaches().value_or(QList<StaffMember>()));
    m_currentCaseId.clear();
    reload();
    if (caseModel()->rowCount() > 0) {
        m_list->table()->selectRow(0);
    } else {
        showCase({});
    }
}

void MainWindow::rememberFilters()
{
    m_list->rememberCoachFilter();
}

QVariantMap MainWindow::filterState() const
{
    return m_list->filterState();
}

void MainWindow::setFilterState(const QVariantMap &state)
{
    m_list->setFilterState(state);
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idleLockSet = true;
    m_idleLock.setInterval(milliseconds);
    if (m_user)
        m_idleLock.start();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_user && !isLocked())
            m_idleLock.start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::isLocked() const
{
    return m_pages->currentWidget() == m_lockPage;
}

void MainWindow::lock(bool idle)
{
    if (!m_user || isLocked())
        return;
    m_idleLock.stop();
    const VoidResult kept = UseCases::Session(m_store).locked(*m_user, idle);
    // Nothing of the clients stays on screen: the list, the case and the due panel are hidden.
    m_pages->setCurrentWidget(m_lockPage);
    m_attachments->closeOpenedCopies();
    stopDueJob(); // its connection holds the key too
    m_dueAgain = false;
    m_dueKept = {}; // clients' names and deadlines: not kept while locked
    stopAgendaJob();
    m_agendaAgain = false;
    m_store.suspend(); // an encrypted store's connection closes and its key is wiped
    m_due->hide();
    m_todayWasShown = m_today->isVisible();
    m_today->hide();             // names of clients, like the list
    statusBar()->clearMessage(); // "Case … for <name> saved" would stay on screen
    // Said where the locked window shows it; no client data is in it.
    if (!kept) {
        statusBar()->showMessage(
            tr("The lock is not in the audit trail: %1").arg(kept.error().message));
    }
    menuBar()->setEnabled(false);
    // Open dialogs are hidden with what was typed in them, and shown again after the unlock.
    m_hiddenDialogs.clear();
    for (QDialog *d : findChildren<QDialog *>()) {
        if (d->isVisible() && !qobject_cast<SignInDialog *>(d)) {
            m_hiddenDialogs << d;
            d->hide();
        }
    }
    askUnlock();
}

void MainWindow::askUnlock()
{
    // The same user unlocks: on an encrypted store their password unwraps the key again first.
    auto *dialog = new SignInDialog(
        [this](const QString &name, QByteArray &password) -> Result<Account> {
            if (name != m_user->name) {
                return fail(Error::Kind::NotAllowed,
                    tr("Only %1 can unlock this window.").arg(m_user->name));
            }
            return UseCases::StoreAccess::unlock(m_store, name, password, &m_failedUnlocks);
        },
        QString(), this, m_user);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_pages->setCurrentWidget(m_main);
        m_due->show();
        if (m_todayWasShown)
            m_today->show();
        menuBar()->setEnabled(true);
        for (const QPointer<QDialog> &d : std::as_const(m_hiddenDialogs)) {
            if (d)
                d->show();
        }
        m_hiddenDialogs.clear();
        m_idleLock.start();
    });
    dialog->open();
}

bool MainWindow::checkForChanges()
{
    if (isLocked() || QApplication::activeModalWidget())
        return false;
    auto head = m_store.changePosition();
    if (!head || *head == m_seenPosition)
        return false;
    reload();
    statusBar()->showMessage(tr("Updated with the latest changes."), 5000);
    return true;
}

void MainWindow::reload()
{
    const QString keep = m_currentCaseId;
    if (auto head = m_store.changePosition())
        m_seenPosition = *head;
    // The first screenful first (from the list's index); the rest in pages after it is shown.
    const int generation = ++m_listGeneration;
    auto page = files().page(m_firstPage);
    if (!page) {
        reportError(page.error().message);
        return;
    }
    m_listNext = page->next;
    m_selectWhenLoaded.clear();
    m_list->setRows(std::move(page->rows));
    // The due panel fills right after the list is shown (the list is usable first), its first
    // screenful before the list's next pages.
    QTimer::singleShot(0, this, &MainWindow::reloadDeadlines);
    if (m_listNext)
        QTimer::singleShot(0, this, [this, generation] { loadMoreCases(generation); });
    QTimer::singleShot(0, this, &MainWindow::reloadAgenda);
    if (keep.isEmpty())
        return;
    if (m_listNext && !caseModel()->holds(keep)) {
        // Its row is in a later page: the case stays shown, and is selected when the row comes.
        m_selectWhenLoaded = keep;
        showCase(keep);
        return;
    }
    selectCase(keep);
}

void MainWindow::loadMoreCases(int generation)
{
    if (generation != m_listGeneration || !m_listNext || isLocked())
        return;
    if (m_dueFirstPending) { // the due panel's first screenful first: the cores and the store are
                             // its
        QTimer::singleShot(10, this, [this, generation] { loadMoreCases(generation); });
        return;
    }
    QElapsedTimer took;
    took.start();
    const int rows = m_pageNow; // at most m_nextPage: set with it, paced within it
    auto page = files().page(rows, &*m_listNext);
    if (!page) {
        m_listNext.reset();
        reportError(page.error().message);
        updateCount();
        return;
    }
    m_listNext = page->next;
    m_list->appendRows(std::move(page->rows));
    // Paced: a national store's page of 5,000 rows takes 120 ms warm and seconds from a cold disk,
    // every millisecond of which the window does not answer.
    m_pageNow = nextListPage(rows, took.elapsed(), m_nextPage);
    if (!m_selectWhenLoaded.isEmpty() && caseModel()->holds(m_selectWhenLoaded)) {
        // Selected only where the person's filter shows it: a filter typed meanwhile stays.
        if (m_selectWhenLoaded == m_currentCaseId
            && caseModel()->rowOfCase(m_selectWhenLoaded) >= 0)
            m_list->selectCase(m_selectWhenLoaded);
        m_selectWhenLoaded.clear();
    }
    updateCount();
    if (m_listNext) {
        QTimer::singleShot(0, this, [this, generation] { loadMoreCases(generation); });
        return;
    }
    // The list is whole: a due list narrowed to the list's scope follows all of it.
    renderDeadlines();
}

int MainWindow::nextListPage(int rows, qint64 spentMs, int largest)
{
    const int least = std::min(MinListPage, largest);
    const qint64 fits = static_cast<qint64>(rows) * ListTurnMs / std::max<qint64>(1, spentMs);
    const qint64 grown = std::min<qint64>(fits, 2 * static_cast<qint64>(rows));
    return static_cast<int>(std::clamp<qint64>(grown, least, largest));
}

void MainWindow::updateCount()
{
    m_count->setText(m_listNext
            ? tr("%1 of %2 cases, reading more…")
                  .arg(caseModel()->rowCount())
                  .arg(caseModel()->totalCount())
            : tr("%1 of %2 cases").arg(caseModel()->rowCount()).arg(caseModel()->totalCount()));
}

void MainWindow::selectCase(const QString &caseId)
{
    m_list->selectCase(caseId);
    showCase(caseId);
}

void MainWindow::reloadDeadlines()
{
    if (isLocked())
        return;
    const QDate today = m_store.clock().today();
    const auto opener = m_store.sibling();
    if (!opener) { // a store in memory: here, at once
        auto due = files().due(today);
        if (!due) {
            reportError(due.error().message);
            return;
        }
        m_due->setDeadlines(*due);
        renderDeadlines();
        return;
    }
    if (m_dueJob) { // one at a time: the one running is followed by another when it is done
        m_dueAgain = true;
        return;
    }
    // On its own connection, so that the window answers while a national store's due list is
    // computed (seconds); the panel says so meanwhile.
    m_due->setComputing(true);
    // The whole list kept from the last computation: only the cases changed since are computed
    // again (a nation's whole list takes seconds), and no first screenful is needed.
    const bool kept = m_dueKept.isFor(today);
    m_dueFirstPending = !kept;
    const int generation = ++m_dueGeneration;
    const Caseload caseload = m_user ? Caseload::of(*m_user) : Caseload::everything();
    QPointer<MainWindow> self(this);
    m_dueJob = QThread::create(
        [open = *opener, caseload, today, generation, self, kept, keptList = m_dueKept]() mutable {
            Result<QList<Deadline>> due = [&]() -> Result<QList<Deadline>> {
                auto store = open();
                if (!store)
                    return tl::unexpected(store.error());
                const UseCases::CaseFiles files(**store, caseload);
                // Its first screenful first, from indexes (a nation's overdue steps), then the
                // rest.
                auto first = kept ? std::optional<Result<QList<Deadline>>>()
                                  : files.dueFirst(today, DuePanel::PageSize);
                if (first && *first) {
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, generation, first = std::move(**first)]() mutable {
                            if (self)
                                self->dueFirstComputed(generation, std::move(first));
                        },
                        Qt::QueuedConnection);
                }
                return files.due(today, keptList);
            }(); // the connection is closed here, in the thread that opened it
            QMetaObject::invokeMethod(
                qApp,
                [self, generation, due = std::move(due), keptList = std::move(keptList)]() mutable {
                    if (self)
                        self->dueComputed(generation, std::move(due), std::move(keptList));
                },
                Qt::QueuedConnection);
        });
    m_dueJob->start();
}

void MainWindow::dueFirstComputed(int generation, QList<Deadline> first)
{
    if (generation != m_dueGeneration)
        return;
    m_dueFirstPending = false; // the case list's next pages may come
    if (first.isEmpty())
        return; // its first deadlines need the whole list: the last one computed stays meanwhile
    m_due->setDeadlines(std::move(first)); // the panel still says the rest is being computed
    renderDeadlines();
}

void MainWindow::dueComputed(int generation, Result<QList<Deadline>> due, KeptDueList kept)
{
    if (generation != m_dueGeneration)
        return; // dropped (the window was locked meanwhile)
    stopDueJob();
    m_dueKept = std::move(kept);
    m_due->setComputing(false);
    if (!due) {
        reportError(due.error().message);
    } else {
        m_due->setDeadlines(*due);
        renderDeadlines();
    }
    if (std::exchange(m_dueAgain, false))
        reloadDeadlines();
}

namespace {

// Waits for a computation on its own connection and drops its result, if still on its way (the
// generation moves on). False when none ran.
bool finishJob(QThread *&job, int &generation)
{
    if (!job)
        return false;
    job->wait();
    delete job;
    job = nullptr;
    ++generation;
    return true;
}

} // namespace

void MainWindow::stopDueJob()
{
    if (finishJob(m_dueJob, m_dueGeneration))
        m_dueFirstPending = false;
}

MainWindow::~MainWindow()
{
    stopDueJob();
    stopAgendaJob();
}

void MainWindow::reloadAgenda()
{
    if (!m_agendaWanted || !m_today->isVisible() || isLocked())
        return;
    const QDate today = m_store.clock().today();
    const Caseload caseload = m_user ? Caseload::of(*m_user) : Caseload::everything();
    const auto opener = m_store.sibling();
    if (!opener) { // a store in memory: here, at once
        agendaComputed(m_agendaGeneration, UseCases::Agenda(m_store, caseload).week(today), today);
        return;
    }
    if (m_agendaJob) { // one at a time, as the due list
        m_agendaAgain = true;
        return;
    }
    // On its own connection: a window's or the bureau's week reads every record of its cases
    // (seconds on a nation's store), and the window answers meanwhile.
    m_today->setComputing(true);
    const int generation = ++m_agendaGeneration;
    QPointer<MainWindow> self(this);
    m_agendaJob = QThread::create([open = *opener, caseload, today, generation, self] {
        Result<QList<UseCases::AgendaItem>> items = [&]() -> Result<QList<UseCases::AgendaItem>> {
            auto store = open();
            if (!store)
                return tl::unexpected(store.error());
            return UseCases::Agenda(**store, caseload).week(today);
        }(); // the connection is closed here, in the thread that opened it
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, today, items = std::move(items)]() mutable {
                if (self)
                    self->agendaComputed(generation, std::move(items), today);
            },
            Qt::QueuedConnection);
    });
    m_agendaJob->start();
}

void MainWindow::agendaComputed(
    int generation, Result<QList<UseCases::AgendaItem>> items, const QDate &today)
{
    if (generation != m_agendaGeneration)
        return; // dropped (the window was locked meanwhile)
    stopAgendaJob();
    if (!items) {
        m_today->setComputing(false);
        reportError(items.error().message);
    } else {
        m_today->setAgenda(*items, today);
    }
    if (std::exchange(m_agendaAgain, false))
        reloadAgenda();
}

void MainWindow::stopAgendaJob()
{
    finishJob(m_agendaJob, m_agendaGeneration);
}

void MainWindow::renderDeadlines()
{
    const CaseListPane::Scope scope = m_list->scope();
    m_due->render(scope, scope.narrowed() ? m_list->casesIn(scope) : QSet<QString>());
}

void MainWindow::showCase(const QString &caseId)
{
    // Opening another case is kept in the audit trail; showing the same one again after a save is
    // not another opening.
    const bool opening = caseId != m_currentCaseId;
    m_currentCaseId = caseId;
    m_attachments->setCase(caseId);
    m_editPersonAction->setEnabled(false);
    if (caseId.isEmpty()) {
        m_view->showCase(nullptr);
        return;
    }
    auto file = files(opening).read(caseId);
    if (!file) {
        m_view->showCase(nullptr);
        reportError(file.error().message);
        return;
    }
    m_editPersonAction->setEnabled(true);
    m_view->showCase(&*file);
    reloadServices();
}

void MainWindow::reloadServices()
{
    if (m_currentCaseId.isEmpty()) {
        m_view->showServices(nullptr);
        return;
    }
    auto overview
        = UseCases::ServiceRecords(m_store).overview(m_currentCaseId, m_store.clock().today());
    if (!overview) {
        m_view->showServices(nullptr);
        reportError(overview.error().message);
        return;
    }
    m_view->showServices(&*overview);
}

void MainWindow::newIntake()
{
    auto coaches = files().coaches();
    auto *dialog = new PersonCaseDialog(PersonCaseDialog::Mode::Intake,
        coaches.value_or(QList<StaffMember>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonCaseDialog::saveRequested, this, [this, dialog] { saveIntake(dialog); });
    dialog->open();
}

void MainWindow::editPerson()
{
    // Where the log stands before the person is read: what another desk saves after is unseen.
    const qint64 seen = m_store.logPosition().value_or(0);
    auto file = files().read(m_currentCaseId);
    if (!file) {
        reportError(file.error().message);
        return;
    }
    auto *dialog = new PersonCaseDialog(
        PersonCaseDialog::Mode::EditPerson, {}, m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPerson(file->person);
    connect(dialog, &PersonCaseDialog::saveRequested, this,
        [this, dialog, seen] { savePerson(dialog, seen); });
    dialog->open();
}

void MainWindow::saveIntake(PersonCaseDialog *dialog)
{
    UseCases::Intake intake(m_store);
    const Person person = dialog->person();
    const Case draft = dialog->intakeCase();
    if (const auto problems = intake.check(person, draft); !problems.isEmpty()) {
        dialog->showProblems(problems);
        return;
    }
    // The case manager may accept an ineligible intake, with a written reason kept with the case.
    auto created = intake.save(context(), person, draft,
        [this](const QString &reasons) { return askEligibilityReason(reasons); });
    if (!created) {
        dialog->showProblems({{QString(), created.error().message}});
        return;
    }
    dialog->accept();
    reload();
    selectCase(created->id);
    statusBar()->showMessage(tr("Case %1 for %2 saved.").arg(created->caseNo, person.name), 5000);
}

Result<QStringList> MainWindow::saveAnnualReport(int planYear, const QString &path)
{
    WorkProgress work(this, tr("Counting the plan year %1…").arg(planYear));
    return reports().writeAnnual(planYear, m_list->scope().unitId, path, {}, work.progress());
}

QString MainWindow::askEligibilityReason(const QString &problems)
{
    if (m_eligibility)
        return m_eligibility(problems);
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(this, tr("Not eligible"),
        tr("Not eligible for the service: %1.\nTo accept the intake as the case manager, write why "
           "(it is kept with "
           "the case):")
            .arg(problems),
        {}, &ok);
    return ok ? reason : QString();
}

void MainWindow::savePerson(PersonCaseDialog *dialog, qint64 seen)
{
    const Person person = dialog->person();
    if (const auto problems = UseCases::Intake(m_store).checkPerson(person); !problems.isEmpty()) {
        dialog->showProblems(problems);
        return;
    }
    WriteContext ctx = context();
    ctx.seenPosition = seen;
    auto r = UseCases::Intake(m_store).updatePerson(ctx, person);
    if (!r) {
        dialog->showProblems({{QString(), r.error().message}});
        return;
    }
    QList<StaleWrite> stale = m_store.staleWrites();
    for (StaleWrite &w : stale)
        w.label = dialog->fieldLabel(w.field);
    dialog->accept();
    reload();
    StaleWrites::tell(this, stale);
    statusBar()->showMessage(tr("%n field(s) of %1 changed.", nullptr, *r).arg(person.name), 5000);
}

void MainWindow::startStep(CaseAction action)
{
    // Where the log stands before the case is read: a step's values left as shown (the plan goal)
    // do not overwrite another desk's later change.
    const qint64 seen = m_store.logPosition().value_or(0);
    auto choices = UseCases::CaseSteps(m_store).choices(m_currentCaseId);
    if (!choices) {
        reportError(choices.error().message);
        return;
    }
    auto *dialog = new StepDialog(
        action, choices->c, choices->dispatches, choices->units, m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString caseId = choices->c.id;
    connect(dialog, &StepDialog::saveRequested, this, [this, dialog, caseId, seen] {
        WriteContext ctx = context();
        ctx.seenPosition = seen;
        auto r = UseCases::CaseSteps(m_store).perform(ctx, caseId, dialog->step());
        if (!r) {
            dialog->showError(r.error().message);
            return;
        }
        QList<StaleWrite> stale = m_store.staleWrites();
        for (StaleWrite &w : stale)
            w.label = dialog->fieldLabel(w.field);
        dialog->accept();
        reload();
        selectCase(caseId);
        StaleWrites::tell(this, stale);
    });
    dialog->open();
}

void MainWindow::showGuide()
{
    // One guide per language, embedded; the one of the interface's language.
    if (auto *open = findChild<QDialog *>(QStringLiteral("guideDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("guideDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Casebook user guide"));
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("guideText"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QFile file(chinese ? QStringLiteral(":/casebook/help/guide_zh_TW.html")
                       : QStringLiteral(":/casebook/help/guide_en.html"));
    browser->setHtml(file.open(QIODevice::ReadOnly)
            ? QString::fromUtf8(file.readAll())
            : tr("The user guide is missing from this build."));
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    LaptopFit::resize(dialog, QSize(720, 640));
    dialog->show();
}

void MainWindow::undoStep()
{
    // Undoing is a step of its own: it asks why, and the reason stays in the history.
    const QString caseId = m_currentCaseId;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("undoReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Undo the last step"));
    ask->setLabelText(tr("Why is the step undone? (kept in the case's history)"));
    ask->setOkButtonText(tr("Undo the step"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, caseId](const QString &reason) {
        auto r = UseCases::CaseSteps(m_store).undo(context(), caseId, reason);
        if (!r) {
            reportError(r.error().message);
            return;
        }
        reload();
        selectCase(caseId);
        statusBar()->showMessage(tr("Step undone: %1").arg(r->caseNo), 8000);
    });
    ask->open();
}

void MainWindow::addServiceRecord(ServiceEntryDialog::Kind kind)
{
    if (m_currentCaseId.isEmpty())
        return;
    UseCases::ServiceRecords records(m_store);
    auto *dialog = new ServiceEntryDialog(
        kind, records.employers().value_or(QList<Employer>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Where the log stands before the profile is read (the other kinds are new records).
    const qint64 seen = m_store.logPosition().value_or(0);
    if (kind == ServiceEntryDialog::Kind::Profile) {
        if (auto p = records.profile(m_currentCaseId))
            dialog->setProfile(*p);
    }
    const QString caseId = m_currentCaseId;
    connect(dialog, &ServiceEntryDialog::saveRequested, this, [this, dialog, caseId, seen] {
        WriteContext ctx = context();
        ctx.seenPosition = seen;
        auto r = UseCases::ServiceRecords(m_store).add(ctx, caseId, dialog->entry());
        if (!r) {
            dialog->showError(r.error().message);
            return;
        }
        tellStale(dialog);
        dialog->accept();
        reloadServices();
    });
    dialog->open();
}

void MainWindow::editPlacement(const QString &placementId)
{
    UseCases::ServiceRecords records(m_store);
    const qint64 seen = m_store.logPosition().value_or(0);
    auto original = records.placement(m_currentCaseId, placementId);
    if (!original) {
        reportError(original.error().message);
        return;
    }
    auto *dialog = new ServiceEntryDialog(ServiceEntryDialog::Kind::Placement,
        records.employers().value_or(QList<Employer>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlacement(*original);
    connect(dialog, &ServiceEntryDialog::saveRequested, this, [this, dialog, p = *original, seen] {
        WriteContext ctx = context();
        ctx.seenPosition = seen;
        auto r = UseCases::ServiceRecords(m_store).correctPlacement(ctx, p, dialog->placement());
        if (!r) {
            dialog->showError(r.error().message);
            return;
        }
        tellStale(dialog);
        dialog->accept();
        reloadServices();
    });
    dialog->open();
}

void MainWindow::tellStale(const ServiceEntryDialog *dialog)
{
    QList<StaleWrite> stale = m_store.staleWrites();
    for (StaleWrite &w : stale)
        w.label = dialog->fieldLabel(w.field);
    StaleWrites::tell(this, stale);
}

void MainWindow::withdrawServiceRecord(bool ask)
{
    const auto record = m_view->selectedRecord();
    if (!record)
        return;
    if (ask
        && QMessageBox::question(this, tr("Withdraw a record"),
               tr("Withdraw \"%1 %2\"? It stays in the history as withdrawn.")
                   .arg(record->kind, record->day))
            != QMessageBox::Yes)
        return;
    if (auto r = UseCases::ServiceRecords(m_store).withdraw(context(), record->entity, record->id);
        !r)
        reportError(r.error().message);
    reloadServices();
}

void MainWindow::openForm(const QString &formId, const QString &instanceId)
{
    if (m_currentCaseId.isEmpty())
        return;
    auto record = UseCases::CaseForms(m_store).open(m_currentCaseId, formId, instanceId);
    if (!record) {
        reportError(record.error().message);
        return;
    }
    const QString caseId = m_currentCaseId;
    auto *dialog = new FormDialog(std::move(*record), m_store.clock().today(), context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReopen([this, caseId, formId](const QString &instance) {
        return UseCases::CaseForms(m_store).open(caseId, formId, instance);
    });
    connect(dialog, &FormDialog::saved, this, [this, caseId] {
        reload();
        selectCase(caseId);
    });
    dialog->open();
}

void MainWindow::printCaseForms()
{
    auto printed
        = UseCases::CaseForms(m_store, context())
              .printAll(m_currentCaseId, m_store.clock().today(), [this](const QString &suggested) {
                  return m_printPath
                      ? m_printPath()
                      : QFileDialog::getSaveFileName(this, tr("Print the case's forms to PDF"),
                          QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(suggested),
                          tr("PDF files (*.pdf)"));
              });
    if (!printed) {
        reportError(printed.error().message);
        return;
    }
    if (!*printed)
        return; // cancelled
    const UseCases::PrintedCase &p = **printed;
    const QString written = tr("The list of documents and %1 form(s), %2 page(s), written to %3.")
                                .arg(p.forms)
                                .arg(p.pages)
                                .arg(p.path);
    if (!p.notPrinted.isEmpty()) { // named, never skipped silently
        reportError(tr("%1 Not printed: %2").arg(written, p.notPrinted.join(QStringLiteral("; "))));
    } else {
        statusBar()->showMessage(written, 8000);
    }
}

void MainWindow::updateRoleActions()
{
    m_auditAction->setEnabled(audit().mayRead());
    m_handoverAction->setEnabled(handover().mayHandOver());
}

UseCases::AuditLog MainWindow::audit() const
{
    return {m_store, context(), m_user};
}

UseCases::Handover MainWindow::handover() const
{
    return {m_store, context(), m_user};
}

void MainWindow::showAudit()
{
    auto *dialog = new AuditDialog(audit(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showHandover()
{
    auto *dialog = new HandoverDialog(handover(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HandoverDialog::handedOver, this, [this](const QString &text) {
        reload();
        statusBar()->showMessage(text, 10000);
    });
    dialog->open();
}

void MainWindow::showPerformance()
{
    auto *dialog = new PerformanceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto load = [this, dialog](int year) {
        WorkProgress work(dialog, tr("Counting the plan year %1…").arg(year));
        UseCases::PerformanceQuery query {year};
        query.progress = work.progress();
        auto report = reports().performance(query);
        if (!report) {
            if (report.error().kind == Error::Kind::Cancelled) {
                statusBar()->showMessage(report.error().message, 8000);
            } else {
                reportError(report.error().message);
            }
            return;
        }
        dialog->setReport(report->planYear, report->rulesFrom, report->rows);
    };
    connect(dialog, &PerformanceDialog::yearChanged, this, load);
    connect(dialog, &PerformanceDialog::caseRequested, this, &MainWindow::openCaseNo);
    connect(dialog, &PerformanceDialog::saveRequested, this, [this, dialog](int year) {
        const QString path = QFileDialog::getSaveFileName(dialog, tr("Save the performance table"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("performance %1.xlsx").arg(year)),
            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
        WorkProgress work(dialog, tr("Counting the plan year %1…").arg(year));
        if (auto written = reports().writePerformance(year, path, work.progress()); !written) {
            QMessageBox::warning(dialog, tr("Save the performance table"), written.error().message);
        } else {
            statusBar()->showMessage(tr("Saved: %1").arg(*written), 8000);
        }
    });
    load(reports().currentPlanYear());
    dialog->open();
}

void MainWindow::openCaseNo(const QString &caseNo)
{
    const QString caseId = m_list->showCaseNo(caseNo);
    if (!caseId.isEmpty())
        selectCase(caseId);
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace Casebook::App
