// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/forms/forminstancerepository.h"

#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

namespace {
constexpr auto SelectInstance = "SELECT id, case_id, form_id, form_version, status, created_on, "
                                "completed_on, completed_by, amended_on "
                                "FROM form_instances WHERE deleted = 0 ";

FormInstance readInstance(const QSqlQuery &q)
{
    return FormInstance {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(),
        QDate::fromString(q.value(5).toString(), Qt::ISODate),
        QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString(),
        QDate::fromString(q.value(8).toString(), Qt::ISODate)};
}

// Value rows have a deterministic id, so the same field of the same instance is one row on every
// device.
QString valueRowId(const QString &instanceId, const QString &fieldId)
{
    return instanceId + QLatin1Char(':') + fieldId;
}
} // namespace

Result<FormInstance> FormInstanceRepository::create(const WriteContext &ctx, const QString &caseId,
    const QString &formId, const QString &formVersion, const QDate &startedOn)
{
    const QDate today = m_store.clock().today();
    if (startedOn.isValid() && startedOn > today)
        return fail(Error::Kind::Invalid, tr("A form cannot have been started in the future."));
    FormInstance i {newUuid(), caseId, formId, formVersion, QStringLiteral("draft"),
        startedOn.isValid() ? startedOn : today, {}, {}, {}};
    auto r = m_store.insert(ctx, QStringLiteral("form_instance"), i.id,
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("form_id"), formId},
            {QStringLiteral("form_version"), formVersion}, {QStringLiteral("status"), i.status},
            {QStringLiteral("created_on"), i.createdOn}});
    if (!r) {
        return fail(r.error().kind == Error::Kind::Database ? Error::Kind::Invalid : r.error().kind,
            tr("Cannot start the form: %1").arg(r.error().message));
    }
    return i;
}

Result<FormInstance> FormInstanceRepository::find(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QString::fromLatin1(SelectInstance) + QStringLiteral("AND id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("No form with id %1.").arg(id));
    return readInstance(q);
}

Result<QList<FormInstance>> FormInstanceRepository::instances(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QString::fromLatin1(SelectInstance)
        + QStringLiteral("AND case_id = ? ORDER BY created_on, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<FormInstance> out;
    while (q.next())
        out << readInstance(q);
    return out;
}

Result<QHash<QString, QString>> FormInstanceRepository::values(const QString &instanceId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT field_id, value FROM form_values WHERE instance_id = ? AND deleted = 0"));
    q.addBindValue(instanceId);
    if (!q.exec())
        return SqlError::failure(q);
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).isNull() ? QString() : q.value(1).toString());
    return out;
}

Result<int> FormInstanceRepository::saveValues(
    const WriteContext &ctx, const QString &instanceId, const QHash<QString, QString> &values)
{
    auto existing = this->values(instanceId);
    if (!existing)
        return tl::unexpected(existing.error());
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    int changed = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant value = it.value().isEmpty() ? QVariant() : QVariant(it.value());
        const QString rowId = valueRowId(instanceId, it.key());
        if (existing->contains(it.key())) {
            auto r = m_store.update(
                ctx, QStringLiteral("form_value"), rowId, {{QStringLiteral("value"), value}});
            if (!r)
                return tl::unexpected(r.error());
            changed += *r;
        } else if (!it.value().isEmpty()) {
            auto r = m_store.insert(ctx, QStringLiteral("form_value"), rowId,
                {{QStringLiteral("instance_id"), instanceId},
                    {QStringLiteral("field_id"), it.key()}, {QStringLiteral("value"), value}});
            if (!r)
                return tl::unexpected(r.error());
            ++changed;
        }
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return changed;
}

Result<QSet<QString>> FormInstanceRepository::completedForms(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT DISTINCT form_id FROM form_instances WHERE case_id = ? AND deleted = 0 "
        "AND status = 'complete'"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

VoidResult FormInstanceRepository::setStatus(
    const WriteContext &ctx, const QString &instanceId, const QString &status)
{
    if (status != QLatin1String("draft") && status != QLatin1String("complete"))
        return fail(Error::Kind::Invalid, tr("Unknown form status %1.").arg(status));
    const bool complete = status == QLatin1String("complete");
    auto r = m_store.update(ctx, QStringLiteral("form_instance"), instanceId,
        {{QStringLiteral("status"), status},
            {QStringLiteral("completed_on"),
                complete ? QVariant(m_store.clock().today()) : QVariant()},
            {QStringLiteral("completed_by"), complete ? QVariant(ctx.actor) : QVariant()}});
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

VoidResult FormInstanceRepository::markAmended(const WriteContext &ctx, const QString &instanceId)
{
    auto r = m_store.update(ctx, QStringLiteral("form_instance"), instanceId,
        {{QStringLiteral("amended_on"), m_store.clock().today()}});
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

} // namespace Casebook::Core
