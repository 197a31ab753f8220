// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/demo/demogenerator.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/personrepository.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/reportfilings.h"
#include "core/services/grouprepository.h"
#include "core/services/servicerepository.h"
#include "core/tests/monthlyfixture.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

#include <QTemporaryDir>

using namespace Casebook::Core;
using Casebook::Core::Test::MonthlyFixture;

TEST_CASE("A month is written as the ROC year and the month", "[reports][monthly]")
{
    CHECK(*MonthlyReport::parseMonth(QStringLiteral("107-05")) == QDate(2018, 5, 1));
    CHECK(*MonthlyReport::parseMonth(QStringLiteral("107/5")) == QDate(2018, 5, 1));
    CHECK(*MonthlyReport::parseMonth(QStringLiteral("113年12月")) == QDate(2024, 12, 1));
    for (const char *bad : {"", "107", "107-13", "107-00", "2018-05-01", "abc", "107-5-1"}) {
        INFO(bad);
        auto m = MonthlyReport::parseMonth(QString::fromLatin1(bad));
        REQUIRE_FALSE(m);
        CHECK(m.error().kind == Error::Kind::Invalid);
    }
}

TEST_CASE("表6-1 lists the cases served in the month and 表6-2 counts the month and the year",
    "[reports][monthly]")
{
    MonthlyFixture f;
    // A: supported, placed 4 March; employed 3 months in June.
    const QString a = f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(2024, 3, 4), false, true);
    // B: remote, placed 1 May; counts twice.
    const QString b = f.addCase(
        "F131232216", QStringLiteral("李美華"), QDate(2024, 2, 1), QDate(2024, 5, 1), true, false);
    // C: opened in July, not served in May.
    f.addCase("A800000014", QStringLiteral("張志強"), QDate(2024, 7, 1), QDate(), false, false);

    auto may = MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit);
    REQUIRE(may);
    CHECK(may->from == QDate(2024, 5, 1));
    CHECK(may->to == QDate(2024, 5, 31));
    CHECK(may->due == QDate(2024, 6, 10));
    CHECK(may->unitName == QStringLiteral("北區中心"));
    CHECK(may->rulesFrom == QStringLiteral("107"));
    REQUIRE(may->cases.size() == 2);
    const MonthlyCaseRow &rowA = may->cases.at(0).caseNo == a ? may->cases.at(0) : may->cases.at(1);
    const MonthlyCaseRow &rowB = may->cases.at(0).caseNo == b ? may->cases.at(0) : may->cases.at(1);
    CHECK(rowA.personName == QStringLiteral("王小明"));
    CHECK(rowA.serviceType == QStringLiteral("supported"));
    CHECK(rowA.intensiveDays == 10);
    CHECK(rowA.placementDate == QDate(2024, 3, 4));
    CHECK(rowA.employer == QStringLiteral("全聯福利中心"));
    CHECK(rowA.tablesComplete.size() == 6);
    CHECK_FALSE(rowA.success); // not yet 3 months by 31 May
    CHECK(rowA.successDate.month() == 6);
    CHECK(rowB.remote);
    CHECK(rowB.serviceType == QStringLiteral("general"));
    CHECK(rowB.tablesComplete.isEmpty());
    CHECK(rowB.disability.startsWith(QStringLiteral("第一類")));
    // A handbook of the old system is named as such, not mixed unmarked with the new classes.
    {
        auto persons = PersonRepository(*f.store).search(QStringLiteral("李美華"));
        REQUIRE(persons);
        REQUIRE(persons->size() == 1);
        Person old = persons->first();
        old.certSystem = QStringLiteral("old");
        old.certCategories = {QStringLiteral("05")};
        REQUIRE(PersonRepository(*f.store).update({}, old));
        auto again = MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit);
        REQUIRE(again);
        for (const MonthlyCaseRow &r : again->cases) {
            if (r.caseNo == b)
                CHECK(r.disability == QStringLiteral("舊制肢體障礙"));
        }
    }

    REQUIRE(may->coaches.size() == 1); // the other unit's coach is left out
    const MonthlyCoachRow &coach = may->coaches.first();
    CHECK(coach.coachName == QStringLiteral("陳怡君"));
    CHECK(coach.month.placementsRaw == 1);    // B in May
    CHECK(coach.month.placementCredits == 2); // remote: twice
    CHECK(coach.year.placementsRaw == 2);     // A and B by the end of May
    CHECK(coach.year.placementCredits == 3);
    CHECK(coach.year.supportedRaw == 0);
    CHECK(coach.yearInput.newCases == 2);
    CHECK(may->total.year.placementTarget == coach.year.placementTarget);

    // June: A reaches 3 months of employment as a supported success.
    auto june = MonthlyReport::build(*f.store, QStringLiteral("113-06"), f.unit);
    REQUIRE(june);
    CHECK(june->coaches.first().month.supportedRaw == 1);
    CHECK(june->coaches.first().month.placementsRaw == 0);
    CHECK(june->coaches.first().year.placementsRaw == 2);

    // July: C is served; all units list both coaches.
    auto july = MonthlyReport::build(*f.store, QStringLiteral("113-07"));
    REQUIRE(july);
    CHECK(july->cases.size() == 3);
    CHECK(july->coaches.size() == 2);
    CHECK(july->unitName.isEmpty());
}

