// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/personrepository.h"
#include "core/reports/performancereport.h"
#include "core/services/servicerepository.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

using namespace Casebook::Core;

TEST_CASE("The performance table counts a coach's cases and names them", "[reports][performance]")
{
    FixedClock clock(QDateTime(QDate(2024, 12, 31), QTime(9, 0), Qt::UTC));
    auto store = Test::memoryStore(clock, DeviceRole::Supervisor);
    UnitRepository units(*store);
    const QString unit
        = *units.createUnit({}, {{}, QStringLiteral("北區中心"), QStringLiteral("supported"), {}});
    const QString coach
        = *units.createStaff({}, {{}, QStringLiteral("陳怡君"), QStringLiteral("coach"), unit});
    const QString other
        = *units.createStaff({}, {{}, QStringLiteral("林志豪"), QStringLiteral("coach"), unit});
    ServiceRepository services(*store);
    const QString employer
        = *services.addEmployer({}, {{}, QStringLiteral("全聯"), {}, {}, 40, {}});

    // Three cases of the coach: a supported success, a general success in a remote area, a
    // placement only.
    auto makeCase
        = [&](const char *id, int n, bool remote, bool supported, int hours, const QDate &start) {
              Person p;
              p.name = QStringLiteral("個案%1").arg(n);
              p.sex = QStringLiteral("F");
              p.birthDate = QDate(1990, 1, 1);
              p.idNumber = QString::fromLatin1(id);
              p.certSystem = QStringLiteral("new"); // eligible (seed 002 三(一))
              p.certCategories = {QStringLiteral("1")};
              if (remote)
                  p.district = QStringLiteral("68000130"); // 復興區, on plan 107's 偏鄉 list
              auto personId = PersonRepository(*store).create({}, p);
              REQUIRE(personId);
              Case c;
              c.personId = *personId;
              c.intakeSource = QStringLiteral("self");
              c.receivedOn = QDate(2024, 1, 2);
              c.coachId = coach;
              auto created = CaseRepository(*store).create({}, c);
              REQUIRE(created);
              SeProfile prof;
              prof.openedOn = QDate(2024, 1, 3);
              REQUIRE(services.setProfile({}, created->id, prof));
              Placement pl;
              pl.caseId = created->id;
              pl.employerId = employer;
              pl.weeklyHours = hours;
              pl.wage = hours * 183 * 52 / 12 + 1; // the 2024 hourly minimum
              pl.startDate = start;
              pl.labourInsuranceFrom = start;
              REQUIRE(services.addPlacement({}, pl));
              if (supported) {
                  for (QDate d(2024, 3, 4); d <= QDate(2024, 3, 15); d = d.addDays(1)) {
                      if (d.dayOfWeek() < 6)
                          REQUIRE(services.logSupportDay({}, created->id, {{}, d, 3, {}, {}}));
                  }
                  FormInstanceRepository forms(*store);
                  for (const QString &f : ServiceRepository::sixTables()) {
                      REQUIRE(forms.setStatus({},
                          forms.create({}, created->id, f, QStringLiteral("1"))->id,
                          QStringLiteral("complete")));
                  }
              }
              return created->caseNo;
          };
    const QString a = makeCase("A123456789", 1, false, true, 30, QDate(2024, 3, 4));
    const QString b = makeCase("F131232216", 2, true, false, 24, QDate(2024, 5, 1));
    const QString c = makeCase("A800000014", 3, false, false, 18, QDate(2024, 6, 1));

    auto rules = PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("113"));
    REQUIRE(rules);
    CHECK(rules->rulesFrom == QStringLiteral("107"));
    auto table = PerformanceReport::build(*store, *rules, clock.today());
    REQUIRE(table);
    REQUIRE(table->size() == 2);
    const PerformanceRow &row = table->at(0).coachId == coach ? table->at(0) : table->at(1);
    CHECK(row.coachName == QStringLiteral("陳怡君"));
    CHECK(row.unitName == QStringLiteral("北區中心"));
    CHECK(row.figures.placementsRaw == 3);
    CHECK(row.figures.placementCredits == 4); // b counts twice (remote)
    CHECK(row.placementCases.size() == 3);
    CHECK(row.supportedCases == QStringList {a});
    CHECK(row.generalCases == QStringList {b}); // c at 18 h a week never succeeds
    CHECK_FALSE(row.generalCases.contains(c));
    CHECK(row.figures.supportedCredits == 1);
    CHECK(row.figures.generalCredits == 2);
    CHECK(row.newCases.size() == 3);
    CHECK(row.figures.countedCases == 3);
    CHECK_FALSE(row.figures.caseloadMet);

    // filtered to the other coach: an empty row
    auto only = PerformanceReport::build(*store, *rules, clock.today(), {}, other);
    REQUIRE(only);
    REQUIRE(only->size() == 1);
    CHECK(only->first().figures.placementsRaw == 0);
    // counted as of the year's end: in plan year 112 nothing was placed
    auto earlier = PerformanceReport::build(
        *store, *PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("112")), clock.today());
    REQUIRE(earlier);
    for (const PerformanceRow &r : *earlier)
        CHECK(r.figures.placementsRaw == 0);
    CHECK_FALSE(PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("99")));
    CHECK_FALSE(PlanYearRulesLoader::forYearOrEarlier(QStringLiteral("abc")));
}

TEST_CASE("A case is old in a plan year when it was opened before that year, whatever today is",
    "[reports][performance]")
{
    FixedClock clock(QDateTime(QDate(2025, 12, 31), QTime(9, 0), Qt::UTC));
    auto store = Test::memoryStore(clock, DeviceRole::Supervisor);
    UnitRepository units(*store);
    const QString unit
        = *units.createUnit({}, {{}, QStringLiteral("北區中心"), QStringLiteral("supported"), {}});
    const QString coach
        = *units.createStaff({}, {{}, QStringLiteral("陳怡君"), QStringLiteral("coach"), unit});
    Person p;
    p.name = QStringLiteral("個案");
    p.sex = QStringLiteral("F");
    p.birthDate = QDate(1990, 1, 1);
    p.idNumber = QStringLiteral("A123456789");
    p.certSystem = QStringLiteral("new"); // eligible (seed 002 三(一))
    p.certCategories = {QStringLiteral("1")};
    Case c;
    c.personId = *PersonRepository(*store).create({}, p);
    c.intakeSource = QStringLiteral("self");
    c.receivedOn = QDate(2024, 1, 2);
    c.coachId = coach;
    auto created = CaseRepository(*store).create({}, c);
    REQUIRE(created);
    SeProfile prof;
    prof.openedOn = QDate(2024, 1, 3);
    prof.oldCase = true; // the flag an earlier version set relative to the current year
    REQUIRE(ServiceRepository(*store).setProfile({}, created->id, prof));
    auto rows = [&](const char *year) {
        auto table = PerformanceReport::build(*store,
            *PlanYearRulesLoader::forYearOrEarlier(QString::fromLatin1(year)), clock.today());
        REQUIRE(table);
        REQUIRE(table->size() == 1);
        return table->first();
    };
    const PerformanceRow in113 = rows("113");
    CHECK(in113.newCases == QStringList {created->caseNo}); // opened in 113: new there
    CHECK(in113.oldCases.isEmpty());
    const PerformanceRow in114 = rows("114");
    CHECK(in114.oldCases == QStringList {created->caseNo}); // and old in 114
    CHECK(in114.newCases.isEmpty());
}
