// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/personrepository.h"
#include "core/services/duelist.h"
#include "core/services/servicerepository.h"
#include "core/tests/testhelpers.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace Casebook::Core;

namespace {

struct Fixture
{
    FixedClock clock {QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<CaseStore> store = Test::memoryStore(clock, DeviceRole::Coach);
    ServiceRepository services {*store};
    QString caseId;

    Fixture()
    {
        Person p;
        p.name = QStringLiteral("黃志明");
        p.sex = QStringLiteral("M");
        p.birthDate = QDate(1990, 1, 1);
        p.idNumber = QStringLiteral("A123456789");
        p.certSystem = QStringLiteral("new"); // eligible (seed 002 三(一))
        p.certCategories = {QStringLiteral("1")};
        auto personId = PersonRepository(*store).create({}, p);
        REQUIRE(personId);
        Case c;
        c.personId = *personId;
        c.intakeSource = QStringLiteral("self");
        c.receivedOn = QDate(2023, 12, 1);
        caseId = CaseRepository(*store).create({}, c)->id;
        SeProfile prof;
        prof.openedOn = QDate(2024, 1, 2);
        REQUIRE(services.setProfile({}, caseId, prof));
    }

    QString employer(int headcount)
    {
        auto id = services.addEmployer({},
            {{}, QStringLiteral("小林便當"), QStringLiteral("12345678"), QStringLiteral("68000020"),
                headcount, {}});
        REQUIRE(id);
        return *id;
    }

    void completeSixTables()
    {
        FormInstanceRepository forms(*store);
        for (const QString &f : ServiceRepository::sixTables()) {
            auto i = forms.create({}, caseId, f, QStringLiteral("1"));
            REQUIRE(i);
            REQUIRE(forms.setStatus({}, i->id, QStringLiteral("complete")));
        }
    }
};

} // namespace

TEST_CASE(
    "Example 7 on real records: the 表3-2 log and the six tables classify the case", "[services]")
{
    Fixture fx;
    for (QDate d(2024, 3, 4); d <= QDate(2024, 3, 15); d = d.addDays(1)) {
        if (d.dayOfWeek() < 6) {
            REQUIRE(fx.services.logSupportDay(
                {}, fx.caseId, {{}, d, 4, QStringLiteral("workplace"), QStringLiteral("示範")}));
        }
    }
    auto o = fx.services.outcome(fx.caseId, fx.clock.today());
    REQUIRE(o);
    CHECK(o->intensiveWorkingDays == 10);
    CHECK_FALSE(o->sixTablesComplete);
    CHECK(o->classification == EmploymentRules::Classification::General);
    fx.completeSixTables();
    o = fx.services.outcome(fx.caseId, fx.clock.today());
    CHECK(o->sixTablesComplete);
    CHECK(o->classification == EmploymentRules::Classification::Supported);
    // follow-up runs 3 months from the end of intensive support
    CHECK(o->intensiveEnd == QDate(2024, 3, 15));
    CHECK(o->followUpMinimumEnd == QDate(2024, 6, 14));
}

TEST_CASE("Example 8 on real records: placement evidence at a small employer and the success date",
    "[services]")
{
    Fixture fx;
    Placement p;
    p.caseId = fx.caseId;
    p.employerId = fx.employer(4);
    p.jobTitle = QStringLiteral("清潔員");
    p.weeklyHours = 24;
    // 24 hours a week at the 2024 hourly minimum of NT$183: 183 × 24 × 52 / 12 = NT$19,032 a month
    // at least.
    p.wage = 19031;
    p.startDate = QDate(2024, 1, 15);
    p.alternativeEvidence = {QStringLiteral("employment_insurance"), QStringLiteral("payroll")};
    auto id = fx.services.addPlacement({}, p);
    REQUIRE(id);
    p.id = *id;
    auto o = fx.services.outcome(fx.caseId, fx.clock.today());
    REQUIRE(o);
    CHECK(o->placementDate == QDate(2024, 1, 15)); // placed: the wage does not decide 推介成功
    CHECK_FALSE(o->successDate);                   // but 就業成功 needs lawful pay
    CHECK_FALSE(o->successExpected);
    CHECK(o->notSuccess.contains(QStringLiteral("19031")));
    CHECK(o->notSuccess.contains(QStringLiteral("19032")));
    p.wage = 19032;
    REQUIRE(fx.services.updatePlacement({}, p));
    o = fx.services.outcome(fx.caseId, fx.clock.today());
    CHECK(o->notSuccess.isEmpty());
    CHECK(o->successDate == QDate(2024, 4, 15));
    // before 113/04/15 the success is expected, not reached
    auto early = fx.services.outcome(fx.caseId, QDate(2024, 4, 14));
    CHECK_FALSE(early->successDate);
    CHECK(early->successExpected == QDate(2024, 4, 15));
}

TEST_CASE("Part-time under 20 hours places but never succeeds, a job left early does not succeed",
    "[services]")
{
    Fixture fx;
    Placement p;
    p.caseId = fx.caseId;
    p.employerId = fx.employer(30);
    p.weeklyHours = 18;
    p.startDate = QDate(2024, 1, 15);
    p.labourInsuranceFrom = QDate(2024, 1, 15);
    REQUIRE(fx.services.addPlacement({}, p));
    auto o = fx.services.outcome(fx.caseId, fx.clock.today());
    CHECK(o->placementDate == QDate(2024, 1, 15));
    CHECK_FALSE(o->successDate);

    Fixture fx2;
    p.caseId = fx2.caseId;
    p.employerId = fx2.employer(30);
    p.weeklyHours = 40;
    p.endDate = QDate(2024, 3, 1);
    REQUIRE(fx2.services.addPlacement({}, p));
    CHECK_FALSE(fx2.services.outcome(fx2.caseId, fx2.clock.today())->successDate);
}

TEST_CASE("Bad service records are refused and nothing is stored", "[services]")
{
    Fixture fx;
    const auto before = *fx.store->operationCount();
    CHECK_FALSE(fx.services.addEmployer({}, {{}, {}, {}, {}, 3, {}}));
    CHECK_FALSE(
        fx.services.addEmployer({}, {{}, QStringLiteral("x"), QStringLiteral("123"), {}, 3, {}}));
    CHECK_FALSE(fx.services.addEmployer({}, {{}, QStringLiteral("x"), {}, {}, 0, {}}));
    Placement p;
    p.caseId = fx.caseId;
    p.employerId = QStringLiteral("none");
    p.weeklyHours = 20;
    p.startDate = QDate(2024, 1, 1);
    CHECK_FALSE(fx.services.addPlacement({}, p));
    p.employerId = fx.employer(10);
    const auto afterEmployer = *fx.store->operationCount();
    p.weeklyHours = 90;
    CHECK_FALSE(fx.services.addPlacement({}, p));
    p.weeklyHours = 20;
    p.alternativeEvidence = {QStringLiteral("a letter from mum")};
    CHECK_FALSE(fx.services.addPlacement({}, p));
    CHECK_FALSE(fx.services.logSupportDay({}, fx.caseId, {{}, QDate(2024, 6, 4), 2, {}, {}}));
    CHECK_FALSE(fx.services.logSupportDay({}, fx.caseId, {{}, QDate(2024, 6, 3), 0, {}, {}}));
    CHECK(*fx.store->operationCount() == afterEmployer);
    CHECK(afterEmployer > before);
    CHECK(fx.store->check()->isSound());
}

TEST_CASE("Follow-up contacts are recorded and read back, bad ones are refused", "[services]")
{
    Fixture fx;
    REQUIRE(fx.services.addFollowUp({}, fx.caseId,
        {{}, QDate(2024, 5, 2), QStringLiteral("visit"), QStringLiteral("employed"),
            QStringLiteral("適應良好")}));
    REQUIRE(fx.services.addFollowUp({}, fx.caseId,
        {{}, QDate(2024, 4, 2), QStringLiteral("phone"), QStringLiteral("employed"), {}}));
    auto list = fx.services.followUps(fx.caseId);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->first().day == QDate(2024, 4, 2));
    CHECK(list->last().notes == QStringLiteral("適應良好"));
    CHECK_FALSE(fx.services.addFollowUp({}, fx.caseId,
        {{}, QDate(2024, 6, 4), QStringLiteral("visit"), QStringLiteral("employed"), {}}));
    CHECK_FALSE(fx.services.addFollowUp({}, fx.caseId,
        {{}, QDate(2024, 5, 4), QStringLiteral("telepathy"), QStringLiteral("employed"), {}}));
    CHECK_FALSE(fx.services.addFollowUp({}, fx.caseId,
        {{}, QDate(2024, 5, 4), QStringLiteral("visit"), QStringLiteral("retired"), {}}));
    CHECK(fx.services.followUps(fx.caseId)->size() == 2);
}

