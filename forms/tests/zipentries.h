// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads the entries of a ZIP archive (an XLSX file) through its central directory, so that a test
// can look at the cells an export wrote. Stored and deflated entries only, which is what XLSX
// writers produce.

#include <QByteArray>
#include <QHash>
#include <QString>

#include <zlib.h>

namespace Casebook::Forms::Test {

inline quint32 le32(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

inline quint16 le16(const QByteArray &b, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

inline QByteArray inflateRaw(const QByteArray &in, qsizetype outSize)
{
    QByteArray out(outSize, Qt::Uninitialized);
    z_stream z {};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int r = inflate(&z, Z_FINISH);
    inflateEnd(&z);
    return r == Z_STREAM_END ? out : QByteArray();
}

// name -> uncompressed content; empty when the archive cannot be read.
inline QHash<QString, QByteArray> zipEntries(const QByteArray &zip)
{
    QHash<QString, QByteArray> out;
    qsizetype eocd = -1;
    for (qsizetype i = zip.size() - 22; i >= 0 && i >= zip.size() - 22 - 65535; --i) {
        if (le32(zip, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return out;
    const int count = le16(zip, eocd + 10);
    qsizetype at = le32(zip, eocd + 16);
    for (int n = 0; n < count; ++n) {
        if (at + 46 > zip.size() || le32(zip, at) != 0x02014b50)
            return {};
        const int method = le16(zip, at + 10);
        const qsizetype packed = le32(zip, at + 20);
        const qsizetype size = le32(zip, at + 24);
        const int nameLen = le16(zip, at + 28);
        const int extraLen = le16(zip, at + 30);
        const int commentLen = le16(zip, at + 32);
        const qsizetype local = le32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLen));
        const qsizetype data = local + 30 + le16(zip, local + 26) + le16(zip, local + 28);
        const QByteArray raw = zip.mid(data, packed);
        out.insert(name, method == 0 ? raw : inflateRaw(raw, size));
        at += 46 + nameLen + extraLen + commentLen;
    }
    return out;
}

} // namespace Casebook::Forms::Test
