// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persons/duplicaterepository.h"

#include "core/persons/personrepository.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"
#include "core/sync/syncrepository.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

Result<QList<ProbableDuplicate>> DuplicateRepository::probableDuplicates() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT a.id, b.id, 'id_number' FROM persons a JOIN persons b ON a.id_number = "
            "b.id_number AND a.id < b.id "
            "WHERE a.deleted = 0 AND b.deleted = 0 AND coalesce(a.id_number, '') <> '' "
            "UNION "
            "SELECT a.id, b.id, 'name_birth' FROM persons a JOIN persons b ON a.name = b.name AND "
            "a.birth_date = b.birth_date AND a.id < b.id WHERE a.deleted = 0 AND b.deleted = 0 AND "
            "coalesce(a.id_number, '') <> coalesce(b.id_number, '') ORDER BY 1, 2")))
        return SqlError::failure(q);
    QList<std::tuple<QString, QString, QString>> pairs;
    while (q.next()) {
        pairs << std::make_tuple(
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    PersonRepository persons(m_store);
    QList<ProbableDuplicate> out;
    for (const auto &[a, b, reason] : pairs) {
        auto first = persons.find(a);
        auto second = persons.find(b);
        if (first && second)
            out << ProbableDuplicate {*first, *second, reason};
    }
    return out;
}

Result<QString> DuplicateRepository::merge(
    const WriteContext &ctx, const QString &keptId, const QString &mergedId, const QString &reason)
{
    if (auto may = SyncRepository(m_store).checkMayDecide(); !may)
        return tl::unexpected(may.error());
    PersonRepository persons(m_store);
    if (keptId == mergedId)
        return fail(Error::Kind::Invalid, tr("Choose two different person records."));
    if (!persons.find(keptId) || !persons.find(mergedId)) {
        return fail(Error::Kind::NotFound,
            tr("One of the two person records does not exist (or was merged already)."));
    }
    if (reason.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("Give the reason for the merge."));
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT id FROM cases WHERE person_id = ? AND deleted = 0 ORDER BY id"));
    q.addBindValue(mergedId);
    if (!q.exec())
        return SqlError::failure(q);
    QStringList cases;
    while (q.next())
        cases << q.value(0).toString();
    for (const QString &c : std::as_const(cases)) {
        if (auto r = m_store.update(
                ctx, QStringLiteral("case"), c, {{QStringLiteral("person_id"), keptId}});
            !r)
            return tl::unexpected(r.error());
    }
    if (auto r
        = m_store.update(ctx, QStringLiteral("person"), mergedId, {{QStringLiteral("deleted"), 1}});
        !r)
        return tl::unexpected(r.error());
    const QString id = newUuid();
    if (auto r = m_store.insert(ctx, QStringLiteral("person_merge"), id,
            {{QStringLiteral("kept_id"), keptId}, {QStringLiteral("merged_id"), mergedId},
                {QStringLiteral("cases"), cases.join(QLatin1Char(','))},
                {QStringLiteral("reason"), reason.trimmed()},
                {QStringLiteral("merged_on"), m_store.clock().today()}});
        !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

VoidResult DuplicateRepository::undo(const WriteContext &ctx, const QString &mergeId)
{
    if (auto may = SyncRepository(m_store).checkMayDecide(); !may)
        return may;
    auto all = merges();
    if (!all)
        return tl::unexpected(all.error());
    const auto it = std::find_if(
        all->begin(), all->end(), [&](const PersonMerge &m) { return m.id == mergeId; });
    if (it == all->end())
        return fail(Error::Kind::NotFound, tr("There is no merge %1.").arg(mergeId));
    if (it->undone)
        return fail(Error::Kind::NotAllowed, tr("This merge was undone already."));
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = m_store.update(
            ctx, QStringLiteral("person"), it->mergedId, {{QStringLiteral("deleted"), 0}});
        !r)
        return tl::unexpected(r.error());
    for (const QString &c : std::as_const(it->cases)) {
        if (auto r = m_store.update(
                ctx, QStringLiteral("case"), c, {{QStringLiteral("person_id"), it->mergedId}});
            !r)
            return tl::unexpected(r.error());
    }
    if (auto r = m_store.update(
            ctx, QStringLiteral("person_merge"), mergeId, {{QStringLiteral("undone"), 1}});
        !r)
        return tl::unexpected(r.error());
    return tx.commit();
}

Result<QList<PersonMerge>> DuplicateRepository::merges() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT id, kept_id, merged_id, cases, reason, merged_on, undone FROM person_merges "
            "WHERE deleted = 0 ORDER BY merged_on DESC, id")))
        return SqlError::failure(q);
    QList<PersonMerge> out;
    while (q.next()) {
        out << PersonMerge {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
            q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate),
            q.value(6).toBool()};
    }
    return out;
}

} // namespace Casebook::Core
