// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"
#include "core/units/unitrepository.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// What a step dialog needs to offer a step: the case, its dispatches and the units to dispatch to.
struct StepChoices
{
    Core::Case c;
    QList<Core::Dispatch> dispatches;
    QList<Core::Unit> units;
};

// The SOP steps of a case (assess, dispatch, answer, goal reached, close): CaseWorkflow's rules in
// core, and here the rule that needs the supported-employment records, the closure gate.
class CaseSteps
{
    Q_DECLARE_TR_FUNCTIONS(CaseSteps)

public:
    explicit CaseSteps(Core::CaseStore &store) : m_store(store) { }

    Core::Result<StepChoices> choices(const QString &caseId) const;
    // Applies one step in one transaction (the repository's); a refused step changes nothing. A
    // supported-employment case closes as "goal reached" (01) only after its follow-up minimum: 3
    // months after the intensive support (supported) or after employment success (general).
    Core::Result<Core::Case> perform(
        const Core::WriteContext &ctx, const QString &caseId, const Core::CaseStep &step);
    // Undoes the case's last step, taken today on this device, with a reason kept in the history.
    Core::Result<Core::Case> undo(
        const Core::WriteContext &ctx, const QString &caseId, const QString &reason);

private:
    Core::CaseStore &m_store;
};

} // namespace Casebook::UseCases
