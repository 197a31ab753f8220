// SPDX-License-Identifier: GPL-3.0-or-later
// Credits need their evidence (issue 10): doubling, placements, successes and job redesign are
// derived from records, never from a free check box.
#include "core/cases/caserepository.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/personrepository.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/services/servicerepository.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

using namespace Casebook::Core;

namespace {

struct Year115
{
    FixedClock clock;
    std::unique_ptr<CaseStore> store = Test::memoryStore(clock, DeviceRole::Supervisor);
    ServiceRepository services {*store};
    FormInstanceRepository forms {*store};
    QString unit;
    QString coach;
    QString employer;
    int next = 0;
    QDate opened;

    explicit Year115(
        const QDate &today = QDate(2026, 12, 2), const QDate &openedOn = QDate(2026, 1, 5))
        : clock(QDateTime(today, QTime(9, 0), Qt::UTC)), opened(openedOn)
    {
        UnitRepository units(*store);
        unit = *units.createUnit(
            {}, {{}, QStringLiteral("北區中心"), QStringLiteral("supported"), {}});
        coach
            = *units.createStaff({}, {{}, QStringLiteral("陳怡君"), QStringLiteral("coach"), unit});
        employer = *services.addEmployer({}, {{}, QStringLiteral("平鎮烘焙坊"), {}, {}, 40, {}});
    }

    // A case opened on `opened` (2026-01-05 by default); place() gives it a full-time job from
    // 2026-03-02 (success 2026-06-02) at a lawful wage.
    Case makeCase(const QString &district = QStringLiteral("68000030"), const QString &model = {})
    {
        static const QStringList ids = {QStringLiteral("A123456789"), QStringLiteral("F131232216"),
            QStringLiteral("A800000014"), QStringLiteral("B120000005"),
            QStringLiteral("C100000001")};
        Person p;
        p.name = QStringLiteral("個案%1").arg(++next);
        p.sex = QStringLiteral("F");
        p.birthDate = QDate(1990, 1, 1);
        p.idNumber = ids.at(next - 1);
        p.certSystem = QStringLiteral("new"); // eligible (seed 002 三(一))
        p.certCategories = {QStringLiteral("1")};
        p.district = district;
        auto personId = PersonRepository(*store).create({}, p);
        REQUIRE(personId);
        Case c;
        c.personId = *personId;
        c.intakeSource = QStringLiteral("self");
        c.receivedOn = opened.addDays(-3);
        c.coachId = coach;
        auto created = CaseRepository(*store).create({}, c);
        REQUIRE(created);
        SeProfile prof;
        prof.openedOn = opened;
        if (!model.isEmpty())
            prof.model = model;
        REQUIRE(services.setProfile({}, created->id, prof));
        return *created;
    }

    QString place(const Case &c, const QDate &start, int wage = 29500, bool before = false)
    {
        Placement pl;
        pl.caseId = c.id;
        pl.employerId = employer;
        pl.jobTitle = QStringLiteral("烘焙助理");
        pl.weeklyHours = 40;
        pl.wage = wage;
        pl.startDate = start;
        pl.labourInsuranceFrom = start;
        pl.employedBeforeService = before;
        auto id = services.addPlacement({}, pl);
        REQUIRE(id);
        return *id;
    }

    // A completed form with the given values.
    void complete(const Case &c, const QString &formId, const QHash<QString, QString> &values)
    {
        auto i = forms.create({}, c.id, formId, QStringLiteral("1"));
        REQUIRE(i);
        REQUIRE(forms.saveValues({}, i->id, values));
        REQUIRE(
            forms.setStatus({QStringLiteral("陳怡君"), {}, {}}, i->id, QStringLiteral("complete")));
    }

