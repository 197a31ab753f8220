// SPDX-License-Identifier: GPL-3.0-or-later
// A coach's laptop: run once at 1366×768 and once at 1920×1080 with 150% scaling (the --screen
// option of the test runner), the windows must fit the screen and work from the keyboard.
#include "app/common/translations.h"
#include "app/desktop/formdialog.h"
#include "app/desktop/mainwindow.h"
#include "app/desktop/personcasedialog.h"
#include "app/desktop/serviceentrydialog.h"
#include "app/desktop/syncdialogs.h"
#include "app/tests/guitesthelpers.h"
#include "app/usecases/agenda.h"
#include "core/cases/caselistmodel.h"
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/services/servicerepository.h"
#include "core/store/casestore.h"
#include "forms/editor/formeditor.h"
#include "tests/support/catchtest.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QWheelEvent>

#include <cstdio>

using namespace Casebook;
using namespace Casebook::Core;

using Casebook::Test::fixedClock;

namespace {

std::unique_ptr<CaseStore> demoStore()
{
    auto store = CaseStore::open(QStringLiteral(":memory:"), fixedClock());
    REQUIRE(store);
    REQUIRE((*store)->initialize(DeviceRole::Window, QStringLiteral("北區窗口")));
    REQUIRE(DemoGenerator(**store).generate(40, 3));
    return std::move(*store);
}

bool insideScrollArea(const QWidget *w, const QWidget *window)
{
    for (const QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

// The window inside the screen's available area, and every button of it inside the window (those
// in a scrolled area may be scrolled out of view).
void checkFits(QWidget *window, const QString &what)
{
    INFO(what.toStdString());
    QCoreApplication::processEvents();
    const QRect area = window->screen()->availableGeometry();
    INFO("screen " << area.width() << "x" << area.height() << ", window "
                   << window->frameGeometry().width() << "x" << window->frameGeometry().height()
                   << " at " << window->frameGeometry().x() << "," << window->frameGeometry().y());
    CHECK(area.contains(window->frameGeometry()));
    const QRect inside = window->geometry();
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        // Not shown (a dock behind another dock's tab) or in a scrolled area: not checked.
        if (!b->isVisible() || b->visibleRegion().isEmpty() || insideScrollArea(b, window))
            continue;
        const QRect r(b->mapToGlobal(QPoint(0, 0)), b->size());
        INFO("button " << b->text().toStdString() << " " << b->objectName().toStdString());
        CHECK(inside.contains(r));
        CHECK(area.contains(r));
    }
}

QDialog *openedDialog(QWidget *owner)
{
    QCoreApplication::processEvents();
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible() && d != owner)
            return d;
    }
    return nullptr;
}

void closeDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<QDialog *>(w); d && d->isVisible()) {
            d->hide(); // not reject(): a dialog with typed input would ask whether to save
            d->deleteLater();
        }
    }
    QCoreApplication::processEvents();
}

QChar mnemonic(const QString &text)
{
    static const QRegularExpression amp(QStringLiteral("&([^&])"));
    const auto m = amp.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toLower() : QChar();
}

} // namespace

