// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/formdefinition.h"

#include "core/persons/codelists.h"
#include "core/rules/employmentrules.h"
#include "forms/model/bindings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

namespace Casebook::Forms {

using Core::Error;

namespace {

const QHash<QString, FieldType> &typeNames()
{
    static const QHash<QString, FieldType> names = {
        {QStringLiteral("text"), FieldType::Text},
        {QStringLiteral("longtext"), FieldType::LongText},
        {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("integer"), FieldType::Integer},
        {QStringLiteral("number"), FieldType::Number},
        {QStringLiteral("money"), FieldType::Money},
        {QStringLiteral("single"), FieldType::Single},
        {QStringLiteral("multi"), FieldType::Multi},
        {QStringLiteral("yesno"), FieldType::YesNo},
        {QStringLiteral("signature"), FieldType::Signature},
        {QStringLiteral("repeat"), FieldType::Repeat},
    };
    return names;
}

// The shared code lists of forms-spec.md §8 that a definition may name instead of listing codes.
std::optional<QList<Core::CodeItem>> sharedList(const QString &name)
{
    using namespace Core::CodeLists;
    static const QHash<QString, const QList<Core::CodeItem> &(*)()> lists = {
        {QStringLiteral("CL-01"), &disabilityNew},
        {QStringLiteral("CL-02"), &disabilityOld},
        {QStringLiteral("CL-03"), &severities},
        {QStringLiteral("CL-04"), &districts},
        {QStringLiteral("CL-05"), &windows},
        {QStringLiteral("CL-06"), &referralUnitTypes},
        {QStringLiteral("CL-07"), &serviceTypes},
        {QStringLiteral("CL-12"), &closureReasons},
        {QStringLiteral("CL-13"), &education},
        {QStringLiteral("sex"), &sexes},
        {QStringLiteral("certSystem"), &certSystems},
        {QStringLiteral("identityTags"), &identityTags},
        {QStringLiteral("intakeSource"), &intakeSources},
        {QStringLiteral("followUpManner"), &followUpManners},
        {QStringLiteral("employmentStatus"), &employmentStatuses},
    };
    const auto it = lists.find(name);
    if (it == lists.end())
        return std::nullopt;
    return it.value()();
}

// What a binding is, so a definition cannot bind a date field to a name.
struct Binding
{
    FieldType type;
    QString codes;
    bool readOnly;
};

const QHash<QString, Binding> &bindings()
{
    // The person's and the case's values (Bindings::scalars()), then the derived and record ones.
    static const QHash<QString, Binding> b = [] {
        QHash<QString, Binding> out = {
            // The unit's case profile (表0C): the same record as the 支持性就業 tab's case opening.
            {QStringLiteral("profile.openedOn"), {FieldType::Date, {}, false}},
            {QStringLiteral("profile.model"), {FieldType::Single, {}, false}},
            // The case's latest placement and its employer (the supported-employment records),
            // shown on
            // 表3-2, 表2-4 and 附表2/3: entered as the placement, never on the form.
            {QStringLiteral("placement.employer"), {FieldType::Text, {}, true}},
            {QStringLiteral("placement.placedOn"), {FieldType::Date, {}, true}},
            {QStringLiteral("placement.taxId"), {FieldType::Text, {}, true}},
            {QStringLiteral("placement.employerDistrict"),
                {FieldType::Single, QStringLiteral("CL-04"), true}},
            {QStringLiteral("placement.headcount"), {FieldType::Integer, {}, true}},
            {QStringLiteral("placement.contact"), {FieldType::Text, {}, true}},
            {QStringLiteral("placement.jobTitle"), {FieldType::Text, {}, true}},
            {QStringLiteral("placement.weeklyHours"), {FieldType::Integer, {}, true}},
            {QStringLiteral("placement.wage"), {FieldType::Money, {}, true}},
            {QStringLiteral("placement.startDate"), {FieldType::Date, {}, true}},
        };
        for (const Bindings::Scalar &scalar : Bindings::scalars())
            out.insert(scalar.name, {scalar.type, scalar.codes, scalar.readOnly});
        return out;
    }();
    return b;
}

// The domain's records a repeating table can show: its rows are the records of the case and its
// columns their attributes, so a row entered on the form is the record the rules count (and the
// reverse).
struct RecordTable
{
    QHash<QString, Binding> columns;
    bool readOnly;
};

const QHash<QString, RecordTable> &recordTables()
{
    static const QHash<QString, RecordTable> t = {
        {QStringLiteral("records.supportDays"),
            {{{QStringLiteral("day"), {FieldType::Date, {}, false}},
                 {QStringLiteral("hours"), {FieldType::Number, {}, false}},
                 {QStringLiteral("place"), {FieldType::Single, {}, false}},
                 {QStringLiteral("content"), {FieldType::Text, {}, false}},
                 {QStringLiteral("performance"), {FieldType::Text, {}, false}},
                 {QStringLiteral("nextFocus"), {FieldType::Text, {}, false}}},
                false}},
        {QStringLiteral("records.followUps"),
            {{{QStringLiteral("day"), {FieldType::Date, {}, false}},
                 {QStringLiteral("manner"),
                     {FieldType::Single, QStringLiteral("followUpManner"), false}},
                 {QStringLiteral("status"),
                     {FieldType::Single, QStringLiteral("employmentStatus"), false}},
                 {QStringLiteral("weeklyHours"), {FieldType::Integer, {}, false}},
                 {QStringLiteral("wage"), {FieldType::Money, {}, false}},
                 {QStringLiteral("notes"), {FieldType::Text, {}, false}}},
                false}},
        {QStringLiteral("records.dispatches"),
            {{{QStringLiteral("service"), {FieldType::Single, QStringLiteral("CL-07"), true}},
                 {QStringLiteral("unit"), {FieldType::Text, {}, true}},
                 {QStringLiteral("dispatchedOn"), {FieldType::Date, {}, true}},
                 {QStringLiteral("answerDue"), {FieldType::Date, {}, true}}},
                true}},
    };
    return t;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionLoader)

public:
    Parser(QString source, QHash<QString, QList<Choice>> lists)
        : m_source(std::move(source)), m_lists(std::move(lists))
    { }

