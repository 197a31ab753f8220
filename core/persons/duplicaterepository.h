// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/persons/person.h"
#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

namespace Casebook::Core {

// Two records that probably are one person: the same ID number, or the same name and birth date
// (two laptops may each register a client before their bundles meet).
struct ProbableDuplicate
{
    Person first;
    Person second;
    QString reason; // id_number / name_birth
};

struct PersonMerge
{
    QString id;
    QString keptId;
    QString mergedId;
    QStringList cases; // moved from the merged record to the kept one
    QString reason;
    QDate mergedOn;
    bool undone = false;
};

// Finds probable duplicates and merges two person records on a person's decision, undoably. Every
// change is an ordinary write, so merges and undos travel in bundles like the rest.
class DuplicateRepository
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateRepository)

public:
    explicit DuplicateRepository(CaseStore &store) : m_store(store) { }

    Result<QList<ProbableDuplicate>> probableDuplicates() const;
    // Moves the cases of `mergedId` to `keptId` and retires `mergedId`; returns the merge's id.
    Result<QString> merge(const WriteContext &ctx, const QString &keptId, const QString &mergedId,
        const QString &reason);
    // Moves the same cases back and restores the merged record.
    VoidResult undo(const WriteContext &ctx, const QString &mergeId);
    Result<QList<PersonMerge>> merges() const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