TEST_CASE(
    "On the laptop's screen the main window and every dialog fit, their buttons on the screen",
    "[gui][laptop]")
{
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    checkFits(&w, QStringLiteral("main window"));
    // The status bar (the count of cases) is on the screen, not below its edge.
    const QRect status(w.statusBar()->mapToGlobal(QPoint(0, 0)), w.statusBar()->size());
    CHECK(w.screen()->availableGeometry().contains(status));

    const QList<std::pair<QString, std::function<void()>>> openers {
        {QStringLiteral("intake"), [&] { w.newIntake(); }},
        {QStringLiteral("表三"), [&] { w.openForm(QStringLiteral("表三")); }},
        {QStringLiteral("表3-2"), [&] { w.openForm(QStringLiteral("表3-2")); }},
        {QStringLiteral("表一"), [&] { w.openForm(QStringLiteral("表一")); }},
        {QStringLiteral("performance"), [&] { w.showPerformance(); }},
        {QStringLiteral("monthly"),
            [&] { w.findChild<QAction *>(QStringLiteral("monthlyReportAction"))->trigger(); }},
        {QStringLiteral("groups"),
            [&] { w.findChild<QAction *>(QStringLiteral("groupsAction"))->trigger(); }},
        {QStringLiteral("conflicts"),
            [&] { w.findChild<QAction *>(QStringLiteral("conflictsAction"))->trigger(); }},
        {QStringLiteral("duplicates"),
            [&] { w.findChild<QAction *>(QStringLiteral("duplicatesAction"))->trigger(); }},
        {QStringLiteral("devices"),
            [&] { w.findChild<QAction *>(QStringLiteral("devicesAction"))->trigger(); }},
        {QStringLiteral("support day"),
            [&] { w.addServiceRecord(App::ServiceEntryDialog::Kind::SupportDay); }},
    };
    for (const auto &[what, open] : openers) {
        std::fprintf(stderr, "opening %s\n", qPrintable(what));
        open();
        QDialog *d = openedDialog(&w);
        INFO(what.toStdString());
        REQUIRE(d != nullptr);
        REQUIRE(QTest::qWaitForWindowExposed(d));
        checkFits(d, what);
        closeDialogs();
    }
    // A step of the SOP from the case view's buttons.
    const auto steps
        = w.findChildren<QAbstractButton *>(QRegularExpression(QStringLiteral("^step_")));
    for (QAbstractButton *step : steps) {
        if (!step->isVisible())
            continue;
        step->click();
        if (QDialog *d = openedDialog(&w)) {
            checkFits(d, QStringLiteral("step ") + step->objectName());
            closeDialogs();
            break;
        }
    }
}

TEST_CASE("The wheel leaves a combo box it passes over unchanged", "[gui][laptop]")
{
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.openForm(QStringLiteral("表三"));
    auto *dialog = qobject_cast<App::FormDialog *>(openedDialog(&w));
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QComboBox *combo = nullptr;
    for (QComboBox *c : dialog->findChildren<QComboBox *>()) {
        if (c->isVisible() && c->count() > 2) {
            combo = c;
            break;
        }
    }
    REQUIRE(combo);
    CHECK(combo->focusPolicy() == Qt::StrongFocus); // the wheel does not give it the focus
    const int before = combo->currentIndex();
    auto wheel = [combo] {
        const QPointF at(combo->width() / 2.0, combo->height() / 2.0);
        QWheelEvent event(at, combo->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(combo, &event);
    };
    wheel();
    wheel();
    CHECK(combo->currentIndex() == before);
    // Once the person has chosen the box (it has the focus), the wheel goes through its choices.
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    combo->setFocus();
    REQUIRE(combo->hasFocus());
    wheel();
    CHECK(combo->currentIndex() != before);
    closeDialogs();
}

TEST_CASE("From the keyboard: Tab leaves the case list for the case view, Ctrl+E edits from the "
          "search box, the intake starts at the name",
    "[gui][laptop]")
{
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    auto *table = w.findChild<QTableView *>(QStringLiteral("caseTable"));
    auto *view = w.findChild<QWidget *>(QStringLiteral("caseView"));
    REQUIRE(table);
    REQUIRE(view);
    table->setFocus();
    const int row = table->currentIndex().row();
    bool reached = false;
    for (int i = 0; i < 4 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = view->isAncestorOf(QApplication::focusWidget());
    }
    CHECK(reached);
    CHECK(table->currentIndex().row() == row); // Tab did not move the selection in the list

    auto *search = w.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    REQUIRE(search);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_E, Qt::ControlModifier);
    auto *edit = qobject_cast<App::PersonCaseDialog *>(openedDialog(&w));
    REQUIRE(edit);
    closeDialogs();

    w.newIntake();
    auto *intake = qobject_cast<App::PersonCaseDialog *>(openedDialog(&w));
    REQUIRE(intake);
    REQUIRE(QTest::qWaitForWindowActive(intake));
    CHECK(
        QApplication::focusWidget() == intake->findChild<QLineEdit *>(QStringLiteral("nameEdit")));
    closeDialogs();
}

