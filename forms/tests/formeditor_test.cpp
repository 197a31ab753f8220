// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/editor/formeditor.h"
#include "forms/tests/formtesthelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Casebook;
using namespace Casebook::Forms;
using Casebook::Forms::Test::Fixture;

TEST_CASE(
    "The editor renders a definition, shows conditions and problems, and edits repeating rows",
    "[forms][editor]")
{
    Fixture fx;
    FormEditor editor(fx.open(fx.form("表三")), Test::fixedClock().today());
    editor.show();

    // bound values are shown
    auto *name = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("name")));
    REQUIRE(name);
    CHECK(name->text() == QStringLiteral("林美玲"));
    auto *caseNo = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("case_no")));
    CHECK_FALSE(caseNo->isEnabled());

    // the result is the workflow's assessment: shown, not edited, and it decides which fields show
    auto *result = qobject_cast<QComboBox *>(editor.editorFor(QStringLiteral("result")));
    REQUIRE(result);
    CHECK_FALSE(result->isEnabled());
    CHECK(result->currentData().toString() == QStringLiteral("suitable"));
    CHECK_FALSE(editor.editorFor(QStringLiteral("transfer_unit"))->isVisibleTo(&editor));
    {
        FormEditor unsuitable(*FormRecord::open(*fx.store, fx.form("表三"),
                                  fx.assessedCase(Core::AssessmentOutcome::Unsuitable)),
            Test::fixedClock().today());
        unsuitable.show();
        CHECK(unsuitable.editorFor(QStringLiteral("transfer_unit"))->isVisibleTo(&unsuitable));
    }

    // a wrong ID shows at its field and the form cannot be completed
    auto *id = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("id_number")));
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("F131232217"));
    auto *problem = editor.findChild<QLabel *>(QStringLiteral("id_numberProblem"));
    REQUIRE(problem);
    CHECK(problem->isVisibleTo(&editor));
    CHECK(problem->text().contains(QStringLiteral("F131232217")));
    // an empty required field is quiet until completion is asked for, then marked
    auto *healthProblem = editor.findChild<QLabel *>(QStringLiteral("healthProblem"));
    CHECK_FALSE(healthProblem->isVisibleTo(&editor));
    QSignalSpy completeSpy(&editor, &FormEditor::saveRequested);
    auto *complete = editor.findChild<QPushButton *>(QStringLiteral("completeButton"));
    QTest::mouseClick(complete, Qt::LeftButton);
    CHECK(completeSpy.isEmpty());
    CHECK(healthProblem->isVisibleTo(&editor));
    CHECK_FALSE(editor.findChild<QLabel *>(QStringLiteral("formError"))->text().isEmpty());
    CHECK(editor.isDirty());

    // a date typed in the ROC calendar is stored as ISO
    auto *date = qobject_cast<QLineEdit *>(editor.editorFor(QStringLiteral("intv_date")));
    QTest::keyClicks(date, QStringLiteral("113/05/22"));
    CHECK(editor.record().value(QStringLiteral("intv_date")) == QStringLiteral("2024-05-22"));

    // repeating rows
    auto *add = editor.findChild<QPushButton *>(QStringLiteral("jobsAddRow"));
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QTableWidget *table = editor.tableFor(QStringLiteral("jobs"));
    REQUIRE(table->rowCount() == 1);
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("全聯福利中心")));
    table->setItem(0, 3, new QTableWidgetItem(QStringLiteral("26,400")));
    const QJsonArray rows = editor.record().rows(QStringLiteral("jobs"));
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).toObject().value(QStringLiteral("employer")).toString()
        == QStringLiteral("全聯福利中心"));
    CHECK(
        rows.at(0).toObject().value(QStringLiteral("wage")).toString() == QStringLiteral("26400"));

    // A code-list cell offers its choices: 表三's dispatch table is read-only, so try 表3-2's place
    // column.
    {
        FormEditor log(fx.open(fx.form("表3-2")), Test::fixedClock().today());
        log.show();
        QTest::mouseClick(
            log.findChild<QPushButton *>(QStringLiteral("logAddRow")), Qt::LeftButton);
        QTableWidget *t = log.tableFor(QStringLiteral("log"));
        REQUIRE(t->rowCount() == 1);
        const int place = 2; // date, hours, place, …
        QWidget *cellEditor
            = t->itemDelegate()->createEditor(t->viewport(), {}, t->model()->index(0, place));
        auto *choices = qobject_cast<QComboBox *>(cellEditor);
        REQUIRE(choices);
        CHECK(choices->count() == 3); // empty, 職場, 其他
        choices->setCurrentIndex(1);
        t->itemDelegate()->setModelData(choices, t->model(), t->model()->index(0, place));
        delete cellEditor;
        CHECK(log.record()
                  .rows(QStringLiteral("log"))
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("place"))
                  .toString()
            == QStringLiteral("workplace"));
        // A free-text column keeps its line editor.
        QWidget *text = t->itemDelegate()->createEditor(t->viewport(), {}, t->model()->index(0, 3));
        CHECK(qobject_cast<QComboBox *>(text) == nullptr);
        delete text;
    }

    // CASEBOOK_SCREENSHOTS=DIR saves a picture of the editor, to look at it.
    if (qEnvironmentVariableIsSet("CASEBOOK_SCREENSHOTS")) {
        editor.resize(820, 1000);
        editor.grab().save(
            qEnvironmentVariable("CASEBOOK_SCREENSHOTS") + QStringLiteral("/form-editor.png"));
    }
    QSignalSpy spy(&editor, &FormEditor::saveRequested);
    QTest::mouseClick(
        editor.findChild<QPushButton *>(QStringLiteral("saveDraftButton")), Qt::LeftButton);
    REQUIRE(spy.size() == 1);
    CHECK(spy.first().first().toBool() == false);
}
