// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountrepository.h"
#include "core/cases/caserepository.h"

#include <QCoreApplication>
#include <QSet>

namespace Casebook::Core {

// What a user may see and change: a coach their own cases, a supervisor their unit's (the cases
// dispatched to it), a window's case manager their window's, the bureau and
// the administrator everything. A store without accounts acts as its device: everything.
class Caseload
{
    Q_DECLARE_TR_FUNCTIONS(Caseload)

public:
    enum class Kind { Everything, Window, Unit, Coach };

    static Caseload everything() { return {Kind::Everything, {}}; }
    static Caseload of(const Account &account);

    Kind kind() const { return m_kind; }
    // The window, unit or staff id the caseload is of (empty for everything).
    const QString &key() const { return m_key; }
    // Whether the case of this list row is in the caseload.
    bool covers(const CaseListRow &row) const;
    // The same for one case read with its dispatches (cheaper than the whole list).
    bool covers(const Case &c, const QList<Dispatch> &dispatches) const;
    // The ids of the cases of the rows in the caseload.
    QSet<QString> casesIn(const QList<CaseListRow> &rows) const;
    // "coach 陳怡君's caseload", for the refusal of a request outside it.
    QString refusal() const;

private:
    Caseload(Kind kind, QString key, QString unitCoaches = {})
        : m_kind(kind), m_key(std::move(key)), m_name(std::move(unitCoaches))
    { }
    Kind m_kind;
    QString m_key; // the window, unit or staff id
    QString m_name;
};

} // namespace Casebook::Core