TEST_CASE("The due list reads only the cases whose follow-up can be due, and misses none of them",
    "[demo][services][due]")
{
    // The follow-up minimum's deadlines read only the cases with a support day, a job or a service
    // begun in a window before the day; every open supported-employment case decided by the
    // same rules over all its records must give the same list, on every day of a year and more.
    auto store = Test::memoryStore(SystemClock::instance());
    REQUIRE(DemoGenerator(*store).generate(300, 4));
    ServiceRepository services(*store);
    const auto records = services.allRecords();
    REQUIRE(records);
    const auto cases = CaseRepository(*store).cases();
    REQUIRE(cases);
    int shown = 0;
    const QDate today = QDate::currentDate();
    for (QDate day = today.addDays(-420); day <= today.addDays(90); day = day.addDays(2)) {
        INFO(day.toString(Qt::ISODate).toStdString());
        std::set<std::pair<QString, QDate>> expected;
        for (const Case &c : *cases) {
            if (c.status == CaseStatus::Closed || !records->profiles.contains(c.id))
                continue;
            const QDate end = ServiceRepository::outcomeOf(c.id, *records, day).followUpMinimumEnd;
            if (end.isValid() && day.daysTo(end) <= ServiceRepository::FollowUpShownAheadDays
                && day.daysTo(end) >= -ServiceRepository::FollowUpShownPastDays)
                expected.insert({c.id, end});
        }
        std::set<std::pair<QString, QDate>> actual;
        const auto due = services.deadlines(day);
        REQUIRE(due);
        for (const Deadline &d : *due) {
            if (d.kind == DeadlineKind::FollowUpMinimum)
                actual.insert({d.caseId, d.dueOn});
        }
        CHECK(actual == expected);
        shown += static_cast<int>(expected.size());
    }
    CHECK(shown > 50); // the window is crossed by many cases' follow-up
}

