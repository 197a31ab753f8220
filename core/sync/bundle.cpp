// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/bundle.h"

#include "core/store/uuid.h"

#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace Casebook::Core {

namespace {

constexpr char Magic[] = "CASEBNDL";
constexpr qsizetype MagicSize = 8;
constexpr qsizetype SignatureSize = crypto_sign_BYTES;
constexpr qsizetype ChunkSize = 64 * 1024;
constexpr qsizetype MaxHeader = 1024 * 1024;

QByteArray le32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (8 * i)) & 0xff);
    return b;
}

quint32 readLe32(const QByteArray &b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(static_cast<unsigned char>(b.at(at + i))) << (8 * i);
    return v;
}

QByteArray blake2b(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
        reinterpret_cast<const unsigned char *>(data.constData()), static_cast<unsigned long long>(data.size()),
        nullptr, 0);
    return out;
}

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

} // namespace

QJsonObject PublicIdentity::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("casebook-identity/1")}, {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("name"), name}, {QStringLiteral("role"), role}, {QStringLiteral("signPublicKey"), b64(signKey)},
        {QStringLiteral("boxPublicKey"), b64(boxKey)}};
}

Result<PublicIdentity> PublicIdentity::fromJson(const QJsonObject &o)
{
    PublicIdentity id;
    id.deviceId = o.value(QStringLiteral("deviceId")).toString();
    id.name = o.value(QStringLiteral("name")).toString();
    id.role = o.value(QStringLiteral("role")).toString();
    id.signKey = unb64(o.value(QStringLiteral("signPublicKey")));
    id.boxKey = unb64(o.value(QStringLiteral("boxPublicKey")));
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("casebook-identity/1") || id.deviceId.isEmpty()
        || id.signKey.size() != crypto_sign_PUBLICKEYBYTES || id.boxKey.size() != crypto_box_PUBLICKEYBYTES)
        return fail(Error::Kind::Invalid, Bundle::tr("This is not the public identity of a Casebook store."));
    return id;
}

QByteArray Bundle::operationsToBinary(const QList<Operation> &operations)
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_4);
    ds << quint32(0x43424F50) << qint64(operations.size()); // "CBOP"
    for (const Operation &op : operations)
        ds << op.opId << op.deviceId << qint64(op.incarnation) << qint64(op.seq) << qint64(op.hlc) << op.actor
           << op.entity << op.rowId << op.field << op.value << qint64(op.baseHlc) << op.formId << op.formVersion;
    return out;
}

Result<QList<Operation>> Bundle::operationsFromBinary(const QByteArray &data)
{
    QDataStream ds(data);
    ds.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint64 count = 0;
    ds >> magic >> count;
    // Each operation takes at least 13 fields of 4 or 8 bytes.
    if (ds.status() != QDataStream::Ok || magic != 0x43424F50 || count < 0 || count > data.size() / 40 + 1)
        return fail(Error::Kind::Invalid, tr("The bundle's operations cannot be read."));
    QList<Operation> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        Operation op;
        qint64 incarnation = 0;
        qint64 seq = 0;
        qint64 hlc = 0;
        qint64 base = 0;
        ds >> op.opId >> op.deviceId >> incarnation >> seq >> hlc >> op.actor >> op.entity >> op.rowId >> op.field
            >> op.value >> base >> op.formId >> op.formVersion;
        op.incarnation = incarnation;
        op.seq = seq;
        op.hlc = hlc;
        op.baseHlc = base;
        if (ds.status() != QDataStream::Ok || op.opId.isEmpty() || op.deviceId.isEmpty() || op.seq < 1
            || op.incarnation < 1 || op.entity.isEmpty() || op.rowId.isEmpty() || op.field.isEmpty())
            return fail(Error::Kind::Invalid, tr("The bundle holds a malformed operation."));
        out << op;
    }
    if (!ds.atEnd())
        return fail(Error::Kind::Invalid, tr("The bundle's operations cannot be read."));
    return out;
}

Result<QByteArray> Bundle::write(const DeviceKeys &sender, const PublicIdentity &from, int schema,
    const QList<PublicIdentity> &recipients, const QList<Operation> &operations, const QDateTime &now,
    const BundleExtras &extras)
{
    qint64 first = 0;
    qint64 last = 0;
    for (const Operation &op : operations) {
        first = first == 0 ? op.hlc : std::min(first, op.hlc);
        last = std::max(last, op.hlc);
    }
    auto day
        = [](qint64 hlc) { return hlc == 0 ? QDate() : QDateTime::fromMSecsSinceEpoch(hlc >> 16, Qt::UTC).date(); };
    return writeRaw(sender, from, schema, recipients, operationsToBinary(operations),
        static_cast<int>(operations.size()), std::make_pair(day(first), day(last)), now, extras);
}

