// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/casesteps.h"

#include "core/common/rocdate.h"
#include "core/services/servicerepository.h"
#include "core/units/unitrepository.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

Result<StepChoices> CaseSteps::choices(const QString &caseId) const
{
    CaseRepository cases(m_store);
    auto c = cases.find(caseId);
    if (!c)
        return tl::unexpected(c.error());
    auto dispatches = cases.dispatches(caseId);
    if (!dispatches)
        return tl::unexpected(dispatches.error());
    auto units = UnitRepository(m_store).units();
    if (!units)
        return tl::unexpected(units.error());
    return StepChoices {*c, *dispatches, *units};
}

Result<Case> CaseSteps::perform(
    const WriteContext &ctx, const QString &caseId, const CaseStep &step)
{
    if (step.action == CaseAction::Close && step.closureReason == QLatin1String("01")) {
        auto outcome = ServiceRepository(m_store).outcome(caseId, step.on);
        if (!outcome)
            return tl::unexpected(outcome.error());
        if (outcome->followUpMinimumEnd.isValid() && step.on <= outcome->followUpMinimumEnd) {
            return fail(Error::Kind::NotAllowed,
                tr("The minimum follow-up runs until %1: the case closes as \"goal reached\" after "
                   "that.")
                    .arg(RocDate::formatShort(outcome->followUpMinimumEnd)));
        }
    }
    return CaseRepository(m_store).perform(ctx, caseId, step);
}

Result<Case> CaseSteps::undo(const WriteContext &ctx, const QString &caseId, const QString &reason)
{
    return CaseRepository(m_store).undoLastStep(ctx, caseId, reason);
}

} // namespace Casebook::UseCases
