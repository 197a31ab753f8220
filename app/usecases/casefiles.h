// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/servicerecords.h"
#include "core/accounts/caseload.h"
#include "core/cases/caserepository.h"
#include "core/forms/forminstancerepository.h"
#include "core/rules/deadlines.h"
#include "core/services/duelist.h"
#include "core/units/unitrepository.h"

#include <QCoreApplication>

#include <optional>

namespace Casebook::UseCases {

// Everything the case view shows of one case.
struct CaseFile
{
    Core::Case c;
    Core::Person person;
    QList<Core::Dispatch> dispatches;
    QList<Core::CaseEvent> events;
    QList<Core::FormInstance> forms;
    std::optional<Core::CaseEvent> undoableStep; // the last step, while it may still be undone
    QString coachName;                           // the job coach the case is assigned to
};

// Reading the case list, one case's file and what is due: what a window, a supervisor or a coach
// looks at before acting.
class CaseFiles
{
    Q_DECLARE_TR_FUNCTIONS(CaseFiles)

public:
    // caseload: what the acting user may see (a request outside it is refused, not empty).
    // audit: who reads, when opening a case is to be kept in the audit trail.
    explicit CaseFiles(Core::CaseStore &store,
        Core::Caseload caseload = Core::Caseload::everything(),
        std::optional<Core::WriteContext> audit = std::nullopt)
        : m_store(store), m_caseload(std::move(caseload)), m_audit(std::move(audit))
    { }

    Core::Result<QList<Core::CaseListRow>> list() const;
    // The list in pages, in its order (newest received first): at most limit rows after the row
    // `after` (none: from the start); `next` is where the next page starts (none: this was the
    // last).
    struct Page
    {
        QList<Core::CaseListRow> rows;
        std::optional<Core::CaseListRow> next;
    };
    Core::Result<Page> page(int limit, const Core::CaseListRow *after = nullptr) const;
    // The cases (of a status, when given) in the caseload.
    Core::Result<QList<Core::Case>> cases(
        std::optional<Core::CaseStatus> status = std::nullopt) const;
    Core::Result<CaseFile> read(const QString &caseId) const;
    // The window's deadlines and the supported-employment ones on `today`, in one list.
    Core::Result<QList<Core::Deadline>> due(const QDate &today) const;
    // due(today), with the store's whole due list kept between calls in `kept` (a window's or the
    // bureau's caseload: computed again only for the cases changed since, DueList::updated). A
    // caseload read by its cases' ids (a coach's) leaves `kept` as it is.
    Core::Result<QList<Core::Deadline>> due(const QDate &today, Core::KeptDueList &kept) const;
    // The start of due(today), read before the whole list (see DueList::first).
    Core::Result<QList<Core::Deadline>> dueFirst(const QDate &today, int count) const;
    Core::Result<QList<Core::Unit>> units() const;
    Core::Result<QList<Core::StaffMember>> coaches() const;
    // The persons of the cases in the caseload, for a search.
    Core::Result<QList<Core::Person>> persons(const QString &search = {}) const;
    // Refused (NotAllowed, with a message that says why) when the case is outside the caseload.
    Core::VoidResult mayOpen(const QString &caseId) const;

private:
    // The deadlines of the caseload's cases.
    Core::Result<QList<Core::Deadline>> inCaseload(QList<Core::Deadline> all) const;
    Core::Result<QList<Core::Deadline>> inCaseload(
        QList<Core::Deadline> all, const QList<Core::CaseListRow> &rows) const;
    Core::CaseStore &m_store;
    Core::Caseload m_caseload;
    std::optional<Core::WriteContext> m_audit;
};

} // namespace Casebook::UseCases
