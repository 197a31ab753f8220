// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QList>

namespace Casebook::Core {

// A service provider (服務單位) that the window dispatches cases to.
struct Unit
{
    QString id;
    QString name;
    QString unitType; // supported / sheltered / training / other
    QString district;
};

// A member of staff: job coach (就業服務員), supervisor (督導) or case manager (職管員).
struct StaffMember
{
    QString id;
    QString name;
    QString role; // coach / supervisor / case_manager
    QString unitId;
};

// Reads and writes units and staff.
class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    explicit UnitRepository(CaseStore &store) : m_store(store) { }

    Result<QString> createUnit(const WriteContext &ctx, Unit unit);
    Result<QString> createStaff(const WriteContext &ctx, StaffMember staff);
    Result<QList<Unit>> units() const;
    Result<QList<StaffMember>> staff(const QString &role = {}) const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