    PerformanceRow row()
    {
        auto rules
            = PlanYearRulesLoader::forYearOrEarlier(QString::number(clock.today().year() - 1911));
        REQUIRE(rules);
        auto table = PerformanceReport::build(*store, *rules, clock.today(), {}, coach);
        REQUIRE(table);
        REQUIRE(table->size() == 1);
        return table->first();
    }
};

int sum(const PerformanceRow &r, Contribution::Figure figure)
{
    int total = 0;
    for (const Contribution &c : r.contributions)
        total += c.figure == figure ? c.credit : 0;
    return total;
}

QString reasonOf(const PerformanceRow &r, const QString &caseNo, Contribution::Figure figure)
{
    for (const Contribution &c : r.contributions) {
        if (c.caseNo == caseNo && c.figure == figure)
            return c.reason;
    }
    return {};
}

} // namespace

TEST_CASE("High-support doubling needs a completed 附表1 that meets its criteria",
    "[credits][performance]")
{
    Year115 y;
    const Case claimed = y.makeCase();
    // The old free check box: a profile that says high support, with no 附表1, counts once.
    SeProfile prof = *y.services.profile(claimed.id);
    prof.highSupport = true;
    prof.remote = true;
    REQUIRE(y.services.setProfile({}, claimed.id, prof));
    y.place(claimed, QDate(2026, 3, 2));
    CHECK(y.row().figures.placementCredits == 1);

    // A completed 附表1 with one indicator: the criteria (two) are not met, still once, and the
    // reason says so.
    y.complete(claimed, QStringLiteral("annex1"),
        {{QStringLiteral("ind_severe"), QStringLiteral("1")},
            {QStringLiteral("decision"), QStringLiteral("yes")}});
    PerformanceRow r = y.row();
    CHECK(r.figures.placementCredits == 1);
    CHECK(reasonOf(r, claimed.caseNo, Contribution::Figure::Placement)
              .contains(QStringLiteral("1 indicators")));

    // A draft 附表1 with two indicators does not count either.
    auto draft = y.forms.create({}, claimed.id, QStringLiteral("annex1"), QStringLiteral("1"));
    REQUIRE(y.forms.saveValues({}, draft->id,
        {{QStringLiteral("ind_severe"), QStringLiteral("1")},
            {QStringLiteral("ind_transport"), QStringLiteral("1")},
            {QStringLiteral("decision"), QStringLiteral("yes")}}));
    CHECK(y.row().figures.placementCredits == 1);

    // Completed, with two indicators and the decision 符合: twice, with the day it was completed.
    REQUIRE(y.forms.setStatus({}, draft->id, QStringLiteral("complete")));
    r = y.row();
    CHECK(r.figures.placementCredits == 2);
    const QString reason = reasonOf(r, claimed.caseNo, Contribution::Figure::Placement);
    CHECK(reason.contains(QStringLiteral("×2")));
    CHECK(reason.contains(QStringLiteral("115/12/02")));
    CHECK(sum(r, Contribution::Figure::Placement) == r.figures.placementCredits);

    // Two indicators but the decision 不符合: once.
    const Case refused = y.makeCase();
    y.place(refused, QDate(2026, 3, 2));
    y.complete(refused, QStringLiteral("annex1"),
        {{QStringLiteral("ind_severe"), QStringLiteral("1")},
            {QStringLiteral("ind_family"), QStringLiteral("1")},
            {QStringLiteral("decision"), QStringLiteral("no")}});
    r = y.row();
    CHECK(r.figures.placementCredits == 3);
    CHECK(reasonOf(r, refused.caseNo, Contribution::Figure::Placement)
              .contains(QStringLiteral("not met")));
}

