// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"
#include "core/persons/personrepository.h"
#include "core/store/casestore.h"
#include "forms/model/formdefinition.h"
#include "forms/model/formrecord.h"
#include "tests/support/catchtest.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Casebook::Forms::Test {

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

// Fills every empty, editable field with a plausible value of its type.
inline void fillExample(FormRecord &r, int repeatRows = 2)
{
    for (const FieldDef *f : r.definition().allFields()) {
        if (f->readOnly || !r.value(f->id).isEmpty())
            continue;
        switch (f->type) {
        case FieldType::Text:
            r.setValue(f->id, f->label.zh.left(2) + QStringLiteral("測試"));
            break;
        case FieldType::LongText:
            r.setValue(f->id, QStringLiteral("這是%1的說明文字。").arg(f->label.zh));
            break;
        case FieldType::Date:
            r.setValue(f->id, QStringLiteral("2024-05-31"));
            break;
        case FieldType::Integer:
            r.setValue(f->id, QString::number(f->min ? static_cast<int>(*f->min) : 1));
            break;
        case FieldType::Money:
            r.setValue(f->id, QStringLiteral("1500"));
            break;
        case FieldType::Single:
        case FieldType::Multi:
            r.setValue(f->id, f->choices.first().code);
            break;
        case FieldType::YesNo:
            r.setValue(f->id, QStringLiteral("1"));
            break;
        case FieldType::Signature:
            break;
        case FieldType::Repeat: {
            QJsonArray rows;
            for (int i = 0; i < repeatRows; ++i) {
                QJsonObject o;
                for (const FieldDef &c : f->columns) {
                    if (c.type == FieldType::Date)
                        o.insert(c.id, QDate(2024, 5, 1).addDays(i).toString(Qt::ISODate));
                    else if (c.type == FieldType::Integer || c.type == FieldType::Money)
                        o.insert(c.id, QStringLiteral("%1").arg(c.min ? static_cast<int>(*c.min) + 1 : 1 + i));
                    else if (c.type == FieldType::Single)
                        o.insert(c.id, c.choices.first().code);
                    else
                        o.insert(c.id, QStringLiteral("第%1列%2").arg(i + 1).arg(c.label.zh.left(2)));
                }
                rows.append(o);
            }
            r.setRows(f->id, rows);
            break;
        }
        }
    }
}

} // namespace Casebook::Forms::Test