TEST_CASE("A monthly report of an unknown unit is refused", "[reports][monthly]")
{
    MonthlyFixture f;
    auto r
        = MonthlyReport::build(*f.store, QStringLiteral("113-05"), QStringLiteral("no-such-unit"));
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::NotFound);
    auto m = MonthlyReport::build(*f.store, QStringLiteral("113-13"));
    REQUIRE_FALSE(m);
    CHECK(m.error().kind == Error::Kind::Invalid);
}

TEST_CASE(
    "Supported-employment deadlines: follow-up minimum, monthly report, expiring certificates",
    "[deadlines]")
{
    MonthlyFixture f;
    f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(2024, 3, 4), false, true);
    const QString b = f.addCase(
        "F131232216", QStringLiteral("李美華"), QDate(2024, 2, 1), QDate(), false, false);
    auto caseB = CaseRepository(*f.store).cases();
    REQUIRE(caseB);
    QString personB;
    for (const Case &c : *caseB) {
        if (c.caseNo == b)
            personB = c.personId;
    }
    REQUIRE(f.store->update({}, QStringLiteral("person"), personB,
        {{QStringLiteral("cert_valid_until"), QDate(2024, 7, 31)}}));
    ServiceRepository services(*f.store);

    // 10 working days from 4 March 2024 end on 15 March; the 3-month minimum runs to 14 June (its
    // last day).
    auto june5 = services.deadlines(QDate(2024, 6, 5));
    REQUIRE(june5);
    auto find = [](const QList<Deadline> &list, DeadlineKind kind) {
        QList<Deadline> out;
        for (const Deadline &d : list) {
            if (d.kind == kind)
                out << d;
        }
        return out;
    };
    auto follow = find(*june5, DeadlineKind::FollowUpMinimum);
    REQUIRE(follow.size() == 1);
    CHECK(follow.first().dueOn == QDate(2024, 6, 14));
    CHECK(follow.first().daysLeft == 9);
    CHECK(find(*services.deadlines(QDate(2024, 5, 1)), DeadlineKind::FollowUpMinimum)
              .isEmpty()); // not yet near
    CHECK(find(*services.deadlines(QDate(2024, 8, 1)), DeadlineKind::FollowUpMinimum)
              .isEmpty()); // long passed

    auto report = find(*june5, DeadlineKind::MonthlyReport);
    REQUIRE(report.size() == 1);
    CHECK(report.first().dueOn == QDate(2024, 6, 10)); // May's report
    CHECK(report.first().detail == QStringLiteral("北區中心"));
    CHECK(find(*services.deadlines(QDate(2024, 6, 11)), DeadlineKind::MonthlyReport).first().dueOn
        == QDate(2024, 7, 10));
    // The annual work report is due by 31 December and shows in December only.
    CHECK(find(*june5, DeadlineKind::AnnualReport).isEmpty());
    auto annual = find(*services.deadlines(QDate(2024, 12, 2)), DeadlineKind::AnnualReport);
    REQUIRE(annual.size() == 1);
    CHECK(annual.first().dueOn == QDate(2024, 12, 31));
    CHECK(annual.first().detail == QStringLiteral("北區中心"));

    auto cert = find(*june5, DeadlineKind::Certificate);
    REQUIRE(cert.size() == 1); // 56 days ahead
    CHECK(cert.first().caseNo == b);
    CHECK(find(*services.deadlines(QDate(2024, 5, 1)), DeadlineKind::Certificate)
              .isEmpty()); // 91 days ahead
    CHECK(find(*services.deadlines(QDate(2024, 8, 5)), DeadlineKind::Certificate)
              .first()
              .isOverdue());
}

