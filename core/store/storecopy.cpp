// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storecopy.h"

#include "core/store/sqlerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Casebook::Core {

namespace {

Result<QStringList> listOf(const CaseStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql))
        return SqlError::failure(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Result<qint64> StoreCopy::copy(CaseStore &from, CaseStore &to, const Progress &progress)
{
    if (to.isInitialized()) {
        return fail(Error::Kind::NotAllowed,
            tr("%1 is a store already: a store is moved only into a new, empty one.")
                .arg(to.path()));
    }
    if (!from.isInitialized())
        return fail(Error::Kind::Invalid, tr("%1 holds no store to move.").arg(from.path()));
    auto tables = listOf(from, from.dialect().tables());
    auto targetTables = listOf(to, to.dialect().tables());
    if (!tables || !targetTables)
        return tl::unexpected(tables ? targetTables.error() : tables.error());
    // The log first, in its own order (the order reports filed by position rely on).
    tables->removeAll(QStringLiteral("oplog"));
    tables->prepend(QStringLiteral("oplog"));
    qint64 total = 0;
    for (const QString &table : std::as_const(*tables)) {
        if (!targetTables->contains(table)) {
            return fail(Error::Kind::Invalid,
                tr("The table %1 of %2 has no place in %3: update Casebook where it is moved to.")
                    .arg(table, from.path(), to.path()));
        }
        QSqlQuery n(from.database());
        if (!n.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !n.next())
            return SqlError::failure(n);
        total += n.value(0).toLongLong();
    }
    Transaction tx(to);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    QSqlQuery(to.database()).exec(to.dialect().deferForeignKeys());
    qint64 copied = 0;
    constexpr qint64 Every = 4096;
    for (const QString &table : std::as_const(*tables)) {
        auto sourceColumns = listOf(from, from.dialect().tableColumns(table));
        auto targetColumns = listOf(to, to.dialect().tableColumns(table));
        if (!sourceColumns || !targetColumns)
            return tl::unexpected(sourceColumns ? targetColumns.error() : sourceColumns.error());
        // The columns both have: the log's own order column is each engine's own.
        QStringList columns;
        for (const QString &c : std::as_const(*sourceColumns)) {
            if (c != QLatin1String("pos") && targetColumns->contains(c))
                columns << QLatin1Char('"') + c + QLatin1Char('"');
        }
        const qsizetype own = sourceColumns->contains(QStringLiteral("pos")) ? 1 : 0;
        if (columns.size() != sourceColumns->size() - own) {
            return fail(Error::Kind::Invalid,
                tr("The table %1 of %2 has columns that %3 lacks: update Casebook where it is "
                   "moved to.")
                    .arg(table, from.path(), to.path()));
        }
        QSqlQuery read(from.database());
        read.setForwardOnly(true);
        const QString order
            = table == QLatin1String("oplog") ? from.dialect().logOrder() : QStringLiteral("1");
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                           .arg(columns.join(QStringLiteral(", ")), table, order)))
            return SqlError::failure(read);
        QSqlQuery write(to.database());
        // A new store has settings of its own already (the log's chain flag): the moved ones win.
        const QString settings = table == QLatin1String("meta")
            ? QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            : QString();
        write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                .arg(table, columns.join(QStringLiteral(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                    settings));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.addBindValue(read.value(i));
            if (!write.exec()) {
                return fail(Error::Kind::Database,
                    tr("Cannot copy a row of %1: %2").arg(table, write.lastError().text()));
            }
            if (++copied % Every == 0 && !progress(copied, total))
                return tl::unexpected(Progress::cancelled());
        }
    }
    // The proof, before anything is kept: the same state on both sides.
    auto before = from.domainDigest(true);
    auto digest = to.domainDigest(true);
    if (!before || !digest || *before != *digest) {
        return fail(Error::Kind::Corrupt,
            tr("The copy in %1 would not hold the same state as %2: nothing was kept.")
                .arg(to.path(), from.path()));
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    if (auto r = to.reloadIdentity(); !r)
        return tl::unexpected(r.error());
    // The planner's statistics of the tables just filled, before anyone reads them (PostgreSQL
    // gathers them itself only later, in the background). After the commit: VACUUM runs alone.
    if (const QString stats = to.dialect().statistics(); !stats.isEmpty()) {
        QSqlQuery q(to.database());
        if (!q.exec(stats))
            return SqlError::failure(q);
    }
    progress(total, total);
    return copied;
}

} // namespace Casebook::Core
