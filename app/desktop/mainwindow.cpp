// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/mainwindow.h"

#include "app/desktop/attachmentspane.h"
#include "app/desktop/formdialog.h"
#include "app/desktop/groupdialog.h"
#include "app/desktop/monthlyreportdialog.h"
#include "app/desktop/performancedialog.h"
#include "app/desktop/personcasedialog.h"
#include "app/desktop/stepdialog.h"
#include "app/desktop/syncdialogs.h"
#include "core/cases/caserepository.h"
#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/codelists.h"
#include "core/persons/nationalid.h"
#include "core/persons/personrepository.h"
#include "core/reports/performancereport.h"
#include "core/rules/deadlines.h"
#include "core/rules/planyearrules.h"
#include "core/services/servicerepository.h"
#include "core/units/unitrepository.h"
#include "forms/model/casedocuments.h"
#include "forms/model/formdefinition.h"
#include "forms/model/monthlyreportforms.h"
#include "forms/print/formprinter.h"
#include "forms/print/reportfiles.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

MainWindow::MainWindow(CaseStore &store, QWidget *parent) : QMainWindow(parent), m_store(store)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Casebook — %1").arg(store.identity().name));
    m_model = new CaseListModel(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *filters = new QHBoxLayout;
    m_filterEdit = new QLineEdit(central);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Search by name, ID number or case number (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    filters->addWidget(m_filterEdit, 3);
    auto combo = [&](const char *name, const QString &tip) {
        auto *c = new QComboBox(central);
        c->setObjectName(QString::fromLatin1(name));
        c->setToolTip(tip);
        filters->addWidget(c, 1);
        connect(c, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
        return c;
    };
    m_statusFilter = combo("statusFilter", tr("Status"));
    m_districtFilter = combo("districtFilter", tr("District"));
    m_windowFilter = combo("windowFilter", tr("Window"));
    m_unitFilter = combo("unitFilter", tr("Unit"));
    m_coachFilter = combo("coachFilter", tr("Job coach"));
    for (QComboBox *c : {m_windowFilter, m_unitFilter, m_coachFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &MainWindow::renderDeadlines);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(CaseListModel::CaseNo, 100);
    m_table->setColumnWidth(CaseListModel::Name, 80);
    m_table->setColumnWidth(CaseListModel::IdNumber, 100);
    m_table->setColumnWidth(CaseListModel::Status, 90);
    m_table->setColumnWidth(CaseListModel::District, 70);
    m_table->setColumnWidth(CaseListModel::Window, 50);
    m_table->setColumnWidth(CaseListModel::Units, 150);

    auto *detail = new QWidget(splitter);
    detail->setObjectName(QStringLiteral("caseView"));
    auto *detailLayout = new QVBoxLayout(detail);
    m_caseTitle = new QLabel(detail);
    m_caseTitle->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_caseTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_caseTitle->setFont(titleFont);
    m_personSummary = new QLabel(detail);
    m_personSummary->setObjectName(QStringLiteral("personSummary"));
    m_personSummary->setWordWrap(true);
    m_personSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caseSummary = new QLabel(detail);
    m_caseSummary->setObjectName(QStringLiteral("caseSummary"));
    m_caseSummary->setWordWrap(true);
    m_actionsBox = new QWidget(detail);
    m_actionsBox->setObjectName(QStringLiteral("actionsBox"));
    m_actionsLayout = new QHBoxLayout(m_actionsBox);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_history = new QTableWidget(0, 5, detail);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setHorizontalHeaderLabels(
        {tr("Date"), tr("Step"), tr("From"), tr("To"), tr("Note / by")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    detailLayout->addWidget(m_caseTitle);
    detailLayout->addWidget(m_personSummary);
    detailLayout->addWidget(m_caseSummary);
    detailLayout->addWidget(m_actionsBox);
    // History, forms and supported-employment records share the space below the case, as tabs.
    m_caseTabs = new QTabWidget(detail);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    detailLayout->addWidget(m_caseTabs, 1);
    m_caseTabs->addTab(m_history, tr("History"));
    auto *formsPage = new QWidget(m_caseTabs);
    auto *formsLayout = new QVBoxLayout(formsPage);
    auto *formsHeader = new QHBoxLayout;
    m_newFormCombo = new QComboBox(detail);
    m_newFormCombo->setObjectName(QStringLiteral("newFormCombo"));
    for (const Forms::FormDefinition &d : Forms::DefinitionLoader::shipped().forms)
        m_newFormCombo->addItem(QStringLiteral("%1 %2").arg(d.code, d.title.text()), d.id);
    formsHeader->addWidget(m_newFormCombo, 1);
    auto *newForm = new QPushButton(tr("New &form"), detail);
    newForm->setObjectName(QStringLiteral("newFormButton"));
    formsHeader->addWidget(newForm);
    auto *printAll = new QPushButton(tr("Print all…"), detail);
    printAll->setObjectName(QStringLiteral("printAllButton"));
    formsHeader->addWidget(printAll);
    formsLayout->addLayout(formsHeader);
    m_formsList = new QTreeWidget(formsPage);
    m_formsList->setObjectName(QStringLiteral("formsList"));
    m_formsList->setRootIsDecorated(false);
    m_formsList->setHeaderLabels({tr("Form"), tr("Status"), tr("Started")});
    formsLayout->addWidget(m_formsList, 1);
    m_caseTabs->addTab(formsPage, tr("Forms"));
    m_caseTabs->addTab(buildServicePage(), tr("Supported employment"));
    m_attachments = new AttachmentsPane(m_store, m_caseTabs);
    m_caseTabs->addTab(m_attachments, tr("Attachments"));
    connect(m_attachments, &AttachmentsPane::failed, this, &MainWindow::reportError);
    connect(newForm, &QPushButton::clicked, this,
        [this] { openForm(m_newFormCombo->currentData().toString()); });
    connect(printAll, &QPushButton::clicked, this, &MainWindow::printCaseForms);
    connect(m_formsList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        openForm(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toString());
    });
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    auto *dock = new QDockWidget(tr("Due soon and overdue"), this);
    dock->setObjectName(QStringLiteral("dueDock"));
    m_dueList = new QTreeWidget(dock);
    m_dueList->setObjectName(QStringLiteral("dueList"));
    m_dueList->setRootIsDecorated(false);
    m_dueList->setHeaderLabels(
        {tr("Due"), tr("Days left"), tr("What"), tr("Case no."), tr("Name"), tr("Unit / coach")});
    m_dueList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    dock->setWidget(m_dueList);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    connect(m_dueList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString caseId = item->data(0, Qt::UserRole).toString();
        if (caseId.isEmpty()) { // a unit's monthly or annual report: open the reports
            const bool annualReport
                = item->data(1, Qt::UserRole).toString() == QLatin1String("annual_report");
            if (auto *report
                = findChild<QAction *>(annualReport ? QStringLiteral("annualReportAction")
                                                    : QStringLiteral("monthlyReportAction")))
                report->trigger();
            return;
        }
        m_filterEdit->clear();
        for (QComboBox *c :
            {m_statusFilter, m_districtFilter, m_windowFilter, m_unitFilter, m_coachFilter})
            c->setCurrentIndex(0);
        selectCase(caseId);
        m_table->setFocus();
    });

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            showCase(current.isValid()
                    ? m_model->data(current, CaseListModel::CaseIdRole).toString()
                    : QString());
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_countLabel->setText(
            tr("%1 of %2 cases").arg(m_model->rowCount()).arg(m_model->totalCount()));
    });
    buildMenus();
    fillFilterCombos();
    reload();
    // A broken form definition does not stop the client: it is named in the status bar and left
    // out.
    const QStringList formProblems = Forms::DefinitionLoader::shipped().problems;
    if (!formProblems.isEmpty()) {
        statusBar()->showMessage(tr("Some form definitions could not be loaded: %1")
                                     .arg(formProblems.join(QStringLiteral("; "))));
    }
    if (m_model->rowCount() > 0) {
        m_table->selectRow(0);
    } else {
        showCase({});
    }
    resize(1280, 800);
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find case"), this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
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

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    QAction *performance
        = reports->addAction(tr("&Performance by plan year…"), this, &MainWindow::showPerformance);
    performance->setObjectName(QStringLiteral("performanceAction"));
    QAction *monthly = reports->addAction(tr("&Monthly report 表6-1/6-2…"), this, [this] {
        auto *dialog = new MonthlyReportDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &MonthlyReportDialog::caseRequested, this, &MainWindow::openCaseNo);
        dialog->open();
    });
    monthly->setObjectName(QStringLiteral("monthlyReportAction"));
    QAction *annual = reports->addAction(tr("&Annual work report…"), this, [this] {
        const int current = m_store.clock().today().year() - 1911;
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
    QAction *groups = reports->addAction(tr("&Group model…"), this, [this] {
        auto *dialog = new GroupDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    groups->setObjectName(QStringLiteral("groupsAction"));

    QMenu *syncMenu = menuBar()->addMenu(tr("&Sync"));
    auto *sync = new SyncController(m_store, this);
    sync->setObjectName(QStringLiteral("syncController"));
    connect(sync, &SyncController::storeChanged, this, &MainWindow::reload);
    QAction *keys = syncMenu->addAction(tr("Create device &keys…"), this, [this, sync] {
        auto r = sync->createKeys();
        if (!r) {
            QMessageBox::warning(this, tr("Device keys"), r.error().message);
        } else {
            statusBar()->showMessage(
                tr("The device keys are made; the bureau can now enrol this store."), 8000);
        }
    });
    keys->setObjectName(QStringLiteral("createKeysAction"));
    QAction *exportAction = syncMenu->addAction(tr("&Export bundle…"), this, [this, sync] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export a bundle"),
            QDir::home().filePath(
                QStringLiteral("casebook-%1.cbb")
                    .arg(m_store.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm")))),
            tr("Casebook bundles (*.cbb)"));
        if (path.isEmpty())
            return;
        auto r = sync->exportBundle(path);
        if (!r) {
            QMessageBox::warning(this, tr("Export bundle"), r.error().message);
        } else {
            statusBar()->showMessage(*r, 10000);
        }
    });
    exportAction->setObjectName(QStringLiteral("exportBundleAction"));
    QAction *exportUnit
        = syncMenu->addAction(tr("Export a bundle for a &unit laptop…"), this, [this, sync] {
              const auto laptops = sync->unitLaptops();
              if (laptops.isEmpty()) {
                  QMessageBox::information(
                      this, tr("Export bundle"), tr("No laptop has been enrolled for a unit."));
                  return;
              }
              QStringList names;
              for (const auto &l : laptops)
                  names << l.second;
              bool ok = false;
              const QString choice = QInputDialog::getItem(
                  this, tr("Export bundle"), tr("For which laptop:"), names, 0, false, &ok);
              if (!ok)
                  return;
              const QString path = QFileDialog::getSaveFileName(this, tr("Export a bundle"),
                  QDir::home().filePath(QStringLiteral("casebook-unit.cbb")),
                  tr("Casebook bundles (*.cbb)"));
              if (path.isEmpty())
                  return;
              auto r = sync->exportBundle(
                  path, laptops.at(static_cast<int>(names.indexOf(choice))).first);
              if (!r) {
                  QMessageBox::warning(this, tr("Export bundle"), r.error().message);
              } else {
                  statusBar()->showMessage(*r, 10000);
              }
          });
    exportUnit->setObjectName(QStringLiteral("exportUnitBundleAction"));
    QAction *identity
        = syncMenu->addAction(tr("Export this device's &identity…"), this, [this, sync] {
              const QString path
                  = QFileDialog::getSaveFileName(this, tr("Export this device's identity"),
                      QDir::home().filePath(QStringLiteral("casebook-identity.json")),
                      tr("Identity (*.json)"));
              if (path.isEmpty())
                  return;
              if (auto r = sync->exportIdentity(path); !r) {
                  QMessageBox::warning(this, tr("Export identity"), r.error().message);
              } else {
                  statusBar()->showMessage(
                      tr("Give %1 to the bureau to enrol this device.").arg(path), 10000);
              }
          });
    identity->setObjectName(QStringLiteral("exportIdentityAction"));
    QAction *enrolAction = syncMenu->addAction(tr("E&nrol a device…"), this, [this, sync] {
        const QString from = QFileDialog::getOpenFileName(
            this, tr("The device's identity"), QDir::homePath(), tr("Identity (*.json)"));
        if (from.isEmpty())
            return;
        const QString to = QFileDialog::getSaveFileName(this, tr("Save the enrolment file"),
            QFileInfo(from).dir().filePath(QStringLiteral("enrolment.json")),
            tr("Enrolment (*.json)"));
        if (to.isEmpty())
            return;
        // A coach's laptop gets its coach's caseload, a unit's laptop the cases dispatched to its
        // unit; the whole store only for a supervisor's or the bureau's.
        QStringList choices;
        QList<EnrolScope> scopes;
        if (auto staff = UnitRepository(m_store).staff(QStringLiteral("coach"))) {
            for (const StaffMember &m : *staff) {
                choices << tr("The laptop of coach %1").arg(m.name);
                scopes << EnrolScope {{}, m.id};
            }
        }
        if (auto units = UnitRepository(m_store).units()) {
            for (const Unit &u : *units) {
                choices << tr("A laptop of %1").arg(u.name);
                scopes << EnrolScope {u.id, {}};
            }
        }
        choices << tr("The whole store (a supervisor's or the bureau's)");
        scopes << EnrolScope {};
        bool ok = false;
        const QString choice = QInputDialog::getItem(
            this, tr("Enrol a device"), tr("What the device receives:"), choices, 0, false, &ok);
        if (!ok)
            return;
        auto r = sync->enrol(from, to, scopes.at(static_cast<int>(choices.indexOf(choice))));
        if (!r) {
            QMessageBox::warning(this, tr("Enrol a device"), r.error().message);
        } else {
            statusBar()->showMessage(*r, 10000);
        }
    });
    enrolAction->setObjectName(QStringLiteral("enrolAction"));
    QAction *acceptAction = syncMenu->addAction(tr("&Accept an enrolment…"), this, [this, sync] {
        const QString path = QFileDialog::getOpenFileName(this,
            tr("The enrolment file from the bureau"), QDir::homePath(), tr("Enrolment (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = sync->acceptEnrolment(path); !r) {
            QMessageBox::warning(this, tr("Accept an enrolment"), r.error().message);
        } else {
            statusBar()->showMessage(*r, 10000);
        }
    });
    acceptAction->setObjectName(QStringLiteral("acceptEnrolmentAction"));
    QAction *devicesAction = syncMenu->addAction(tr("De&vices…"), this, [this] {
        DevicesDialog dialog(m_store, this);
        dialog.exec();
    });
    devicesAction->setObjectName(QStringLiteral("devicesAction"));
    QAction *importAction = syncMenu->addAction(tr("&Import bundles…"), this, [this, sync] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(this, tr("Import bundles"), QDir::homePath(),
                tr("Casebook bundles and receipts (*.cbb *.receipt *.json);;All files (*)"));
        if (paths.isEmpty())
            return;
        QMessageBox::information(
            this, tr("Import bundles"), sync->importBundles(paths).join(QLatin1Char('\n')));
    });
    importAction->setObjectName(QStringLiteral("importBundlesAction"));
    QAction *conflicts = syncMenu->addAction(tr("&Conflicts…"), this, [this] {
        auto *dialog = new ConflictDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictDialog::decided, this, &MainWindow::reload);
        dialog->open();
    });
    conflicts->setObjectName(QStringLiteral("conflictsAction"));
    QAction *duplicates = syncMenu->addAction(tr("Probable &duplicates…"), this, [this] {
        auto *dialog = new DuplicateDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DuplicateDialog::changed, this, &MainWindow::reload);
        dialog->open();
    });
    duplicates->setObjectName(QStringLiteral("duplicatesAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casebook"), this, [this] {
        QMessageBox::about(this, tr("About Casebook"),
            tr("Casebook: vocational rehabilitation and supported employment case records.\n"
               "Store: %1\nDevice: %2 (%3)")
                .arg(m_store.path(), m_store.identity().name, roleKey(m_store.identity().role)));
    });
}

WriteContext MainWindow::context() const
{
    return WriteContext {m_store.identity().name, {}, {}};
}

void MainWindow::fillFilterCombos()
{
    auto refill
        = [](QComboBox *c, const QString &all, const QList<std::pair<QString, QString>> &items) {
              const QSignalBlocker block(c);
              const QString current = c->currentData().toString();
              c->clear();
              c->addItem(all, QString());
              for (const auto &[code, label] : items)
                  c->addItem(label, code);
              c->setCurrentIndex(std::max(0, c->findData(current)));
          };
    QList<std::pair<QString, QString>> statuses;
    for (CaseStatus s : CaseWorkflow::allStatuses())
        statuses.append({CaseWorkflow::statusKey(s), CaseWorkflow::statusLabel(s)});
    refill(m_statusFilter, tr("All statuses"), statuses);
    QList<std::pair<QString, QString>> districts;
    for (const CodeItem &d : CodeLists::districts())
        districts.append({d.code, CodeLists::label(CodeLists::districts(), d.code)});
    refill(m_districtFilter, tr("All districts"), districts);
    QList<std::pair<QString, QString>> windows;
    for (const CodeItem &w : CodeLists::windows())
        windows.append({w.code, CodeLists::label(CodeLists::windows(), w.code)});
    refill(m_windowFilter, tr("Both windows"), windows);
    UnitRepository units(m_store);
    QList<std::pair<QString, QString>> unitItems;
    if (auto list = units.units()) {
        for (const Unit &u : *list)
            unitItems.append({u.id, u.name});
    }
    refill(m_unitFilter, tr("All units"), unitItems);
    QList<std::pair<QString, QString>> coachItems;
    if (auto list = units.staff(QStringLiteral("coach"))) {
        for (const StaffMember &s : *list)
            coachItems.append({s.id, s.name});
    }
    refill(m_coachFilter, tr("All coaches"), coachItems);
}

void MainWindow::applyFilter()
{
    CaseListModel::Filter f;
    f.text = m_filterEdit->text();
    f.status = CaseWorkflow::statusFromKey(m_statusFilter->currentData().toString());
    f.district = m_districtFilter->currentData().toString();
    f.window = m_windowFilter->currentData().toString();
    f.unitId = m_unitFilter->currentData().toString();
    f.coachId = m_coachFilter->currentData().toString();
    const QString keep = m_currentCaseId;
    m_model->setFilter(f);
    const int row = m_model->rowOfCase(keep);
    if (row >= 0) {
        m_table->selectRow(row);
    } else if (m_model->rowCount() > 0 && !keep.isEmpty()) {
        showCase({});
    }
}

void MainWindow::reload()
{
    const QString keep = m_currentCaseId;
    auto rows = CaseRepository(m_store).listRows();
    if (!rows) {
        reportError(rows.error().message);
        return;
    }
    m_model->setRows(*rows);
    // The due panel fills right after the list is shown: the list is usable first.
    QTimer::singleShot(0, this, &MainWindow::reloadDeadlines);
    if (!keep.isEmpty())
        selectCase(keep);
}

void MainWindow::selectCase(const QString &caseId)
{
    int row = m_model->rowOfCase(caseId);
    if (row < 0 && !m_model->filter().text.isEmpty()) {
        m_filterEdit->clear();
        row = m_model->rowOfCase(caseId);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    showCase(caseId);
}

void MainWindow::reloadDeadlines()
{
    m_dueList->clear();
    auto timelines = CaseRepository(m_store).openTimelines();
    if (!timelines)
        return;
    const QDate today = m_store.clock().today();
    // The window's deadlines and the supported-employment ones in one list.
    m_deadlines = Deadlines::merged(Deadlines::compute(*timelines, today),
        ServiceRepository(m_store).deadlines(today).value_or(QList<Deadline>()));
    renderDeadlines();
}

void MainWindow::renderDeadlines()
{
    if (!m_dueList)
        return;
    m_dueList->clear();
    const QString window = m_windowFilter->currentData().toString();
    const QString unit = m_unitFilter->currentData().toString();
    const QString coach = m_coachFilter->currentData().toString();
    const bool narrowed = !window.isEmpty() || !unit.isEmpty() || !coach.isEmpty();
    const QSet<QString> cases = narrowed ? m_model->casesOf(window, unit, coach) : QSet<QString>();
    int shown = 0;
    for (const Deadline &d : std::as_const(m_deadlines)) {
        if (d.daysLeft > Deadlines::DueSoonDays + 4)
            continue; // the panel shows what needs attention this week
        if (narrowed && !d.caseId.isEmpty() && !cases.contains(d.caseId))
            continue;
        if (narrowed && d.caseId.isEmpty()
            && (!unit.isEmpty() ? d.detail != m_unitFilter->currentText() : !coach.isEmpty()))
            continue; // a unit's monthly report: shown for that unit
        auto *item = new QTreeWidgetItem(m_dueList);
        item->setText(0, RocDate::formatShort(d.dueOn));
        // A follow-up minimum that has passed is not late: the case may now close.
        const bool reached = d.kind == DeadlineKind::FollowUpMinimum && d.isOverdue();
        item->setText(1,
            reached             ? tr("reached %1 days ago").arg(-d.daysLeft)
                : d.isOverdue() ? tr("%1 days overdue").arg(-d.daysLeft)
                                : QString::number(d.daysLeft));
        item->setText(2, Deadlines::kindLabel(d.kind));
        item->setText(3, d.caseNo);
        item->setText(4, d.personName);
        item->setText(5, d.detail.isEmpty() ? d.coachName : d.detail);
        item->setData(0, Qt::UserRole, d.caseId);
        item->setData(1, Qt::UserRole, Deadlines::kindKey(d.kind));
        const QColor colour = reached              ? QColor(0x20, 0x60, 0x20)
            : d.isOverdue()                        ? QColor(0xb0, 0x00, 0x20)
            : d.daysLeft <= Deadlines::DueSoonDays ? QColor(0xa0, 0x50, 0x00)
                                                   : QColor();
        if (colour.isValid()) {
            for (int c = 0; c < 6; ++c)
                item->setForeground(c, colour);
        }
        ++shown;
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("dueDock")))
        dock->setWindowTitle(tr("Due soon and overdue (%1)").arg(shown));
}

void MainWindow::showCase(const QString &caseId)
{
    m_currentCaseId = caseId;
    while (QLayoutItem *item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_history->setRowCount(0);
    m_formsList->clear();
    m_attachments->setCase(caseId);
    m_serviceRecords->clear();
    m_serviceSummary->clear();
    m_editPersonAction->setEnabled(false);
    if (caseId.isEmpty()) {
        m_caseTitle->setText(tr("No case selected"));
        m_personSummary->clear();
        m_caseSummary->clear();
        return;
    }
    CaseRepository cases(m_store);
    auto c = cases.find(caseId);
    if (!c) {
        reportError(c.error().message);
        return;
    }
    auto person = PersonRepository(m_store).find(c->personId);
    if (!person) {
        reportError(person.error().message);
        return;
    }
    m_editPersonAction->setEnabled(true);
    m_caseTitle->setText(
        tr("%1  %2  (%3)").arg(c->caseNo, person->name, CaseWorkflow::statusLabel(c->status)));
    QStringList categories;
    const auto &list = person->certSystem == QLatin1String("old") ? CodeLists::disabilityOld()
                                                                  : CodeLists::disabilityNew();
    for (const QString &code : person->certCategories)
        categories << CodeLists::label(list, code);
    m_personSummary->setText(
        tr("ID %1 · %2 · born %3 · %4 · %5\nCertificate: %6 %7 %8\nMobile %9")
            .arg(NationalId::masked(person->idNumber),
                CodeLists::label(CodeLists::sexes(), person->sex),
                RocDate::formatShort(person->birthDate),
                CodeLists::label(CodeLists::districts(), person->district),
                CodeLists::label(CodeLists::windows(), c->window),
                CodeLists::label(CodeLists::certSystems(), person->certSystem),
                categories.join(QStringLiteral("、")),
                CodeLists::label(CodeLists::severities(), person->certSeverity))
            .arg(person->mobile.isEmpty() ? person->phone : person->mobile));
    QStringList lines;
    lines << tr("Received %1 via %2 (%3)")
                 .arg(RocDate::formatShort(c->receivedOn),
                     CodeLists::label(CodeLists::intakeSources(), c->intakeSource),
                     c->referralUnitName);
    if (!c->planGoal.isEmpty())
        lines << tr("Plan goal: %1").arg(c->planGoal);
    auto dispatches = cases.dispatches(caseId);
    if (dispatches) {
        for (const Dispatch &d : *dispatches) {
            lines << tr("Dispatched to %1 on %2 (%3): %4")
                         .arg(d.unitName, RocDate::formatShort(d.dispatchedOn),
                             CodeLists::label(CodeLists::serviceTypes(), d.serviceType),
                             d.answeredOn.isValid()
                                 ? tr("answered %1").arg(RocDate::formatShort(d.answeredOn))
                                 : tr("answer due %1")
                                       .arg(RocDate::formatShort(
                                           d.dispatchedOn.addDays(Deadlines::DispatchAnswerDays))));
        }
    }
    if (c->goalReachedOn.isValid()) {
        lines << tr("Goal reached %1; closure from %2")
                     .arg(RocDate::formatShort(c->goalReachedOn),
                         RocDate::formatShort(CaseWorkflow::closureAllowedFrom(c->goalReachedOn)));
    }
    if (c->status == CaseStatus::Closed) {
        lines << tr("Closed %1: %2")
                     .arg(RocDate::formatShort(c->closedOn),
                         CodeLists::label(CodeLists::closureReasons(), c->closureReason));
    }
    m_caseSummary->setText(lines.join(QLatin1Char('\n')));

    for (CaseAction a : CaseWorkflow::allowedActions(*c)) {
        auto *button = new QPushButton(CaseWorkflow::actionLabel(a), m_actionsBox);
        button->setObjectName(QStringLiteral("step_") + CaseWorkflow::actionKey(a));
        connect(button, &QPushButton::clicked, this, [this, a] { startStep(a); });
        m_actionsLayout->addWidget(button);
        button->show();
    }
    m_actionsLayout->addStretch();

    reloadForms();
    reloadServices();
    auto events = cases.events(caseId);
    if (events) {
        m_history->setRowCount(static_cast<int>(events->size()));
        int row = 0;
        for (const CaseEvent &e : *events) {
            QString step = e.action == QLatin1String("intake") ? tr("Intake")
                : e.action == QLatin1String("eligibility_override")
                ? tr("Eligibility accepted by a case manager")
                : e.action;
            for (CaseAction a : {CaseAction::Assess, CaseAction::Dispatch,
                     CaseAction::AnswerDispatch, CaseAction::ReachGoal, CaseAction::Close}) {
                if (CaseWorkflow::actionKey(a) == e.action)
                    step = CaseWorkflow::actionLabel(a);
            }
            const auto from = CaseWorkflow::statusFromKey(e.fromStatus);
            const auto to = CaseWorkflow::statusFromKey(e.toStatus);
            m_history->setItem(row, 0, new QTableWidgetItem(RocDate::formatShort(e.occurredOn)));
            m_history->setItem(row, 1, new QTableWidgetItem(step));
            m_history->setItem(
                row, 2, new QTableWidgetItem(from ? CaseWorkflow::statusLabel(*from) : QString()));
            m_history->setItem(
                row, 3, new QTableWidgetItem(to ? CaseWorkflow::statusLabel(*to) : QString()));
            m_history->setItem(row, 4,
                new QTableWidgetItem(
                    e.note.isEmpty() ? e.actor : e.note + QStringLiteral(" · ") + e.actor));
            ++row;
        }
        m_history->resizeColumnsToContents();
    }
}

void MainWindow::newIntake()
{
    auto coaches = UnitRepository(m_store).staff(QStringLiteral("coach"));
    auto *dialog = new PersonCaseDialog(PersonCaseDialog::Mode::Intake,
        coaches.value_or(QList<StaffMember>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PersonCaseDialog::saveRequested, this, [this, dialog] { saveIntake(dialog); });
    dialog->open();
}

void MainWindow::editPerson()
{
    auto c = CaseRepository(m_store).find(m_currentCaseId);
    if (!c)
        return;
    auto person = PersonRepository(m_store).find(c->personId);
    if (!person) {
        reportError(person.error().message);
        return;
    }
    auto *dialog = new PersonCaseDialog(
        PersonCaseDialog::Mode::EditPerson, {}, m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPerson(*person);
    connect(dialog, &PersonCaseDialog::saveRequested, this, [this, dialog] { savePerson(dialog); });
    dialog->open();
}

void MainWindow::saveIntake(PersonCaseDialog *dialog)
{
    PersonRepository persons(m_store);
    const Person person = dialog->person();
    auto problems = persons.validate(person);
    Case draft = dialog->intakeCase();
    if (draft.intakeSource != QLatin1String("self")) {
        if (draft.referralUnitType.isEmpty()) {
            problems << FieldProblem {
                QStringLiteral("referral_unit_type"), tr("Choose the type of the referring unit.")};
        }
        if (draft.referralUnitName.isEmpty()) {
            problems << FieldProblem {
                QStringLiteral("referral_unit_name"), tr("Enter the name of the referring unit.")};
        }
    }
    if (draft.receivedOn > m_store.clock().today()) {
        problems << FieldProblem {
            QStringLiteral("received_on"), tr("The date of receipt lies in the future.")};
    }
    if (!problems.isEmpty()) {
        dialog->showProblems(problems);
        return;
    }
    // Person and case are saved together or not at all.
    Transaction tx(m_store);
    auto personId = persons.create(context(), person);
    if (!personId) {
        dialog->showProblems({{QString(), personId.error().message}});
        return;
    }
    draft.personId = *personId;
    auto created = CaseRepository(m_store).create(context(), draft);
    const QStringList ineligible = CaseRepository::eligibilityProblems(person, draft.receivedOn);
    const DeviceRole role = m_store.identity().role;
    if (!created && !ineligible.isEmpty()
        && (role == DeviceRole::Window || role == DeviceRole::Bureau)) {
        // The case manager may accept it, with a written reason kept with the case.
        draft.eligibilityOverride = askEligibilityReason(ineligible.join(tr("; ")));
        if (!draft.eligibilityOverride.trimmed().isEmpty())
            created = CaseRepository(m_store).create(context(), draft);
    }
    if (!created) {
        dialog->showProblems({{QString(), created.error().message}});
        return;
    }
    if (auto r = tx.commit(); !r) {
        dialog->showProblems({{QString(), r.error().message}});
        return;
    }
    dialog->accept();
    reload();
    selectCase(created->id);
    statusBar()->showMessage(tr("Case %1 for %2 saved.").arg(created->caseNo, person.name), 5000);
}

Result<QStringList> MainWindow::saveAnnualReport(int planYear, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")
        && suffix != QLatin1String("csv"))
        return fail(Error::Kind::Invalid, tr("Save the report as .pdf, .xlsx or .csv."));
    auto record = Forms::MonthlyReportForms::annual(
        m_store, QString::number(planYear), m_unitFilter->currentData().toString());
    if (!record)
        return tl::unexpected(record.error());
    return Forms::ReportFiles::writeAnnual(*record, suffix, path);
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

void MainWindow::savePerson(PersonCaseDialog *dialog)
{
    PersonRepository persons(m_store);
    const Person person = dialog->person();
    const auto problems = persons.validate(person);
    if (!problems.isEmpty()) {
        dialog->showProblems(problems);
        return;
    }
    auto r = persons.update(context(), person);
    if (!r) {
        dialog->showProblems({{QString(), r.error().message}});
        return;
    }
    dialog->accept();
    reload();
    statusBar()->showMessage(tr("%n field(s) of %1 changed.", nullptr, *r).arg(person.name), 5000);
}

void MainWindow::startStep(CaseAction action)
{
    CaseRepository cases(m_store);
    auto c = cases.find(m_currentCaseId);
    if (!c)
        return;
    auto dispatches = cases.dispatches(c->id);
    auto units = UnitRepository(m_store).units();
    auto *dialog = new StepDialog(action, *c, dispatches.value_or(QList<Dispatch>()),
        units.value_or(QList<Unit>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString caseId = c->id;
    connect(dialog, &StepDialog::saveRequested, this, [this, dialog, caseId] {
        auto r = CaseRepository(m_store).perform(context(), caseId, dialog->step());
        if (!r) {
            dialog->showError(r.error().message);
            return;
        }
        dialog->accept();
        reload();
        selectCase(caseId);
    });
    dialog->open();
}

QWidget *MainWindow::buildServicePage()
{
    auto *page = new QWidget(m_caseTabs);
    auto *layout = new QVBoxLayout(page);
    m_serviceSummary = new QLabel(page);
    m_serviceSummary->setObjectName(QStringLiteral("serviceSummary"));
    m_serviceSummary->setWordWrap(true);
    m_serviceSummary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    layout->addWidget(m_serviceSummary);
    auto *buttons = new QHBoxLayout;
    const std::pair<const char *, ServiceEntryDialog::Kind> kinds[]
        = {{"seProfileButton", ServiceEntryDialog::Kind::Profile},
            {"sePlacementButton", ServiceEntryDialog::Kind::Placement},
            {"seSupportDayButton", ServiceEntryDialog::Kind::SupportDay},
            {"seFollowUpButton", ServiceEntryDialog::Kind::FollowUp},
            {"seAdaptationButton", ServiceEntryDialog::Kind::Adaptation},
            {"seExtensionButton", ServiceEntryDialog::Kind::Extension},
            {"seHomeButton", ServiceEntryDialog::Kind::Home}};
    const QStringList labels = {tr("Case opening…"), tr("Placement…"), tr("Support day…"),
        tr("Follow-up…"), tr("Adaptation service…"), tr("Extension…"), tr("Home employment…")};
    for (int i = 0; i < 7; ++i) {
        auto *b = new QPushButton(labels.at(i), page);
        b->setObjectName(QString::fromLatin1(kinds[i].first));
        const auto kind = kinds[i].second;
        connect(b, &QPushButton::clicked, this, [this, kind] { addServiceRecord(kind); });
        buttons->addWidget(b);
    }
    buttons->addStretch();
    auto *withdraw = new QPushButton(tr("Withdraw…"), page);
    withdraw->setObjectName(QStringLiteral("seWithdrawButton"));
    withdraw->setToolTip(tr("Withdraw the selected record entered by mistake (Delete)"));
    connect(withdraw, &QPushButton::clicked, this, [this] { withdrawServiceRecord(true); });
    buttons->addWidget(withdraw);
    layout->addLayout(buttons);
    m_serviceRecords = new QTreeWidget(page);
    m_serviceRecords->setObjectName(QStringLiteral("serviceRecords"));
    m_serviceRecords->setRootIsDecorated(false);
    m_serviceRecords->setHeaderLabels({tr("Date"), tr("Record"), tr("Details")});
    m_serviceRecords->setToolTip(
        tr("Double-click a placement to correct it; Delete withdraws a record."));
    connect(m_serviceRecords, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, Qt::UserRole).toString() == QLatin1String("placement"))
            editPlacement(item->data(1, Qt::UserRole).toString());
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_serviceRecords);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { withdrawServiceRecord(true); });
    layout->addWidget(m_serviceRecords, 1);
    return page;
}

void MainWindow::reloadServices()
{
    m_serviceRecords->clear();
    m_serviceSummary->clear();
    if (m_currentCaseId.isEmpty())
        return;
    Core::ServiceRepository services(m_store);
    const QDate today = m_store.clock().today();
    auto profile = services.profile(m_currentCaseId);
    auto outcome = services.outcome(m_currentCaseId, today);
    if (!profile) {
        m_serviceSummary->setText(
            tr("Not a supported-employment case yet: record the case opening (表0C) first."));
    } else if (outcome) {
        QStringList parts;
        // The credit from its evidence under this plan year's rules (the 偏鄉 list, a completed
        // 附表1).
        Core::CaseCredit credit;
        if (auto rules
            = Core::PlanYearRulesLoader::forYearOrEarlier(QString::number(today.year() - 1911)))
            credit = Core::PerformanceReport::credit(*rules, *outcome);
        parts << tr("Opened %1, %2%3")
                     .arg(RocDate::formatShort(profile->openedOn),
                         profile->model == QLatin1String("group") ? tr("group model")
                                                                  : tr("individual model"),
                         credit.doubled ? QStringLiteral(", ") + credit.reason : QString());
        if (!credit.refused.isEmpty())
            parts << tr("counts once: %1").arg(credit.refused);
        if (!outcome->notPlaced.isEmpty())
            parts << tr("not a placement: %1").arg(outcome->notPlaced);
        if (!outcome->notSuccess.isEmpty())
            parts << tr("not an employment success: %1").arg(outcome->notSuccess);
        for (int year : outcome->missingCalendarYears) {
            parts << tr("provisional: no holiday calendar for %1, so its holidays are counted as "
                        "working days")
                         .arg(year);
        }
        parts << (outcome->placementDate
                ? tr("placed %1").arg(RocDate::formatShort(*outcome->placementDate))
                : tr("not placed yet"));
        if (outcome->successDate) {
            parts << tr("employment success from %1")
                         .arg(RocDate::formatShort(*outcome->successDate));
        } else if (outcome->successExpected) {
            parts << tr("employment success expected %1")
                         .arg(RocDate::formatShort(*outcome->successExpected));
        }
        parts << tr("%n working day(s) of intensive support, six tables %1: %2", nullptr,
            outcome->intensiveWorkingDays)
                     .arg(outcome->sixTablesComplete ? tr("complete") : tr("not complete"))
                     .arg(
                         outcome->classification == Core::EmploymentRules::Classification::Supported
                             ? tr("supported")
                             : tr("general"));
        if (outcome->followUpMinimumEnd.isValid()) {
            parts << tr("follow-up at least until %1")
                         .arg(RocDate::formatShort(outcome->followUpMinimumEnd));
        }
        m_serviceSummary->setText(parts.join(QLatin1Char('\n')));
    }
    auto add = [this](const QDate &d, const QString &kind, const QString &details,
                   const char *entity, const QString &id) {
        auto *item = new QTreeWidgetItem(m_serviceRecords);
        item->setText(0, RocDate::formatShort(d));
        item->setText(1, kind);
        item->setText(2, details);
        item->setData(0, Qt::UserRole, QString::fromLatin1(entity));
        item->setData(1, Qt::UserRole, id);
    };
    if (auto ps = services.placements(m_currentCaseId)) {
        for (const Core::Placement &p : *ps) {
            const auto e = services.employer(p.employerId);
            QString details = tr("%1, %2, %3 h a week")
                                  .arg(e ? e->name : QString(), p.jobTitle)
                                  .arg(p.weeklyHours);
            if (p.endDate.isValid()) {
                details
                    += QLatin1String("; ") + tr("ended %1").arg(RocDate::formatShort(p.endDate));
            }
            add(p.startDate, tr("Placement"), details, "placement", p.id);
        }
    }
    if (auto days = services.supportDays(m_currentCaseId)) {
        for (const Core::SupportDay &d : *days) {
            add(d.day, tr("Support day"), tr("%1 h: %2").arg(d.hours).arg(d.content), "support_day",
                d.id);
        }
    }
    if (auto fs = services.followUps(m_currentCaseId)) {
        for (const Core::FollowUp &f : *fs)
            add(f.day, tr("Follow-up"), f.notes, "follow_up", f.id);
    }
    if (auto as = services.adaptations(m_currentCaseId)) {
        for (const Core::Adaptation &a : *as) {
            add(a.startedOn, tr("Adaptation service"),
                a.endedOn.isValid() ? tr("until %1").arg(RocDate::formatShort(a.endedOn))
                                    : tr("ongoing"),
                "adaptation", a.id);
        }
    }
    if (auto es = services.extensions(m_currentCaseId)) {
        for (const Core::Extension &e : *es) {
            add(e.startedOn, tr("Support extension"),
                tr("until %1").arg(RocDate::formatShort(e.endsOn)), "extension", e.id);
        }
    }
    if (auto hs = services.homeServices(m_currentCaseId)) {
        const QHash<QString, QString> kinds = {{QStringLiteral("plan"), tr("Home employment plan")},
            {QStringLiteral("assessment"), tr("Home assessment")},
            {QStringLiteral("visit"), tr("Home visit")},
            {QStringLiteral("follow_up"), tr("Home employment follow-up")}};
        for (const Core::HomeService &h : *hs)
            add(h.day, kinds.value(h.kind, h.kind), h.notes, "home_service", h.id);
    }
    m_serviceRecords->sortItems(0, Qt::AscendingOrder);
    m_serviceRecords->resizeColumnToContents(0);
    m_serviceRecords->resizeColumnToContents(1);
}

void MainWindow::addServiceRecord(ServiceEntryDialog::Kind kind)
{
    if (m_currentCaseId.isEmpty())
        return;
    Core::ServiceRepository services(m_store);
    auto *dialog = new ServiceEntryDialog(kind,
        services.employers().value_or(QList<Core::Employer>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (kind == ServiceEntryDialog::Kind::Profile) {
        if (auto p = services.profile(m_currentCaseId))
            dialog->setProfile(*p);
    }
    const QString caseId = m_currentCaseId;
    connect(dialog, &ServiceEntryDialog::saveRequested, this, [this, dialog, caseId] {
        Core::ServiceRepository repo(m_store);
        const Core::WriteContext ctx = context();
        Core::Transaction tx(m_store);
        Core::VoidResult result;
        switch (dialog->kind()) {
        case ServiceEntryDialog::Kind::Profile:
            result = repo.setProfile(ctx, caseId, dialog->profile());
            break;
        case ServiceEntryDialog::Kind::Placement: {
            Core::Placement p = dialog->placement();
            p.caseId = caseId;
            if (p.employerId.isEmpty()) {
                auto id = repo.addEmployer(ctx, dialog->employer());
                if (!id) {
                    dialog->showError(id.error().message);
                    return;
                }
                p.employerId = *id;
            }
            if (auto r = repo.addPlacement(ctx, p); !r)
                result = tl::unexpected(r.error());
            break;
        }
        case ServiceEntryDialog::Kind::SupportDay:
            if (auto r = repo.logSupportDay(ctx, caseId, dialog->supportDay()); !r)
                result = tl::unexpected(r.error());
            break;
        case ServiceEntryDialog::Kind::FollowUp:
            if (auto r = repo.addFollowUp(ctx, caseId, dialog->followUp()); !r)
                result = tl::unexpected(r.error());
            break;
        case ServiceEntryDialog::Kind::Adaptation:
            if (auto r = repo.addAdaptation(ctx, caseId, dialog->adaptation()); !r)
                result = tl::unexpected(r.error());
            break;
        case ServiceEntryDialog::Kind::Extension:
            if (auto r = repo.addExtension(ctx, caseId, dialog->extension()); !r)
                result = tl::unexpected(r.error());
            break;
        case ServiceEntryDialog::Kind::Home:
            if (auto r = repo.addHomeService(ctx, caseId, dialog->homeService()); !r)
                result = tl::unexpected(r.error());
            break;
        }
        if (!result) {
            dialog->showError(result.error().message);
            return;
        }
        if (auto r = tx.commit(); !r) {
            dialog->showError(r.error().message);
            return;
        }
        dialog->accept();
        reloadServices();
    });
    dialog->open();
}

void MainWindow::editPlacement(const QString &placementId)
{
    Core::ServiceRepository services(m_store);
    auto all = services.placements(m_currentCaseId);
    if (!all)
        return;
    const auto it = std::find_if(
        all->begin(), all->end(), [&](const Core::Placement &p) { return p.id == placementId; });
    if (it == all->end())
        return;
    auto *dialog = new ServiceEntryDialog(ServiceEntryDialog::Kind::Placement,
        services.employers().value_or(QList<Core::Employer>()), m_store.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPlacement(*it);
    const Core::Placement original = *it;
    connect(dialog, &ServiceEntryDialog::saveRequested, this, [this, dialog, original] {
        Core::Placement p = dialog->placement();
        p.caseId = original.caseId;
        if (p.employerId.isEmpty())
            p.employerId = original.employerId; // a new employer is entered with a new placement
        if (auto r = Core::ServiceRepository(m_store).updatePlacement(context(), p); !r) {
            dialog->showError(r.error().message);
            return;
        }
        dialog->accept();
        reloadServices();
    });
    dialog->open();
}

void MainWindow::withdrawServiceRecord(bool ask)
{
    QTreeWidgetItem *item = m_serviceRecords->currentItem();
    if (!item)
        return;
    const QString entity = item->data(0, Qt::UserRole).toString();
    const QString id = item->data(1, Qt::UserRole).toString();
    if (ask
        && QMessageBox::question(this, tr("Withdraw a record"),
               tr("Withdraw \"%1 %2\"? It stays in the history as withdrawn.")
                   .arg(item->text(1), item->text(0)))
            != QMessageBox::Yes)
        return;
    if (auto r = Core::ServiceRepository(m_store).withdraw(context(), entity, id); !r)
        reportError(r.error().message);
    reloadServices();
}

void MainWindow::reloadForms()
{
    m_formsList->clear();
    m_attachments->setCase(m_currentCaseId);
    auto instances = Core::FormInstanceRepository(m_store).instances(m_currentCaseId);
    if (!instances)
        return;
    const auto &catalogue = Forms::DefinitionLoader::shipped();
    for (const Core::FormInstance &i : *instances) {
        const Forms::FormDefinition *d = catalogue.find(i.formId);
        auto *item = new QTreeWidgetItem(m_formsList);
        item->setText(0, d ? QStringLiteral("%1 %2").arg(d->code, d->title.text()) : i.formId);
        item->setText(1, i.status == QLatin1String("complete") ? tr("Complete") : tr("Draft"));
        item->setText(2, RocDate::formatShort(i.createdOn));
        item->setData(0, Qt::UserRole, i.formId);
        item->setData(1, Qt::UserRole, i.id);
    }
    m_formsList->resizeColumnToContents(0);
}

void MainWindow::openForm(const QString &formId, const QString &instanceId)
{
    if (m_currentCaseId.isEmpty())
        return;
    const Forms::FormDefinition *d = Forms::DefinitionLoader::shipped().find(formId);
    if (!d) {
        reportError(tr("The form %1 is not available in this version.").arg(formId));
        return;
    }
    auto record = Forms::FormRecord::open(m_store, *d, m_currentCaseId, instanceId);
    if (!record) {
        reportError(record.error().message);
        return;
    }
    auto *dialog = new FormDialog(m_store, std::move(*record), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString caseId = m_currentCaseId;
    connect(dialog, &FormDialog::saved, this, [this, caseId] {
        reload();
        selectCase(caseId);
    });
    dialog->open();
}

void MainWindow::printCaseForms()
{
    auto documents
        = Forms::CaseDocuments::collect(m_store, m_currentCaseId, m_store.clock().today());
    if (!documents) {
        reportError(documents.error().message);
        return;
    }
    if (documents->forms.empty() && documents->skipped.isEmpty() && documents->attachments == 0) {
        reportError(tr("This case has no forms to print yet."));
        return;
    }
    const QString path = m_printPath
        ? m_printPath()
        : QFileDialog::getSaveFileName(this, tr("Print the case's forms to PDF"),
            QStringLiteral("%1.pdf").arg(documents->list.value(QStringLiteral("case_no"))),
            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto pages = Forms::FormPrinter::writePdf(path, documents->pages(), {});
    if (!pages) {
        reportError(pages.error().message);
        return;
    }
    const QString written = tr("The list of documents and %1 form(s), %2 page(s), written to %3.")
                                .arg(documents->forms.size())
                                .arg(*pages)
                                .arg(path);
    if (!documents->skipped.isEmpty()) { // named, never skipped silently
        reportError(
            tr("%1 Not printed: %2").arg(written, documents->skipped.join(QStringLiteral("; "))));
    } else {
        statusBar()->showMessage(written, 8000);
    }
}

void MainWindow::showPerformance()
{
    auto *dialog = new PerformanceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto load = [this, dialog](int year) {
        auto rules = Core::PlanYearRulesLoader::forYearOrEarlier(QString::number(year));
        if (!rules) {
            reportError(rules.error().message);
            return;
        }
        auto rows = Core::PerformanceReport::build(m_store, *rules, m_store.clock().today());
        if (!rows) {
            reportError(rows.error().message);
            return;
        }
        dialog->setReport(year, rules->rulesFrom, *rows);
    };
    connect(dialog, &PerformanceDialog::yearChanged, this, load);
    connect(dialog, &PerformanceDialog::caseRequested, this, &MainWindow::openCaseNo);
    load(m_store.clock().today().year() - 1911);
    dialog->open();
}

void MainWindow::openCaseNo(const QString &caseNo)
{
    m_filterEdit->setText(caseNo);
    if (m_model->rowCount() > 0)
        selectCase(m_model->rowAt(0)->caseId);
}

void MainWindow::reportError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

} // namespace Casebook::App