TEST_CASE("Workplace-adaptation service offsets the placement target: 5 persons -> 1, 8 -> 2",
    "[reports][adaptation]")
{
    MonthlyFixture f;
    ServiceRepository services(*f.store);
    QStringList cases;
    for (int i = 0; i < 8; ++i) {
        const QByteArray id
            = DemoGenerator::makeNationalId(QLatin1Char('H'), 1, 3000000 + i).toLatin1();
        cases << f.addCase(id.constData(), QStringLiteral("適應%1").arg(i), QDate(2024, 2, 1),
            QDate(), false, false);
    }
    auto all = CaseRepository(*f.store).cases();
    REQUIRE(all);
    auto idOf = [&](const QString &caseNo) {
        for (const Case &c : *all) {
            if (c.caseNo == caseNo)
                return c.id;
        }
        return QString();
    };
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("113"));
    REQUIRE(rules);
    auto targetWith = [&](int persons) {
        auto table = PerformanceReport::build(*f.store, *rules, QDate(2024, 12, 31), f.unit);
        REQUIRE(table);
        REQUIRE(table->size() == 1);
        CHECK(table->first().adaptationPersons == persons);
        return table->first().figures.placementTarget;
    };
    CHECK(targetWith(0) == 12);
    for (int i = 0; i < 4; ++i) {
        REQUIRE(services.addAdaptation(
            {}, idOf(cases.at(i)), {{}, QDate(2024, 3, 1), QDate(2024, 5, 31), {}}));
    }
    CHECK(targetWith(4) == 12);
    REQUIRE(services.addAdaptation({}, idOf(cases.at(4)), {{}, QDate(2024, 6, 1), {}, {}}));
    CHECK(targetWith(5) == 11);
    // The same person twice counts once.
    REQUIRE(services.addAdaptation({}, idOf(cases.at(4)), {{}, QDate(2024, 8, 1), {}, {}}));
    CHECK(targetWith(5) == 11);
    for (int i = 5; i < 8; ++i)
        REQUIRE(services.addAdaptation({}, idOf(cases.at(i)), {{}, QDate(2024, 9, 1), {}, {}}));
    CHECK(targetWith(8) == 10);
    // A service of an earlier year does not count; bad dates are refused.
    CHECK_FALSE(services.addAdaptation({}, idOf(cases.at(0)), {{}, QDate(2025, 1, 1), {}, {}}));
    CHECK_FALSE(services.addAdaptation(
        {}, idOf(cases.at(0)), {{}, QDate(2024, 3, 1), QDate(2024, 2, 1), {}}));

    // 表6-2 shows the persons and the offset, month and year.
    auto sept = MonthlyReport::build(*f.store, QStringLiteral("113-09"), f.unit);
    REQUIRE(sept);
    CHECK(sept->coaches.first().monthInput.adaptationPersons == 4); // cases 4 (open) and 5-7
    CHECK(sept->coaches.first().year.adaptationOffset == 2);
}