TEST_CASE("The due panel's first screenful is the start of the whole due list, on every day",
    "[demo][services][due]")
{
    // Read from indexes, a few cases of each kind of step: every deadline it gives must be the
    // whole list's, in the same order, and none of the whole list's may be missing before its end.
    auto store = Test::memoryStore(SystemClock::instance());
    REQUIRE(DemoGenerator(*store).generate(300, 4));
    // A date in another form than the application writes (as an imported bundle may carry): the
    // rules read it, so the first screenful must too, whatever its place in the index.
    const auto received = CaseRepository(*store).cases(CaseStatus::Received);
    REQUIRE(received);
    REQUIRE(received->size() > 3);
    const QString odd = received->at(2).id;
    REQUIRE(store->update(WriteContext {QStringLiteral("倪美玲"), {}, {}}, QStringLiteral("case"),
        odd, {{QStringLiteral("received_on"), QStringLiteral("2020/01/05")}}));
    const DueList due(*store);
    const QDate today = QDate::currentDate();
    int compared = 0;
    bool oddFirst = false;
    for (QDate day = today.addDays(-400); day <= today.addDays(120); day = day.addDays(5)) {
        const auto all = due.all(day);
        REQUIRE(all);
        for (int count : {1, 3, 10, 60}) {
            INFO(day.toString(Qt::ISODate).toStdString() << " count " << count);
            const auto first = due.first(day, count);
            REQUIRE(first);
            REQUIRE(first->size() <= all->size());
            for (qsizetype i = 0; i < first->size(); ++i) {
                const Deadline &a = first->at(i), &b = all->at(i);
                CHECK(a.kind == b.kind);
                CHECK(a.caseId == b.caseId);
                CHECK(a.dueOn == b.dueOn);
                CHECK(a.detail == b.detail);
                CHECK(a.daysLeft == b.daysLeft);
            }
            compared += static_cast<int>(first->size());
            if (!first->isEmpty() && first->first().caseId == odd)
                oddFirst = true;
        }
    }
    CHECK(oddFirst);       // the odd date, the earliest of all, comes first
    CHECK(compared > 500); // many days' first screenful holds deadlines
}

