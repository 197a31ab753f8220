// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/caseattachments.h"

#include "app/usecases/caseforms.h"
#include "core/accounts/audittrail.h"
#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/forms/forminstancerepository.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

Result<AttachmentList> CaseAttachments::list(const QString &caseId) const
{
    AttachmentList out;
    auto instances = FormInstanceRepository(m_store).instances(caseId);
    if (!instances)
        return tl::unexpected(instances.error());
    for (const FormInstance &i : *instances) {
        out.forms.append({i.id,
            QStringLiteral("%1 (%2)").arg(
                CaseForms::title(i.formId), RocDate::formatShort(i.createdOn))});
    }
    auto listed = AttachmentRepository(m_store).list(caseId);
    if (!listed)
        return tl::unexpected(listed.error());
    out.attachments = *listed;
    return out;
}

Result<QString> CaseAttachments::add(
    const QString &caseId, const QString &instanceId, const QString &path) const
{
    return AttachmentRepository(m_store).addFile(m_context, caseId, instanceId, {}, path);
}

Result<QByteArray> CaseAttachments::content(const QString &attachmentId) const
{
    return AttachmentRepository(m_store).content(attachmentId);
}

VoidResult CaseAttachments::copied(const QString &attachmentId, const QString &where) const
{
    auto a = AttachmentRepository(m_store).find(attachmentId);
    if (!a)
        return tl::unexpected(a.error());
    auto c = CaseRepository(m_store).find(a->caseId);
    auto r = AuditTrail(m_store).record(m_context, QStringLiteral("export"),
        c ? c->personId : QString(), a->caseId, tr("attachment %1 → %2").arg(a->title, where));
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

VoidResult CaseAttachments::withdraw(const QString &attachmentId) const
{
    return AttachmentRepository(m_store).remove(m_context, attachmentId);
}

} // namespace Casebook::UseCases
