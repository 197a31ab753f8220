// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accounts/caseload.h"

namespace Casebook::Core {

Caseload Caseload::of(const Account &account)
{
    switch (account.role) {
    case UserRole::Coach:
        return {Kind::Coach, account.staffId, account.name};
    case UserRole::Supervisor:
        return {Kind::Unit, account.unitId, account.name};
    case UserRole::CaseManager:
        return {Kind::Window, account.window, account.name};
    case UserRole::BureauClerk:
    case UserRole::Administrator:
        break;
    }
    return everything();
}

bool Caseload::covers(const CaseListRow &row) const
{
    switch (m_kind) {
    case Kind::Everything:
        return true;
    case Kind::Coach:
        return !m_key.isEmpty() && row.coachId == m_key;
    case Kind::Unit:
        return !m_key.isEmpty() && row.unitIds.contains(m_key);
    case Kind::Window:
        return !m_key.isEmpty() && row.window == m_key;
    }
    return false;
}

bool Caseload::covers(const Case &c, const QList<Dispatch> &dispatches) const
{
    CaseListRow row;
    row.caseId = c.id;
    row.window = c.window;
    row.coachId = c.coachId;
    for (const Dispatch &d : dispatches)
        row.unitIds << d.unitId;
    return covers(row);
}

QSet<QString> Caseload::casesIn(const QList<CaseListRow> &rows) const
{
    QSet<QString> out;
    for (const CaseListRow &r : rows) {
        if (covers(r))
            out.insert(r.caseId);
    }
    return out;
}

QString Caseload::refusal() const
{
    switch (m_kind) {
    case Kind::Everything:
        break;
    case Kind::Coach:
        return tr("This case is not in your caseload (%1): ask its coach or your supervisor.")
            .arg(m_name);
    case Kind::Unit:
        return tr("This case is not one of your unit's (%1).").arg(m_name);
    case Kind::Window:
        return tr("This case belongs to the other window (%1).").arg(m_name);
    }
    return {};
}

} // namespace Casebook::Core
