// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accounts/accountrepository.h"
#include "core/accounts/audittrail.h"

#include <QCoreApplication>

#include <optional>

namespace Casebook::UseCases {

// One entry with the names a reader looks for.
struct AuditLine
{
    Core::AuditEntry entry;
    QString personName;
    QString caseNo;
};

// Reading the audit trail: who opened, printed, exported or searched whose file, and who signed in
// (the first question after a complaint or a lost laptop), and saving it for a data-protection
// request. A job coach does not read it; a supervisor reads what concerns their unit (its cases and
// its staff's actions), a window's case manager their window's cases, the bureau everything.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // user: who reads (on a store without accounts, its device: everything).
    AuditLog(Core::CaseStore &store, Core::WriteContext ctx,
        std::optional<Core::Account> user = std::nullopt)
        : m_store(store), m_context(std::move(ctx)), m_user(std::move(user))
    { }

    // Whether this user may read the trail at all.
    bool mayRead() const;
    QDate today() const { return m_store.clock().today(); }
    // The sign-in names to filter by (the accounts of the store).
    Core::Result<QStringList> actors() const;
    // The entries of the query the user may see, oldest first; refused for a job coach.
    // personSearch (a name or an ID number, when not empty) narrows them to those persons.
    Core::Result<QList<AuditLine>> entries(
        const Core::AuditQuery &query, const QString &personSearch = {}) const;
    // Saves the lines as .csv or .xlsx (by the suffix); the saving is itself in the trail.
    Core::Result<QString> save(const QList<AuditLine> &lines, const QString &path) const;
    // The action's words ("view_case" → "opened the case").
    static QString actionText(const QString &action);

private:
    // The entries of the query that concern the reader.
    Core::Result<QList<Core::AuditEntry>> scoped(const Core::AuditQuery &query) const;

    Core::CaseStore &m_store;
    Core::WriteContext m_context;
    std::optional<Core::Account> m_user;
};

} // namespace Casebook::UseCases