TEST_CASE("Each menu and the main window give every mnemonic once", "[gui][laptop]")
{
    const QString language = GENERATE(as<QString>(), QStringLiteral("zh_TW"), QStringLiteral("en"));
    App::installTranslations(*QCoreApplication::instance(), language);
    INFO(language.toStdString());
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    // The menu bar's titles and the buttons and tabs on the window share the Alt key.
    QHash<QChar, QString> window;
    auto take = [&window](const QString &text) {
        const QChar m = mnemonic(text);
        if (m.isNull())
            return;
        INFO(text.toStdString() << " and " << window.value(m).toStdString());
        CHECK_FALSE(window.contains(m));
        window.insert(m, text);
    };
    REQUIRE_FALSE(w.menuBar()->actions().isEmpty());
    CHECK(w.menuBar()->actions().first()->text()
        == (language == QLatin1String("en") ? QStringLiteral("&File")
                                            : QStringLiteral("檔案(&F)")));
    for (QAction *a : w.menuBar()->actions())
        take(a->text());
    for (QAbstractButton *b : w.findChildren<QAbstractButton *>()) {
        if (b->isVisible())
            take(b->text());
    }
    for (QTabBar *bar : w.findChildren<QTabBar *>()) {
        if (bar->isVisible()) {
            for (int i = 0; i < bar->count(); ++i)
                take(bar->tabText(i));
        }
    }
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
        QHash<QChar, QString> seen;
        for (QAction *a : menu->actions()) {
            const QChar m = mnemonic(a->text());
            if (m.isNull())
                continue;
            INFO(menu->title().toStdString()
                << ": " << a->text().toStdString() << " and " << seen.value(m).toStdString());
            CHECK_FALSE(seen.contains(m));
            seen.insert(m, a->text());
        }
    }
    App::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("A step just taken is undone from the case view with a reason", "[gui][laptop][undo]")
{
    auto store = demoStore();
    auto received = CaseRepository(*store).cases(CaseStatus::Received);
    REQUIRE(received);
    REQUIRE_FALSE(received->isEmpty());
    const QString caseId = received->first().id;
    App::MainWindow w(*store);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.selectCase(caseId);
    CHECK(w.findChild<QAbstractButton *>(QStringLiteral("undoStepButton")) == nullptr);

    w.startStep(CaseAction::Assess);
    auto *step = qobject_cast<QDialog *>(openedDialog(&w));
    REQUIRE(step);
    if (auto *goal = step->findChild<QLineEdit *>(QStringLiteral("planGoalEdit")))
        goal->setText(QStringLiteral("一般職場穩定就業"));
    step->findChild<QAbstractButton *>(QStringLiteral("okButton"))->click();
    QCoreApplication::processEvents();
    REQUIRE(CaseRepository(*store).find(caseId)->status != CaseStatus::Received);

    auto *undo = w.findChild<QAbstractButton *>(QStringLiteral("undoStepButton"));
    REQUIRE(undo);
    undo->click();
    auto *ask = qobject_cast<QInputDialog *>(openedDialog(&w));
    REQUIRE(ask);
    ask->setTextValue(QStringLiteral("選錯評估結果"));
    ask->accept();
    QCoreApplication::processEvents();
    CHECK(CaseRepository(*store).find(caseId)->status == CaseStatus::Received);
    const auto events = CaseRepository(*store).events(caseId).value();
    REQUIRE_FALSE(events.isEmpty());
    CHECK(events.last().action == QStringLiteral("undo"));
    CHECK(events.last().note == QStringLiteral("選錯評估結果"));
    // Nothing more to undo: the button is gone.
    CHECK(w.findChild<QAbstractButton *>(QStringLiteral("undoStepButton")) == nullptr);
}