TEST_CASE("Remote doubling follows the plan year's district list, not a check box",
    "[credits][performance]")
{
    Year115 y;
    const Case fuxing
        = y.makeCase(QStringLiteral("68000130")); // 復興區: on the list of plan 107's rule file
    const Case zhongli = y.makeCase(QStringLiteral("68000020"));
    y.place(fuxing, QDate(2026, 3, 2));
    y.place(zhongli, QDate(2026, 3, 2));
    PerformanceRow r = y.row();
    CHECK(r.figures.placementsRaw == 2);
    CHECK(r.figures.placementCredits == 3);
    CHECK(reasonOf(r, fuxing.caseNo, Contribution::Figure::Placement)
              .contains(QStringLiteral("偏鄉")));
    CHECK(sum(r, Contribution::Figure::Placement) == 3);

    // A rule set without the district: the same records count once.
    auto rules = PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("115"));
    REQUIRE(rules);
    rules->remoteDistricts.clear();
    auto table = PerformanceReport::build(*y.store, *rules, y.clock.today(), {}, y.coach);
    REQUIRE(table);
    CHECK(table->first().figures.placementCredits == 2);

    // 表6-1 shows the 偏鄉 mark from the same list.
    auto may = MonthlyReport::build(*y.store, QStringLiteral("115-03"));
    REQUIRE(may);
    for (const MonthlyCaseRow &row : may->cases)
        CHECK(row.remote == (row.caseId == fuxing.id));
}

TEST_CASE(
    "A group-model case counts under P-07, not in the individual targets", "[credits][performance]")
{
    Year115 y;
    const Case individual = y.makeCase();
    const Case group = y.makeCase(QStringLiteral("68000030"), QStringLiteral("group"));
    y.place(individual, QDate(2026, 3, 2));
    y.place(group, QDate(2026, 3, 2));
    const PerformanceRow r = y.row();
    CHECK(r.figures.placementsRaw == 1);
    CHECK(r.figures.generalRaw == 1);
    CHECK(r.newCases == QStringList {individual.caseNo});
    CHECK(reasonOf(r, group.caseNo, Contribution::Figure::NotCounted)
              .contains(QStringLiteral("P-07")));
}

TEST_CASE("A client employed before the service is not a placement, the success still counts",
    "[credits]")
{
    Year115 y;
    const Case employed = y.makeCase();
    const Case earlier = y.makeCase();
    y.place(employed, QDate(2025, 6, 1), 29500, true);
    y.place(
        earlier, QDate(2025, 12, 1), 29500, false); // began before the case opened on 2026-01-05
    const PerformanceRow r = y.row();
    CHECK(r.figures.placementsRaw == 0);
    // Success 3 months after the service started (2026-01-05 -> 2026-04-05).
    CHECK(r.figures.generalRaw == 2);
    CHECK(reasonOf(r, employed.caseNo, Contribution::Figure::NotCounted)
              .contains(QStringLiteral("before")));
    CHECK(reasonOf(r, earlier.caseNo, Contribution::Figure::General)
              .contains(QStringLiteral("115/04/05")));
    auto o = y.services.outcome(employed.id, y.clock.today());
    REQUIRE(o);
    CHECK_FALSE(o->placementDate);
    CHECK(o->successDate == QDate(2026, 4, 5));
}

TEST_CASE(
    "就業成功 needs the minimum wage of the period, monthly for full time and hourly for part time",
    "[credits][rules]")
{
    const MinimumWage &w = MinimumWage::shipped();
    int required = 0;
    CHECK(w.lawful(29500, 40, QDate(2026, 1, 1), &required) == true);
    CHECK(required == 29500);
    CHECK(w.lawful(29499, 40, QDate(2026, 6, 1)) == false);
    CHECK(w.lawful(28590, 40, QDate(2025, 12, 31)) == true);
    // Part time, 20 h a week in 2026: 196 × 20 × 52 / 12 = 16,986.67, so NT$16,987 a month.
    CHECK(w.lawful(16987, 20, QDate(2026, 3, 1), &required) == true);
    CHECK(required == 16987);
    CHECK(w.lawful(16986, 20, QDate(2026, 3, 1)) == false);
    CHECK_FALSE(w.lawful(16986, 20, QDate(2023, 12, 31))
                    .has_value()); // before the first rate the file knows

    // The demo's old NT$183 an hour in 2026 (40 h × 4 weeks × 183 = 29,280 a month) is not a
    // success.
    Year115 y;
    const Case low = y.makeCase();
    y.place(low, QDate(2026, 3, 2), 40 * 4 * 183);
    const PerformanceRow r = y.row();
    CHECK(r.figures.placementsRaw == 1);
    CHECK(r.figures.generalRaw == 0);
    CHECK(reasonOf(r, low.caseNo, Contribution::Figure::NotCounted)
              .contains(QStringLiteral("29500")));
}

