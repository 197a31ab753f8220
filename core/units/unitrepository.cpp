// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/units/unitrepository.h"

#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

namespace {
const QStringList UnitTypes = {QStringLiteral("supported"), QStringLiteral("sheltered"),
    QStringLiteral("training"), QStringLiteral("other")};
const QStringList StaffRoles
    = {QStringLiteral("coach"), QStringLiteral("supervisor"), QStringLiteral("case_manager")};
} // namespace

Result<QString> UnitRepository::createUnit(const WriteContext &ctx, Unit unit)
{
    if (unit.name.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("A unit needs a name."));
    if (!UnitTypes.contains(unit.unitType))
        return fail(Error::Kind::Invalid, tr("Unknown unit type %1.").arg(unit.unitType));
    if (unit.id.isEmpty())
        unit.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("unit"), unit.id,
        {{QStringLiteral("name"), unit.name.trimmed()},
            {QStringLiteral("unit_type"), unit.unitType},
            {QStringLiteral("district"),
                unit.district.isEmpty() ? QVariant() : QVariant(unit.district)}});
    if (!r)
        return tl::unexpected(r.error());
    return unit.id;
}

Result<QString> UnitRepository::createStaff(const WriteContext &ctx, StaffMember staff)
{
    if (staff.name.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("A staff member needs a name."));
    if (!StaffRoles.contains(staff.role))
        return fail(Error::Kind::Invalid, tr("Unknown staff role %1.").arg(staff.role));
    if (staff.id.isEmpty())
        staff.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("staff"), staff.id,
        {{QStringLiteral("name"), staff.name.trimmed()}, {QStringLiteral("role"), staff.role},
            {QStringLiteral("unit_id"),
                staff.unitId.isEmpty() ? QVariant() : QVariant(staff.unitId)}});
    if (!r)
        return tl::unexpected(r.error());
    return staff.id;
}

Result<QList<Unit>> UnitRepository::units() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT id, name, unit_type, district FROM units WHERE deleted = 0 ORDER BY name")))
        return SqlError::failure(q);
    QList<Unit> out;
    while (q.next()) {
        out << Unit {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()};
    }
    return out;
}

Result<QList<StaffMember>> UnitRepository::staff(const QString &role) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, name, role, unit_id FROM staff WHERE deleted = 0 AND (? = '' OR role = ?) "
        "ORDER BY name"));
    q.addBindValue(role.isNull() ? QStringLiteral("") : role);
    q.addBindValue(role.isNull() ? QStringLiteral("") : role);
    if (!q.exec())
        return SqlError::failure(q);
    QList<StaffMember> out;
    while (q.next()) {
        out << StaffMember {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()};
    }
    return out;
}

} // namespace Casebook::Core
