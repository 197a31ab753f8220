// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Casebook::Core {

// The SOP's state machine: which steps a case allows, and what status a step leads to.
class CaseWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)

public:
    static QList<CaseAction> allowedActions(const Case &c);
    // Checks a step against the case and the SOP; returns the status after it or a translated
    // refusal.
    static Result<CaseStatus> validate(
        const Case &c, const QList<Dispatch> &dispatches, const CaseStep &step, const QDate &today);

    static QString statusKey(CaseStatus status);
    static std::optional<CaseStatus> statusFromKey(const QString &key);
    static QString statusLabel(CaseStatus status);
    static QList<CaseStatus> allStatuses();
    static QList<CaseAction> allActions();
    static QString actionKey(CaseAction action);
    static QString actionLabel(CaseAction action);
    static QString outcomeKey(AssessmentOutcome outcome);
    static bool isOpen(CaseStatus status) { return status != CaseStatus::Closed; }
    // a case closes as "goal reached" from 6 months after the goal.
    static QDate closureAllowedFrom(const QDate &goalReachedOn);
};

} // namespace Casebook::Core
