// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/cases/caseworkflow.h"
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

using namespace Casebook::Core;
using Casebook::Core::Test::memoryStore;

namespace {

struct Fixture
{
    FixedClock clock {QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<CaseStore> store = memoryStore(clock);
    CaseRepository cases {*store};
    QString unitId;
    QString personId;

    Fixture()
    {
        UnitRepository units(*store);
        unitId = *units.createUnit(
            {}, {{}, QStringLiteral("南區支持性就業服務中心"), QStringLiteral("supported"), {}});
        Person p;
        p.name = QStringLiteral("張家豪");
        p.sex = QStringLiteral("M");
        p.birthDate = QDate(1995, 7, 7);
        p.idNumber = QStringLiteral("A123456789");
        p.certSystem = QStringLiteral("new"); // eligible (seed 002 三(一))
        p.certCategories = {QStringLiteral("1")};
        p.district = QStringLiteral("68000020");
        personId = *PersonRepository(*store).create({}, p);
    }

    Case intake(const QDate &on = QDate(2024, 5, 20))
    {
        Case c;
        c.personId = personId;
        c.intakeSource = QStringLiteral("form1");
        c.referralUnitType = QStringLiteral("medical");
        c.referralUnitName = QStringLiteral("桃園療養院");
        c.receivedOn = on;
        auto r = cases.create({}, c);
        REQUIRE(r);
        return *r;
    }

    Result<Case> step(const QString &id, CaseStep s)
    {
        if (!s.on.isValid())
            s.on = clock.today();
        return cases.perform({}, id, s);
    }
};

CaseStep assess(AssessmentOutcome outcome)
{
    CaseStep s;
    s.action = CaseAction::Assess;
    s.outcome = outcome;
    if (outcome == AssessmentOutcome::Unsuitable) {
        s.referralTarget = QStringLiteral("社區心理衛生中心");
        s.transitionMeetingOn = QDate(2024, 6, 1);
    }
    return s;
}

CaseStep dispatchTo(const QString &unitId, const QString &goal = QStringLiteral("穩定就業"))
{
    CaseStep s;
    s.action = CaseAction::Dispatch;
    s.unitId = unitId;
    s.serviceType = QStringLiteral("05");
    s.planGoal = goal;
    return s;
}

CaseStep closeWith(const char *reason)
{
    CaseStep s;
    s.action = CaseAction::Close;
    s.closureReason = QString::fromLatin1(reason);
    return s;
}

} // namespace

TEST_CASE("Intake opens a case at the district's window", "[workflow]")
{
    Fixture f;
    const Case c = f.intake();
    CHECK(c.status == CaseStatus::Received);
    CHECK(c.window == QStringLiteral("south"));
    CHECK(c.caseNo == QStringLiteral("S113-00001"));
    CHECK(f.intake().caseNo == QStringLiteral("S113-00002"));
    auto events = f.cases.events(c.id);
    REQUIRE(events);
    REQUIRE(events->size() == 1);
    CHECK(events->first().action == QStringLiteral("intake"));

    Case bad;
    bad.personId = f.personId;
    bad.intakeSource = QStringLiteral("form1");
    bad.receivedOn = QDate(2024, 5, 1);
    CHECK_FALSE(f.cases.create({}, bad)); // referral without a unit
    bad.intakeSource = QStringLiteral("self");
    bad.receivedOn = QDate(2024, 7, 1);
    CHECK_FALSE(f.cases.create({}, bad)); // in the future
    bad.receivedOn = QDate(2024, 5, 1);
    bad.personId = QStringLiteral("nobody");
    CHECK_FALSE(f.cases.create({}, bad));
}

TEST_CASE("The whole SOP path: assess, plan, dispatch, answer, goal, close", "[workflow]")
{
    Fixture f;
    const Case c = f.intake();
    CHECK(CaseWorkflow::allowedActions(c)
        == QList<CaseAction> {CaseAction::Assess, CaseAction::Close});

    auto planning = f.step(c.id, assess(AssessmentOutcome::Suitable));
    REQUIRE(planning);
    CHECK(planning->status == CaseStatus::Planning);
    CHECK(planning->assessmentOutcome == QStringLiteral("suitable"));

    // Dispatch needs a plan goal and a unit.
    CHECK(f.step(c.id, dispatchTo({})).error().kind == Error::Kind::Invalid);
    CHECK(f.step(c.id, dispatchTo(f.unitId, {})).error().kind == Error::Kind::Invalid);
    auto dispatched = f.step(c.id, dispatchTo(f.unitId));
    REQUIRE(dispatched);
    CHECK(dispatched->status == CaseStatus::Dispatched);
    CHECK(f.step(c.id, dispatchTo(f.unitId)).error().kind
        == Error::Kind::NotAllowed); // same unit and service again

    auto ds = f.cases.dispatches(c.id);
    REQUIRE(ds->size() == 1);
    CaseStep answer;
    answer.action = CaseAction::AnswerDispatch;
    answer.dispatchId = ds->first().id;
    auto tracking = f.step(c.id, answer);
    REQUIRE(tracking);
    CHECK(tracking->status == CaseStatus::Tracking);
    CHECK(f.step(c.id, answer).error().kind == Error::Kind::NotAllowed);

    // Not closable as goal reached before the goal is recorded, nor before 6 months after it.
    CHECK(f.step(c.id, closeWith("01")).error().kind == Error::Kind::NotAllowed);
    CaseStep goal;
    goal.action = CaseAction::ReachGoal;
    REQUIRE(f.step(c.id, goal));
    f.clock.setNow(QDateTime(QDate(2024, 12, 2), QTime(9, 0), Qt::UTC));
    auto early = f.step(c.id, closeWith("01"));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("113/12/03")));
    f.clock.setNow(QDateTime(QDate(2024, 12, 3), QTime(9, 0), Qt::UTC));
    auto closed = f.step(c.id, closeWith("01"));
    REQUIRE(closed);
    CHECK(closed->status == CaseStatus::Closed);
    CHECK(CaseWorkflow::allowedActions(*closed).isEmpty());
    CHECK(
        f.step(c.id, assess(AssessmentOutcome::Suitable)).error().kind == Error::Kind::NotAllowed);

    auto events = f.cases.events(c.id);
    REQUIRE(events);
    QStringList actions;
    for (const auto &e : *events)
        actions << e.action;
    CHECK(actions
        == QStringList {QStringLiteral("intake"), QStringLiteral("assess"),
            QStringLiteral("dispatch"), QStringLiteral("answer_dispatch"),
            QStringLiteral("reach_goal"), QStringLiteral("close")});
}

