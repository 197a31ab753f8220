// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/attachmentrepository.h"

#include "core/store/sqlerror.h"
#include "core/store/uuid.h"
#include "core/sync/bundle.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

namespace {

QString digest(const QByteArray &content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Attachment readRow(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toString();
    a.caseId = q.value(1).toString();
    a.instanceId = q.value(2).toString();
    a.title = q.value(3).toString();
    a.fileName = q.value(4).toString();
    a.mediaType = q.value(5).toString();
    a.size = q.value(6).toLongLong();
    a.sha256 = q.value(7).toString();
    a.parts = q.value(8).toInt();
    a.addedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    a.addedBy = q.value(10).toString();
    a.partsHere = q.value(11).toInt();
    return a;
}

const char *const Columns
    = "a.id, a.case_id, coalesce(a.instance_id, ''), a.title, a.file_name, "
      "a.media_type, a.size, a.sha256, a.parts, "
      "a.added_on, coalesce(s.name, a.added_by), (SELECT count(DISTINCT p.seq) "
      "FROM attachment_parts p WHERE "
      "p.attachment_id = a.id AND p.deleted = 0) FROM attachments a LEFT "
      "JOIN staff s ON s.id = a.added_by";

} // namespace

QString AttachmentRepository::sniff(const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    return {};
}

QString AttachmentRepository::extensionFor(const QString &mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return QStringLiteral(".pdf");
    if (mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral(".jpg");
    if (mediaType == QLatin1String("image/png"))
        return QStringLiteral(".png");
    return {};
}

QString AttachmentRepository::typeName(const QString &mediaType)
{
    const QString ext = extensionFor(mediaType);
    return ext == QLatin1String(".jpg") ? QStringLiteral("JPEG")
        : ext.isEmpty()                 ? mediaType
                                        : ext.mid(1).toUpper();
}

Result<QString> AttachmentRepository::addFile(const WriteContext &ctx, const QString &caseId,
    const QString &instanceId, const QString &title, const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > MaxBytes) {
        return fail(Error::Kind::Invalid,
            tr("%1 is %2 MB; an attachment may be at most %3 MB. Scan at a lower resolution or "
               "split the file.")
                .arg(info.fileName())
                .arg(static_cast<double>(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(MaxBytes >> 20));
    }
    auto data = Bundle::readCapped(path, MaxBytes);
    if (!data) {
        if (data.error().kind == Error::Kind::Invalid && info.isFile()) {
            return fail(Error::Kind::Invalid,
                tr("An attachment may be at most %1 MB.").arg(MaxBytes >> 20));
        }
        return tl::unexpected(data.error());
    }
    return add(ctx, caseId, instanceId, title, info.fileName(), *data);
}

Result<QString> AttachmentRepository::add(const WriteContext &ctx, const QString &caseId,
    const QString &instanceId, const QString &title, const QString &fileName,
    const QByteArray &content)
{
    if (content.isEmpty())
        return fail(Error::Kind::Invalid, tr("%1 is empty.").arg(fileName));
    if (content.size() > MaxBytes) {
        return fail(
            Error::Kind::Invalid, tr("An attachment may be at most %1 MB.").arg(MaxBytes >> 20));
    }
    const QString type = sniff(content);
    if (type.isEmpty()) {
        return fail(Error::Kind::Invalid,
            tr("%1 is not a PDF, JPEG or PNG file (by its content, whatever its name says). Scan "
               "or save it as one "
               "of these.")
                .arg(fileName));
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE id = ? AND deleted = 0"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return SqlError::failure(q);
    if (q.value(0).toInt() == 0)
        return fail(Error::Kind::NotFound, tr("There is no such case."));
    if (!instanceId.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM form_instances WHERE id = ? AND case_id = ? AND deleted = 0"));
        q.addBindValue(instanceId);
        q.addBindValue(caseId);
        if (!q.exec() || !q.next())
            return SqlError::failure(q);
        if (q.value(0).toInt() == 0)
            return fail(Error::Kind::NotFound, tr("The form is not one of this case's."));
    }
    const QString name = QFileInfo(fileName).fileName().trimmed();
    const QString shown
        = title.trimmed().isEmpty() ? QFileInfo(name).completeBaseName() : title.trimmed();
    const int parts = static_cast<int>((content.size() + PartBytes - 1) / PartBytes);
    const QString id = newUuid();
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = m_store.insert(ctx, QStringLiteral("attachment"), id,
            {{QStringLiteral("case_id"), caseId},
                {QStringLiteral("instance_id"),
                    instanceId.isEmpty() ? QVariant() : QVariant(instanceId)},
                {QStringLiteral("title"), shown.left(200)},
                {QStringLiteral("file_name"), name.left(200)}, {QStringLiteral("media_type"), type},
                {QStringLiteral("size"), content.size()},
                {QStringLiteral("sha256"), digest(content)}, {QStringLiteral("parts"), parts},
                {QStringLiteral("added_on"), m_store.clock().today()},
                {QStringLiteral("added_by"), ctx.actor}});
        !r)
        return tl::unexpected(r.error());
    for (int i = 0; i < parts; ++i) {
        const QByteArray part = content.mid(static_cast<qsizetype>(i) * PartBytes, PartBytes);
        if (auto r = m_store.insert(ctx, QStringLiteral("attachment_part"), newUuid(),
                {{QStringLiteral("case_id"), caseId}, {QStringLiteral("attachment_id"), id},
                    {QStringLiteral("seq"), i},
                    {QStringLiteral("data"), QString::fromLatin1(part.toBase64())}});
            !r)
            return tl::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return id;
}

Result<QList<Attachment>> AttachmentRepository::list(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT %1 WHERE a.case_id = ? AND a.deleted = 0 ORDER BY a.added_on, a.title, a.id")
                  .arg(QLatin1String(Columns)));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<Attachment> out;
    while (q.next())
        out << readRow(q);
    return out;
}

Result<Attachment> AttachmentRepository::find(const QString &attachmentId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT %1 WHERE a.id = ? AND a.deleted = 0").arg(QLatin1String(Columns)));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("There is no such attachment."));
    return readRow(q);
}

Result<QByteArray> AttachmentRepository::content(const QString &attachmentId) const
{
    auto a = find(attachmentId);
    if (!a)
        return tl::unexpected(a.error());
    const auto damaged = [&] {
        return fail(Error::Kind::Corrupt,
            tr("%1 is damaged: its content does not match what was attached (size, digest or "
               "type). It is not "
               "opened; attach the file again.")
                .arg(a->title));
    };
    // What a row claims is bounded before anything is read (a merged row may claim anything).
    if (a->size <= 0 || a->size > MaxBytes || a->parts != (a->size + PartBytes - 1) / PartBytes)
        return damaged();
    if (a->partsHere < a->parts) {
        return fail(Error::Kind::NotFound,
            tr("%1 has not arrived whole yet (%2 of %3 parts); it opens once the rest is merged.")
                .arg(a->title)
                .arg(a->partsHere)
                .arg(a->parts));
    }
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // One part per position: of two copies of a position (a damaged merge), the first written is
    // taken.
    q.prepare(QStringLiteral(
        "SELECT seq, data FROM attachment_parts WHERE attachment_id = ? AND deleted = 0 "
        "ORDER BY seq, id"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return SqlError::failure(q);
    QByteArray out;
    out.reserve(a->size);
    int next = 0;
    while (q.next()) {
        const int seq = q.value(0).toInt();
        if (seq < next)
            continue;
        if (seq != next || out.size() > a->size)
            break;
        out += QByteArray::fromBase64(q.value(1).toString().toLatin1());
        ++next;
    }
    if (next != a->parts || out.size() != a->size || digest(out) != a->sha256
        || sniff(out) != a->mediaType)
        return damaged();
    return out;
}

VoidResult AttachmentRepository::remove(const WriteContext &ctx, const QString &attachmentId)
{
    auto a = find(attachmentId);
    if (!a)
        return tl::unexpected(a.error());
    auto r = m_store.update(
        ctx, QStringLiteral("attachment"), attachmentId, {{QStringLiteral("deleted"), 1}});
    if (!r)
        return tl::unexpected(r.error());
    return {};
}

} // namespace Casebook::Core
