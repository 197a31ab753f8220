// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caselistmodel.h"
#include "core/cases/caserepository.h"
#include "core/cases/caseworkflow.h"
#include "core/demo/demogenerator.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

#include <QAbstractItemModelTester>

using namespace Casebook::Core;
using Casebook::Core::Test::memoryStore;

TEST_CASE("The case list model filters by text and by every facet", "[model]")
{
    auto store = memoryStore();
    REQUIRE(DemoGenerator(*store).generate(200, 42));
    auto rows = CaseRepository(*store).listRows();
    REQUIRE(rows);
    REQUIRE(rows->size() == 200);

    CaseListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(*rows);
    CHECK(model.rowCount() == 200);
    CHECK(model.columnCount() == CaseListModel::ColumnCount);

    const CaseListRow sample = rows->at(17);
    auto filter = [&](const CaseListModel::Filter &f) {
        model.setFilter(f);
        return model.rowCount();
    };
    auto allMatch = [&](const std::function<bool(const CaseListRow &)> &pred) {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (!pred(*model.rowAt(i)))
                return false;
        }
        return true;
    };

    // By the case number: exactly one.
    CHECK(filter({sample.caseNo, {}, {}, {}, {}, {}}) == 1);
    CHECK(model.rowAt(0)->caseId == sample.caseId);
    // By the ID number, typed in lower case.
    CHECK(filter({sample.idNumber.toLower(), {}, {}, {}, {}, {}}) >= 1);
    CHECK(model.rowOfCase(sample.caseId) >= 0);
    // By name, narrowing keystroke by keystroke.
    const QString name = sample.personName;
    int previous = 200;
    for (int n = 1; n <= name.size(); ++n) {
        const int count = filter({name.left(n), {}, {}, {}, {}, {}});
        CHECK(count <= previous);
        CHECK(allMatch([&](const CaseListRow &r) { return r.personName.contains(name.left(n)); }));
        previous = count;
    }
    // Deleting characters widens again.
    CHECK(filter({}) == 200);

    for (CaseStatus s : CaseWorkflow::allStatuses()) {
        const int count = filter({{}, s, {}, {}, {}, {}});
        CHECK(allMatch([&](const CaseListRow &r) { return r.status == s; }));
        CHECK(count == std::count_if(rows->begin(), rows->end(), [&](const CaseListRow &r) {
            return r.status == s;
        }));
    }
    CHECK(filter({{}, {}, sample.district, {}, {}, {}}) >= 1);
    CHECK(allMatch([&](const CaseListRow &r) { return r.district == sample.district; }));
    CHECK(filter({{}, {}, {}, QStringLiteral("south"), {}, {}}) > 0);
    CHECK(allMatch([&](const CaseListRow &r) { return r.window == QStringLiteral("south"); }));
    CHECK(filter({{}, {}, {}, {}, {}, sample.coachId}) >= 1);
    CHECK(allMatch([&](const CaseListRow &r) { return r.coachId == sample.coachId; }));
    auto units = UnitRepository(*store).units();
    REQUIRE(units);
    int withUnits = 0;
    for (const Unit &u : *units) {
        withUnits += filter({{}, {}, {}, {}, u.id, {}});
        CHECK(allMatch([&](const CaseListRow &r) { return r.unitIds.contains(u.id); }));
    }
    CHECK(withUnits > 0);
    CHECK(filter({QStringLiteral("no such person"), {}, {}, {}, {}, {}}) == 0);

    // Display data: masked ID, ROC date.
    model.setFilter({sample.caseNo, {}, {}, {}, {}, {}});
    CHECK(
        model.data(model.index(0, CaseListModel::IdNumber)).toString().contains(QLatin1Char('*')));
    CHECK(model.data(model.index(0, CaseListModel::CaseNo)).toString() == sample.caseNo);
    CHECK(model.data(model.index(0, 0), CaseListModel::CaseIdRole).toString() == sample.caseId);
    CHECK(
        model.headerData(CaseListModel::Name, Qt::Horizontal).toString() == QStringLiteral("Name"));
}