    QString problem(const QString &field, const QString &reason) const
    {
        return field.isEmpty() ? tr("%1: %2").arg(m_source, reason)
                               : tr("%1: field %2: %3").arg(m_source, field, reason);
    }

    static Label label(const QJsonValue &v)
    {
        if (v.isString())
            return {v.toString(), v.toString()};
        const QJsonObject o = v.toObject();
        return {o.value(QStringLiteral("zh")).toString(), o.value(QStringLiteral("en")).toString()};
    }

    std::optional<Condition> condition(
        const QJsonValue &v, const QString &fieldId, QStringList &problems) const
    {
        if (v.isUndefined() || v.isNull())
            return Condition {};
        const QJsonObject o = v.toObject();
        Condition c;
        c.field = o.value(QStringLiteral("field")).toString();
        if (c.field.isEmpty()) {
            problems << problem(fieldId, tr("a condition needs \"field\""));
            return std::nullopt;
        }
        const QJsonValue eq = o.value(QStringLiteral("equals"));
        if (eq.isString())
            c.anyOf << eq.toString();
        if (eq.isBool())
            c.anyOf << (eq.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
        for (const auto &x : o.value(QStringLiteral("in")).toArray())
            c.anyOf << x.toString();
        return c;
    }

    std::optional<FieldDef> field(const QJsonObject &o, bool inRepeat, QStringList &problems,
        const QString &recordTable = {}) const
    {
        FieldDef f;
        f.id = o.value(QStringLiteral("id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (!idPattern.match(f.id).hasMatch()) {
            problems << problem(f.id.isEmpty() ? QStringLiteral("?") : f.id,
                tr("the id must be lower-case letters, digits and _"));
            return std::nullopt;
        }
        f.label = label(o.value(QStringLiteral("label")));
        if (f.label.zh.isEmpty())
            problems << problem(f.id, tr("the label needs a zh text"));
        const QString typeName = o.value(QStringLiteral("type")).toString();
        if (!typeNames().contains(typeName)) {
            problems << problem(f.id, tr("unknown type \"%1\"").arg(typeName));
            return std::nullopt;
        }
        f.type = typeNames().value(typeName);
        f.required = o.value(QStringLiteral("required")).toBool();
        f.readOnly = o.value(QStringLiteral("readOnly")).toBool();
        f.sensitive = o.value(QStringLiteral("sensitive")).toBool();
        f.masked = o.value(QStringLiteral("masked")).toBool();
        f.inferred = o.value(QStringLiteral("inferred")).toBool(true);
        f.nationalId = o.value(QStringLiteral("nationalId")).toBool();
        f.notFuture = o.value(QStringLiteral("notFuture")).toBool();
        f.notBefore = o.value(QStringLiteral("notBefore")).toString();
        f.width = o.value(QStringLiteral("width")).toDouble(1.0);
        const QString dateFormat = o.value(QStringLiteral("dateFormat")).toString();
        if (!dateFormat.isEmpty() && dateFormat != QLatin1String("short")
            && dateFormat != QLatin1String("long"))
            problems << problem(f.id, tr("dateFormat is short or long"));
        f.shortDate = dateFormat == QLatin1String("short");
        f.minRows = o.value(QStringLiteral("minRows")).toInt(0);
        if (o.contains(QStringLiteral("min")))
            f.min = o.value(QStringLiteral("min")).toDouble();
        if (o.contains(QStringLiteral("max")))
            f.max = o.value(QStringLiteral("max")).toDouble();
        if (o.contains(QStringLiteral("sumMax")))
            f.sumMax = o.value(QStringLiteral("sumMax")).toDouble();
        if (o.contains(QStringLiteral("caseSumMax"))) {
            f.caseSumMax = o.value(QStringLiteral("caseSumMax")).toDouble();
            if (f.type != FieldType::Money && f.type != FieldType::Integer)
                problems << problem(f.id, tr("caseSumMax applies to money and integer fields"));
        }
        f.sumColumn = o.value(QStringLiteral("sumColumn")).toString();
        if (f.width <= 0 || f.width > 1)
            problems << problem(f.id, tr("width must be more than 0 and at most 1"));
        if (f.min && f.max && *f.min > *f.max)
            problems << problem(f.id, tr("min is greater than max"));
        if (auto c = condition(o.value(QStringLiteral("requiredIf")), f.id, problems))
            f.requiredIf = *c;
        if (auto c = condition(o.value(QStringLiteral("visibleIf")), f.id, problems))
            f.visibleIf = *c;

        f.bind = o.value(QStringLiteral("bind")).toString();
        if (o.contains(QStringLiteral("step")))
            f.step = o.value(QStringLiteral("step")).toDouble();
        if (f.step && (*f.step <= 0 || f.type != FieldType::Number))
            problems << problem(f.id, tr("step is a number above 0, for a number field"));
        if (inRepeat && !recordTable.isEmpty() && f.bind.isEmpty())
            problems << problem(f.id, tr("a column of a table that shows records needs a binding"));
        if (!f.bind.isEmpty()) {
            const RecordTable table = recordTables().value(recordTable);
            if (inRepeat && recordTable.isEmpty()) {
                problems << problem(f.id, tr("a column of a repeating table cannot be bound"));
            } else if (inRepeat) {
                if (!table.columns.contains(f.bind)) {
                    problems << problem(
                        f.id, tr("%1 has no attribute \"%2\"").arg(recordTable, f.bind));
                } else {
                    const Binding b = table.columns.value(f.bind);
                    if (b.type != f.type
                        && !(b.type == FieldType::Text && f.type == FieldType::LongText)) {
                        problems << problem(f.id,
                            tr("the binding %1 does not fit the type %2").arg(f.bind, typeName));
                    }
                    f.readOnly = f.readOnly || b.readOnly;
                    if (f.codes.isEmpty())
                        f.codes = b.codes;
                }
            } else if (f.type == FieldType::Repeat) {
                if (!recordTables().contains(f.bind)) {
                    problems << problem(f.id, tr("unknown binding \"%1\"").arg(f.bind));
                } else {
                    f.readOnly = f.readOnly || recordTables().value(f.bind).readOnly;
                }
            } else if (!bindings().contains(f.bind)) {
                problems << problem(f.id, tr("unknown binding \"%1\"").arg(f.bind));
            } else {
                const Binding b = bindings().value(f.bind);
                if (b.type != f.type
                    && !(b.type == FieldType::Text && f.type == FieldType::LongText)) {
                    problems << problem(
                        f.id, tr("the binding %1 does not fit the type %2").arg(f.bind, typeName));
                }
                if (b.readOnly)
                    f.readOnly = true;
                if (f.codes.isEmpty())
                    f.codes = b.codes;
            }
        }
        if (o.contains(QStringLiteral("codes")))
            f.codes = o.value(QStringLiteral("codes")).toString();
        if (f.type == FieldType::Single || f.type == FieldType::Multi) {
            if (f.codes.isEmpty()) {
                problems << problem(f.id, tr("a choice field needs \"codes\""));
            } else if (m_lists.contains(f.codes)) {
                f.choices = m_lists.value(f.codes);
            } else if (auto shared = sharedList(f.codes)) {
                for (const Core::CodeItem &i : *shared)
                    f.choices << Choice {i.code, {i.zh, i.en}};
            } else {
                problems << problem(f.id, tr("unknown code list \"%1\"").arg(f.codes));
            }
        }
        if (f.type == FieldType::Repeat) {
            if (inRepeat) {
                problems << problem(f.id, tr("a repeating table cannot contain another"));
                return std::nullopt;
            }
            const QJsonArray cols = o.value(QStringLiteral("columns")).toArray();
            if (cols.isEmpty())
                problems << problem(f.id, tr("a repeating table needs columns"));
            QSet<QString> ids;
            for (const auto &c : cols) {
                if (auto col = field(c.toObject(), true, problems,
                        recordTables().contains(f.bind) ? f.bind : QString())) {
                    if (ids.contains(col->id)) {
                        problems << problem(
                            f.id + QLatin1Char('.') + col->id, tr("the id is used twice"));
                    }
                    ids.insert(col->id);
                    f.columns << *col;
                }
            }
            if (!f.sumColumn.isEmpty()) {
                const auto it = std::find_if(f.columns.begin(), f.columns.end(),
                    [&](const FieldDef &c) { return c.id == f.sumColumn; });
                if (it == f.columns.end()
                    || (it->type != FieldType::Money && it->type != FieldType::Integer))
                    problems << problem(f.id, tr("sumColumn must name a money or integer column"));
            }
        } else if (o.contains(QStringLiteral("columns"))) {
            problems << problem(f.id, tr("only a repeating table has columns"));
        }
        return f;
    }

private:
    QString m_source;
    QHash<QString, QList<Choice>> m_lists;
};

} // namespace

QString Label::text() const
{
    return (QLocale().language() == QLocale::Chinese || en.isEmpty()) ? zh : en;
}

const FieldDef *FormDefinition::field(const QString &fieldId) const
{
    for (const SectionDef &s : sections) {
        for (const FieldDef &f : s.fields) {
            if (f.id == fieldId)
                return &f;
        }
    }
    return nullptr;
}

QList<const FieldDef *> FormDefinition::allFields() const
{
    QList<const FieldDef *> out;
    for (const SectionDef &s : sections) {
        for (const FieldDef &f : s.fields)
            out << &f;
    }
    return out;
}

bool FormDefinition::matches(const QString &name) const
{
    return name == id || name == code || aliases.contains(name, Qt::CaseInsensitive);
}

QStringList DefinitionLoader::knownBindings()
{
    return bindings().keys();
}

Core::Result<FormDefinition> DefinitionLoader::fromJson(
    const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Core::fail(Error::Kind::Invalid,
            tr("%1: not valid JSON at offset %2: %3")
                .arg(source)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    QHash<QString, QList<Choice>> lists;
    const QJsonObject codeLists = root.value(QStringLiteral("codeLists")).toObject();
    for (auto it = codeLists.begin(); it != codeLists.end(); ++it) {
        QList<Choice> choices;
        for (const auto &c : it.value().toArray()) {
            const QJsonObject o = c.toObject();
            choices << Choice {o.value(QStringLiteral("code")).toString(),
                Parser::label(o.value(QStringLiteral("label")))};
        }
        lists.insert(it.key(), choices);
    }
    Parser parser(source, lists);
    QStringList problems;
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        QSet<QString> codes;
        if (it.value().isEmpty())
            problems << parser.problem({}, tr("the code list %1 is empty").arg(it.key()));
        for (const Choice &c : it.value()) {
            if (c.code.isEmpty() || c.label.zh.isEmpty() || codes.contains(c.code)) {
                problems << parser.problem(
                    {}, tr("the code list %1 has an empty or repeated code").arg(it.key()));
            }
            codes.insert(c.code);
        }
    }

    FormDefinition def;
    def.source = source;
    def.id = root.value(QStringLiteral("id")).toString();
    def.code = root.value(QStringLiteral("code")).toString();
    def.version = root.value(QStringLiteral("version")).toString();
    def.planYear = root.value(QStringLiteral("planYear")).toString();
    def.order = root.value(QStringLiteral("order")).toInt();
    def.landscape
        = root.value(QStringLiteral("orientation")).toString() == QLatin1String("landscape");
    def.tableFontSize = root.value(QStringLiteral("tableFontSize")).toDouble(8);
    if (def.tableFontSize < 6 || def.tableFontSize > 12) {
        return Core::fail(Error::Kind::Invalid,
            tr("%1: tableFontSize must lie between 6 and 12 points").arg(source));
    }
    def.issuer = Parser::label(root.value(QStringLiteral("issuer")));
    def.title = Parser::label(root.value(QStringLiteral("title")));
    for (const auto &a : root.value(QStringLiteral("aliases")).toArray())
        def.aliases << a.toString();
    if (def.id.isEmpty())
        problems << parser.problem({}, tr("the form needs an \"id\""));
    if (def.code.isEmpty())
        problems << parser.problem({}, tr("the form needs a \"code\""));
    if (def.version.isEmpty())
        problems << parser.problem({}, tr("the form needs a \"version\""));
    if (def.title.zh.isEmpty())
        problems << parser.problem({}, tr("the form needs a title"));
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    if (sections.isEmpty())
        problems << parser.problem({}, tr("the form has no sections"));
    QSet<QString> ids;
    for (const auto &s : sections) {
        const QJsonObject so = s.toObject();
        SectionDef section;
        section.id = so.value(QStringLiteral("id")).toString();
        section.title = Parser::label(so.value(QStringLiteral("title")));
        for (const auto &fv : so.value(QStringLiteral("fields")).toArray()) {
            if (auto f = parser.field(fv.toObject(), false, problems)) {
                if (ids.contains(f->id))
                    problems << parser.problem(f->id, tr("the id is used twice"));
                ids.insert(f->id);
                section.fields << *f;
            }
        }
        def.sections << section;
    }
    // Conditions and notBefore must name a field of this form or a binding.
    for (const FieldDef *f : def.allFields()) {
        for (const Condition *c : {&f->requiredIf, &f->visibleIf}) {
            if (c->isSet() && !ids.contains(c->field) && !bindings().contains(c->field)) {
                problems << parser.problem(
                    f->id, tr("the condition names an unknown field %1").arg(c->field));
            }
        }
        if (!f->notBefore.isEmpty() && !ids.contains(f->notBefore)
            && !bindings().contains(f->notBefore)) {
            problems << parser.problem(
                f->id, tr("notBefore names an unknown field %1").arg(f->notBefore));
        }
        if (!f->notBefore.isEmpty() && f->type != FieldType::Date)
            problems << parser.problem(f->id, tr("notBefore applies to dates only"));
    }
    if (!problems.isEmpty())
        return Core::fail(Error::Kind::Invalid, problems.join(QLatin1Char('\n')));
    return def;
}

Core::Result<FormDefinition> DefinitionLoader::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Core::fail(Error::Kind::Io, tr("%1: cannot read the file").arg(path));
    if (f.size() > 4 * 1024 * 1024)
        return Core::fail(Error::Kind::Invalid, tr("%1: the file is larger than 4 MB").arg(path));
    return fromJson(f.readAll(), QFileInfo(path).fileName());
}

DefinitionLoader::Catalogue DefinitionLoader::fromDirectory(const QString &dir)
{
    Catalogue c;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto def = fromFile(d.filePath(name));
        if (def) {
            c.forms << *def;
        } else {
            c.problems << def.error().message;
        }
    }
    std::stable_sort(c.forms.begin(), c.forms.end(),
        [](const FormDefinition &a, const FormDefinition &b) { return a.order < b.order; });
    return c;
}

