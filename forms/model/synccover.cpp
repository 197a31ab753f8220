// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/synccover.h"

#include "core/common/rocdate.h"
#include "forms/model/formdefinition.h"

#include <QCryptographicHash>

namespace Casebook::Forms {

using namespace Casebook::Core;

Result<FormRecord> SyncCover::fill(const QByteArray &bundleFile, const QHash<QString, QString> &recipientNames)
{
    auto header = Bundle::verify(bundleFile);
    if (!header)
        return tl::unexpected(header.error());
    const FormDefinition *def = DefinitionLoader::shippedReports().find(QStringLiteral("sync_cover"));
    if (!def)
        return fail(Error::Kind::NotFound, tr("The cover sheet layout is missing."));
    FormRecord r = FormRecord::detached(*def);
    // Printed on the official (zh_TW) sheet, whatever the interface language.
    r.setValue(QStringLiteral("bundle_id"), header->bundleId);
    r.setValue(QStringLiteral("kind"),
        header->kind == QLatin1String("receipt") ? QStringLiteral("回條") : QStringLiteral("資料"));
    const QDateTime created = header->createdAt.toLocalTime();
    r.setValue(QStringLiteral("created"),
        RocDate::formatShort(created.date()) + QLatin1Char(' ') + created.time().toString(QStringLiteral("HH:mm")));
    r.setValue(QStringLiteral("sender"),
        QStringLiteral("%1（%2，%3）").arg(header->from.name, header->from.role, header->from.deviceId));
    QStringList to;
    for (auto it = header->sealedKeys.cbegin(); it != header->sealedKeys.cend(); ++it)
        to << QStringLiteral("%1（%2）").arg(recipientNames.value(it.key(), QStringLiteral("?")), it.key());
    to.sort();
    r.setValue(QStringLiteral("recipients"), to.join(QLatin1Char('\n')));
    r.setValue(QStringLiteral("period_from"), header->periodFrom.toString(Qt::ISODate));
    r.setValue(QStringLiteral("period_to"), header->periodTo.toString(Qt::ISODate));
    r.setValue(QStringLiteral("operations"), QString::number(header->operations));
    r.setValue(QStringLiteral("bytes"), QString::number(bundleFile.size()));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bundleFile, QCryptographicHash::Sha256).toHex());
    r.setValue(QStringLiteral("sha256"), sha.left(32) + QLatin1Char('\n') + sha.mid(32));
    r.setValue(QStringLiteral("notes"),
        QStringLiteral("同步包已簽章並加密，只有上列收件裝置能開啟；檔案內容不含於本頁。收件時請核對 SHA-256 "
                       "與本頁相同。遺失隨身碟時請通報督導，並由勞動局撤銷該裝置。"));
    return r;
}

} // namespace Casebook::Forms