TEST_CASE("Vocational evaluation and unsuitable paths", "[workflow]")
{
    Fixture f;
    const Case c = f.intake();
    auto eval = f.step(c.id, assess(AssessmentOutcome::ReferEvaluation));
    REQUIRE(eval);
    CHECK(eval->status == CaseStatus::VocationalEvaluation);
    CHECK(f.step(c.id, assess(AssessmentOutcome::ReferEvaluation)).error().kind
        == Error::Kind::NotAllowed);

    CaseStep unsuitable = assess(AssessmentOutcome::Unsuitable);
    unsuitable.referralTarget.clear();
    CHECK(f.step(c.id, unsuitable).error().kind == Error::Kind::Invalid);
    unsuitable = assess(AssessmentOutcome::Unsuitable);
    unsuitable.transitionMeetingOn = QDate();
    CHECK(f.step(c.id, unsuitable).error().kind == Error::Kind::Invalid);
    auto referred = f.step(c.id, assess(AssessmentOutcome::Unsuitable));
    REQUIRE(referred);
    CHECK(referred->status == CaseStatus::Unsuitable);
    CHECK(CaseWorkflow::allowedActions(*referred) == QList<CaseAction> {CaseAction::Close});
    CHECK(f.step(c.id, dispatchTo(f.unitId)).error().kind == Error::Kind::NotAllowed);
    CHECK(f.step(c.id, closeWith("04")).error().kind == Error::Kind::NotAllowed);
    auto closed = f.step(c.id, closeWith("02"));
    REQUIRE(closed);
    CHECK(closed->status == CaseStatus::Closed);
}

