// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/reportfilings.h"

#include "core/common/rocdate.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

namespace {
// All units is the empty unit id, stored as '' (a null QString would bind as NULL).
QString unitKey(const QString &unitId)
{
    return unitId.isEmpty() ? QStringLiteral("") : unitId;
}
} // namespace

Result<ReportFiling> ReportFilings::file(
    const QString &actor, const QString &period, const QDate &monthEnd, const QString &unitId)
{
    if (m_store.clock().today() <= monthEnd) {
        return fail(Error::Kind::NotAllowed,
            tr("The report of %1 can be filed once the month has ended (after %2).")
                .arg(period, RocDate::formatShort(monthEnd)));
    }
    auto existing = find(period, unitId);
    if (!existing)
        return tl::unexpected(existing.error());
    if (*existing) {
        return fail(Error::Kind::NotAllowed,
            tr("The report of %1 was filed on %2 by %3; it prints as filed. Print it with today's "
               "records "
               "(--current) for a correction.")
                .arg(period, RocDate::formatShort((*existing)->filedAt.toLocalTime().date()),
                    (*existing)->filedBy));
    }
    auto position = m_store.logPosition();
    if (!position)
        return tl::unexpected(position.error());
    ReportFiling f {period, unitId, m_store.clock().now().toUTC(), actor, *position};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO report_filings (id, report, period, unit_id, filed_at, filed_by, "
        "log_position) VALUES (?, 'monthly', ?, ?, ?, ?, ?)"));
    q.addBindValue(newUuid());
    q.addBindValue(period);
    q.addBindValue(unitKey(unitId));
    q.addBindValue(f.filedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(actor);
    q.addBindValue(f.logPosition);
    if (!q.exec()) {
        return fail(
            Error::Kind::Database, tr("Cannot record the filing: %1").arg(q.lastError().text()));
    }
    return f;
}

Result<std::optional<ReportFiling>> ReportFilings::find(
    const QString &period, const QString &unitId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT filed_at, filed_by, log_position FROM report_filings WHERE report = 'monthly' "
        "AND period = ? AND unit_id = ?"));
    q.addBindValue(period);
    q.addBindValue(unitKey(unitId));
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return std::optional<ReportFiling>();
    return std::optional<ReportFiling>(ReportFiling {period, unitId,
        QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
        q.value(2).toLongLong()});
}

Result<int> ReportFilings::changesSince(qint64 position) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(DISTINCT row_id) FROM oplog WHERE %1 > ?")
                  .arg(m_store.dialect().logOrder()));
    q.addBindValue(position);
    if (!q.exec() || !q.next())
        return SqlError::failure(q);
    return q.value(0).toInt();
}

} // namespace Casebook::Core
