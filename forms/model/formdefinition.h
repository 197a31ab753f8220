// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebook::Forms {

// A text in both interface languages.
struct Label
{
    QString zh;
    QString en;
    QString text() const; // in the current language, falling back to zh
};

struct Choice
{
    QString code;
    Label label;
};

enum class FieldType {
    Text,
    LongText,
    Date,
    Integer,
    Number,
    Money,
    Single,
    Multi,
    YesNo,
    Signature,
    Repeat
};

// A condition on another field of the same form (or a bound domain attribute): equals / in /
// notEmpty.
struct Condition
{
    QString field;
    QStringList anyOf; // empty: the field must be non-empty
    bool isSet() const { return !field.isEmpty(); }
};

// One field of a form definition, read from its data file.
struct FieldDef
{
    QString id;
    Label label;
    FieldType type = FieldType::Text;
    bool required = false;
    Condition requiredIf;
    Condition visibleIf;
    QString bind; // "person.birthDate", "case.receivedOn"… empty: stored with the form; a repeating
                  // table bound to "records.supportDays" shows the case's records, its columns
                  // bound to their attributes
    bool readOnly = false;  // shown from the record, not edited on this form
    QString codes;          // key into the definition's code lists or a shared list ("CL-04")
    QList<Choice> choices;  // resolved from codes
    bool sensitive = false; // sensitive personal data (disability, diagnosis, ID)
    bool masked = false;    // printed masked (王○明, A*****6789)
    bool inferred = true;   // layout/field inferred rather than sourced
    // validation
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> step; // number: the value is a whole multiple of it (0.5: half hours)
    bool nationalId = false;
    bool notFuture = false;
    QString notBefore; // field or binding the date may not precede
    std::optional<double>
        sumMax; // repeat: the sum of the money column `sumColumn` may not exceed it
    std::optional<double>
        caseSumMax; // money: with the same field of the case's other complete forms of this kind
    QString sumColumn;
    int minRows = 0;
    QList<FieldDef> columns; // repeat
    double width = 1.0;      // share of the row in print and editor (0.25 .. 1)
    bool shortDate
        = false; // a date printed 107/05/31 rather than 民國107年5月31日 ("dateFormat": "short")
    QString
        warnBelow; // message key shown when an integer is below `min` softly (not used for errors)
};

struct SectionDef
{
    QString id;
    Label title;
    QList<FieldDef> fields;
};

// A form as data: one file per form and version (forms/definitions/*.json).
struct FormDefinition
{
    QString id;          // "table1"
    QString code;        // "身就M06-表一"
    QStringList aliases; // "表一", "1"
    QString version;
    int order = 0;            // position in lists and in "print all"
    bool landscape = false;   // printed on landscape A4 (wide report tables)
    double tableFontSize = 8; // points, for the cells of repeating tables
    QString planYear;
    Label issuer;
    Label title;
    QString source; // file it came from
    QList<SectionDef> sections;

    const FieldDef *field(const QString &id) const;
    QList<const FieldDef *> allFields() const;
    bool matches(const QString &name) const; // id, code or an alias
};

// Loads and checks definition files; every problem names the file, the field and the reason.
class DefinitionLoader
{
    Q_DECLARE_TR_FUNCTIONS(DefinitionLoader)

public:
    static Core::Result<FormDefinition> fromJson(const QByteArray &json, const QString &source);
    static Core::Result<FormDefinition> fromFile(const QString &path);
    // The shipped definitions (embedded in the build). Broken files are reported, not fatal.
    struct Catalogue
    {
        QList<FormDefinition> forms;
        QStringList problems;
        const FormDefinition *find(const QString &name) const;
    };
    // The shipped definitions, with newer versions installed in updateDir() (from the bureau, in a
    // bundle) taking the place of older ones.
    static const Catalogue &shipped();
    static QString updateDir();
    // Checks every file (a name like table1-v2.json, a definition without problems, not a different
    // text for an id and version that exist) and then writes them all into updateDir(); returns the
    // files written. They are used from the next start.
    static Core::Result<QStringList> install(const QList<std::pair<QString, QByteArray>> &files);
    // The report layouts (表6-1, 表6-2): the same format, filled from computed figures rather than
    // a case.
    static const Catalogue &shippedReports();
    static Catalogue fromDirectory(const QString &dir);
    static QStringList knownBindings();
};

} // namespace Casebook::Forms