TEST_CASE("Every step outside the SOP is refused and changes nothing", "[workflow]")
{
    Fixture f;
    const Case c = f.intake();
    const auto opsBefore = *f.store->operationCount();
    for (CaseAction a : {CaseAction::Dispatch, CaseAction::AnswerDispatch, CaseAction::ReachGoal}) {
        CaseStep s;
        s.action = a;
        s.unitId = f.unitId;
        s.serviceType = QStringLiteral("05");
        auto r = f.step(c.id, s);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == Error::Kind::NotAllowed);
    }
    CaseStep future = assess(AssessmentOutcome::Suitable);
    future.on = QDate(2024, 6, 4);
    CHECK(f.step(c.id, future).error().kind == Error::Kind::Invalid);
    CaseStep beforeReceipt = assess(AssessmentOutcome::Suitable);
    beforeReceipt.on = QDate(2024, 5, 1);
    CHECK(f.step(c.id, beforeReceipt).error().kind == Error::Kind::Invalid);
    CHECK(f.step(c.id, closeWith("77")).error().kind == Error::Kind::Invalid);
    CHECK(*f.store->operationCount() == opsBefore);
    CHECK(f.cases.find(c.id)->status == CaseStatus::Received);

    // Early closure for another reason is allowed from any open state.
    auto lost = f.step(c.id, closeWith("04"));
    REQUIRE(lost);
    CHECK(lost->status == CaseStatus::Closed);
}

TEST_CASE("Allowed actions per state", "[workflow]")
{
    Case c;
    using L = QList<CaseAction>;
    c.status = CaseStatus::Planning;
    CHECK(CaseWorkflow::allowedActions(c) == L {CaseAction::Dispatch, CaseAction::Close});
    c.status = CaseStatus::Dispatched;
    CHECK(CaseWorkflow::allowedActions(c)
        == L {CaseAction::Dispatch, CaseAction::AnswerDispatch, CaseAction::Close});
    c.status = CaseStatus::Tracking;
    CHECK(CaseWorkflow::allowedActions(c).contains(CaseAction::ReachGoal));
    c.goalReachedOn = QDate(2024, 1, 1);
    CHECK_FALSE(CaseWorkflow::allowedActions(c).contains(CaseAction::ReachGoal));
    for (CaseStatus s : CaseWorkflow::allStatuses())
        CHECK(CaseWorkflow::statusFromKey(CaseWorkflow::statusKey(s)) == s);
}

