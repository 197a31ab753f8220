// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caseworkflow.h"

#include "core/common/rocdate.h"
#include "core/persons/codelists.h"

namespace Casebook::Core {

namespace {
constexpr int GoalToClosureMonths = 6;
const QString GoalReasonCode = QStringLiteral("01");
const QString ReferralReasonCode = QStringLiteral("02");
} // namespace

QList<CaseAction> CaseWorkflow::allowedActions(const Case &c)
{
    switch (c.status) {
    case CaseStatus::Received:
    case CaseStatus::VocationalEvaluation:
        return {CaseAction::Assess, CaseAction::Close};
    case CaseStatus::Planning:
        return {CaseAction::Dispatch, CaseAction::Close};
    case CaseStatus::Dispatched:
        return {CaseAction::Dispatch, CaseAction::AnswerDispatch, CaseAction::Close};
    case CaseStatus::Tracking:
        if (c.goalReachedOn.isValid())
            return {CaseAction::Dispatch, CaseAction::AnswerDispatch, CaseAction::Close};
        return {CaseAction::Dispatch, CaseAction::AnswerDispatch, CaseAction::ReachGoal,
            CaseAction::Close};
    case CaseStatus::Unsuitable:
        return {CaseAction::Close};
    case CaseStatus::Closed:
        return {};
    }
    return {};
}

Result<CaseStatus> CaseWorkflow::validate(
    const Case &c, const QList<Dispatch> &dispatches, const CaseStep &step, const QDate &today)
{
    if (!allowedActions(c).contains(step.action)) {
        return fail(Error::Kind::NotAllowed,
            tr("A case that is %1 cannot take the step \"%2\".")
                .arg(statusLabel(c.status), actionLabel(step.action)));
    }
    if (!step.on.isValid())
        return fail(Error::Kind::Invalid, tr("Enter the date of the step."));
    if (step.on > today) {
        return fail(Error::Kind::Invalid,
            tr("The date %1 lies in the future.").arg(RocDate::formatShort(step.on)));
    }
    if (c.receivedOn.isValid() && step.on < c.receivedOn) {
        return fail(Error::Kind::Invalid,
            tr("The date %1 is before the case was received (%2).")
                .arg(RocDate::formatShort(step.on), RocDate::formatShort(c.receivedOn)));
    }

    switch (step.action) {
    case CaseAction::Assess:
        switch (step.outcome) {
        case AssessmentOutcome::Suitable:
            return CaseStatus::Planning;
        case AssessmentOutcome::ReferEvaluation:
            if (c.status == CaseStatus::VocationalEvaluation) {
                return fail(Error::Kind::NotAllowed,
                    tr("The vocational evaluation has been asked for already; record its result."));
            }
            return CaseStatus::VocationalEvaluation;
        case AssessmentOutcome::Unsuitable:
            if (step.referralTarget.trimmed().isEmpty()) {
                return fail(Error::Kind::Invalid,
                    tr("An unsuitable person is referred to a social, medical or education unit: "
                       "name it."));
            }
            if (!step.transitionMeetingOn.isValid()) {
                return fail(Error::Kind::Invalid,
                    tr("Enter the date of the transition meeting (就業轉銜會議)."));
            }
            return CaseStatus::Unsuitable;
        }
        break;
    case CaseAction::Dispatch:
        if (c.status == CaseStatus::Planning && step.planGoal.trimmed().isEmpty()
            && c.planGoal.trimmed().isEmpty()) {
            return fail(
                Error::Kind::Invalid, tr("Write the goal of the service plan before dispatching."));
        }
        if (step.unitId.isEmpty())
            return fail(Error::Kind::Invalid, tr("Choose the unit to dispatch the case to."));
        if (!CodeLists::contains(CodeLists::serviceTypes(), step.serviceType))
            return fail(Error::Kind::Invalid, tr("Choose the service the unit is to provide."));
        for (const Dispatch &d : dispatches) {
            if (d.unitId == step.unitId && d.serviceType == step.serviceType) {
                return fail(Error::Kind::NotAllowed,
                    tr("The case is already dispatched to that unit for that service."));
            }
        }
        return c.status == CaseStatus::Planning ? CaseStatus::Dispatched : c.status;
    case CaseAction::AnswerDispatch: {
        for (const Dispatch &d : dispatches) {
            if (d.id != step.dispatchId)
                continue;
            if (d.answeredOn.isValid()) {
                return fail(
                    Error::Kind::NotAllowed, tr("The unit has answered this dispatch already."));
            }
            if (step.on < d.dispatchedOn) {
                return fail(
                    Error::Kind::Invalid, tr("The answer cannot be dated before the dispatch."));
            }
            return CaseStatus::Tracking;
        }
        return fail(Error::Kind::Invalid, tr("Choose the dispatch that the unit answers."));
    }
    case CaseAction::ReachGoal:
        return CaseStatus::Tracking;
    case CaseAction::Close:
        if (!CodeLists::contains(CodeLists::closureReasons(), step.closureReason))
            return fail(Error::Kind::Invalid, tr("Choose the reason for closing the case."));
        if (step.closureReason == GoalReasonCode) {
            if (!c.goalReachedOn.isValid()) {
                return fail(
                    Error::Kind::NotAllowed, tr("The goal has not been recorded as reached."));
            }
            const QDate from = closureAllowedFrom(c.goalReachedOn);
            if (step.on < from) {
                return fail(Error::Kind::NotAllowed,
                    tr("A case closes as \"goal reached\" 6 months after the goal, "
                       "from %1.")
                        .arg(RocDate::formatShort(from)));
            }
        }
        if (c.status == CaseStatus::Unsuitable && step.closureReason != ReferralReasonCode) {
            return fail(Error::Kind::NotAllowed,
                tr("An unsuitable case closes as referred to another service."));
        }
        return CaseStatus::Closed;
    }
    return fail(Error::Kind::Invalid, tr("Unknown step."));
}

QDate CaseWorkflow::closureAllowedFrom(const QDate &goalReachedOn)
{
    return addMonths(goalReachedOn, GoalToClosureMonths);
}

QList<CaseAction> CaseWorkflow::allActions()
{
    return {CaseAction::Assess, CaseAction::Dispatch, CaseAction::AnswerDispatch,
        CaseAction::ReachGoal, CaseAction::Close};
}

QList<CaseStatus> CaseWorkflow::allStatuses()
{
    return {CaseStatus::Received, CaseStatus::VocationalEvaluation, CaseStatus::Planning,
        CaseStatus::Dispatched, CaseStatus::Tracking, CaseStatus::Unsuitable, CaseStatus::Closed};
}

QString CaseWorkflow::statusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QStringLiteral("received");
    case CaseStatus::VocationalEvaluation:
        return QStringLiteral("evaluation");
    case CaseStatus::Planning:
        return QStringLiteral("planning");
    case CaseStatus::Dispatched:
        return QStringLiteral("dispatched");
    case CaseStatus::Tracking:
        return QStringLiteral("tracking");
    case CaseStatus::Unsuitable:
        return QStringLiteral("unsuitable");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<CaseStatus> CaseWorkflow::statusFromKey(const QString &key)
{
    for (CaseStatus s : allStatuses()) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString CaseWorkflow::statusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return tr("Received");
    case CaseStatus::VocationalEvaluation:
        return tr("Vocational evaluation");
    case CaseStatus::Planning:
        return tr("Planning");
    case CaseStatus::Dispatched:
        return tr("Dispatched");
    case CaseStatus::Tracking:
        return tr("Tracking");
    case CaseStatus::Unsuitable:
        return tr("Unsuitable, referred");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString CaseWorkflow::actionKey(CaseAction action)
{
    switch (action) {
    case CaseAction::Assess:
        return QStringLiteral("assess");
    case CaseAction::Dispatch:
        return QStringLiteral("dispatch");
    case CaseAction::AnswerDispatch:
        return QStringLiteral("answer_dispatch");
    case CaseAction::ReachGoal:
        return QStringLiteral("reach_goal");
    case CaseAction::Close:
        return QStringLiteral("close");
    }
    return {};
}

QString CaseWorkflow::actionLabel(CaseAction action)
{
    switch (action) {
    case CaseAction::Assess:
        return tr("Record assessment");
    case CaseAction::Dispatch:
        return tr("Dispatch to a unit");
    case CaseAction::AnswerDispatch:
        return tr("Record unit's answer");
    case CaseAction::ReachGoal:
        return tr("Record goal reached");
    case CaseAction::Close:
        return tr("Close case");
    }
    return {};
}

QString CaseWorkflow::outcomeKey(AssessmentOutcome outcome)
{
    switch (outcome) {
    case AssessmentOutcome::Suitable:
        return QStringLiteral("suitable");
    case AssessmentOutcome::ReferEvaluation:
        return QStringLiteral("refer_evaluation");
    case AssessmentOutcome::Unsuitable:
        return QStringLiteral("unsuitable");
    }
    return {};
}

} // namespace Casebook::Core
