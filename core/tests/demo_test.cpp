// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/cases/caseworkflow.h"
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/services/grouprepository.h"
#include "core/services/servicerepository.h"
#include "core/tests/testhelpers.h"

#include <set>

using namespace Casebook::Core;
using Casebook::Core::Test::memoryStore;

namespace {
QStringList fingerprint(CaseStore &store)
{
    QStringList out;
    auto persons = PersonRepository(store).search({});
    for (const Person &p : *persons)
        out << p.name + p.idNumber + p.birthDate.toString(Qt::ISODate) + p.district;
    auto cases = CaseRepository(store).cases();
    for (const Case &c : *cases)
        out << c.caseNo + CaseWorkflow::statusKey(c.status) + c.receivedOn.toString(Qt::ISODate);
    out.sort();
    return out;
}
} // namespace

TEST_CASE("Demo data is deterministic for a seed and covers every state", "[demo]")
{
    auto a = memoryStore();
    auto b = memoryStore();
    auto c = memoryStore();
    auto summary = DemoGenerator(*a).generate(150, 11);
    REQUIRE(summary);
    CHECK(summary->persons == 150);
    CHECK(summary->cases == 150);
    REQUIRE(DemoGenerator(*b).generate(150, 11));
    REQUIRE(DemoGenerator(*c).generate(150, 12));
    CHECK(fingerprint(*a) == fingerprint(*b));
    CHECK(fingerprint(*a) != fingerprint(*c));

    std::set<CaseStatus> seen;
    const auto cases = CaseRepository(*a).cases();
    REQUIRE(cases);
    for (const Case &k : *cases)
        seen.insert(k.status);
    CHECK(static_cast<qsizetype>(seen.size()) == CaseWorkflow::allStatuses().size());
    auto persons = PersonRepository(*a).search({});
    for (const Person &p : *persons)
        CHECK(PersonRepository(*a).validate(p).isEmpty());
    CHECK(a->check()->isSound());
}

TEST_CASE("Demo refuses a bad person count", "[demo]")
{
    auto a = memoryStore();
    CHECK_FALSE(DemoGenerator(*a).generate(-1, 1));
}

TEST_CASE("Demo data exercises the supported-employment rules", "[demo][services]")
{
    auto store = Test::memoryStore(SystemClock::instance());
    auto summary = DemoGenerator(*store).generate(300, 4);
    REQUIRE(summary);
    REQUIRE(summary->supportedEmploymentCases.size() > 10);
    ServiceRepository services(*store);
    int followed = 0;
    int placed = 0;
    for (const QString &caseId : summary->supportedEmploymentCases) {
        followed += services.followUps(caseId)->isEmpty() ? 0 : 1;
        placed += services.outcome(caseId, QDate::currentDate())->placementDate ? 1 : 0;
    }
    CHECK(followed > 0);
    CHECK(placed > 0);
    const QDate today = QDate::currentDate();
    auto adapted = services.adaptationPersons(today.addYears(-2), today);
    REQUIRE(adapted);
    CHECK_FALSE(adapted->isEmpty());
    auto due = services.deadlines(today);
    REQUIRE(due);
    CHECK_FALSE(due->isEmpty()); // at least each unit's monthly report
    // The group model, extensions and home employment are there too.
    auto groups = GroupRepository(*store).groups();
    REQUIRE(groups);
    CHECK_FALSE(groups->isEmpty());
    int extended = 0;
    int home = 0;
    for (const QString &caseId : summary->supportedEmploymentCases) {
        extended += services.extensions(caseId)->isEmpty() ? 0 : 1;
        home += services.homeServices(caseId)->isEmpty() ? 0 : 1;
    }
    CHECK(extended > 0);
    CHECK(home > 0);
}

TEST_CASE("Demo data's dates are in order for every case", "[demo][dates]")
{
    FixedClock clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    auto store = memoryStore(clock);
    REQUIRE(DemoGenerator(*store).generate(300, 11));
    CaseRepository cases(*store);
    ServiceRepository services(*store);
    int walked = 0;
    const QList<Case> all = cases.cases().value(); // held: a range-for over .value() would dangle
    for (const Case &c : all) {
        INFO(c.caseNo.toStdString());
        const QDate today = clock.today();
        CHECK(c.receivedOn <= today);
        if (c.assessedOn.isValid())
            CHECK(c.receivedOn <= c.assessedOn);
        QDate firstDispatch;
        const QList<Dispatch> dispatches = cases.dispatches(c.id).value();
        for (const Dispatch &d : dispatches) {
            CHECK((!c.assessedOn.isValid() || c.assessedOn <= d.dispatchedOn));
            if (d.answeredOn.isValid())
                CHECK(d.dispatchedOn <= d.answeredOn);
            if (!firstDispatch.isValid() || d.dispatchedOn < firstDispatch)
                firstDispatch = d.dispatchedOn;
        }
        QDate firstPlacement;
        const QList<Placement> placements = services.placements(c.id).value();
        for (const Placement &p : placements) {
            if (firstDispatch.isValid() && !p.employedBeforeService)
                CHECK(firstDispatch <= p.startDate); // placed after the dispatch
            if (p.endDate.isValid())
                CHECK(p.startDate <= p.endDate);
            if (!firstPlacement.isValid() || p.startDate < firstPlacement)
                firstPlacement = p.startDate;
        }
        const QList<SupportDay> days = services.supportDays(c.id).value();
        for (const SupportDay &d : days) {
            if (firstPlacement.isValid())
                CHECK(firstPlacement <= d.day); // intensive support at the job
            CHECK(d.day <= today);
        }
        if (c.goalReachedOn.isValid()) {
            if (firstDispatch.isValid())
                CHECK(firstDispatch <= c.goalReachedOn);
            if (firstPlacement.isValid())
                CHECK(firstPlacement <= c.goalReachedOn); // the goal after the placement
        }
        if (c.closedOn.isValid()) {
            CHECK(c.receivedOn <= c.closedOn);
            if (c.goalReachedOn.isValid())
                CHECK(c.goalReachedOn <= c.closedOn);
            CHECK(c.closedOn <= today);
        }
        // The history in the order of its days.
        QDate previous;
        const QList<CaseEvent> events = cases.events(c.id).value();
        for (const CaseEvent &e : events) {
            if (previous.isValid())
                CHECK(previous <= e.occurredOn);
            previous = e.occurredOn;
        }
        ++walked;
    }
    CHECK(walked == 300);
}