TEST_CASE("Service records are corrected and withdrawn, the outcome follows", "[services]")
{
    MonthlyFixture f;
    const QString caseNo = f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(2024, 3, 4), false, true);
    QString caseId;
    const auto all = CaseRepository(*f.store).cases();
    REQUIRE(all);
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    ServiceRepository services(*f.store);
    auto before = services.outcome(caseId, QDate(2024, 12, 31));
    REQUIRE(before);
    CHECK(before->successDate.has_value());
    CHECK(before->intensiveWorkingDays == 10);
    // The employment ended after two months: no success.
    Placement p = services.placements(caseId)->first();
    p.endDate = QDate(2024, 5, 3);
    REQUIRE(services.updatePlacement({}, p));
    CHECK_FALSE(services.outcome(caseId, QDate(2024, 12, 31))->successDate.has_value());
    p.weeklyHours = 0;
    CHECK_FALSE(services.updatePlacement({}, p)); // the same checks as a new placement
    // A day of support logged by mistake is withdrawn: 9 working days, general.
    const SupportDay first = services.supportDays(caseId)->first();
    REQUIRE(services.withdraw({}, QStringLiteral("support_day"), first.id));
    CHECK_FALSE(services.withdraw({}, QStringLiteral("support_day"), first.id));
    const auto after = services.outcome(caseId, QDate(2024, 12, 31));
    CHECK(after->intensiveWorkingDays == 9);
    CHECK(after->classification == EmploymentRules::Classification::General);
    CHECK_FALSE(services.withdraw({}, QStringLiteral("person"), caseId)); // only service records
    CHECK(f.store->check()->isSound());
}

TEST_CASE(
    "Example 6: the group model needs 9 persons, 70% of them stable 6 months, 3 persons a session",
    "[reports][group]")
{
    MonthlyFixture f;
    // Ten persons; seven stay employed 6 months (placed in January), three do not (placed in
    // October).
    QStringList caseIds;
    for (int i = 0; i < 10; ++i) {
        const QByteArray id
            = DemoGenerator::makeNationalId(QLatin1Char('J'), 2, 4000000 + i).toLatin1();
        const QDate start = i < 7 ? QDate(2024, 1, 8) : QDate(2024, 10, 1);
        const QString caseNo = f.addCase(id.constData(), QStringLiteral("群組%1").arg(i),
            QDate(2024, 1, 2), start, false, false);
        const auto all = CaseRepository(*f.store).cases();
        for (const Case &c : *all) {
            if (c.caseNo == caseNo)
                caseIds << c.id;
        }
    }
    REQUIRE(caseIds.size() == 10);
    GroupRepository groups(*f.store);
    CHECK_FALSE(groups.createGroup({}, {{}, QStringLiteral(" "), f.coach, QDate(2024, 1, 2)}));
    const QString a
        = *groups.createGroup({}, {{}, QStringLiteral("A組"), f.coach, QDate(2024, 1, 2)});
    const QString b
        = *groups.createGroup({}, {{}, QStringLiteral("B組"), f.coach, QDate(2024, 1, 2)});
    const QString c
        = *groups.createGroup({}, {{}, QStringLiteral("C組"), f.coach, QDate(2024, 1, 2)});
    for (int i = 0; i < 10; ++i) {
        REQUIRE(
            groups.addMember({}, i < 4 ? a : (i < 7 ? b : c), caseIds.at(i), QDate(2024, 1, 3)));
    }
    CHECK_FALSE(groups.addMember({}, a, caseIds.at(0), QDate(2024, 1, 3))); // once
    for (const QString &g : {a, b, c}) {
        REQUIRE(groups.addSession(
            {}, g, {{}, QDate(2024, 2, 1), 3, QStringLiteral("職場溝通"), false}));
    }
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("113"));
    REQUIRE(rules);
    // P-07 needs the six tables as well: without them no one counts as stable.
    auto untabled = groups.evaluate(
        *rules, f.coach, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31));
    REQUIRE(untabled);
    CHECK(untabled->stable == 0);
    CHECK(untabled->stableWithoutTables.size() == 7);
    CHECK_FALSE(untabled->met);
    FormInstanceRepository forms(*f.store);
    for (const QString &id : caseIds) {
        for (const QString &t : ServiceRepository::sixTables()) {
            REQUIRE(forms.setStatus(
                {}, forms.create({}, id, t, QStringLiteral("1"))->id, QStringLiteral("complete")));
        }
    }
    auto year = groups.evaluate(
        *rules, f.coach, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31));
    REQUIRE(year);
    CHECK(year->served == 10);
    CHECK(year->requiredStable == 7); // ⌈0.7 × 10⌉
    CHECK(year->stable == 7);         // employed from 8 January: 6 months on 7 July
    CHECK(year->met);
    // The stable period is the rule file's: with 12 months nobody is stable by the year's end.
    PlanYearRules longer = *rules;
    longer.groupStableMonths = 12;
    CHECK(
        groups
            .evaluate(longer, f.coach, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31))
            ->stable
        == 0);
    // 9 served: ⌈6.3⌉ = 7 as well.
    CHECK(PerformanceRules::requiredStable(*rules, 9) == 7);
    // A session with only 2 persons is flagged, and the year no longer meets the rule.
    REQUIRE(groups.addSession({}, c, {{}, QDate(2024, 3, 1), 2, {}, false}));
    auto flagged = groups.sessions(c);
    REQUIRE(flagged);
    CHECK(flagged->last().tooSmall);
    year = groups.evaluate(
        *rules, f.coach, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 12, 31));
    CHECK(year->tooSmallSessions == 1);
    CHECK_FALSE(year->met);
    // Stable is counted on the day: in June nobody has 6 months yet.
    CHECK(groups
              .evaluate(*rules, f.coach, QDate(2024, 1, 1), QDate(2024, 12, 31), QDate(2024, 6, 30))
              ->stable
        == 0);
    CHECK(GroupRepository::stableFrom(QDate(2024, 1, 8), QDate(), 6, QDate(2024, 7, 7))
        == QDate(2024, 7, 7));
    CHECK_FALSE(
        GroupRepository::stableFrom(QDate(2024, 1, 8), QDate(2024, 7, 6), 6, QDate(2024, 12, 31))
            .isValid());
    // The performance table carries it.
    auto table = PerformanceReport::build(*f.store, *rules, QDate(2024, 12, 31), f.unit);
    REQUIRE(table);
    CHECK(table->first().group.served == 10);
}

