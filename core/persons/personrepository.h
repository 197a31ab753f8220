// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/persons/person.h"
#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QList>

namespace Casebook::Core {

// Reads and writes persons; the only place that maps Person to SQL.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(CaseStore &store) : m_store(store) { }

    // Checks a person against the rules of forms-spec.md §1.2 (B fields); empty when valid.
    QList<FieldProblem> validate(const Person &person) const;

    // Creates the person (a new id is assigned when id is empty) and returns the id.
    Result<QString> create(const WriteContext &ctx, Person person);
    // Writes the changed fields of an existing person.
    Result<int> update(const WriteContext &ctx, const Person &person);
    VoidResult remove(const WriteContext &ctx, const QString &id);

    Result<Person> find(const QString &id) const;
    // Persons whose name, ID number or phone contains text (all when empty), by name.
    Result<QList<Person>> search(const QString &text, int limit = -1) const;
    // The persons with a supported-employment case (a case with a profile), in no particular order:
    // for the reports.
    Result<QList<Person>> ofSupportedEmployment() const;
    Result<qint64> count() const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
