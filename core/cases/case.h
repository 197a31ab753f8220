// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Casebook::Core {

// Where a case stands in the window's SOP (seed 003).
enum class CaseStatus {
    Received,             // 受案: intake, the 14-day assessment clock runs
    VocationalEvaluation, // 轉介職業輔導評量 pending
    Planning,             // 適合: the VR service plan is drawn up
    Dispatched,           // 開案並派案: waiting for the units' first report (14 days)
    Tracking,             // 追蹤: a unit is serving the case
    Unsuitable,           // 不適合: referred to social / medical / education services
    Closed,               // 結案
};

enum class CaseAction { Assess, Dispatch, AnswerDispatch, ReachGoal, Close };

enum class AssessmentOutcome { Suitable, ReferEvaluation, Unsuitable };

// A VR case of one person at the window (個案).
struct Case
{
    QString id;
    QString caseNo;
    QString personId;
    CaseStatus status = CaseStatus::Received;
    QString intakeSource;     // self / form1 / form2
    QString referralUnitType; // CL-06
    QString referralUnitName;
    QDate receivedOn;
    QDate assessedOn;
    QString assessmentOutcome; // suitable / refer_evaluation / unsuitable
    QString referralTarget;    // unsuitable: the unit the person is referred to
    QDate transitionMeetingOn; // unsuitable: 就業轉銜會議
    QString planGoal;
    QString window; // north / south
    QString coachId;
    QDate goalReachedOn;
    QDate closedOn;
    QString closureReason; // CL-12
    QString
        eligibilityOverride; // why a case manager accepted an intake the eligibility rules refuse
};

// One dispatch (派案) of a case to a unit for a service.
struct Dispatch
{
    QString id;
    QString caseId;
    QString unitId;
    QString unitName;
    QString serviceType; // CL-07
    QDate dispatchedOn;
    QDate answeredOn;
};

// One entry of a case's history.
struct CaseEvent
{
    QString id;
    QString caseId;
    QDate occurredOn;
    QString actor;
    QString action;
    QString fromStatus;
    QString toStatus;
    QString note;
};

// What a person asks the workflow to do, with the data the step needs.
struct CaseStep
{
    CaseAction action = CaseAction::Assess;
    QDate on;
    AssessmentOutcome outcome = AssessmentOutcome::Suitable;
    QString planGoal;
    QString referralTarget;
    QDate transitionMeetingOn;
    QString unitId;
    QString serviceType;
    QString dispatchId;
    QString closureReason;
    QString note;
};

} // namespace Casebook::Core

// Only Qt values and dates: a list grows by moving its memory, not by copying each one.
Q_DECLARE_TYPEINFO(Casebook::Core::Case, Q_RELOCATABLE_TYPE);
