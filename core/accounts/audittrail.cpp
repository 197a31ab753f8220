// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/audittrail.h"

#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSqlQuery>

namespace Casebook::Core {

Result<QString> AuditTrail::record(const WriteContext &ctx, const QString &action,
    const QString &personId, const QString &caseId, const QString &detail)
{
    const QString id = newUuid();
    auto opt = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    auto r = m_store.insert(ctx, QStringLiteral("audit"), id,
        {{QStringLiteral("at"), m_store.clock().now().toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), ctx.actor.isEmpty() ? m_store.identity().name : ctx.actor},
            {QStringLiteral("action"), action}, {QStringLiteral("person_id"), opt(personId)},
            {QStringLiteral("case_id"), opt(caseId)}, {QStringLiteral("detail"), opt(detail)}});
    if (!r)
        return tl::unexpected(r.error());
    return id;
}

Result<QList<AuditEntry>> AuditTrail::entries(const AuditQuery &query) const
{
    QString sql = QStringLiteral(
        "SELECT a.id, a.at, a.actor, a.action, coalesce(a.person_id, c.person_id), a.case_id, "
        "a.detail FROM audit_entries a LEFT JOIN cases c ON c.id = a.case_id WHERE a.deleted = 0");
    QVariantList binds;
    if (!query.personId.isEmpty()) {
        sql += QStringLiteral(" AND coalesce(a.person_id, c.person_id) = ?");
        binds << query.personId;
    }
    if (!query.actor.isEmpty()) {
        sql += QStringLiteral(" AND a.actor = ?");
        binds << query.actor;
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND a.at >= ?");
        binds << query.from.startOfDay(Qt::UTC).toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND a.at < ?");
        binds << query.to.addDays(1).startOfDay(Qt::UTC).toString(Qt::ISODate);
    }
    sql += QStringLiteral(" ORDER BY a.at, a.id");
    QSqlQuery q(m_store.database());
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return SqlError::failure(q);
    QList<AuditEntry> out;
    while (q.next()) {
        out << AuditEntry {q.value(0).toString(),
            QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
    }
    return out;
}

} // namespace Casebook::Core
