// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/operation.h"

#include <QVarLengthArray>

#include <sodium.h>

#include <algorithm>

namespace Casebook::Core {

namespace {

// What the chain hash covers, written into one buffer and hashed once (the same bytes as hashing
// the parts one after another): integers as 8 bytes little-endian, text as its UTF-8 length and
// bytes.
class HashInput
{
public:
    void addInt(qint64 v)
    {
        char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = static_cast<char>((static_cast<quint64>(v) >> (8 * i)) & 0xff);
        m_bytes.append(b, sizeof b);
    }
    void addBytes(QByteArrayView bytes)
    {
        addInt(bytes.size());
        m_bytes.append(bytes.data(), bytes.size());
    }
    void addString(QStringView text)
    {
        // Ids, names of entities and fields are ASCII: written as they are, without a copy.
        const bool ascii
            = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii) {
            addBytes(text.toUtf8());
            return;
        }
        addInt(text.size());
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + text.size());
        for (qsizetype i = 0; i < text.size(); ++i)
            m_bytes[at + i] = static_cast<char>(text[i].unicode());
    }
    // A null string (SQL NULL) and an empty one hash differently.
    void addText(const QString &text)
    {
        m_bytes.append(text.isNull() ? '\0' : '\1');
        addString(text);
    }
    QByteArray hash() const
    {
        QByteArray out(Operation::HashBytes, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), Operation::HashBytes,
            reinterpret_cast<const unsigned char *>(m_bytes.constData()),
            static_cast<unsigned long long>(m_bytes.size()), nullptr, 0);
        return out;
    }

private:
    QVarLengthArray<char, 1024> m_bytes;
};

} // namespace

QByteArray Operation::chainStart()
{
    return {HashBytes, '\0'};
}

QByteArray Operation::chainHash() const
{
    HashInput in;
    in.addBytes("casebook-op/1");
    in.addString(opId);
    in.addString(deviceId);
    in.addInt(incarnation);
    in.addInt(seq);
    in.addInt(hlc);
    in.addString(actor);
    in.addString(entity);
    in.addString(rowId);
    in.addString(field);
    in.addText(value);
    in.addInt(baseHlc);
    // Optional form references are stored as NULL when empty: hash them as empty either way.
    in.addString(formId);
    in.addString(formVersion);
    in.addBytes(prevHash);
    return in.hash();
}

} // namespace Casebook::Core