TEST_CASE(
    "Intake checks eligibility, a case manager can accept a refused intake with a written reason",
    "[workflow][eligibility]")
{
    Fixture f; // a window's store (memoryStore's default role)
    auto person = [&](const char *id, const QDate &born, const QString &cert,
                      const QStringList &tags = {}, const QDate &validUntil = {}) {
        Person p;
        p.name = QStringLiteral("個案");
        p.sex = QStringLiteral("F");
        p.birthDate = born;
        p.idNumber = QString::fromLatin1(id);
        p.certSystem = cert;
        if (cert == QLatin1String("new"))
            p.certCategories = {QStringLiteral("1")};
        p.certValidUntil = validUntil;
        p.identityTags = tags;
        auto created = PersonRepository(*f.store).create({}, p);
        REQUIRE(created);
        return *created;
    };
    auto intake = [&](const QString &personId, const QString &reason = {}) {
        Case c;
        c.personId = personId;
        c.intakeSource = QStringLiteral("self");
        c.receivedOn = QDate(2024, 5, 20);
        c.eligibilityOverride = reason;
        return f.cases.create({QStringLiteral("林職管員"), {}, {}}, c);
    };
    auto nationalId = [](int n) {
        return DemoGenerator::makeNationalId(QLatin1Char('H'), 2, 5000000 + n).toLatin1();
    };
    const QString young = person(
        nationalId(1).constData(), QDate(2009, 5, 21), QStringLiteral("new")); // 15 on 05-21
    const QString none
        = person(nationalId(2).constData(), QDate(1990, 1, 1), QStringLiteral("psychiatric"));
    const QString lapsed = person(nationalId(3).constData(), QDate(1990, 1, 1),
        QStringLiteral("new"), {}, QDate(2024, 5, 19));
    const QString injured = person(nationalId(4).constData(), QDate(1990, 1, 1),
        QStringLiteral("none"), {QStringLiteral("injured_worker")});

    const qint64 before = *f.store->operationCount();
    for (const auto &[id, why] : {std::pair {young, "under 15"},
             {none, "no disability certificate"}, {lapsed, "expired on 113/05/19"}}) {
        INFO(why);
        auto refused = intake(id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::NotAllowed);
        CHECK(refused.error().message.contains(QString::fromUtf8(why)));
        CHECK(refused.error().message.contains(QStringLiteral("written reason")));
    }
    CHECK(*f.store->operationCount() == before); // nothing stored
    // An occupationally injured worker needs no certificate; turning 15 on the day counts.
    CHECK(intake(injured));
    CHECK(CaseRepository::eligibilityProblems(
        *PersonRepository(*f.store).find(young), QDate(2024, 5, 21))
              .isEmpty());

    // The case manager accepts the 表二 referral with a reason: kept with the case and in its
    // history.
    auto accepted = intake(none, QStringLiteral("表二轉介，精神科診斷證明書在案，證明鑑定中"));
    REQUIRE(accepted);
    CHECK(f.cases.find(accepted->id)->eligibilityOverride
        == QStringLiteral("表二轉介，精神科診斷證明書在案，證明鑑定中"));
    // The due list reads the accepted case as received (its assessment is due).
    auto open = f.cases.openTimelines();
    REQUIRE(open);
    const auto timeline = std::find_if(open->begin(), open->end(),
        [&](const CaseTimeline &t) { return t.caseId == accepted->id; });
    REQUIRE(timeline != open->end());
    CHECK(timeline->caseNo == accepted->caseNo);
    CHECK(timeline->status == CaseStatus::Received);
    CHECK(timeline->receivedOn == accepted->receivedOn);
    auto events = f.cases.events(accepted->id);
    REQUIRE(events);
    const auto override = std::find_if(events->begin(), events->end(),
        [](const CaseEvent &e) { return e.action == QLatin1String("eligibility_override"); });
    REQUIRE(override != events->end());
    CHECK(override->actor == QStringLiteral("林職管員"));
    CHECK(override->note.contains(QStringLiteral("no disability certificate")));
    // A blank reason is no reason.
    CHECK_FALSE(intake(lapsed, QStringLiteral("   ")));

    // A unit's store (a coach's laptop) cannot accept it: that is the case manager's decision.
    FixedClock clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    auto laptop = memoryStore(clock, DeviceRole::Coach);
    Person p;
    p.name = QStringLiteral("個案");
    p.sex = QStringLiteral("F");
    p.birthDate = QDate(1990, 1, 1);
    p.idNumber = QStringLiteral("A123456789");
    p.certSystem = QStringLiteral("psychiatric");
    Case c;
    c.personId = *PersonRepository(*laptop).create({}, p);
    c.intakeSource = QStringLiteral("self");
    c.receivedOn = QDate(2024, 5, 20);
    c.eligibilityOverride = QStringLiteral("職管員口頭同意");
    auto refused = CaseRepository(*laptop).create({}, c);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("case manager")));
}

TEST_CASE("A step taken today is undone with a reason, and only that step", "[workflow][undo]")
{
    Fixture f;
    const Case c = f.intake();
    // The intake is not a step to undo.
    CHECK_FALSE(f.cases.undoableStep(c.id).value());
    CHECK(f.cases.undoLastStep({}, c.id, QStringLiteral("誤按")).error().kind
        == Error::Kind::NotAllowed);

    REQUIRE(f.step(c.id, assess(AssessmentOutcome::Suitable)));
    auto undoable = f.cases.undoableStep(c.id);
    REQUIRE(undoable);
    REQUIRE(*undoable);
    CHECK((*undoable)->action == QStringLiteral("assess"));

    // Without a reason nothing changes.
    const QByteArray before = f.store->domainDigest().value();
    CHECK(
        f.cases.undoLastStep({}, c.id, QStringLiteral("  ")).error().kind == Error::Kind::Invalid);
    CHECK(f.store->domainDigest().value() == before);

    auto undone = f.cases.undoLastStep({}, c.id, QStringLiteral("評估結果按錯了"));
    REQUIRE(undone);
    CHECK(undone->status == CaseStatus::Received);
    CHECK_FALSE(undone->assessedOn.isValid());
    CHECK(undone->assessmentOutcome.isEmpty());
    auto events = f.cases.events(c.id).value();
    REQUIRE(events.size() == 3);
    CHECK(events.last().action == QStringLiteral("undo"));
    CHECK(events.last().fromStatus == QStringLiteral("planning"));
    CHECK(events.last().toStatus == QStringLiteral("received"));
    CHECK(events.last().note == QStringLiteral("評估結果按錯了"));
    // The undo is not undone in turn; the assessment can be taken again.
    CHECK_FALSE(f.cases.undoableStep(c.id).value());
    REQUIRE(f.step(c.id, assess(AssessmentOutcome::Suitable)));

    // A dispatch undone: the dispatch is withdrawn, the status and goal as they were.
    REQUIRE(f.step(c.id, dispatchTo(f.unitId, QStringLiteral("穩定就業"))));
    REQUIRE(f.cases.dispatches(c.id)->size() == 1);
    auto back = f.cases.undoLastStep({}, c.id, QStringLiteral("派錯單位"));
    REQUIRE(back);
    CHECK(back->status == CaseStatus::Planning);
    CHECK(f.cases.dispatches(c.id)->isEmpty());
    // Rebuilt from the log alone, the store is the same (the undo is ordinary operations).
    auto report = f.store->check();
    REQUIRE(report);
    CHECK(report->isSound());

    // A step of yesterday is corrected by the next step, not undone.
    REQUIRE(f.step(c.id, dispatchTo(f.unitId)));
    f.clock.advanceDays(1);
    CHECK_FALSE(f.cases.undoableStep(c.id).value());
    const QByteArray kept = f.store->domainDigest().value();
    CHECK(f.cases.undoLastStep({}, c.id, QStringLiteral("太晚了")).error().kind
        == Error::Kind::NotAllowed);
    CHECK(f.store->domainDigest().value() == kept);
}