TEST_CASE("F1 opens the user guide in the interface's language, About names the version",
    "[gui][laptop][help]")
{
    const QString language = GENERATE(as<QString>(), QStringLiteral("zh_TW"), QStringLiteral("en"));
    App::installTranslations(*QCoreApplication::instance(), language);
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F1);
    auto *guide = w.findChild<QDialog *>(QStringLiteral("guideDialog"));
    REQUIRE(guide);
    CHECK(guide->isVisible());
    const QString text
        = guide->findChild<QTextBrowser *>(QStringLiteral("guideText"))->toPlainText();
    // The everyday tasks: intake, a day's log, printing for signature, a bundle out, bundles in,
    // the month's report.
    const QStringList tasks = language == QLatin1String("en")
        ? QStringList {QStringLiteral("Intake"), QStringLiteral("day's log"),
            QStringLiteral("signature"), QStringLiteral("Exporting a bundle"),
            QStringLiteral("Importing bundles"), QStringLiteral("month's reports")}
        : QStringList {QStringLiteral("受案"), QStringLiteral("密集輔導"), QStringLiteral("簽名"),
            QStringLiteral("匯出同步包"), QStringLiteral("匯入同步包"), QStringLiteral("每月報表")};
    for (const QString &task : tasks) {
        INFO(task.toStdString());
        CHECK(text.contains(task));
    }
    closeDialogs();
    App::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("The sync dialogs say when there is nothing to do, and export says first how to enrol",
    "[gui][laptop][sync]")
{
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // Export on a store that trusts no one: told how to enrol before a file is asked for.
    w.findChild<QAction *>(QStringLiteral("exportBundleAction"))->trigger();
    QCoreApplication::processEvents();
    auto *notReady = w.findChild<QMessageBox *>(QStringLiteral("exportNotReadyMessage"));
    REQUIRE(notReady);
    CHECK(notReady->text().contains(QStringLiteral("Create device keys")));
    CHECK(notReady->text().contains(QStringLiteral("Accept an enrolment")));
    closeDialogs();

    w.findChild<QAction *>(QStringLiteral("conflictsAction"))->trigger();
    QDialog *conflicts = openedDialog(&w);
    REQUIRE(conflicts);
    CHECK(conflicts->findChild<QAbstractButton *>(QStringLiteral("decideButton"))->isEnabled()
        == false);
    bool said = false;
    for (QLabel *l : conflicts->findChildren<QLabel *>())
        said = said || l->text().startsWith(QStringLiteral("No conflicts"));
    CHECK(said);
    closeDialogs();

    w.findChild<QAction *>(QStringLiteral("duplicatesAction"))->trigger();
    QDialog *duplicates = openedDialog(&w);
    REQUIRE(duplicates);
    for (const char *name : {"keepFirstButton", "keepSecondButton", "undoMergeButton"}) {
        INFO(name);
        CHECK_FALSE(
            duplicates->findChild<QAbstractButton *>(QString::fromLatin1(name))->isEnabled());
    }
    said = false;
    for (QLabel *l : duplicates->findChildren<QLabel *>())
        said = said || l->text().startsWith(QStringLiteral("No probable duplicates"));
    CHECK(said);
    closeDialogs();
}

TEST_CASE("今日: Ctrl+T shows the day and the week, Enter on a day to log opens the daily log",
    "[gui][laptop][today]")
{
    auto store = demoStore();
    App::MainWindow w(*store);
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    auto *list = w.findChild<QTreeWidget *>(QStringLiteral("todayList"));
    REQUIRE(list);
    // Not computed for a start that shows the due list (on a city's store it reads every record).
    QTest::qWait(50);
    CHECK(list->topLevelItemCount() == 0);
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(list->isVisible());
    REQUIRE(list->topLevelItemCount() == 2); // today and overdue, this week
    QTreeWidgetItem *toLog = nullptr;
    int items = 0;
    for (int t = 0; t < list->topLevelItemCount(); ++t) {
        for (int c = 0; c < list->topLevelItem(t)->childCount(); ++c) {
            QTreeWidgetItem *item = list->topLevelItem(t)->child(c);
            ++items;
            if (!toLog
                && item->data(1, Qt::UserRole).toInt()
                    == static_cast<int>(UseCases::AgendaItem::Kind::SupportDay))
                toLog = item;
        }
    }
    CHECK(items > 0);
    REQUIRE(toLog);
    list->setCurrentItem(toLog);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    auto *entry = qobject_cast<App::ServiceEntryDialog *>(openedDialog(&w));
    REQUIRE(entry);
    CHECK(entry->kind() == App::ServiceEntryDialog::Kind::SupportDay);
    closeDialogs();
    // The case of the item is the one shown.
    auto *title = w.findChild<QLabel *>(QStringLiteral("caseTitle"));
    REQUIRE(title);
    CHECK(title->text().contains(toLog->text(2)));
}

