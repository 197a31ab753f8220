// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/persons/duplicaterepository.h"
#include "core/sync/syncrepository.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// What a supervisor or the bureau decides after bundles come in: the conflicts between two
// devices' values, the bundles refused, the probable duplicate persons (merged and undone), and
// the devices this store trusts. Writes are the repository's transactions, made as ctx.
class SyncDecisions
{
    Q_DECLARE_TR_FUNCTIONS(SyncDecisions)

public:
    SyncDecisions(Core::CaseStore &store, Core::WriteContext ctx)
        : m_store(store), m_context(std::move(ctx))
    { }

    // Every conflict, the open ones first.
    Core::Result<QList<Core::Conflict>> conflicts() const;
    Core::Result<QList<Core::Refusal>> refusals() const;
    // Device names by id (this store's included), for what a person recognises.
    QHash<QString, QString> deviceNames() const;
    // "Person 林美玲", "Case N113-00001", or the entity and the row's end.
    QString recordName(const Core::Conflict &conflict) const;
    Core::VoidResult resolve(
        const QString &conflictId, const QString &value, const QString &reason) const;

    Core::Result<QList<Core::ProbableDuplicate>> probableDuplicates() const;
    Core::Result<QList<Core::PersonMerge>> merges() const;
    QString personName(const QString &personId) const;
    Core::VoidResult merge(
        const QString &keptId, const QString &mergedId, const QString &reason) const;
    Core::VoidResult undoMerge(const QString &mergeId) const;

    Core::Result<QList<Core::TrustedDevice>> devices() const;
    QString scopeName(const Core::EnrolScope &scope) const;

private:
    Core::CaseStore &m_store;
    Core::WriteContext m_context;
};

} // namespace Casebook::UseCases
