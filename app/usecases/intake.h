// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"
#include "core/persons/personrepository.h"

#include <QCoreApplication>

#include <functional>

namespace Casebook::UseCases {

// Intake (受案) and corrections of a person: what a window's clerk does when a referral or a
// self-application comes in. Core returns the field problems; this adds nothing to them and only
// puts the person and the case in one transaction.
class Intake
{
    Q_DECLARE_TR_FUNCTIONS(Intake)

public:
    explicit Intake(Core::CaseStore &store) : m_store(store) { }

    // The problems of the person's and the case's fields, together, each with its field.
    QList<Core::FieldProblem> check(const Core::Person &person, const Core::Case &draft) const;
    QList<Core::FieldProblem> checkPerson(const Core::Person &person) const;
    // The reasons the eligibility rules refuse this intake (empty: eligible).
    static QStringList ineligibility(const Core::Person &person, const Core::Case &draft);
    // Whether the writer of ctx may accept an intake the rules refuse (with a reason).
    bool mayAcceptIneligible(const Core::WriteContext &ctx) const;

    // Saves a new person and the case together, or nothing. When the rules refuse the intake and
    // this store may accept it, askReason is asked why (given the reasons); an empty answer
    // leaves everything unsaved.
    Core::Result<Core::Case> save(const Core::WriteContext &ctx, const Core::Person &person,
        Core::Case draft, const std::function<QString(const QString &reasons)> &askReason = {});
    // Corrects a person's record; returns how many fields changed.
    Core::Result<int> updatePerson(const Core::WriteContext &ctx, const Core::Person &person);

private:
    Core::CaseStore &m_store;
};

} // namespace Casebook::UseCases
