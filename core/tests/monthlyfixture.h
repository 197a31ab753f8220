// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/personrepository.h"
#include "core/rules/employmentrules.h"
#include "core/services/servicerepository.h"
#include "core/tests/testhelpers.h"
#include "core/units/unitrepository.h"

namespace Casebook::Core::Test {

// A supervisor's store on 2024-12-31 with two units, their coaches and an employer, to which a
// test adds supported-employment cases.
struct MonthlyFixture
{
    FixedClock clock {QDateTime(QDate(2024, 12, 31), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<CaseStore> store = Test::memoryStore(clock, DeviceRole::Supervisor);
    QString unit;
    QString otherUnit;
    QString coach;
    QString employer;

    MonthlyFixture()
    {
        UnitRepository units(*store);
        unit = *units.createUnit(
            {}, {{}, QStringLiteral("北區中心"), QStringLiteral("supported"), {}});
        otherUnit = *units.createUnit(
            {}, {{}, QStringLiteral("南區中心"), QStringLiteral("supported"), {}});
        coach
            = *units.createStaff({}, {{}, QStringLiteral("陳怡君"), QStringLiteral("coach"), unit});
        REQUIRE(units.createStaff(
            {}, {{}, QStringLiteral("林志豪"), QStringLiteral("coach"), otherUnit}));
        employer = *ServiceRepository(*store).addEmployer(
            {}, {{}, QStringLiteral("全聯福利中心"), {}, {}, 40, {}});
    }

    // A case of the coach opened on `opened`, placed on `start` when valid, with 10 working days of
    // intensive support and the six tables when supported.
    QString addCase(const char *idNumber, const QString &name, const QDate &opened,
        const QDate &start, bool remote, bool supported)
    {
        ServiceRepository services(*store);
        Person p;
        p.name = name;
        p.sex = QStringLiteral("F");
        p.birthDate = QDate(1990, 1, 1);
        p.idNumber = QString::fromLatin1(idNumber);
        p.district = remote ? QStringLiteral("68000130")
                            : QStringLiteral("68000010"); // 復興區 is on the 偏鄉 list
        p.certSystem = QStringLiteral("new");
        p.certCategories = {QStringLiteral("1")};
        auto personId = PersonRepository(*store).create({}, p);
        REQUIRE(personId);
        Case c;
        c.personId = *personId;
        c.intakeSource = QStringLiteral("self");
        c.receivedOn = opened.addDays(-1);
        c.coachId = coach;
        auto created = CaseRepository(*store).create({}, c);
        REQUIRE(created);
        SeProfile prof;
        prof.openedOn = opened;
        REQUIRE(services.setProfile({}, created->id, prof));
        if (start.isValid()) {
            Placement pl;
            pl.caseId = created->id;
            pl.employerId = employer;
            pl.jobTitle = QStringLiteral("理貨員");
            pl.weeklyHours = 30;
            pl.wage = 27470;
            pl.startDate = start;
            pl.labourInsuranceFrom = start;
            REQUIRE(services.addPlacement({}, pl));
        }
        if (supported) {
            int days = 0;
            for (QDate d = start; days < 10; d = d.addDays(1)) {
                if (HolidayCalendar::shipped().isWorkingDay(d)) {
                    REQUIRE(services.logSupportDay(
                        {}, created->id, {{}, d, 3, QStringLiteral("workplace"), {}}));
                    ++days;
                }
            }
            FormInstanceRepository forms(*store);
            for (const QString &f : ServiceRepository::sixTables()) {
                REQUIRE(
                    forms.setStatus({}, forms.create({}, created->id, f, QStringLiteral("1"))->id,
                        QStringLiteral("complete")));
            }
        }
        return created->caseNo;
    }
};

} // namespace Casebook::Core::Test
