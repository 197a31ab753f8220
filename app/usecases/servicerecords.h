// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/performancereport.h"
#include "core/services/servicerepository.h"

#include <QCoreApplication>

#include <optional>
#include <variant>

namespace Casebook::UseCases {

// A new placement, with the employer typed in when placement.employerId is empty.
struct NewPlacement
{
    Core::Placement placement;
    Core::Employer newEmployer;
};

// One supported-employment record a coach enters: the case opening (表0C), a placement, a day of
// intensive support, a follow-up contact, adaptation service, an extension, or home employment.
using ServiceEntry = std::variant<Core::SeProfile, NewPlacement, Core::SupportDay, Core::FollowUp,
    Core::Adaptation, Core::Extension, Core::HomeService>;

// A case's supported-employment records and what the rules derive from them on a day.
struct ServiceOverview
{
    std::optional<Core::SeProfile> profile; // none: not opened for supported employment yet
    std::optional<Core::CaseOutcome> outcome;
    Core::CaseCredit credit; // under the plan year's rules of that day
    QList<Core::Placement> placements;
    QHash<QString, Core::Employer> employers; // of the placements, by id
    QList<Core::SupportDay> supportDays;
    QList<Core::FollowUp> followUps;
    QList<Core::Adaptation> adaptations;
    QList<Core::Extension> extensions;
    QList<Core::HomeService> homeServices;
};

// What a job coach records of supported employment, each entry in one transaction.
class ServiceRecords
{
    Q_DECLARE_TR_FUNCTIONS(ServiceRecords)

public:
    explicit ServiceRecords(Core::CaseStore &store) : m_store(store) { }

    Core::Result<ServiceOverview> overview(const QString &caseId, const QDate &today) const;
    Core::Result<QList<Core::Employer>> employers() const;
    // The case's profile, when it has one.
    std::optional<Core::SeProfile> profile(const QString &caseId) const;
    Core::Result<Core::Placement> placement(const QString &caseId, const QString &id) const;

    // Saves the entry for the case (a new employer with its placement); returns the record's id
    // (the case's for a profile). All or nothing.
    Core::Result<QString> add(
        const Core::WriteContext &ctx, const QString &caseId, const ServiceEntry &entry);
    // Corrects a placement; its case stays, and so does its employer unless another is chosen.
    Core::VoidResult correctPlacement(
        const Core::WriteContext &ctx, const Core::Placement &original, Core::Placement edited);
    // Withdraws a record entered by mistake (it stays in the history as withdrawn).
    Core::VoidResult withdraw(
        const Core::WriteContext &ctx, const QString &entity, const QString &id);

private:
    Core::CaseStore &m_store;
};

} // namespace Casebook::UseCases
