// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/casedocuments.h"

#include "core/cases/attachmentrepository.h"
#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/personrepository.h"
#include "forms/model/formdefinition.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Casebook::Forms {

using namespace Casebook::Core;

namespace {

QString megabytes(qint64 bytes)
{
    return bytes < 1024 * 1024
        ? QStringLiteral("%1 KB").arg((bytes + 1023) / 1024)
        : QStringLiteral("%1 MB").arg(static_cast<double>(bytes) / (1024 * 1024), 0, 'f', 1);
}

} // namespace

Result<CaseDocuments> CaseDocuments::collect(
    CaseStore &store, const QString &caseId, const QDate &today)
{
    const FormDefinition *def
        = DefinitionLoader::shippedReports().find(QStringLiteral("case_documents"));
    if (!def) {
        return fail(Error::Kind::NotFound,
            tr("The layout of the list of the case's documents is missing."));
    }
    auto c = CaseRepository(store).find(caseId);
    if (!c)
        return tl::unexpected(c.error());
    auto person = PersonRepository(store).find(c->personId);
    if (!person)
        return tl::unexpected(person.error());
    auto instances = FormInstanceRepository(store).instances(caseId);
    if (!instances)
        return tl::unexpected(instances.error());
    auto files = AttachmentRepository(store).list(caseId);
    if (!files)
        return tl::unexpected(files.error());

    CaseDocuments out(FormRecord::detached(*def));
    out.list.setValue(QStringLiteral("case_no"), c->caseNo);
    out.list.setValue(QStringLiteral("name"), person->name);
    out.list.setValue(QStringLiteral("printed_on"), today.toString(Qt::ISODate));
    QJsonArray rows;
    QHash<QString, QString> formNames;
    const auto &catalogue = DefinitionLoader::shipped();
    auto row = [&](const QString &kind, const QString &document, const QString &state,
                   const QDate &dated, const QString &detail) {
        rows << QJsonObject {{QStringLiteral("no"), QString::number(rows.size() + 1)},
            {QStringLiteral("kind"), kind}, {QStringLiteral("document"), document},
            {QStringLiteral("state"), state},
            {QStringLiteral("dated"), RocDate::formatShort(dated)},
            {QStringLiteral("detail"), detail}};
    };
    for (const FormInstance &i : std::as_const(*instances)) {
        const FormDefinition *d = catalogue.find(i.formId);
        const QString name = d ? QStringLiteral("%1 %2").arg(d->code, d->title.zh) : i.formId;
        formNames.insert(i.id, d ? d->code : i.formId);
        QString state = i.status == QLatin1String("complete")
            ? QStringLiteral("已完成 %1%2")
                  .arg(RocDate::formatShort(i.completedOn),
                      i.completedBy.isEmpty() ? QString()
                                              : QStringLiteral("（%1）").arg(i.completedBy))
            : QStringLiteral("草稿");
        if (i.amendedOn.isValid())
            state += QStringLiteral("，%1更正").arg(RocDate::formatShort(i.amendedOn));
        QString detail = QStringLiteral("第%1版").arg(i.formVersion);
        QString problem;
        if (!d) {
            problem = tr("its form definition %1 is not installed").arg(i.formId);
        } else if (auto r = FormRecord::open(store, *d, caseId, i.id); !r) {
            problem = r.error().message;
        } else {
            out.forms.push_back(std::make_unique<FormRecord>(std::move(*r)));
        }
        if (!problem.isEmpty()) {
            out.skipped << QStringLiteral("%1: %2").arg(name, problem);
            detail = QStringLiteral("未能列印：%1").arg(problem);
        }
        row(QStringLiteral("表單"), name, state, i.createdOn, detail);
    }
    for (const Attachment &a : std::as_const(*files)) {
        QString state = QStringLiteral("完整");
        if (a.partsHere < a.parts) {
            state = QStringLiteral("傳送中（%1/%2）").arg(a.partsHere).arg(a.parts);
        } else if (auto content = AttachmentRepository(store).content(a.id); !content) {
            state = QStringLiteral("損壞，不予開啟");
        }
        const QString document = a.instanceId.isEmpty()
            ? a.title
            : QStringLiteral("%1（屬%2）")
                  .arg(a.title, formNames.value(a.instanceId, QStringLiteral("已移除之表單")));
        row(QStringLiteral("附件"), document, state, a.addedOn,
            QStringLiteral("%1 %2，SHA-256 %3…")
                .arg(AttachmentRepository::typeName(a.mediaType), megabytes(a.size),
                    a.sha256.left(12)));
        ++out.attachments;
    }
    out.list.setRows(QStringLiteral("documents"), rows);
    out.list.setValue(QStringLiteral("counts"),
        QStringLiteral("表單 %1 份、附件 %2 件").arg(instances->size()).arg(files->size()));
    return out;
}

QList<const FormRecord *> CaseDocuments::pages() const
{
    QList<const FormRecord *> out {&list};
    for (const auto &f : forms)
        out << f.get();
    return out;
}

} // namespace Casebook::Forms