TEST_CASE("A caseload's due list, read by its cases' ids, is the whole list's part for them",
    "[demo][services][due]")
{
    // A coach's due list on a nation's store is computed from their cases alone: it must hold
    // exactly the whole list's deadlines of those cases, in the same order, with the units'
    // reports, on every day tested, for each coach's cases and for a handful of cases.
    auto store = Test::memoryStore(SystemClock::instance());
    REQUIRE(DemoGenerator(*store).generate(200, 6));
    const auto cases = CaseRepository(*store).cases();
    REQUIRE(cases);
    std::map<QString, QStringList> byCoach;
    for (const Case &c : *cases)
        byCoach[c.coachId] << c.id;
    REQUIRE(byCoach.size() > 2);
    QList<QStringList> caseloads;
    for (const auto &entry : byCoach)
        caseloads << entry.second;
    caseloads << QStringList {cases->at(0).id, cases->at(7).id, cases->at(40).id} << QStringList {};
    const DueList due(*store);
    const QDate today = QDate::currentDate();
    int compared = 0;
    for (QDate day = today.addDays(-400); day <= today.addDays(120); day = day.addDays(9)) {
        const auto all = due.all(day);
        REQUIRE(all);
        for (const QStringList &ids : std::as_const(caseloads)) {
            INFO(day.toString(Qt::ISODate).toStdString() << " cases " << ids.size());
            const QSet<QString> mine(ids.cbegin(), ids.cend());
            QList<Deadline> expected;
            for (const Deadline &d : *all) {
                if (d.caseId.isEmpty() || mine.contains(d.caseId))
                    expected << d;
            }
            const auto actual = due.of(day, ids);
            REQUIRE(actual);
            REQUIRE(actual->size() == expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                const Deadline &a = actual->at(i), &b = expected.at(i);
                CHECK(a.kind == b.kind);
                CHECK(a.caseId == b.caseId);
                CHECK(a.coachName == b.coachName);
                CHECK(a.dueOn == b.dueOn);
                CHECK(a.detail == b.detail);
            }
            compared += static_cast<int>(std::count_if(expected.cbegin(), expected.cend(),
                [](const Deadline &d) { return !d.caseId.isEmpty(); }));
        }
    }
    CHECK(compared > 300); // the caseloads hold many deadlines over the days
}