TEST_CASE("A post-employment support extension follows the closure and lasts at most 18 months",
    "[services][extension]")
{
    MonthlyFixture f;
    const QString caseNo = f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(), false, false);
    CaseRepository cases(*f.store);
    QString caseId;
    const auto all = cases.cases();
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    ServiceRepository services(*f.store);
    CHECK_FALSE(
        services.addExtension({}, caseId, {{}, QDate(2024, 3, 1), {}, {}})); // the case is open
    CaseStep assess;
    assess.action = CaseAction::Assess;
    assess.on = QDate(2024, 1, 5);
    assess.outcome = AssessmentOutcome::Unsuitable;
    assess.referralTarget = QStringLiteral("衛生局");
    assess.transitionMeetingOn = QDate(2024, 1, 8);
    REQUIRE(cases.perform({}, caseId, assess));
    CaseStep close;
    close.action = CaseAction::Close;
    close.on = QDate(2024, 2, 1);
    close.closureReason = QStringLiteral("02");
    REQUIRE(cases.perform({}, caseId, close));
    CHECK_FALSE(
        services.addExtension({}, caseId, {{}, QDate(2024, 1, 20), {}, {}})); // before the closure
    CHECK_FALSE(services.addExtension(
        {}, caseId, {{}, QDate(2024, 2, 1), QDate(2025, 8, 2), {}})); // > 18 months
    REQUIRE(services.addExtension(
        {}, caseId, {{}, QDate(2024, 2, 1), {}, QStringLiteral("每月電話關懷")}));
    const auto ext = services.extensions(caseId);
    REQUIRE(ext->size() == 1);
    CHECK(ext->first().endsOn == QDate(2025, 8, 1)); // 18 months after the closure
    // Its end shows in the due list in the last month.
    auto due = services.deadlines(QDate(2025, 7, 15));
    REQUIRE(due);
    CHECK(std::any_of(due->begin(), due->end(),
        [](const Deadline &d) { return d.kind == DeadlineKind::ExtensionEnd; }));
    const auto january = services.deadlines(QDate(2025, 1, 15));
    REQUIRE(january);
    CHECK_FALSE(std::any_of(january->begin(), january->end(),
        [](const Deadline &d) { return d.kind == DeadlineKind::ExtensionEnd; }));
}

