// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/rules/deadlines.h"
#include "core/store/casestore.h"

namespace Casebook::Core {

// The window's due list: what is due soon and what is overdue on a day, the most urgent first
// (the case steps' deadlines and supported employment's).
class DueList
{
public:
    explicit DueList(CaseStore &store) : m_store(store) { }
    // Every deadline on `today`.
    Result<QList<Deadline>> all(const QDate &today) const;
    // The start of all(today), read from indexes before the whole list is computed (the due panel's
    // first screenful on a nation's store): every deadline before the date that the first `count`
    // of each kind of case step bound. It holds fewer than `count`, or none, when the first ones
    // are supported employment's, which fall in the weeks around `today`.
    Result<QList<Deadline>> first(const QDate &today, int count) const;
    // all(today) of the given cases, and the units' reports (a caseload's due list, without the
    // store's other open cases).
    Result<QList<Deadline>> of(const QDate &today, const QStringList &caseIds) const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