TEST_CASE("A kept due list brought up to the log's end is the whole list computed again",
    "[demo][services][due]")
{
    // The window keeps its due list between reloads and computes again only the cases changed
    // since (a nation's whole list takes seconds): after each kind of change it must be exactly
    // the whole list computed afresh, and where the changes reach beyond cases (a coach renamed,
    // a record moved to another case, another day) the whole list is computed.
    auto store = Test::memoryStore(SystemClock::instance());
    REQUIRE(DemoGenerator(*store).generate(200, 6));
    const WriteContext ctx {QStringLiteral("倪美玲"), {}, {}};
    const DueList due(*store);
    const QDate today = QDate::currentDate();
    auto same = [&](const KeptDueList &kept, const QDate &day) {
        const auto whole = due.all(day);
        REQUIRE(whole);
        REQUIRE(kept.day == day);
        REQUIRE(kept.deadlines.size() == whole->size());
        for (qsizetype i = 0; i < whole->size(); ++i) {
            const Deadline &a = kept.deadlines.at(i), &b = whole->at(i);
            INFO(i);
            CHECK(std::tie(a.kind, a.caseId, a.caseNo, a.personName, a.coachName, a.detail, a.dueOn,
                      a.daysLeft)
                == std::tie(b.kind, b.caseId, b.caseNo, b.personName, b.coachName, b.detail,
                    b.dueOn, b.daysLeft));
        }
    };
    auto kept = due.updated({}, today);
    REQUIRE(kept);
    CHECK(kept->recomputedCases == -1); // nothing kept: the whole list
    same(*kept, today);
    REQUIRE(kept->deadlines.size() > 20);
    // Nothing changed: nothing computed again.
    kept = due.updated(*kept, today);
    REQUIRE(kept);
    CHECK(kept->recomputedCases == 0);
    same(*kept, today);

    QSqlQuery q(store->database());
    auto one = [&q](const QString &sql) {
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        QString out = q.value(0).toString();
        q.finish();
        return out;
    };
    const QList<Deadline> before = kept->deadlines;
    const auto withCase = std::find_if(
        before.cbegin(), before.cend(), [](const Deadline &d) { return !d.caseId.isEmpty(); });
    REQUIRE(withCase != before.cend());
    // A person renamed: their cases' deadlines show the new name.
    const QString person
        = one(QStringLiteral("SELECT person_id FROM cases WHERE id = '%1'").arg(withCase->caseId));
    REQUIRE(store->update(ctx, QStringLiteral("person"), person,
        {{QStringLiteral("name"), QStringLiteral("王改名")}}));
    kept = due.updated(*kept, today);
    REQUIRE(kept);
    CHECK(kept->recomputedCases >= 1);
    CHECK(kept->recomputedCases < 10);
    same(*kept, today);
    CHECK(std::any_of(kept->deadlines.cbegin(), kept->deadlines.cend(),
        [](const Deadline &d) { return d.personName == QStringLiteral("王改名"); }));
    // A case with a deadline closed: its deadlines go.
    const QString closing = before.at(before.size() / 2).caseId.isEmpty()
        ? withCase->caseId
        : before.at(before.size() / 2).caseId;
    REQUIRE(store->update(ctx, QStringLiteral("case"), closing,
        {{QStringLiteral("status"), QStringLiteral("closed")},
            {QStringLiteral("closed_on"), today.toString(Qt::ISODate)}}));
    // A support day and a follow-up removed, a placement's start moved (supported employment's
    // deadlines).
    for (const char *table : {"support_days", "follow_ups", "placements"}) {
        const QString id = one(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id "
                                              "LIMIT 1")
                                   .arg(QLatin1String(table)));
        const QString entity = QLatin1String(table) == QLatin1String("support_days")
            ? QStringLiteral("support_day")
            : QLatin1String(table) == QLatin1String("follow_ups") ? QStringLiteral("follow_up")
                                                                  : QStringLiteral("placement");
        const QVariantMap fields = entity == QLatin1String("placement")
            ? QVariantMap {{QStringLiteral("start_date"), today.addDays(-40).toString(Qt::ISODate)}}
            : QVariantMap {{QStringLiteral("deleted"), 1}};
        REQUIRE(store->update(ctx, entity, id, fields));
    }
    kept = due.updated(*kept, today);
    REQUIRE(kept);
    CHECK(kept->recomputedCases >= 1);
    same(*kept, today);
    CHECK(std::none_of(kept->deadlines.cbegin(), kept->deadlines.cend(),
        [&closing](const Deadline &d) { return d.caseId == closing; }));
    // A support day moved to another case: the case it left is not in the log's new writes.
    const QString day = one(QStringLiteral("SELECT id FROM support_days WHERE deleted = 0 ORDER BY "
                                           "id DESC LIMIT 1"));
    REQUIRE(store->update(
        ctx, QStringLiteral("support_day"), day, {{QStringLiteral("case_id"), withCase->caseId}}));
    kept = due.updated(*kept, today);
    REQUIRE(kept);
    CHECK(kept->recomputedCases == -1);
    same(*kept, today);
    // A coach renamed: every case of theirs.
    const QString coach = one(QStringLiteral("SELECT id FROM staff ORDER BY id LIMIT 1"));
    REQUIRE(store->update(
        ctx, QStringLiteral("staff"), coach, {{QStringLiteral("name"), QStringLiteral("新名")}}));
    kept = due.updated(*kept, today);
    REQUIRE(kept);
    CHECK(kept->recomputedCases == -1);
    same(*kept, today);
    // Read again on another day: the whole list, for that day.
    kept = due.updated(*kept, today.addDays(1));
    REQUIRE(kept);
    CHECK(kept->recomputedCases == -1);
    same(*kept, today.addDays(1));
}

