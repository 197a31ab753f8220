// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persons/personrepository.h"

#include "core/persons/codelists.h"
#include "core/persons/nationalid.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

namespace {

constexpr auto SelectPerson = "SELECT id, name, sex, birth_date, id_number, address_registered, "
                              "address_living, district, phone, "
                              "mobile, emergency_name, emergency_relation, emergency_phone, "
                              "education, cert_system, cert_categories, "
                              "cert_severity, cert_valid_until, identity_tags FROM persons ";

QStringList splitList(const QString &s)
{
    return s.isEmpty() ? QStringList() : s.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

Person readPerson(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.sex = q.value(2).toString();
    p.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.idNumber = q.value(4).toString();
    p.addressRegistered = q.value(5).toString();
    p.addressLiving = q.value(6).toString();
    p.district = q.value(7).toString();
    p.phone = q.value(8).toString();
    p.mobile = q.value(9).toString();
    p.emergencyName = q.value(10).toString();
    p.emergencyRelation = q.value(11).toString();
    p.emergencyPhone = q.value(12).toString();
    p.education = q.value(13).toString();
    p.certSystem = q.value(14).toString();
    p.certCategories = splitList(q.value(15).toString());
    p.certSeverity = q.value(16).toString();
    p.certValidUntil = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    p.identityTags = splitList(q.value(18).toString());
    return p;
}

QString codeList(QStringList codes)
{
    // Stored sorted, so the same choice in another order is no change.
    codes.removeDuplicates();
    std::sort(codes.begin(), codes.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return codes.join(QLatin1Char(','));
}

QVariantMap fieldsOf(const Person &p)
{
    auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto date = [](const QDate &d) { return d.isValid() ? QVariant(d) : QVariant(); };
    return {
        {QStringLiteral("name"), text(p.name.trimmed())},
        {QStringLiteral("sex"), text(p.sex)},
        {QStringLiteral("birth_date"), date(p.birthDate)},
        {QStringLiteral("id_number"), text(p.idNumber.trimmed().toUpper())},
        {QStringLiteral("address_registered"), text(p.addressRegistered)},
        {QStringLiteral("address_living"), text(p.addressLiving)},
        {QStringLiteral("district"), text(p.district)},
        {QStringLiteral("phone"), text(p.phone)},
        {QStringLiteral("mobile"), text(p.mobile)},
        {QStringLiteral("emergency_name"), text(p.emergencyName)},
        {QStringLiteral("emergency_relation"), text(p.emergencyRelation)},
        {QStringLiteral("emergency_phone"), text(p.emergencyPhone)},
        {QStringLiteral("education"), text(p.education)},
        {QStringLiteral("cert_system"), text(p.certSystem)},
        {QStringLiteral("cert_categories"), text(codeList(p.certCategories))},
        {QStringLiteral("cert_severity"), text(p.certSeverity)},
        {QStringLiteral("cert_valid_until"), date(p.certValidUntil)},
        {QStringLiteral("identity_tags"), text(codeList(p.identityTags))},
    };
}

} // namespace

QList<FieldProblem> PersonRepository::validate(const Person &p) const
{
    QList<FieldProblem> problems;
    const QDate today = m_store.clock().today();
    if (p.name.trimmed().isEmpty())
        problems << FieldProblem {QStringLiteral("name"), tr("Enter the person's name.")};
    if (!CodeLists::contains(CodeLists::sexes(), p.sex))
        problems << FieldProblem {QStringLiteral("sex"), tr("Choose the person's sex.")};
    if (!p.birthDate.isValid()) {
        problems << FieldProblem {QStringLiteral("birth_date"), tr("Enter a valid birth date.")};
    } else if (p.birthDate > today) {
        problems << FieldProblem {
            QStringLiteral("birth_date"), tr("The birth date lies in the future.")};
    } else if (p.birthDate < today.addYears(-120)) {
        problems << FieldProblem {
            QStringLiteral("birth_date"), tr("The birth date is more than 120 years ago.")};
    }
    if (p.idNumber.trimmed().isEmpty()) {
        problems << FieldProblem {QStringLiteral("id_number"),
            tr("Enter the national ID or resident certificate number.")};
    } else if (!NationalId::isValid(p.idNumber)) {
        problems << FieldProblem {QStringLiteral("id_number"),
            tr("%1 is not a valid national ID or resident certificate number (check digit).")
                .arg(p.idNumber.trimmed())};
    }
    if (!p.district.isEmpty() && !CodeLists::contains(CodeLists::districts(), p.district)) {
        problems << FieldProblem {
            QStringLiteral("district"), tr("Unknown district %1.").arg(p.district)};
    }
    if (!p.education.isEmpty() && !CodeLists::contains(CodeLists::education(), p.education)) {
        problems << FieldProblem {
            QStringLiteral("education"), tr("Unknown education level %1.").arg(p.education)};
    }
    if (!p.certSystem.isEmpty() && !CodeLists::contains(CodeLists::certSystems(), p.certSystem)) {
        problems << FieldProblem {
            QStringLiteral("cert_system"), tr("Unknown certificate kind %1.").arg(p.certSystem)};
    }
    const auto &categories = p.certSystem == QLatin1String("old") ? CodeLists::disabilityOld()
                                                                  : CodeLists::disabilityNew();
    for (const QString &c : p.certCategories) {
        if (!CodeLists::contains(categories, c)) {
            problems << FieldProblem {
                QStringLiteral("cert_categories"), tr("Unknown disability category %1.").arg(c)};
        }
    }
    if ((p.certSystem == QLatin1String("new") || p.certSystem == QLatin1String("old"))
        && p.certCategories.isEmpty()) {
        problems << FieldProblem {
            QStringLiteral("cert_categories"), tr("Choose at least one disability category.")};
    }
    if (!p.certSeverity.isEmpty()
        && !CodeLists::contains(CodeLists::severities(), p.certSeverity)) {
        problems << FieldProblem {
            QStringLiteral("cert_severity"), tr("Unknown severity %1.").arg(p.certSeverity)};
    }
    for (const QString &t : p.identityTags) {
        if (!CodeLists::contains(CodeLists::identityTags(), t)) {
            problems << FieldProblem {
                QStringLiteral("identity_tags"), tr("Unknown identity tag %1.").arg(t)};
        }
    }
    return problems;
}

Result<QString> PersonRepository::create(const WriteContext &ctx, Person person)
{
    const auto problems = validate(person);
    if (!problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.first().message);
    if (person.id.isEmpty())
        person.id = newUuid();
    QVariantMap fields = fieldsOf(person);
    fields.removeIf([](const auto &it) { return it.value().isNull(); });
    if (auto r = m_store.insert(ctx, QStringLiteral("person"), person.id, fields); !r)
        return tl::unexpected(r.error());
    return person.id;
}

Result<int> PersonRepository::update(const WriteContext &ctx, const Person &person)
{
    const auto problems = validate(person);
    if (!problems.isEmpty())
        return fail(Error::Kind::Invalid, problems.first().message);
    return m_store.update(ctx, QStringLiteral("person"), person.id, fieldsOf(person));
}

VoidResult PersonRepository::remove(const WriteContext &ctx, const QString &id)
{
    auto r = m_store.update(ctx, QStringLiteral("person"), id, {{QStringLiteral("deleted"), 1}});
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

Result<Person> PersonRepository::find(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QString::fromLatin1(SelectPerson) + QStringLiteral("WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("No person with id %1.").arg(id));
    return readPerson(q);
}

Result<QList<Person>> PersonRepository::search(const QString &text, int limit) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    const SqlDialect &sql = m_store.dialect();
    q.prepare(QString::fromLatin1(SelectPerson)
        + QStringLiteral(
            "WHERE deleted = 0 AND (? = '' OR %1 OR %2 OR %3) ORDER BY name, id LIMIT ?")
              .arg(sql.contains(QStringLiteral("name"), QStringLiteral("?")),
                  sql.contains(QStringLiteral("upper(id_number)"), QStringLiteral("upper(?)")),
                  sql.contains(QStringLiteral("coalesce(phone, '') || coalesce(mobile, '')"),
                      QStringLiteral("?"))));
    const QString needle = text.trimmed().isNull() ? QStringLiteral("") : text.trimmed();
    for (int i = 0; i < 4; ++i)
        q.addBindValue(needle);
    q.addBindValue(sql.limit(limit));
    if (!q.exec())
        return SqlError::failure(q);
    QList<Person> out;
    while (q.next())
        out << readPerson(q);
    return out;
}

Result<QList<Person>> PersonRepository::ofSupportedEmployment() const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(SelectPerson)
            + QStringLiteral("WHERE deleted = 0 AND id IN (SELECT c.person_id FROM se_profiles sp "
                             "%1 cases c ON c.id = sp.case_id WHERE sp.deleted = 0 AND "
                             "c.deleted = 0)")
                  .arg(m_store.dialect().orderedJoin())))
        return SqlError::failure(q);
    QList<Person> out;
    while (q.next())
        out << readPerson(q);
    return out;
}

Result<qint64> PersonRepository::count() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM persons WHERE deleted = 0")) || !q.next())
        return SqlError::failure(q);
    return q.value(0).toLongLong();
}

} // namespace Casebook::Core
