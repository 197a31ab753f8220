// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"
#include "core/persons/personrepository.h"
#include "core/services/servicerepository.h"
#include "core/store/casestore.h"
#include "forms/model/demoforms.h"
#include "forms/model/formdefinition.h"
#include "forms/model/formrecord.h"
#include "tests/support/catchtest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <memory>

namespace Casebook::Forms::Test {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext, folded as TOOLCHAIN.md §4 says (NFKC also folds full-width punctuation).
inline QString pdfText(const QString &pdf)
{
    QString s
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    s = s.normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x2EA0), QChar(0x6C11));
    return s;
}

inline int pdfPages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

inline const Core::FixedClock &fixedClock()
{
    static Core::FixedClock clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    return clock;
}

// A store with one person (林美玲, born 1985-02-14) and one received case.
struct Fixture
{
    std::unique_ptr<Core::CaseStore> store;
    QString personId;
    QString caseId;

    Fixture()
    {
        auto s = Core::CaseStore::open(QStringLiteral(":memory:"), fixedClock());
        REQUIRE(s);
        store = std::move(*s);
        REQUIRE(store->initialize(Core::DeviceRole::Coach, QStringLiteral("筆電")));
        Core::Person p;
        p.name = QStringLiteral("林美玲");
        p.sex = QStringLiteral("F");
        p.birthDate = QDate(1985, 2, 14);
        p.idNumber = QStringLiteral("F131232216");
        p.district = QStringLiteral("68000010");
        p.addressRegistered = QStringLiteral("桃園市桃園區縣府路1號");
        p.emergencyName = QStringLiteral("林大同");
        p.emergencyPhone = QStringLiteral("0912-000-111");
        p.certSystem = QStringLiteral("new");
        p.certCategories = {QStringLiteral("1")};
        p.certSeverity = QStringLiteral("2");
        p.education = QStringLiteral("4");
        auto id = Core::PersonRepository(*store).create({}, p);
        REQUIRE(id);
        personId = *id;
        Core::Case c;
        c.personId = personId;
        c.intakeSource = QStringLiteral("form1");
        c.referralUnitType = QStringLiteral("medical");
        c.referralUnitName = QStringLiteral("桃園療養院");
        c.receivedOn = QDate(2024, 5, 20);
        auto created = Core::CaseRepository(*store).create({}, c);
        REQUIRE(created);
        caseId = created->id;
        REQUIRE(Core::CaseRepository(*store).updateDetails(
            {}, caseId, {{QStringLiteral("plan_goal"), QStringLiteral("一般職場穩定就業")}}));
        // The window's assessment (表三's 評估結果 shows this step).
        Core::CaseStep assess;
        assess.action = Core::CaseAction::Assess;
        assess.on = QDate(2024, 5, 27);
        assess.outcome = Core::AssessmentOutcome::Suitable;
        assess.planGoal = QStringLiteral("一般職場穩定就業");
        REQUIRE(Core::CaseRepository(*store).perform({}, caseId, assess));
    }

    // Another case of the same person, assessed by the window with `outcome` on 2024-05-27.
    QString assessedCase(Core::AssessmentOutcome outcome) const
    {
        Core::Case c;
        c.personId = personId;
        c.intakeSource = QStringLiteral("self");
        c.receivedOn = QDate(2024, 5, 21);
        auto created = Core::CaseRepository(*store).create({}, c);
        REQUIRE(created);
        Core::CaseStep assess;
        assess.action = Core::CaseAction::Assess;
        assess.on = QDate(2024, 5, 27);
        assess.outcome = outcome;
        assess.planGoal = QStringLiteral("一般職場穩定就業");
        assess.referralTarget = QStringLiteral("桃園市社會局");
        assess.transitionMeetingOn = QDate(2024, 5, 27);
        REQUIRE(Core::CaseRepository(*store).perform({}, created->id, assess));
        return created->id;
    }

    // The case opened by the unit and placed with an employer (2024-05-29, 20 hours a week): the
    // records that 表2-4's and 附表2/3's employer sections show.
    QString place() const
    {
        Core::ServiceRepository services(*store);
        Core::Employer e;
        e.name = QStringLiteral("桃園物流股份有限公司");
        e.taxId = QStringLiteral("12345675");
        e.district = QStringLiteral("68000010");
        e.headcount = 42;
        e.contact = QStringLiteral("王經理");
        auto employer = services.addEmployer({}, e);
        REQUIRE(employer);
        Core::SeProfile prof;
        prof.openedOn = QDate(2024, 5, 28);
        REQUIRE(services.setProfile({}, caseId, prof));
        Core::Placement pl;
        pl.caseId = caseId;
        pl.employerId = *employer;
        pl.jobTitle = QStringLiteral("倉儲理貨員");
        pl.weeklyHours = 20;
        pl.wage = 16000;
        pl.startDate = QDate(2024, 5, 29);
        pl.labourInsuranceFrom = QDate(2024, 5, 29);
        auto id = services.addPlacement({}, pl);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id);
        return *id;
    }

    const FormDefinition &form(const char *name) const
    {
        const FormDefinition *f = DefinitionLoader::shipped().find(QString::fromUtf8(name));
        REQUIRE(f != nullptr);
        return *f;
    }

    FormRecord open(const FormDefinition &def, const QString &instance = {}) const
    {
        auto r = FormRecord::open(*store, def, caseId, instance);
        REQUIRE(r);
        return *r;
    }
};

// Every field, the tables of records (3-2's support days, 4-1's contacts) included.
inline void fillExample(FormRecord &r, int repeatRows = 2)
{
    DemoForms::fill(r, repeatRows, true);
}

} // namespace Casebook::Forms::Test
