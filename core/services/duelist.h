// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/rules/deadlines.h"
#include "core/store/casestore.h"

namespace Casebook::Core {

// A due list kept between reloads: the day it is for, where the log stood when it was read, and
// how its last update was made.
struct KeptDueList
{
    QDate day;
    qint64 position = -1; // -1: nothing kept yet
    QList<Deadline> deadlines;
    // The last update: how many cases were computed again (-1: the whole list).
    qsizetype recomputedCases = -1;
    bool isFor(const QDate &today) const { return position >= 0 && day == today; }
};

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
    // all(today), from `kept` brought up to the log's end: on the same day, when the changes since
    // name at most CaseRepository::ReadByIdsUpTo cases (CaseRepository::casesChangedSince), only
    // theirs (and the units' reports) are computed again, the rest kept; otherwise the whole list.
    Result<KeptDueList> updated(KeptDueList kept, const QDate &today) const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
