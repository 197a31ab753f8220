// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Casebook::Core {

// A scanned, signed form or a photo kept with a case, and with one of its form instances where it
// belongs to one.
struct Attachment
{
    QString id;
    QString caseId;
    QString instanceId; // empty: the case's own
    QString title;
    QString fileName;
    QString mediaType; // from the content: application/pdf, image/jpeg, image/png
    qint64 size = 0;
    QString sha256; // hex, of the whole content
    int parts = 0;
    QDate addedOn;
    QString addedBy;
    int partsHere = 0; // parts this store holds (fewer: a bundle carrying the rest has not arrived)
};

class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentRepository)

public:
    static constexpr qint64 MaxBytes = 10LL * 1024 * 1024; // one attachment
    static constexpr int PartBytes
        = 192 * 1024; // one part: 256 KiB of base64, under a bundle's value cap

    explicit AttachmentRepository(CaseStore &store) : m_store(store) { }

    // The media type the content is (a PDF, a JPEG or a PNG), whatever the file is called; empty
    // for anything else.
    static QString sniff(const QByteArray &content);
    // The file name extension that goes with a media type (".pdf"), and its short name ("PDF").
    static QString extensionFor(const QString &mediaType);
    static QString typeName(const QString &mediaType);

    // Keeps a file with the case; refused when it is empty, larger than MaxBytes, not a regular
    // file, or not a PDF, JPEG or PNG by its content. One transaction.
    Result<QString> addFile(const WriteContext &ctx, const QString &caseId,
        const QString &instanceId, const QString &title, const QString &path);
    Result<QString> add(const WriteContext &ctx, const QString &caseId, const QString &instanceId,
        const QString &title, const QString &fileName, const QByteArray &content);
    Result<QList<Attachment>> list(const QString &caseId) const;
    // The content, whole and as it was added; refused (and never half returned) when a part is
    // missing, or when the parts do not give the recorded size, digest and type.
    Result<QByteArray> content(const QString &attachmentId) const;
    // Withdraws an attachment (a tombstone; the log keeps it).
    VoidResult remove(const WriteContext &ctx, const QString &attachmentId);
    Result<Attachment> find(const QString &attachmentId) const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