TEST_CASE("The drill-down explains each figure and what is still needed", "[credits][performance]")
{
    Year115 y;
    const Case a = y.makeCase();
    y.place(a, QDate(2026, 3, 2));
    const PerformanceRow r = y.row();
    CHECK(sum(r, Contribution::Figure::Placement) == r.figures.placementCredits);
    CHECK(sum(r, Contribution::Figure::General) == r.figures.generalCredits);
    CHECK(sum(r, Contribution::Figure::Supported) == r.figures.supportedCredits);
    CHECK(sum(r, Contribution::Figure::Caseload) == r.figures.countedCases);
    CHECK(reasonOf(r, a.caseNo, Contribution::Figure::General)
              .contains(QStringLiteral("0 working day")));
    CHECK(r.remarks.contains(QStringLiteral("11 more placement credit(s) to reach 12")));
    CHECK(r.remarks.contains(QStringLiteral("6 more supported success(es) to reach 6")));
}

TEST_CASE("Classification across the 2026 Lunar New Year counts only real working days",
    "[credits][calendar]")
{
    Year115 y;
    const Case c = y.makeCase();
    y.place(c, QDate(2026, 2, 9));
    // Every weekday from 02-09 to 02-24: 12 weekdays, of which 02-16..20 are the Lunar New Year
    // holidays.
    for (QDate d(2026, 2, 9); d <= QDate(2026, 2, 24); d = d.addDays(1)) {
        if (d.dayOfWeek() < 6) {
            REQUIRE(
                y.services.logSupportDay({}, c.id, {{}, d, 3, QStringLiteral("workplace"), {}}));
        }
    }
    for (const QString &f : ServiceRepository::sixTables())
        y.complete(c, f, {});
    auto o = y.services.outcome(c.id, y.clock.today());
    REQUIRE(o);
    CHECK(o->intensiveWorkingDays == 7);
    CHECK(o->classification == EmploymentRules::Classification::General);
    CHECK(o->missingCalendarYears.isEmpty());
    const PerformanceRow r = y.row();
    CHECK(r.figures.generalRaw == 1);
    CHECK(reasonOf(r, c.caseNo, Contribution::Figure::General)
              .contains(QStringLiteral("7 working day")));
    CHECK(r.missingCalendarYears.isEmpty());
}

TEST_CASE("A year with no holiday calendar makes the figure provisional, never silently counted",
    "[credits][calendar]")
{
    // Plan year 116 (2027) has no calendar yet: its support days cannot be told from holidays.
    Year115 y(QDate(2027, 6, 30), QDate(2027, 1, 5));
    const Case c = y.makeCase();
    REQUIRE(y.services.logSupportDay(
        {}, c.id, {{}, QDate(2027, 2, 1), 3, QStringLiteral("workplace"), {}}));
    auto o = y.services.outcome(c.id, y.clock.today());
    REQUIRE(o);
    CHECK(o->missingCalendarYears == QList<int> {2027});
    CHECK(y.row().missingCalendarYears == QList<int> {2027});
    auto feb = MonthlyReport::build(*y.store, QStringLiteral("116-02"));
    REQUIRE(feb);
    CHECK(feb->missingCalendarYears == QList<int> {2027});
    // A calendar for 2027 sent later (the data-folder update) ends the mark.
    auto update = HolidayCalendar::fromJson(
        R"({"holidays": {"2027": ["2027-01-01"]}})", QStringLiteral("2027"));
    REQUIRE(update);
    const HolidayCalendar withNext = HolidayCalendar::shipped().updatedWith(*update);
    auto later = y.services.outcome(c.id, y.clock.today(), withNext);
    REQUIRE(later);
    CHECK(later->missingCalendarYears.isEmpty());
}