Result<QByteArray> Bundle::writeRaw(const DeviceKeys &sender, const PublicIdentity &from, int schema,
    const QList<PublicIdentity> &recipients, const QByteArray &plain, int count, std::pair<QDate, QDate> period,
    const QDateTime &now, const BundleExtras &extras)
{
    if (!DeviceKeys::initialise())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    if (recipients.isEmpty())
        return fail(Error::Kind::Invalid, tr("A bundle needs at least one recipient."));
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(reinterpret_cast<unsigned char *>(key.data()));
    QJsonArray sealed;
    for (const PublicIdentity &r : recipients) {
        auto s = DeviceKeys::sealTo(r.boxKey, key);
        if (!s) {
            sodium_memzero(key.data(), static_cast<size_t>(key.size()));
            return tl::unexpected(s.error());
        }
        sealed.append(QJsonObject {{QStringLiteral("deviceId"), r.deviceId}, {QStringLiteral("sealedKey"), b64(*s)}});
    }
    // The payload, encrypted chunk by chunk; the last chunk carries the FINAL tag.
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray payload(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char *>(payload.data()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    qsizetype at = 0;
    do {
        const qsizetype n = std::min(ChunkSize, plain.size() - at);
        const bool last = at + n >= plain.size();
        QByteArray chunk(n + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(chunk.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData() + at), static_cast<unsigned long long>(n),
            nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        payload += le32(static_cast<quint32>(written));
        payload += chunk.left(static_cast<qsizetype>(written));
        at += n;
    } while (at < plain.size());

    QJsonObject have;
    for (auto it = extras.have.cbegin(); it != extras.have.cend(); ++it)
        have.insert(it.key(), QString::number(it.value()));
    const QJsonObject header {{QStringLiteral("format"), QStringLiteral("casebook-bundle/1")},
        {QStringLiteral("bundleId"), newUuid()}, {QStringLiteral("kind"), extras.kind},
        {QStringLiteral("schema"), schema}, {QStringLiteral("from"), from.toJson()},
        {QStringLiteral("createdAt"), now.toUTC().toString(Qt::ISODateWithMs)}, {QStringLiteral("recipients"), sealed},
        {QStringLiteral("operations"), count}, {QStringLiteral("payloadBytes"), static_cast<qint64>(payload.size())},
        {QStringLiteral("payloadHash"), b64(blake2b(payload))}, {QStringLiteral("have"), have},
        {QStringLiteral("revoked"), QJsonArray::fromStringList(extras.revoked)},
        {QStringLiteral("answers"), extras.answers},
        {QStringLiteral("period"),
            QJsonArray::fromStringList({period.first.toString(Qt::ISODate), period.second.toString(Qt::ISODate)})}};
    const QByteArray headerJson = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray signedPart = QByteArray(Magic, MagicSize) + char(FormatVersion)
        + le32(static_cast<quint32>(headerJson.size())) + headerJson;
    return signedPart + sender.sign(signedPart) + payload;
}

Result<BundleHeader> Bundle::verify(const QByteArray &bundle)
{
    if (!DeviceKeys::initialise())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    if (bundle.size() > MaxBytes)
        return fail(Error::Kind::Invalid, tr("The file is larger than a bundle may be (%1 MB).").arg(MaxBytes >> 20));
    if (bundle.size() < MagicSize + 5 || !bundle.startsWith(QByteArray(Magic, MagicSize)))
        return fail(Error::Kind::Invalid, tr("The file is not a Casebook bundle."));
    if (static_cast<unsigned char>(bundle.at(MagicSize)) != FormatVersion)
        return fail(Error::Kind::StoreNewer,
            tr("The bundle was written by another version of Casebook (format %1).")
                .arg(static_cast<unsigned char>(bundle.at(MagicSize))));
    const qsizetype headerSize = readLe32(bundle, MagicSize + 1);
    const qsizetype headerAt = MagicSize + 5;
    if (headerSize <= 0 || headerSize > MaxHeader || headerAt + headerSize + SignatureSize > bundle.size())
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    const QByteArray signedPart = bundle.left(headerAt + headerSize);
    const QByteArray signature = bundle.mid(headerAt + headerSize, SignatureSize);
    QJsonParseError e;
    const QJsonObject h = QJsonDocument::fromJson(bundle.mid(headerAt, headerSize), &e).object();
    if (e.error != QJsonParseError::NoError || h.value(QStringLiteral("format")).toString() != "casebook-bundle/1")
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    BundleHeader header;
    auto from = PublicIdentity::fromJson(h.value(QStringLiteral("from")).toObject());
    if (!from)
        return fail(Error::Kind::Invalid, tr("The bundle does not name its sender."));
    header.from = *from;
    if (!DeviceKeys::verify(header.from.signKey, signedPart, signature))
        return fail(Error::Kind::NotAllowed, tr("The bundle's signature does not match: it was altered or forged."));
    header.bundleId = h.value(QStringLiteral("bundleId")).toString();
    header.kind = h.value(QStringLiteral("kind")).toString();
    header.schema = h.value(QStringLiteral("schema")).toInt();
    header.createdAt = QDateTime::fromString(h.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    header.operations = h.value(QStringLiteral("operations")).toInt();
    header.payloadBytes = h.value(QStringLiteral("payloadBytes")).toInteger();
    header.payloadHash = unb64(h.value(QStringLiteral("payloadHash")));
    const QJsonObject have = h.value(QStringLiteral("have")).toObject();
    for (auto it = have.constBegin(); it != have.constEnd(); ++it)
        header.have.insert(it.key(), it.value().toString().toLongLong());
    for (const auto &r : h.value(QStringLiteral("revoked")).toArray())
        header.revoked << r.toString();
    header.answers = h.value(QStringLiteral("answers")).toString();
    const QJsonArray period = h.value(QStringLiteral("period")).toArray();
    header.periodFrom = QDate::fromString(period.at(0).toString(), Qt::ISODate);
    header.periodTo = QDate::fromString(period.at(1).toString(), Qt::ISODate);
    if (header.kind != QLatin1String("data") && header.kind != QLatin1String("receipt")
        && header.kind != QLatin1String("definitions"))
        return fail(Error::Kind::Invalid, tr("The file is not a Casebook bundle."));
    for (const auto &r : h.value(QStringLiteral("recipients")).toArray())
        header.sealedKeys.insert(r.toObject().value(QStringLiteral("deviceId")).toString(),
            unb64(r.toObject().value(QStringLiteral("sealedKey"))));
    const QByteArray payload = bundle.mid(headerAt + headerSize + SignatureSize);
    if (payload.size() != header.payloadBytes || blake2b(payload) != header.payloadHash)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    return header;
}

Result<QList<Operation>> Bundle::open(
    const QByteArray &bundle, const BundleHeader &header, const DeviceKeys &recipient, const QString &deviceId)
{
    auto plain = openRaw(bundle, header, recipient, deviceId);
    if (!plain)
        return tl::unexpected(plain.error());
    auto ops = operationsFromBinary(*plain);
    if (!ops)
        return ops;
    if (ops->size() != header.operations)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    return ops;
}

Result<QByteArray> Bundle::openRaw(
    const QByteArray &bundle, const BundleHeader &header, const DeviceKeys &recipient, const QString &deviceId)
{
    if (!header.sealedKeys.contains(deviceId))
        return fail(Error::Kind::NotAllowed, tr("The bundle is addressed to another store."));
    auto key = recipient.openSealed(header.sealedKeys.value(deviceId));
    if (!key || key->size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return fail(Error::Kind::NotAllowed, tr("The bundle is addressed to another store."));
    const QByteArray payload = bundle.right(header.payloadBytes);
    if (payload.size() < crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    crypto_secretstream_xchacha20poly1305_state state;
    const int init = crypto_secretstream_xchacha20poly1305_init_pull(&state,
        reinterpret_cast<const unsigned char *>(payload.constData()),
        reinterpret_cast<const unsigned char *>(key->constData()));
    sodium_memzero(key->data(), static_cast<size_t>(key->size()));
    if (init != 0)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    QByteArray plain;
    qsizetype at = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    bool final = false;
    while (!final) {
        if (at + 4 > payload.size())
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        const qsizetype n = readLe32(payload, at);
        at += 4;
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES || n > ChunkSize + 64 || at + n > payload.size())
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        QByteArray chunk(n, Qt::Uninitialized);
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(chunk.data()), &got,
                &tag, reinterpret_cast<const unsigned char *>(payload.constData() + at),
                static_cast<unsigned long long>(n), nullptr, 0)
            != 0)
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        plain += chunk.left(static_cast<qsizetype>(got));
        at += n;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    if (at != payload.size())
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    return plain;
}

QByteArray Bundle::filesToBinary(const QList<std::pair<QString, QByteArray>> &files)
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_4);
    ds << quint32(0x43424446) << qint64(files.size()); // "CBDF"
    for (const auto &[name, content] : files)
        ds << name << content;
    return out;
}

Result<QList<std::pair<QString, QByteArray>>> Bundle::filesFromBinary(const QByteArray &data)
{
    QDataStream ds(data);
    ds.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint64 count = 0;
    ds >> magic >> count;
    if (ds.status() != QDataStream::Ok || magic != 0x43424446 || count < 0 || count > 1000)
        return fail(Error::Kind::Invalid, tr("The bundle's files cannot be read."));
    QList<std::pair<QString, QByteArray>> out;
    for (qint64 i = 0; i < count; ++i) {
        QString name;
        QByteArray content;
        ds >> name >> content;
        if (ds.status() != QDataStream::Ok || name.isEmpty())
            return fail(Error::Kind::Invalid, tr("The bundle's files cannot be read."));
        out.append(std::make_pair(name, content));
    }
    if (!ds.atEnd())
        return fail(Error::Kind::Invalid, tr("The bundle's files cannot be read."));
    return out;
}

} // namespace Casebook::Core
