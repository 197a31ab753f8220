// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/bindings.h"

#include <QHash>

namespace Casebook::Forms::Bindings {

using Core::Case;
using Core::Person;

namespace {

QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate date(const QString &s)
{
    return QDate::fromString(s, Qt::ISODate);
}

QStringList list(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Person text, date and list fields, and case fields, each read and written in one line.
#define CB_TEXT(member)                                                                            \
    [](const Person &p, const Case &) { return p.member; },                                        \
        [](Person &p, Case &, const QString &v) { p.member = v; }
#define CB_DATE(member)                                                                            \
    [](const Person &p, const Case &) { return iso(p.member); },                                   \
        [](Person &p, Case &, const QString &v) { p.member = date(v); }
#define CB_LIST(member)                                                                            \
    [](const Person &p, const Case &) { return p.member.join(QLatin1Char(',')); },                 \
        [](Person &p, Case &, const QString &v) { p.member = list(v); }
#define CB_CASE_TEXT(member)                                                                       \
    [](const Person &, const Case &c) { return c.member; },                                        \
        [](Person &, Case &c, const QString &v) { c.member = v; }
#define CB_CASE_READ(member)                                                                       \
    [](const Person &, const Case &c) { return QString(c.member); }, nullptr
#define CB_CASE_DATE(member) [](const Person &, const Case &c) { return iso(c.member); }, nullptr

} // namespace

const QList<Scalar> &scalars()
{
    using T = FieldType;
    static const QList<Scalar> table = {
        {QStringLiteral("person.name"), T::Text, {}, false, QStringLiteral("name"), CB_TEXT(name)},
        {QStringLiteral("person.sex"), T::Single, QStringLiteral("sex"), false,
            QStringLiteral("sex"), CB_TEXT(sex)},
        {QStringLiteral("person.birthDate"), T::Date, {}, false, QStringLiteral("birth_date"),
            CB_DATE(birthDate)},
        {QStringLiteral("person.idNumber"), T::Text, {}, false, QStringLiteral("id_number"),
            CB_TEXT(idNumber)},
        {QStringLiteral("person.addressRegistered"), T::Text, {}, false, {},
            CB_TEXT(addressRegistered)},
        {QStringLiteral("person.addressLiving"), T::Text, {}, false, {}, CB_TEXT(addressLiving)},
        {QStringLiteral("person.district"), T::Single, QStringLiteral("CL-04"), false,
            QStringLiteral("district"), CB_TEXT(district)},
        {QStringLiteral("person.phone"), T::Text, {}, false, {}, CB_TEXT(phone)},
        {QStringLiteral("person.mobile"), T::Text, {}, false, {}, CB_TEXT(mobile)},
        {QStringLiteral("person.emergencyName"), T::Text, {}, false, {}, CB_TEXT(emergencyName)},
        {QStringLiteral("person.emergencyRelation"), T::Text, {}, false, {},
            CB_TEXT(emergencyRelation)},
        {QStringLiteral("person.emergencyPhone"), T::Text, {}, false, {}, CB_TEXT(emergencyPhone)},
        {QStringLiteral("person.education"), T::Single, QStringLiteral("CL-13"), false,
            QStringLiteral("education"), CB_TEXT(education)},
        {QStringLiteral("person.certSystem"), T::Single, QStringLiteral("certSystem"), false,
            QStringLiteral("cert_system"), CB_TEXT(certSystem)},
        {QStringLiteral("person.certCategories"), T::Multi, QStringLiteral("CL-01"), false,
            QStringLiteral("cert_categories"), CB_LIST(certCategories)},
        {QStringLiteral("person.certSeverity"), T::Single, QStringLiteral("CL-03"), false,
            QStringLiteral("cert_severity"), CB_TEXT(certSeverity)},
        {QStringLiteral("person.certValidUntil"), T::Date, {}, false, {}, CB_DATE(certValidUntil)},
        {QStringLiteral("person.identityTags"), T::Multi, QStringLiteral("identityTags"), false,
            QStringLiteral("identity_tags"), CB_LIST(identityTags)},
        {QStringLiteral("case.caseNo"), T::Text, {}, true, {}, CB_CASE_READ(caseNo)},
        {QStringLiteral("case.receivedOn"), T::Date, {}, true, {}, CB_CASE_DATE(receivedOn)},
        {QStringLiteral("case.window"), T::Single, QStringLiteral("CL-05"), true, {},
            CB_CASE_READ(window)},
        {QStringLiteral("case.assessedOn"), T::Date, {}, true, {}, CB_CASE_DATE(assessedOn)},
        {QStringLiteral("case.referralUnitType"), T::Single, QStringLiteral("CL-06"), false, {},
            CB_CASE_TEXT(referralUnitType)},
        {QStringLiteral("case.referralUnitName"), T::Text, {}, false, {},
            CB_CASE_TEXT(referralUnitName)},
        {QStringLiteral("case.planGoal"), T::LongText, {}, false, {}, CB_CASE_TEXT(planGoal)},
        // The workflow's steps, shown on 表三: changed only by the steps themselves.
        {QStringLiteral("case.assessmentOutcome"), T::Single, {}, true, {},
            CB_CASE_READ(assessmentOutcome)},
        {QStringLiteral("case.referralTarget"), T::Text, {}, true, {},
            CB_CASE_READ(referralTarget)},
        {QStringLiteral("case.transitionMeetingOn"), T::Date, {}, true, {},
            CB_CASE_DATE(transitionMeetingOn)},
    };
    return table;
}

#undef CB_TEXT
#undef CB_DATE
#undef CB_LIST
#undef CB_CASE_TEXT
#undef CB_CASE_READ
#undef CB_CASE_DATE

const Scalar *find(const QString &name)
{
    static const QHash<QString, const Scalar *> byName = [] {
        QHash<QString, const Scalar *> out;
        for (const Scalar &s : scalars())
            out.insert(s.name, &s);
        return out;
    }();
    return byName.value(name, nullptr);
}

} // namespace Casebook::Forms::Bindings
