// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/formdefinition.h"
#include "tests/support/catchtest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Casebook::Forms;

TEST_CASE("Every shipped definition loads and passes the checker", "[forms][definitions]")
{
    const auto catalogue = DefinitionLoader::shipped();
    INFO(catalogue.problems.join(QLatin1Char('\n')).toStdString());
    CHECK(catalogue.problems.isEmpty());
    CHECK(catalogue.forms.size() == 12);
    QSet<QString> ids;
    for (const FormDefinition &f : catalogue.forms) {
        CHECK_FALSE(f.code.isEmpty());
        CHECK_FALSE(f.title.zh.isEmpty());
        CHECK_FALSE(f.title.en.isEmpty());
        ids.insert(f.id);
        for (const FieldDef *field : f.allFields())
            CHECK_FALSE(field->label.en.isEmpty());
    }
    CHECK(ids.size() == 12);
    for (const char *name : {"表一", "表二", "表三", "0C", "2-1", "2-4", "3-1", "3-2", "4-1",
             "附表1", "附表2", "附表3", "身就M06-表一", "table3_2"}) {
        INFO(name);
        CHECK(catalogue.find(QString::fromUtf8(name)) != nullptr);
    }
    CHECK(catalogue.find(QStringLiteral("表九")) == nullptr);
    CHECK(catalogue.find(QStringLiteral("表一"))->code == QStringLiteral("身就M06-表一"));
}

TEST_CASE("Broken definitions are refused with the file, the field and the reason",
    "[forms][definitions]")
{
    const QString dir = QStringLiteral(CASEBOOK_FORMS_TESTDATA "/broken/");
    struct Expect
    {
        const char *file;
        const char *field;
        const char *reason;
    };
    const Expect cases[] = {
        {"truncated.json", "", "not valid JSON"},
        {"unknown_type.json", "age", "unknown type \"decimal\""},
        {"bad_binding.json", "shoe", "unknown binding \"person.shoeSize\""},
        {"binding_type.json", "born", "does not fit the type date"},
        {"unknown_codes.json", "colour", "unknown code list \"CL-99\""},
        {"duplicate_id.json", "a", "used twice"},
        {"bad_condition.json", "why", "unknown field nowhere"},
        {"nested_repeat.json", "inner", "cannot contain another"},
        {"no_sections.json", "", "no sections"},
        {"min_max.json", "hours", "min is greater than max"},
        {"record_column.json", "mood", "needs a binding"},
        {"record_attribute.json", "shoe", "has no attribute \"shoeSize\""},
        {"record_table.json", "log", "unknown binding \"records.diary\""},
        {"half_step.json", "hours", "step is a number above 0, for a number field"},
    };
    for (const Expect &e : cases) {
        INFO(e.file);
        auto r = DefinitionLoader::fromFile(dir + QString::fromLatin1(e.file));
        REQUIRE_FALSE(r);
        const QString message = r.error().message;
        INFO(message.toStdString());
        CHECK(message.contains(QString::fromLatin1(e.file)));
        if (*e.field)
            CHECK(message.contains(QStringLiteral("field %1").arg(QString::fromLatin1(e.field))));
        CHECK(message.contains(QString::fromUtf8(e.reason)));
    }
    CHECK_FALSE(DefinitionLoader::fromFile(dir + QStringLiteral("missing.json")));
}

TEST_CASE(
    "A broken file beside good ones is reported and the others still load", "[forms][definitions]")
{
    QTemporaryDir dir;
    QFile::copy(QStringLiteral(":/casebook/forms/table1-v1.json"),
        dir.filePath(QStringLiteral("table1-v1.json")));
    QFile::copy(QStringLiteral(CASEBOOK_FORMS_TESTDATA "/broken/unknown_type.json"),
        dir.filePath(QStringLiteral("bad.json")));
    const auto catalogue = DefinitionLoader::fromDirectory(dir.path());
    CHECK(catalogue.forms.size() == 1);
    REQUIRE(catalogue.problems.size() == 1);
    CHECK(catalogue.problems.first().contains(QStringLiteral("bad.json")));
}

TEST_CASE(
    "Installing definitions from a bundle checks every file before writing any", "[forms][install]")
{
    QStandardPaths::setTestModeEnabled(true);
    QDir(DefinitionLoader::updateDir()).removeRecursively();
    QFile v1(QStringLiteral(":/casebook/forms/table1-v1.json"));
    REQUIRE(v1.open(QIODevice::ReadOnly));
    const QByteArray shipped = v1.readAll();
    QJsonObject def = QJsonDocument::fromJson(shipped).object();
    def.insert(QStringLiteral("version"), QStringLiteral("2"));
    const QByteArray v2 = QJsonDocument(def).toJson();
    QJsonObject changed = QJsonDocument::fromJson(shipped).object();
    changed.insert(QStringLiteral("order"), 99);

    CHECK_FALSE(
        DefinitionLoader::install({{QStringLiteral("../table1-v2.json"), v2}})); // not a plain name
    CHECK_FALSE(
        DefinitionLoader::install({{QStringLiteral("table1-v3.json"), v2}})); // holds version 2
    CHECK_FALSE(
        DefinitionLoader::install({{QStringLiteral("table1-v2.json"), "{\"id\":1}"}})); // broken
    auto same = DefinitionLoader::install(
        {{QStringLiteral("table1-v1.json"), QJsonDocument(changed).toJson()}});
    REQUIRE_FALSE(same); // an existing version keeps its text
    CHECK(same.error().message.contains(QStringLiteral("new version")));
    // One bad file keeps the good one out too.
    CHECK_FALSE(DefinitionLoader::install({{QStringLiteral("table1-v2.json"), v2},
        {QStringLiteral("table2-v9.json"), QByteArray("{}")}}));
    CHECK_FALSE(QFile::exists(
        QDir(DefinitionLoader::updateDir()).filePath(QStringLiteral("table1-v2.json"))));
    auto ok = DefinitionLoader::install({{QStringLiteral("table1-v2.json"), v2}});
    REQUIRE(ok);
    CHECK(*ok == QStringList {QStringLiteral("table1-v2.json")});
    CHECK(QFile::exists(
        QDir(DefinitionLoader::updateDir()).filePath(QStringLiteral("table1-v2.json"))));
    CHECK(DefinitionLoader::install(
        {{QStringLiteral("table1-v2.json"), v2}})); // the same again: no change
    QDir(DefinitionLoader::updateDir()).removeRecursively();
}