TEST_CASE(
    "表6-2 counts small job redesigns from the completed 附表3 reports", "[reports][redesign]")
{
    MonthlyFixture f;
    const QString caseNo = f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(), false, false);
    QString caseId;
    const auto all = CaseRepository(*f.store).cases();
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    FormInstanceRepository forms(*f.store);
    auto report = [&](const QString &done, const QString &total, bool complete) {
        auto i = forms.create({}, caseId, QStringLiteral("annex3"), QStringLiteral("1"));
        REQUIRE(i);
        REQUIRE(forms.saveValues(
            {}, i->id, {{QStringLiteral("done_date"), done}, {QStringLiteral("total"), total}}));
        if (complete)
            REQUIRE(forms.setStatus({}, i->id, QStringLiteral("complete")));
    };
    report(QStringLiteral("2024-05-20"), QStringLiteral("1800"), true);
    report(QStringLiteral("2024-03-02"), QStringLiteral("2000"), true);
    report(QStringLiteral("2024-05-21"), QStringLiteral("900"), false); // a draft does not count
    // Without the assessment (附表2) first, no redesign counts.
    auto before = MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit);
    REQUIRE(before);
    CHECK(before->coaches.first().redesignsYear == 0);
    auto assessment = [&](const QString &visit, bool complete) {
        auto i = forms.create({}, caseId, QStringLiteral("annex2"), QStringLiteral("1"));
        REQUIRE(i);
        REQUIRE(forms.saveValues({}, i->id, {{QStringLiteral("visit_date"), visit}}));
        if (complete)
            REQUIRE(forms.setStatus({}, i->id, QStringLiteral("complete")));
    };
    assessment(QStringLiteral("2024-02-20"), false); // a draft assessment is not enough
    CHECK(MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit)
              ->coaches.first()
              .redesignsYear
        == 0);
    assessment(
        QStringLiteral("2024-04-01"), true); // visited after the March redesign: only May's counts
    CHECK(MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit)
              ->coaches.first()
              .redesignsYear
        == 1);
    assessment(QStringLiteral("2024-02-20"), true);
    auto may = MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit);
    REQUIRE(may);
    CHECK(may->coaches.first().redesignsMonth == 1);
    CHECK(may->coaches.first().redesignAmountMonth == 1800);
    CHECK(may->coaches.first().redesignsYear == 2);
    CHECK(may->coaches.first().redesignAmountYear == 3800);
    CHECK(may->total.redesignAmountYear == 3800);
}

TEST_CASE("Home employment: a plan first, then assessment and visits, after closure only follow-up",
    "[services][home]")
{
    MonthlyFixture f;
    const QString caseNo = f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(), false, false);
    CaseRepository cases(*f.store);
    QString caseId;
    const auto all = cases.cases();
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    ServiceRepository services(*f.store);
    CHECK_FALSE(services.addHomeService(
        {}, caseId, {{}, QStringLiteral("visit"), QDate(2024, 2, 1), {}})); // no plan
    CHECK_FALSE(
        services.addHomeService({}, caseId, {{}, QStringLiteral("party"), QDate(2024, 2, 1), {}}));
    REQUIRE(services.addHomeService({}, caseId,
        {{}, QStringLiteral("plan"), QDate(2024, 2, 1), QStringLiteral("居家電腦文書")}));
    REQUIRE(services.addHomeService(
        {}, caseId, {{}, QStringLiteral("assessment"), QDate(2024, 2, 5), {}}));
    REQUIRE(
        services.addHomeService({}, caseId, {{}, QStringLiteral("visit"), QDate(2024, 3, 1), {}}));
    CaseStep assess;
    assess.action = CaseAction::Assess;
    assess.on = QDate(2024, 1, 5);
    assess.outcome = AssessmentOutcome::Unsuitable;
    assess.referralTarget = QStringLiteral("社會局");
    assess.transitionMeetingOn = QDate(2024, 1, 8);
    REQUIRE(cases.perform({}, caseId, assess));
    CaseStep close;
    close.action = CaseAction::Close;
    close.on = QDate(2024, 4, 1);
    close.closureReason = QStringLiteral("02");
    REQUIRE(cases.perform({}, caseId, close));
    CHECK_FALSE(
        services.addHomeService({}, caseId, {{}, QStringLiteral("visit"), QDate(2024, 5, 1), {}}));
    REQUIRE(services.addHomeService(
        {}, caseId, {{}, QStringLiteral("follow_up"), QDate(2024, 5, 1), {}}));
    CHECK(services.homeServices(caseId)->size() == 4);
}

