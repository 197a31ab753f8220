// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/persons/person.h"
#include "forms/model/formdefinition.h"

#include <QList>
#include <QString>

namespace Casebook::Forms::Bindings {

// A form field bound to one value of the person or the case: its name in definitions ("bind"),
// what it holds, and how a FormRecord reads and writes it. The one table: the definition loader
// checks against it, the record reads and writes through it, and bound person fields are checked
// by the person rules under personField.
struct Scalar
{
    QString name;
    FieldType type = FieldType::Text;
    QString codes;
    bool readOnly = false;
    QString personField; // the PersonRepository field it is validated as; empty for the case
    QString (*get)(const Core::Person &, const Core::Case &) = nullptr;
    void (*set)(Core::Person &, Core::Case &, const QString &) = nullptr; // null when read-only
};

const QList<Scalar> &scalars();
const Scalar *find(const QString &name);

} // namespace Casebook::Forms::Bindings