TEST_CASE("The case list read in pages is the whole list in the same order, scoped alike",
    "[cases][paging]")
{
    auto store = memoryStore();
    REQUIRE(DemoGenerator(*store).generate(60, 17));
    // Two cases with no received day and no number: they page too (they come last).
    for (int i = 0; i < 2; ++i) {
        const QString person = QStringLiteral("p-nodate-%1").arg(i);
        REQUIRE(store->insert({}, QStringLiteral("person"), person,
            {{QStringLiteral("name"), QStringLiteral("未填%1").arg(i)}}));
        REQUIRE(store->insert({}, QStringLiteral("case"), QStringLiteral("c-nodate-%1").arg(i),
            {{QStringLiteral("person_id"), person},
                {QStringLiteral("status"), QStringLiteral("received")}}));
    }
    CaseRepository cases(*store);
    auto whole = cases.listRows();
    REQUIRE(whole);
    REQUIRE(whole->size() > 40);
    CHECK(whole->last().caseNo.isEmpty());
    auto ids = [](const QList<CaseListRow> &rows) {
        QStringList out;
        for (const CaseListRow &r : rows)
            out << r.caseId + QLatin1Char('|') + r.unitNames + QLatin1Char('|') + r.coachName;
        return out;
    };
    auto paged = [&](const CaseListScope &scope, int size) {
        QList<CaseListRow> all;
        auto page = cases.listRows(scope, size);
        REQUIRE(page);
        while (!page->isEmpty()) {
            CHECK(page->size() <= size);
            all += *page;
            const CaseListRow last = page->last();
            page = cases.listRows(scope, size, &last);
            REQUIRE(page);
        }
        return all;
    };
    for (int size : {1, 7, 25, 1000})
        CHECK(ids(paged({}, size)) == ids(*whole));
    // Newest received first.
    for (qsizetype i = 1; i < whole->size(); ++i) {
        if (whole->at(i).receivedOn.isValid())
            CHECK(whole->at(i - 1).receivedOn >= whole->at(i).receivedOn);
    }
    // A unit's and a coach's list page the same way.
    QString unit;
    QString coach;
    for (const CaseListRow &r : *whole) {
        if (unit.isEmpty() && !r.unitIds.isEmpty())
            unit = r.unitIds.first();
        if (coach.isEmpty() && !r.coachId.isEmpty())
            coach = r.coachId;
    }
    REQUIRE_FALSE(unit.isEmpty());
    REQUIRE_FALSE(coach.isEmpty());
    for (const CaseListScope &scope :
        {CaseListScope {{}, {}, unit}, CaseListScope {coach, {}, {}}}) {
        auto scoped = cases.listRows(scope);
        REQUIRE(scoped);
        REQUIRE_FALSE(scoped->isEmpty());
        CHECK(ids(paged(scope, 3)) == ids(*scoped));
    }
}
