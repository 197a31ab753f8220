// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Casebook::Core {

enum class DeadlineKind {
    Assessment,      // 表三 or a 職評 referral within 14 days of receipt
    DispatchAnswer,  // the unit's first report within 14 days of the dispatch
    Closure,         // the case closes 6 months after the goal
    FollowUpMinimum, // the 3 months of follow-up after intensive support end (the case may
                     // close after)
    MonthlyReport,   // the unit's 表6-1/6-2 for the previous month, by the 10th
    AnnualReport,    // the unit's annual work report, by 31 December (shown in December)
    Certificate,     // the disability certificate of a person with an open case expires
    ExtensionEnd,    // a post-employment support extension (at most 18 months after closure) ends
};

// One thing that is due for a case.
struct Deadline
{
    DeadlineKind kind = DeadlineKind::Assessment;
    QString caseId;
    QString caseNo;
    QString personName;
    QString coachName;
    QString detail; // the unit, for a dispatch answer
    QDate dueOn;
    qint64 daysLeft = 0;
    bool isOverdue() const { return daysLeft < 0; }
};

// Computes the window's deadlines from open cases for a given day.
class Deadlines
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)

public:
    static constexpr int AssessmentDays = 14;
    static constexpr int DispatchAnswerDays = 14;
    static constexpr int DueSoonDays = 3;

    // Every open deadline, the most urgent first.
    static QList<Deadline> compute(const QList<CaseTimeline> &cases, const QDate &today);
    // The earliest date a deadline of a case left out of `earliest` can fall on (invalid when
    // none was left out): what compute() gives for its cases is whole before that date.
    static QDate earliestLeftOut(const EarliestTimelines &earliest);
    static QString kindKey(DeadlineKind kind);
    static QString kindLabel(DeadlineKind kind);
    // Merges lists of deadlines, the most urgent first.
    static QList<Deadline> merged(QList<Deadline> a, const QList<Deadline> &b);
};

} // namespace Casebook::Core