QString DefinitionLoader::updateDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("forms"));
}

const DefinitionLoader::Catalogue &DefinitionLoader::shipped()
{
    static const Catalogue catalogue = [] {
        Catalogue c = fromDirectory(QStringLiteral(":/casebook/forms"));
        if (!QDir(updateDir()).exists())
            return c;
        const Catalogue update = fromDirectory(updateDir());
        c.problems += update.problems;
        for (const FormDefinition &d : update.forms) {
            const auto it = std::find_if(c.forms.begin(), c.forms.end(),
                [&](const FormDefinition &f) { return f.id == d.id; });
            if (it == c.forms.end()) {
                c.forms << d;
            } else if (d.version.toInt() > it->version.toInt()) {
                *it = d; // a newer version takes the older one's place; instances keep their
            }
            // version number
        }
        std::stable_sort(c.forms.begin(), c.forms.end(),
            [](const FormDefinition &a, const FormDefinition &b) { return a.order < b.order; });
        return c;
    }();
    return catalogue;
}

Core::Result<QStringList> DefinitionLoader::install(
    const QList<std::pair<QString, QByteArray>> &files)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*-v[0-9]+\\.json$"));
    const QDir shippedDir(QStringLiteral(":/casebook/forms"));
    const QDir dir(updateDir());
    // Rule data travels with the definitions: a new year's holiday calendar and minimum wage (whole
    // files).
    const QHash<QString, QString> ruleFiles
        = {{QStringLiteral("holidays-tw.json"), Core::HolidayCalendar::updatePath()},
            {QStringLiteral("minimum-wage-tw.json"), Core::MinimumWage::updatePath()}};
    for (const auto &[name, content] : files) {
        if (ruleFiles.contains(name)) {
            if (content.size() > 1024 * 1024) {
                return Core::fail(
                    Error::Kind::Invalid, tr("%1: the file is larger than 1 MB").arg(name));
            }
            const auto checked = name == QLatin1String("holidays-tw.json")
                ? Core::VoidResult(
                    Core::HolidayCalendar::fromJson(content, name).transform([](auto &&) {}))
                : Core::VoidResult(
                    Core::MinimumWage::fromJson(content, name).transform([](auto &&) {}));
            if (!checked)
                return tl::unexpected(checked.error());
            continue;
        }
        if (!namePattern.match(name).hasMatch()) {
            return Core::fail(
                Error::Kind::Invalid, tr("%1: not the name of a form definition file.").arg(name));
        }
        if (content.size() > 4 * 1024 * 1024) {
            return Core::fail(
                Error::Kind::Invalid, tr("%1: the file is larger than 4 MB").arg(name));
        }
        auto def = fromJson(content, name);
        if (!def)
            return tl::unexpected(def.error());
        if (name != QStringLiteral("%1-v%2.json").arg(def->id, def->version)) {
            return Core::fail(Error::Kind::Invalid,
                tr("%1: the file holds %2 version %3.").arg(name, def->id, def->version));
        }
        // An id and version that exist keep their text: a change is a new version.
        for (const QDir &existing : {shippedDir, dir}) {
            QFile f(existing.filePath(name));
            if (f.open(QIODevice::ReadOnly) && f.readAll() != content) {
                return Core::fail(Error::Kind::NotAllowed,
                    tr("%1: %2 version %3 exists with another text; a change needs a new version.")
                        .arg(name, def->id, def->version));
            }
        }
    }
    if (!QDir().mkpath(dir.path()))
        return Core::fail(Error::Kind::Io, tr("Cannot create the folder %1.").arg(dir.path()));
    QStringList written;
    for (const auto &[name, content] : files) {
        const QString target = ruleFiles.value(name, dir.filePath(name));
        if (!QDir().mkpath(QFileInfo(target).path())) {
            return Core::fail(
                Error::Kind::Io, tr("Cannot create the folder %1.").arg(QFileInfo(target).path()));
        }
        QSaveFile f(target);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
            return Core::fail(Error::Kind::Io, tr("Cannot write %1.").arg(f.fileName()));
        written << name;
    }
    return written;
}

const DefinitionLoader::Catalogue &DefinitionLoader::shippedReports()
{
    static const Catalogue catalogue = fromDirectory(QStringLiteral(":/casebook/reports"));
    return catalogue;
}

const FormDefinition *DefinitionLoader::Catalogue::find(const QString &name) const
{
    for (const FormDefinition &f : forms) {
        if (f.matches(name))
            return &f;
    }
    return nullptr;
}

} // namespace Casebook::Forms
