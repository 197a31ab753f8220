// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persons/codelists.h"
#include "core/persons/personrepository.h"
#include "core/tests/testhelpers.h"

using namespace Casebook::Core;
using Casebook::Core::Test::memoryStore;

namespace {
Person validPerson()
{
    Person p;
    p.name = QStringLiteral("林美玲");
    p.sex = QStringLiteral("F");
    p.birthDate = QDate(1985, 2, 14);
    p.idNumber = QStringLiteral("F131232216");
    p.district = QStringLiteral("68000010");
    p.mobile = QStringLiteral("0912-345-678");
    p.certSystem = QStringLiteral("new");
    p.certCategories = {QStringLiteral("1"), QStringLiteral("7")};
    p.certSeverity = QStringLiteral("2");
    p.certValidUntil = QDate(2027, 1, 31);
    p.identityTags = {QStringLiteral("low_income")};
    p.education = QStringLiteral("4");
    return p;
}

bool hasProblem(const QList<FieldProblem> &problems, const QString &field)
{
    return std::any_of(
        problems.begin(), problems.end(), [&](const FieldProblem &p) { return p.field == field; });
}
} // namespace

TEST_CASE("Persons round-trip through the repository", "[persons]")
{
    auto store = memoryStore();
    PersonRepository repo(*store);
    auto id = repo.create({}, validPerson());
    REQUIRE(id);
    auto found = repo.find(*id);
    REQUIRE(found);
    Person expected = validPerson();
    expected.id = *id;
    CHECK(*found == expected);
    CHECK(*repo.count() == 1);

    auto byName = repo.search(QStringLiteral("美玲"));
    REQUIRE(byName);
    CHECK(byName->size() == 1);
    auto byId = repo.search(QStringLiteral("f1312"));
    REQUIRE(byId);
    CHECK(byId->size() == 1);
    auto none = repo.search(QStringLiteral("王"));
    REQUIRE(none);
    CHECK(none->isEmpty());

    REQUIRE(repo.remove({}, *id));
    CHECK(repo.find(*id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("Bad person data is refused with a message at the field and nothing stored",
    "[persons][validation]")
{
    auto store = memoryStore();
    PersonRepository repo(*store);
    struct BadCase
    {
        const char *field;
        std::function<void(Person &)> spoil;
    };
    const BadCase cases[] = {
        {"name", [](Person &p) { p.name = QStringLiteral("  "); }},
        {"sex", [](Person &p) { p.sex = QStringLiteral("X"); }},
        {"birth_date", [](Person &p) { p.birthDate = QDate(2030, 1, 1); }},
        {"birth_date", [](Person &p) { p.birthDate = QDate(); }},
        {"birth_date", [](Person &p) { p.birthDate = QDate(1880, 1, 1); }},
        {"id_number", [](Person &p) { p.idNumber = QStringLiteral("F131232217"); }},
        {"id_number", [](Person &p) { p.idNumber.clear(); }},
        {"district", [](Person &p) { p.district = QStringLiteral("99999999"); }},
        {"cert_categories", [](Person &p) { p.certCategories = {QStringLiteral("12")}; }},
        {"cert_categories", [](Person &p) { p.certCategories.clear(); }},
        {"cert_severity", [](Person &p) { p.certSeverity = QStringLiteral("9"); }},
        {"identity_tags", [](Person &p) { p.identityTags = {QStringLiteral("vip")}; }},
    };
    for (const auto &bad : cases) {
        INFO(bad.field);
        Person p = validPerson();
        bad.spoil(p);
        const auto problems = repo.validate(p);
        CHECK(hasProblem(problems, QString::fromLatin1(bad.field)));
        auto created = repo.create({}, p);
        REQUIRE_FALSE(created);
        CHECK(created.error().kind == Error::Kind::Invalid);
        CHECK_FALSE(created.error().message.isEmpty());
    }
    CHECK(*repo.count() == 0);
    CHECK(*store->operationCount() == 0);
    CHECK(repo.validate(validPerson()).isEmpty());
    // Old handbook categories use the 16-class list
    Person old = validPerson();
    old.certSystem = QStringLiteral("old");
    old.certCategories = {QStringLiteral("12")};
    CHECK(repo.validate(old).isEmpty());
}

TEST_CASE("The district decides the service window", "[persons][codelists]")
{
    CHECK(CodeLists::windowForDistrict(QStringLiteral("68000010")) == QStringLiteral("north"));
    CHECK(CodeLists::windowForDistrict(QStringLiteral("68000020")) == QStringLiteral("south"));
    CHECK(CodeLists::windowForDistrict(QStringLiteral("68000130")) == QStringLiteral("north"));
    int north = 0;
    int south = 0;
    for (const auto &d : CodeLists::districts())
        (d.extra == QLatin1String("north") ? north : south)++;
    CHECK(north == 7);
    CHECK(south == 6);
}
