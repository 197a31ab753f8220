// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/operation.h"

#include <sodium.h>

namespace Casebook::Core {

namespace {

void addInt(crypto_generichash_state &st, qint64 v)
{
    unsigned char b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<unsigned char>((static_cast<quint64>(v) >> (8 * i)) & 0xff);
    crypto_generichash_update(&st, b, sizeof b);
}

void addBytes(crypto_generichash_state &st, const QByteArray &bytes)
{
    addInt(st, bytes.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char *>(bytes.constData()),
        static_cast<unsigned long long>(bytes.size()));
}

// A null string (SQL NULL) and an empty one hash differently.
void addText(crypto_generichash_state &st, const QString &text)
{
    const unsigned char tag = text.isNull() ? 0 : 1;
    crypto_generichash_update(&st, &tag, 1);
    addBytes(st, text.toUtf8());
}

} // namespace

QByteArray Operation::chainStart()
{
    return {HashBytes, '\0'};
}

QByteArray Operation::chainHash() const
{
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, HashBytes);
    static const QByteArray Domain("casebook-op/1");
    addBytes(st, Domain);
    addBytes(st, opId.toUtf8());
    addBytes(st, deviceId.toUtf8());
    addInt(st, incarnation);
    addInt(st, seq);
    addInt(st, hlc);
    addBytes(st, actor.toUtf8());
    addBytes(st, entity.toUtf8());
    addBytes(st, rowId.toUtf8());
    addBytes(st, field.toUtf8());
    addText(st, value);
    addInt(st, baseHlc);
    // Optional form references are stored as NULL when empty: hash them as empty either way.
    addBytes(st, formId.toUtf8());
    addBytes(st, formVersion.toUtf8());
    addBytes(st, prevHash);
    QByteArray out(HashBytes, Qt::Uninitialized);
    crypto_generichash_final(&st, reinterpret_cast<unsigned char *>(out.data()), HashBytes);
    return out;
}

} // namespace Casebook::Core