TEST_CASE("A general case's follow-up minimum in the due list runs from its employment success",
    "[deadlines]")
{
    MonthlyFixture f;
    // Placed 2024-02-05 with 3 days of support: general; success from 2024-05-05, so the minimum
    // runs to 08-04.
    const QString caseNo = f.addCase(
        "F131232216", QStringLiteral("李美華"), QDate(2024, 2, 1), QDate(2024, 2, 5), false, false);
    QString caseId;
    const auto cases = CaseRepository(*f.store).cases();
    REQUIRE(cases);
    for (const Case &c : *cases) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    REQUIRE_FALSE(caseId.isEmpty());
    ServiceRepository services(*f.store);
    for (const QDate &d : {QDate(2024, 2, 5), QDate(2024, 2, 6), QDate(2024, 2, 7)})
        REQUIRE(services.logSupportDay({}, caseId, {{}, d, 3, {}, {}}));
    auto outcome = services.outcome(caseId, QDate(2024, 7, 25));
    REQUIRE(outcome);
    CHECK(outcome->classification == EmploymentRules::Classification::General);
    CHECK(outcome->followUpMinimumEnd == QDate(2024, 8, 4));
    auto due = services.deadlines(QDate(2024, 7, 25));
    REQUIRE(due);
    QList<QDate> follow;
    for (const Deadline &d : *due) {
        if (d.kind == DeadlineKind::FollowUpMinimum)
            follow << d.dueOn;
    }
    CHECK(follow
        == QList<QDate> {QDate(2024, 8, 4)}); // not 05-06, three months after the last support day
}

TEST_CASE("A filed month prints the same later, whatever was corrected since, --current shows the "
          "corrections",
    "[reports][monthly][filing]")
{
    MonthlyFixture f;
    // Records of May 2024 entered in May; the report is filed on 2024-06-08.
    f.clock.setNow(QDateTime(QDate(2024, 5, 31), QTime(9, 0), Qt::UTC));
    f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 5, 2), QDate(2024, 5, 6), false, true);
    const QString placedLater = f.addCase("F131232216", QStringLiteral("林美玲"), QDate(2024, 5, 2),
        QDate(2024, 5, 20), false, false);
    ReportFilings filings(*f.store);
    CHECK_FALSE(filings.file(
        QStringLiteral("督導"), QStringLiteral("113-05"), QDate(2024, 5, 31), f.unit)); // too early
    f.clock.setNow(QDateTime(QDate(2024, 6, 8), QTime(9, 0), Qt::UTC));
    REQUIRE(
        filings.file(QStringLiteral("督導"), QStringLiteral("113-05"), QDate(2024, 5, 31), f.unit));
    CHECK_FALSE(filings.file(
        QStringLiteral("督導"), QStringLiteral("113-05"), QDate(2024, 5, 31), f.unit)); // once
    auto filed = MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit);
    REQUIRE(filed);
    CHECK(filed->asFiled);
    CHECK(filed->filedBy == QStringLiteral("督導"));
    CHECK(filed->laterChanges == 0);
    REQUIRE(filed->cases.size() == 2);
    const int placements = filed->coaches.first().month.placementsRaw;
    CHECK(placements == 2);

    // In July: a placement withdrawn, another case of May entered late, a support day added to May.
    f.clock.setNow(QDateTime(QDate(2024, 7, 2), QTime(9, 0), Qt::UTC));
    ServiceRepository services(*f.store);
    QString caseId;
    const auto all = CaseRepository(*f.store).cases();
    for (const Case &c : *all) {
        if (c.caseNo == placedLater)
            caseId = c.id;
    }
    REQUIRE(services.withdraw(
        {}, QStringLiteral("placement"), services.placements(caseId)->first().id));
    f.addCase("A800000014", QStringLiteral("張志明"), QDate(2024, 5, 3), QDate(2024, 5, 27), false,
        false);
    REQUIRE(services.logSupportDay(
        {}, caseId, {{}, QDate(2024, 5, 21), 2, QStringLiteral("workplace"), {}}));
    const qint64 before = *f.store->operationCount();
    const QByteArray digest = *f.store->domainDigest();

    auto again = MonthlyReport::build(*f.store, QStringLiteral("113-05"), f.unit);
    REQUIRE(again);
    CHECK(again->asFiled);
    CHECK(again->laterChanges > 0);
    CHECK(again->cases.size() == 2);
    CHECK(again->coaches.first().month.placementsRaw == placements);
    for (int i = 0; i < again->cases.size(); ++i) {
        CHECK(again->cases.at(i).caseNo == filed->cases.at(i).caseNo);
        CHECK(again->cases.at(i).placementDate == filed->cases.at(i).placementDate);
        CHECK(again->cases.at(i).intensiveDays == filed->cases.at(i).intensiveDays);
    }
    // The view of the past is gone: the store reads today's records again, unchanged by the
    // rebuild.
    CHECK(*f.store->operationCount() == before);
    CHECK(*f.store->domainDigest() == digest);
    CHECK(services.placements(caseId)->isEmpty());
    REQUIRE(services.logSupportDay(
        {}, caseId, {{}, QDate(2024, 5, 22), 2, QStringLiteral("workplace"), {}}));

    auto current = MonthlyReport::build(
        *f.store, QStringLiteral("113-05"), f.unit, MonthlyReport::Records::Current);
    REQUIRE(current);
    CHECK_FALSE(current->asFiled);
    CHECK(current->cases.size() == 3);
    CHECK(current->coaches.first().month.placementsRaw == 2); // one withdrawn, one entered late
    // A month never filed counts today's records.
    auto june = MonthlyReport::build(*f.store, QStringLiteral("113-06"), f.unit);
    REQUIRE(june);
    CHECK_FALSE(june->filedAt.isValid());
    // The report of all units (the bureau's) is filed on its own, and found again.
    REQUIRE(filings.file(
        QStringLiteral("勞動局"), QStringLiteral("113-06"), QDate(2024, 6, 30), QString()));
    auto allUnits = MonthlyReport::build(*f.store, QStringLiteral("113-06"));
    REQUIRE(allUnits);
    CHECK(allUnits->asFiled);
    CHECK(allUnits->filedBy == QStringLiteral("勞動局"));
    CHECK_FALSE(
        MonthlyReport::build(*f.store, QStringLiteral("113-06"), f.unit)->filedAt.isValid());
}

