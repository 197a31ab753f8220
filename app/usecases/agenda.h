// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/caseload.h"
#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Casebook::UseCases {

// One thing on a coach's day: a deadline of the due list, a day of intensive support still to log
// on 表3-2, or a follow-up contact (表4-1) that falls due.
struct AgendaItem
{
    enum class Kind { Deadline, SupportDay, FollowUp };
    Kind kind = Kind::Deadline;
    QString caseId;
    QString caseNo;
    QString personName;
    QDate dueOn;
    QString what; // in words, translated
    bool isOverdue(const QDate &today) const { return dueOn < today; }
};

// 今日: what the caseload asks of its coach today and in the coming week, from the same due list
// and the supported-employment records; today's and overdue first.
class Agenda
{
    Q_DECLARE_TR_FUNCTIONS(Agenda)

public:
    static constexpr int WeekDays = 7;

    Agenda(Core::CaseStore &store, Core::Caseload caseload)
        : m_store(store), m_caseload(std::move(caseload))
    { }

    // Everything due up to today + 6 days (and anything overdue), ordered by day.
    Core::Result<QList<AgendaItem>> week(const QDate &today) const;

private:
    Core::CaseStore &m_store;
    Core::Caseload m_caseload;
};

} // namespace Casebook::UseCases
