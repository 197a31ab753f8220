// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/attachmentrepository.h"

#include <QCoreApplication>

namespace Casebook::UseCases {

// A case's attachments and the forms they may belong to.
struct AttachmentList
{
    QList<Core::Attachment> attachments;
    QList<std::pair<QString, QString>> forms; // instance id → "表二 … (113/05/29)"
};

// Scanned documents kept with a case (a certificate, a signed form): listed, added, read for
// opening or saving a copy, withdrawn. Writes are made as ctx.
class CaseAttachments
{
    Q_DECLARE_TR_FUNCTIONS(CaseAttachments)

public:
    CaseAttachments(Core::CaseStore &store, Core::WriteContext ctx)
        : m_store(store), m_context(std::move(ctx))
    { }

    Core::Result<AttachmentList> list(const QString &caseId) const;
    // Adds the file to the case (or to one of its forms, instanceId).
    Core::Result<QString> add(
        const QString &caseId, const QString &instanceId, const QString &path) const;
    Core::Result<QByteArray> content(const QString &attachmentId) const;
    // A copy left the store (opened in another program, or saved): kept in the audit trail.
    Core::VoidResult copied(const QString &attachmentId, const QString &where) const;
    Core::VoidResult withdraw(const QString &attachmentId) const;
    // From now on the writes are made as ctx (another user signed in).
    void actAs(Core::WriteContext ctx) { m_context = std::move(ctx); }

private:
    Core::CaseStore &m_store;
    Core::WriteContext m_context;
};

} // namespace Casebook::UseCases
