// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/deadlines.h"

#include "core/cases/caseworkflow.h"

#include <algorithm>
#include <tuple>

namespace Casebook::Core {

QList<Deadline> Deadlines::compute(const QList<CaseTimeline> &cases, const QDate &today)
{
    QList<Deadline> out;
    auto add
        = [&](DeadlineKind kind, const CaseTimeline &t, const QDate &due, const QString &detail) {
              Deadline d;
              d.kind = kind;
              d.caseId = t.caseId;
              d.caseNo = t.caseNo;
              d.personName = t.personName;
              d.coachName = t.coachName;
              d.detail = detail;
              d.dueOn = due;
              d.daysLeft = today.daysTo(due);
              out << d;
          };
    for (const CaseTimeline &t : cases) {
        if (t.status == CaseStatus::Received && t.receivedOn.isValid())
            add(DeadlineKind::Assessment, t, t.receivedOn.addDays(AssessmentDays), {});
        if (t.status != CaseStatus::Closed) {
            for (const Dispatch &d : t.pendingDispatches) {
                add(DeadlineKind::DispatchAnswer, t, d.dispatchedOn.addDays(DispatchAnswerDays),
                    d.unitName);
            }
        }
        if (t.status == CaseStatus::Tracking && t.goalReachedOn.isValid())
            add(DeadlineKind::Closure, t, CaseWorkflow::closureAllowedFrom(t.goalReachedOn), {});
    }
    std::stable_sort(out.begin(), out.end(), [](const Deadline &a, const Deadline &b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.caseNo < b.caseNo;
    });
    return out;
}

QDate Deadlines::earliestLeftOut(const EarliestTimelines &earliest)
{
    // Each deadline comes later with a later date (closureAllowedFrom adds months: it never goes
    // back), so the first left out of each kind bounds its kind.
    QDate out;
    for (const QDate &d :
        {earliest.receivedFrom.isValid() ? earliest.receivedFrom.addDays(AssessmentDays) : QDate(),
            earliest.dispatchedFrom.isValid() ? earliest.dispatchedFrom.addDays(DispatchAnswerDays)
                                              : QDate(),
            earliest.goalFrom.isValid() ? CaseWorkflow::closureAllowedFrom(earliest.goalFrom)
                                        : QDate()}) {
        if (d.isValid() && (!out.isValid() || d < out))
            out = d;
    }
    return out;
}

QList<Deadline> Deadlines::merged(QList<Deadline> a, const QList<Deadline> &b)
{
    a += b;
    // By day and case number; a day's deadlines of cases without a number by case, so that a list
    // merged from parts (a kept due list and its changed cases) is in the whole list's order.
    std::stable_sort(a.begin(), a.end(), [](const Deadline &x, const Deadline &y) {
        return std::tie(x.dueOn, x.caseNo, x.caseId) < std::tie(y.dueOn, y.caseNo, y.caseId);
    });
    return a;
}

QString Deadlines::kindKey(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Assessment:
        return QStringLiteral("assessment");
    case DeadlineKind::DispatchAnswer:
        return QStringLiteral("dispatch_answer");
    case DeadlineKind::Closure:
        return QStringLiteral("closure");
    case DeadlineKind::FollowUpMinimum:
        return QStringLiteral("follow_up_minimum");
    case DeadlineKind::MonthlyReport:
        return QStringLiteral("monthly_report");
    case DeadlineKind::AnnualReport:
        return QStringLiteral("annual_report");
    case DeadlineKind::Certificate:
        return QStringLiteral("certificate");
    case DeadlineKind::ExtensionEnd:
        return QStringLiteral("extension_end");
    }
    return {};
}

QString Deadlines::kindLabel(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Assessment:
        return tr("Assessment (14 days)");
    case DeadlineKind::DispatchAnswer:
        return tr("Unit's answer to dispatch (14 days)");
    case DeadlineKind::Closure:
        return tr("Closure (6 months after goal)");
    case DeadlineKind::FollowUpMinimum:
        return tr("Follow-up minimum (3 months) ends");
    case DeadlineKind::MonthlyReport:
        return tr("Monthly report 表6-1/6-2 (by the 10th)");
    case DeadlineKind::AnnualReport:
        return tr("Annual work report (by 31 December)");
    case DeadlineKind::Certificate:
        return tr("Disability certificate expires");
    case DeadlineKind::ExtensionEnd:
        return tr("Post-employment support extension ends");
    }
    return {};
}

} // namespace Casebook::Core
