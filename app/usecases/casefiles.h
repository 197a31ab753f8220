// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/servicerecords.h"
#include "core/cases/caserepository.h"
#include "core/forms/forminstancerepository.h"
#include "core/rules/deadlines.h"
#include "core/units/unitrepository.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// Everything the case view shows of one case.
struct CaseFile
{
    Core::Case c;
    Core::Person person;
    QList<Core::Dispatch> dispatches;
    QList<Core::CaseEvent> events;
    QList<Core::FormInstance> forms;
};

// Reading the case list, one case's file and what is due: what a window, a supervisor or a coach
// looks at before acting.
class CaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)

public:
    explicit CaseFiles(Core::CaseStore &store) : m_store(store) { }

    Core::Result<QList<Core::CaseListRow>> list() const;
    Core::Result<CaseFile> read(const QString &caseId) const;
    // The window's deadlines and the supported-employment ones on `today`, in one list.
    Core::Result<QList<Core::Deadline>> due(const QDate &today) const;
    Core::Result<QList<Core::Unit>> units() const;
    Core::Result<QList<Core::StaffMember>> coaches() const;

private:
    Core::CaseStore &m_store;
};

} // namespace Casebook::UseCases
