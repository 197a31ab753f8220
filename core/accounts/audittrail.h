// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Casebook::Core {

// One entry of the audit trail.
struct AuditEntry
{
    QString id;
    QDateTime at;
    QString actor;
    QString action; // view_case, print, export, search, sign_in, sign_in_failed, …
    QString personId;
    QString caseId;
    QString detail;
};

// What the trail is asked for: one person's, one user's, within days (each empty: any).
struct AuditQuery
{
    QString personId;
    QString actor;
    QDate from;
    QDate to;
};

// The audit trail: who opened, printed, exported or searched what, and who signed in. Entries are
// written through the operation log, so they travel to the bureau; nothing changes or withdraws
// one (a bundle that tries is refused at merge).
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    explicit AuditTrail(CaseStore &store) : m_store(store) { }

    // Records an action as ctx.actor (the store's device when empty).
    Result<QString> record(const WriteContext &ctx, const QString &action,
        const QString &personId = {}, const QString &caseId = {}, const QString &detail = {});
    Result<QList<AuditEntry>> entries(const AuditQuery &query = {}) const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
