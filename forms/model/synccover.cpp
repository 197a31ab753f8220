// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/synccover.h"

#include "core/common/rocdate.h"
#include "core/sync/syncrepository.h"
#include "forms/model/formdefinition.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Casebook::Forms {

using namespace Casebook::Core;

Result<FormRecord> SyncCover::fill(
    const QByteArray &bundleFile, const QHash<QString, QString> &recipientNames)
{
    auto header = Bundle::verify(bundleFile);
    if (!header)
        return tl::unexpected(header.error());
    const FormDefinition *def
        = DefinitionLoader::shippedReports().find(QStringLiteral("sync_cover"));
    if (!def)
        return fail(Error::Kind::NotFound, tr("The cover sheet layout is missing."));
    FormRecord r = FormRecord::detached(*def);
    // Printed on the official (zh_TW) sheet, whatever the interface language.
    r.setValue(QStringLiteral("bundle_id"), header->bundleId);
    r.setValue(QStringLiteral("kind"),
        header->kind == QLatin1String("receipt") ? QStringLiteral("回條") : QStringLiteral("資料"));
    const QDateTime created = header->createdAt.toLocalTime();
    r.setValue(QStringLiteral("created"),
        RocDate::formatShort(created.date()) + QLatin1Char(' ')
            + created.time().toString(QStringLiteral("HH:mm")));
    r.setValue(QStringLiteral("sender"),
        QStringLiteral("%1（%2，%3）")
            .arg(header->from.name, header->from.role, header->from.deviceId));
    QStringList to;
    for (auto it = header->sealedKeys.cbegin(); it != header->sealedKeys.cend(); ++it) {
        to << QStringLiteral("%1（%2）")
                  .arg(recipientNames.value(it.key(), QStringLiteral("?")), it.key());
    }
    to.sort();
    r.setValue(QStringLiteral("recipients"), to.join(QLatin1Char('\n')));
    r.setValue(QStringLiteral("period_from"), header->periodFrom.toString(Qt::ISODate));
    r.setValue(QStringLiteral("period_to"), header->periodTo.toString(Qt::ISODate));
    r.setValue(QStringLiteral("operations"), QString::number(header->operations));
    r.setValue(QStringLiteral("bytes"), QString::number(bundleFile.size()));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(bundleFile, QCryptographicHash::Sha256).toHex());
    r.setValue(QStringLiteral("sha256"), sha.left(32) + QLatin1Char('\n') + sha.mid(32));
    r.setValue(QStringLiteral("notes"),
        QStringLiteral(
            "同步包已簽章並加密，只有上列收件裝置能開啟；檔案內容不含於本頁。收件時請核對 SHA-256 "
            "與本頁相同。遺失隨身碟時請通報督導，並由勞動局撤銷該裝置。"));
    return r;
}

Result<FormRecord> EnrolmentSlip::fill(CaseStore &store, const QByteArray &enrolmentFile)
{
    auto enroller = SyncRepository::enrolmentEnroller(enrolmentFile);
    if (!enroller)
        return tl::unexpected(enroller.error());
    const QJsonObject cert = QJsonDocument::fromJson(enrolmentFile)
                                 .object()
                                 .value(QStringLiteral("certificate"))
                                 .toObject();
    auto certificate = Certificate::fromJson(cert);
    if (!certificate)
        return tl::unexpected(certificate.error());
    const FormDefinition *def
        = DefinitionLoader::shippedReports().find(QStringLiteral("enrolment_slip"));
    if (!def)
        return fail(Error::Kind::NotFound, tr("The enrolment slip layout is missing."));
    FormRecord r = FormRecord::detached(*def);
    // Printed on the official (zh_TW) sheet, whatever the interface language.
    r.setValue(QStringLiteral("enroller"),
        QStringLiteral("%1（%2）").arg(enroller->first.name, enroller->first.deviceId));
    // Six groups a line, as the dialog and the command line show them.
    QStringList groups = enroller->second.split(QLatin1Char(' '));
    r.setValue(QStringLiteral("fingerprint"),
        groups.mid(0, 6).join(QStringLiteral("  ")) + QLatin1Char('\n')
            + groups.mid(6).join(QStringLiteral("  ")));
    const PublicIdentity &device = certificate->device;
    r.setValue(
        QStringLiteral("device"), QStringLiteral("%1（%2）").arg(device.name, device.deviceId));
    static const QHash<QString, QString> Roles
        = {{QStringLiteral("coach"), QStringLiteral("就業服務員")},
            {QStringLiteral("supervisor"), QStringLiteral("督導")},
            {QStringLiteral("window"), QStringLiteral("職重窗口")},
            {QStringLiteral("bureau"), QStringLiteral("勞動局")}};
    r.setValue(QStringLiteral("role"), Roles.value(device.role, device.role));
    r.setValue(QStringLiteral("enrolled_on"), RocDate::formatShort(store.clock().today()));
    const QString scopeName = SyncRepository(store).scopeName(
        Core::EnrolScope {certificate->scopeUnit, certificate->scopeCoach});
    r.setValue(QStringLiteral("scope"),
        !certificate->scopeUnit.isEmpty() ? QStringLiteral("單位 %1 的案件").arg(scopeName)
            : !certificate->scopeCoach.isEmpty()
            ? QStringLiteral("就業服務員 %1 的個案").arg(scopeName)
            : QStringLiteral("整個資料庫"));
    r.setValue(QStringLiteral("notes"),
        QStringLiteral(
            "在裝置上接受註冊時（同步 → 接受註冊，或 casebook-cli enroll "
            "accept），畫面會顯示註冊者的"
            "指紋碼。請逐組與本單核對，12 組全部相符才接受；任何一組不符請勿接受，並通報勞動局。"));
    return r;
}

} // namespace Casebook::Forms
