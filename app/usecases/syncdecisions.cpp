// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/syncdecisions.h"

#include "core/cases/caserepository.h"
#include "core/persons/personrepository.h"

#include <algorithm>

namespace Casebook::UseCases {

using namespace Casebook::Core;

Result<QList<Conflict>> SyncDecisions::conflicts() const
{
    auto all = SyncRepository(m_store).conflicts(false);
    if (!all)
        return all;
    std::stable_sort(all->begin(), all->end(), [](const Conflict &x, const Conflict &y) {
        return (x.status == QLatin1String("open")) > (y.status == QLatin1String("open"));
    });
    return all;
}

Result<QList<Refusal>> SyncDecisions::refusals() const
{
    return SyncRepository(m_store).refusals();
}

QHash<QString, QString> SyncDecisions::deviceNames() const
{
    QHash<QString, QString> names;
    if (auto devices = SyncRepository(m_store).trustedDevices()) {
        for (const PublicIdentity &d : *devices)
            names.insert(d.deviceId, d.name);
    }
    names.insert(m_store.identity().deviceId, m_store.identity().name);
    return names;
}

QString SyncDecisions::recordName(const Conflict &c) const
{
    if (c.entity == QLatin1String("person")) {
        if (auto person = PersonRepository(m_store).find(c.rowId))
            return tr("Person %1").arg(person->name);
    } else if (c.entity == QLatin1String("case")) {
        if (auto found = CaseRepository(m_store).find(c.rowId))
            return tr("Case %1").arg(found->caseNo);
    }
    return c.entity + QLatin1Char(' ') + c.rowId.right(6);
}

VoidResult SyncDecisions::resolve(
    const QString &conflictId, const QString &value, const QString &reason) const
{
    auto r = SyncRepository(m_store).resolve(m_context, conflictId, value, reason);
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

Result<QList<ProbableDuplicate>> SyncDecisions::probableDuplicates() const
{
    return DuplicateRepository(m_store).probableDuplicates();
}

Result<QList<PersonMerge>> SyncDecisions::merges() const
{
    return DuplicateRepository(m_store).merges();
}

QString SyncDecisions::personName(const QString &personId) const
{
    auto p = PersonRepository(m_store).find(personId);
    return p ? p->name : personId;
}

VoidResult SyncDecisions::merge(
    const QString &keptId, const QString &mergedId, const QString &reason) const
{
    auto r = DuplicateRepository(m_store).merge(m_context, keptId, mergedId, reason);
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

VoidResult SyncDecisions::undoMerge(const QString &mergeId) const
{
    auto r = DuplicateRepository(m_store).undo(m_context, mergeId);
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

Result<QList<TrustedDevice>> SyncDecisions::devices() const
{
    return SyncRepository(m_store).devices();
}

QString SyncDecisions::scopeName(const EnrolScope &scope) const
{
    return SyncRepository(m_store).scopeName(scope);
}

} // namespace Casebook::UseCases
