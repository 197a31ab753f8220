// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/caseforms.h"

#include "core/accounts/audittrail.h"
#include "forms/model/casedocuments.h"
#include "forms/model/formdefinition.h"
#include "forms/print/formprinter.h"

namespace Casebook::UseCases {

using namespace Casebook::Core;

QList<const Forms::FormDefinition *> CaseForms::definitions()
{
    QList<const Forms::FormDefinition *> out;
    for (const Forms::FormDefinition &d : Forms::DefinitionLoader::shipped().forms)
        out << &d;
    return out;
}

QString CaseForms::title(const QString &formId)
{
    const Forms::FormDefinition *d = Forms::DefinitionLoader::shipped().find(formId);
    return d ? QStringLiteral("%1 %2").arg(d->code, d->title.text()) : formId;
}

Result<Forms::FormRecord> CaseForms::open(
    const QString &caseId, const QString &formId, const QString &instanceId) const
{
    if (caseId.isEmpty())
        return fail(Error::Kind::Invalid, tr("Choose a case first."));
    const Forms::FormDefinition *d = Forms::DefinitionLoader::shipped().find(formId);
    if (!d) {
        return fail(
            Error::Kind::NotFound, tr("The form %1 is not available in this version.").arg(formId));
    }
    return Forms::FormRecord::open(m_store, *d, caseId, instanceId);
}

Result<std::optional<PrintedCase>> CaseForms::printAll(const QString &caseId, const QDate &today,
    const std::function<QString(const QString &)> &choosePath) const
{
    auto documents = Forms::CaseDocuments::collect(m_store, caseId, today);
    if (!documents)
        return tl::unexpected(documents.error());
    if (documents->forms.empty() && documents->skipped.isEmpty() && documents->attachments == 0)
        return fail(Error::Kind::NotFound, tr("This case has no forms to print yet."));
    const QString path = choosePath(
        QStringLiteral("%1.pdf").arg(documents->list.value(QStringLiteral("case_no"))));
    if (path.isEmpty())
        return std::optional<PrintedCase>();
    auto pages = Forms::FormPrinter::writePdf(path, documents->pages(), {});
    if (!pages)
        return tl::unexpected(pages.error());
    if (auto r = AuditTrail(m_store).record(
            m_context, QStringLiteral("print"), {}, caseId, tr("all forms → %1").arg(path));
        !r)
        return tl::unexpected(r.error());
    return std::optional<PrintedCase>(
        PrintedCase {path, static_cast<int>(documents->forms.size()), *pages, documents->skipped});
}

} // namespace Casebook::UseCases