// Not a check: grabs the windows a coach sees into CASEBOOK_SCREENSHOTS (run by hand with
// "[.screenshots]"), to look at them.
TEST_CASE("Screenshots of a coach's windows", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("CASEBOOK_SCREENSHOTS", QStringLiteral("."));
    App::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_TW"));
    auto store = demoStore();
    App::MainWindow w(*store);
    w.showMaximized();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QTest::qWait(100);
    w.grab().save(out + QStringLiteral("/main.png"));
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
    QTest::qWait(100);
    w.grab().save(out + QStringLiteral("/today.png"));
    auto grabDialog = [&](const QString &name) {
        QDialog *d = openedDialog(&w);
        REQUIRE(d);
        REQUIRE(QTest::qWaitForWindowExposed(d));
        QTest::qWait(100);
        d->grab().save(out + QLatin1Char('/') + name + QStringLiteral(".png"));
        closeDialogs();
    };
    // A case at work, with its days of intensive support.
    for (const Case &c :
        CaseRepository(*store).cases(CaseStatus::Tracking).value_or(QList<Case>())) {
        if (!ServiceRepository(*store).supportDays(c.id).value_or(QList<SupportDay>()).isEmpty()) {
            w.selectCase(c.id);
            break;
        }
    }
    w.grab().save(out + QStringLiteral("/case.png"));
    w.openForm(QStringLiteral("表三"));
    grabDialog(QStringLiteral("table3"));
    w.openForm(QStringLiteral("表3-2"));
    grabDialog(QStringLiteral("table3_2"));
    w.showPerformance();
    grabDialog(QStringLiteral("performance"));
    w.findChild<QAction *>(QStringLiteral("monthlyReportAction"))->trigger();
    grabDialog(QStringLiteral("monthly"));
    App::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
}

TEST_CASE("The search and filters carry over to a window made anew, and a case hidden by a filter "
          "is shown selected",
    "[gui][laptop][filters]")
{
    auto store = demoStore();
    QVariantMap state;
    int rows = 0;
    {
        App::MainWindow w(*store);
        w.show();
        auto *status = w.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        REQUIRE(status);
        status->setCurrentIndex(status->findData(QStringLiteral("received")));
        w.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("N"));
        rows = w.caseModel()->rowCount();
        state = w.filterState();
    }
    App::MainWindow again(*store);
    again.show();
    again.setFilterState(state);
    CHECK(again.filterState() == state);
    CHECK(again.caseModel()->rowCount() == rows);

    // A closed case chosen while only received ones are listed: the filters go, its row is the
    // one selected.
    auto closed = CaseRepository(*store).cases(CaseStatus::Closed);
    REQUIRE(closed);
    REQUIRE_FALSE(closed->isEmpty());
    again.selectCase(closed->first().id);
    auto *table = again.findChild<QTableView *>(QStringLiteral("caseTable"));
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(CaseListModel::CaseIdRole).toString() == closed->first().id);
}

TEST_CASE("A new passphrase too short is said at once and asked again, only Cancel ends it",
    "[gui][laptop][sync]")
{
    auto store = demoStore();
    QWidget parent;
    App::SyncController sync(*store, &parent);
    // The person's answers, typed into each passphrase box as it opens; the labels they saw.
    QStringList answers {QStringLiteral("short"), QStringLiteral("long enough 1"),
        QStringLiteral("long enough 2"), QStringLiteral("long enough 1"),
        QStringLiteral("long enough 1")};
    QStringList seen;
    std::function<void()> answer = [&] {
        auto *box = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, answer);
            return;
        }
        seen << box->labelText();
        box->setTextValue(answers.takeFirst());
        box->accept();
        if (!answers.isEmpty())
            QTimer::singleShot(10, answer);
    };
    QTimer::singleShot(10, answer);
    const QString chosen = sync.passphrase(true);
    CHECK(chosen == QStringLiteral("long enough 1"));
    REQUIRE(seen.size() == 5);
    CHECK(seen.at(1).contains(QStringLiteral("too short"))); // said before the second entry
    CHECK(seen.at(3).contains(QStringLiteral("differ")));    // asked again, not aborted
}