TEST_CASE("The month's reports read beside on a second connection are those read on one",
    "[reports][monthly]")
{
    // A store in a file reads the cases and persons on a second connection beside the records; a
    // store that shows the past cannot (another connection reads the present) and reads all on
    // one. The same store gives the same rows both ways.
    QTemporaryDir dir;
    auto store = CaseStore::open(dir.filePath(QStringLiteral("unit.db")));
    REQUIRE(store);
    REQUIRE((*store)->initialize(DeviceRole::Window, QStringLiteral("窗口")));
    REQUIRE(DemoGenerator(**store).generate(150, 5));
    const QString month = RocDate::monthKey((*store)->clock().today().addMonths(-1));
    const qint64 before = (*store)->logPosition().value();
    // A change the reports do not read, so that the past differs from the present.
    auto persons = PersonRepository(**store).search(QString());
    REQUIRE(persons);
    REQUIRE_FALSE(persons->isEmpty());
    Person p = persons->first();
    p.phone = QStringLiteral("03-3322101");
    REQUIRE(PersonRepository(**store).update({}, p));
    REQUIRE((*store)->sibling());
    const auto beside = MonthlyReport::build(**store, month, {}, MonthlyReport::Records::Current);
    REQUIRE(beside);
    REQUIRE(beside->cases.size() > 20);
    {
        auto past = PastView::open(**store, before);
        REQUIRE(past);
        REQUIRE((*past)->rewoundRows() > 0);
        CHECK_FALSE((*store)->sibling());
        const auto alone
            = MonthlyReport::build(**store, month, {}, MonthlyReport::Records::Current);
        REQUIRE(alone);
        CHECK(alone->cases == beside->cases);
        REQUIRE(alone->coaches.size() == beside->coaches.size());
        for (qsizetype i = 0; i < alone->coaches.size(); ++i) {
            CHECK(alone->coaches[i].coachName == beside->coaches[i].coachName);
            CHECK(alone->coaches[i].month.countedCases == beside->coaches[i].month.countedCases);
            CHECK(alone->coaches[i].year.countedCases == beside->coaches[i].year.countedCases);
        }
    }
    CHECK((*store)->sibling()); // the past closed: the present again
}