TEST_CASE("A case's support and follow-up days are read in one row each, as each row holds them",
    "[demo][services]")
{
    // The days of a case come joined in one row (SqlDialect::listOf): the same dates in the same
    // order as read one row at a time, with a day left empty or in another form (as an imported
    // bundle may carry) read as before, on both engines.
    auto store = Test::memoryStore(SystemClock::instance());
    REQUIRE(DemoGenerator(*store).generate(80, 9));
    const WriteContext ctx {QStringLiteral("倪美玲"), {}, {}};
    QSqlQuery q(store->database());
    for (const char *table : {"support_days", "follow_ups"}) {
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id")
                           .arg(QLatin1String(table))));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        REQUIRE(ids.size() > 3);
        const QString entity = QLatin1String(table) == QLatin1String("support_days")
            ? QStringLiteral("support_day")
            : QStringLiteral("follow_up");
        REQUIRE(store->update(ctx, entity, ids[0], {{QStringLiteral("day"), QVariant()}}));
        REQUIRE(store->update(ctx, entity, ids[1], {{QStringLiteral("day"), QString()}}));
        REQUIRE(store->update(
            ctx, entity, ids[2], {{QStringLiteral("day"), QStringLiteral("2024/02/30")}}));
    }
    const auto records = ServiceRepository(*store).allRecords();
    REQUIRE(records);
    for (auto [table, read] : {std::pair {"support_days", &records->supportDays},
             std::pair {"follow_ups", &records->followUpDays}}) {
        INFO(table);
        QHash<QString, QList<QDate>> expected;
        REQUIRE(q.exec(QStringLiteral("SELECT case_id, coalesce(day, '') FROM %1 WHERE deleted = 0")
                           .arg(QLatin1String(table))));
        QHash<QString, QStringList> texts;
        while (q.next())
            texts[q.value(0).toString()] << q.value(1).toString();
        for (auto it = texts.begin(); it != texts.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (const QString &t : std::as_const(*it))
                expected[it.key()] << QDate::fromString(t, Qt::ISODate);
        }
        CHECK(*read == expected);
        int invalid = 0;
        for (const QList<QDate> &days : std::as_const(*read))
            invalid += static_cast<int>(std::count(days.begin(), days.end(), QDate()));
        CHECK(invalid == 3); // none, empty, and 30 February
    }
}
