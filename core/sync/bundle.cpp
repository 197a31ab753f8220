// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/bundle.h"

#include "core/store/uuid.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <sodium.h>

#include <limits>
#include <optional>

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

quint32 readLe32(QByteArrayView b, qsizetype at)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(static_cast<unsigned char>(b.at(at + i))) << (8 * i);
    return v;
}

// Reads what QDataStream (version Qt_6_4, big-endian) wrote, from the bytes where they lie: a
// bundle's operations are tens of thousands of strings, and QDataStream reads each through a
// QBuffer. Any read past the end, or a string of an odd number of bytes, makes it fail (ok()),
// as QDataStream's status would; a null string or array reads as null, an empty one as empty.
class StreamReader
{
public:
    explicit StreamReader(QByteArrayView data) : m_data(data) { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_data.size(); }
    quint32 u32()
    {
        if (!need(4))
            return 0;
        const auto v = qFromBigEndian<quint32>(m_data.data() + m_at);
        m_at += 4;
        return v;
    }
    qint64 i64()
    {
        if (!need(8))
            return 0;
        const auto v = qFromBigEndian<qint64>(m_data.data() + m_at);
        m_at += 8;
        return v;
    }
    QString string()
    {
        const quint32 bytes = u32();
        if (!m_ok || bytes == 0xFFFFFFFF)
            return {};
        if (bytes == 0)
            return QLatin1String("");
        if (bytes % 2 != 0 || !need(bytes)) {
            m_ok = false;
            return {};
        }
        QString out(qsizetype(bytes / 2), Qt::Uninitialized);
        qFromBigEndian<char16_t>(m_data.data() + m_at, bytes / 2, out.data());
        m_at += bytes;
        return out;
    }
    QByteArray bytes()
    {
        const quint32 n = u32();
        if (!m_ok || n == 0xFFFFFFFF || n == 0)
            return {};
        if (!need(n))
            return {};
        QByteArray out(m_data.data() + m_at, qsizetype(n));
        m_at += n;
        return out;
    }

private:
    bool need(qsizetype n)
    {
        if (m_ok && n > m_data.size() - m_at)
            m_ok = false;
        return m_ok;
    }

    QByteArrayView m_data;
    qsizetype m_at = 0;
    bool m_ok = true;
};

QByteArray blake2b(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), 32,
        reinterpret_cast<const unsigned char *>(data.constData()),
        static_cast<unsigned long long>(data.size()), nullptr, 0);
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

// A whole number in [lo, hi], written as a JSON number or a decimal string; nothing else (no 2^40
// read as 0).
std::optional<qint64> strictInt(const QJsonValue &v, qint64 lo, qint64 hi)
{
    qint64 n = 0;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!(d >= static_cast<double>(lo) && d <= static_cast<double>(hi))
            || d != static_cast<double>(qint64(d)))
            return std::nullopt;
        n = static_cast<qint64>(d);
    } else if (v.isString()) {
        bool ok = false;
        const QString text = v.toString();
        n = text.toLongLong(&ok);
        if (!ok || text != QString::number(n))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (n < lo || n > hi)
        return std::nullopt;
    return n;
}

// What ties the encrypted payload to the one sender and bundle id of its header: the additional
// data of every chunk. Another store that re-signs the header as its own cannot make the chunks
// open.
QByteArray binding(const QString &bundleId, const PublicIdentity &from)
{
    const QByteArray bound = QByteArrayLiteral("casebook-bind/2|") + bundleId.toUtf8() + '|'
        + from.deviceId.toUtf8() + '|' + from.signKey;
    return blake2b(bound);
}

} // namespace

QByteArray SignedHead::message() const
{
    return QByteArrayLiteral("casebook-head/1|") + deviceId.toUtf8() + '|'
        + QByteArray::number(incarnation) + '|' + QByteArray::number(seq) + '|' + hash.toHex();
}

QJsonObject SignedHead::toJson() const
{
    return {{QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("incarnation"), QString::number(incarnation)},
        {QStringLiteral("seq"), QString::number(seq)}, {QStringLiteral("hash"), b64(hash)},
        {QStringLiteral("signature"), b64(signature)}};
}

Result<SignedHead> SignedHead::fromJson(const QJsonObject &o)
{
    SignedHead h;
    h.deviceId = o.value(QStringLiteral("deviceId")).toString();
    const auto incarnation
        = strictInt(o.value(QStringLiteral("incarnation")), 1, std::numeric_limits<qint32>::max());
    const auto seq
        = strictInt(o.value(QStringLiteral("seq")), 1, std::numeric_limits<qint64>::max());
    h.hash = unb64(o.value(QStringLiteral("hash")));
    h.signature = unb64(o.value(QStringLiteral("signature")));
    if (h.deviceId.isEmpty() || !incarnation || !seq || h.hash.size() != Operation::HashBytes
        || h.signature.size() != crypto_sign_BYTES)
        return fail(Error::Kind::Invalid, Bundle::tr("The bundle is cut short or damaged."));
    h.incarnation = *incarnation;
    h.seq = *seq;
    return h;
}

QByteArray Certificate::message() const
{
    QJsonObject o = device.toJson();
    o.insert(QStringLiteral("scopeUnit"), scopeUnit);
    if (!scopeCoach.isEmpty())
        o.insert(QStringLiteral("scopeCoach"), scopeCoach);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject Certificate::toJson() const
{
    return {{QStringLiteral("device"), device.toJson()}, {QStringLiteral("scopeUnit"), scopeUnit},
        {QStringLiteral("scopeCoach"), scopeCoach}, {QStringLiteral("enroller"), enrollerId},
        {QStringLiteral("signature"), b64(signature)}};
}

Result<Certificate> Certificate::fromJson(const QJsonObject &o)
{
    auto device = PublicIdentity::fromJson(o.value(QStringLiteral("device")).toObject());
    if (!device)
        return tl::unexpected(device.error());
    Certificate c;
    c.device = *device;
    c.scopeUnit = o.value(QStringLiteral("scopeUnit")).toString();
    c.scopeCoach = o.value(QStringLiteral("scopeCoach")).toString();
    c.enrollerId = o.value(QStringLiteral("enroller")).toString();
    c.signature = unb64(o.value(QStringLiteral("signature")));
    if (c.signature.size() != crypto_sign_BYTES || c.enrollerId.isEmpty())
        return fail(Error::Kind::Invalid, Bundle::tr("The bundle is cut short or damaged."));
    return c;
}

Result<QByteArray> Bundle::readCapped(const QString &path, qint64 cap)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(Error::Kind::Io, tr("Cannot read %1.").arg(path));
    if (!info.isFile()) {
        return fail(Error::Kind::Invalid,
            tr("%1 is not a regular file (a device, a pipe or a folder).").arg(path));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::Kind::Io, tr("Cannot read %1.").arg(path));
    QByteArray data;
    constexpr qint64 Step = 1 << 20;
    while (true) {
        const qint64 want = std::min<qint64>(Step, cap + 1 - data.size());
        if (want <= 0)
            break;
        const QByteArray part = f.read(want);
        if (part.isEmpty())
            break;
        data += part;
    }
    if (data.size() > cap) {
        return fail(Error::Kind::Invalid,
            tr("The file is larger than a bundle may be (%1 MB).").arg(cap >> 20));
    }
    return data;
}

QJsonObject PublicIdentity::toJson() const
{
    return {{QStringLiteral("format"), QStringLiteral("casebook-identity/1")},
        {QStringLiteral("deviceId"), deviceId}, {QStringLiteral("name"), name},
        {QStringLiteral("role"), role}, {QStringLiteral("signPublicKey"), b64(signKey)},
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
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("casebook-identity/1")
        || id.deviceId.isEmpty() || id.signKey.size() != crypto_sign_PUBLICKEYBYTES
        || id.boxKey.size() != crypto_box_PUBLICKEYBYTES) {
        return fail(Error::Kind::Invalid,
            Bundle::tr("This is not the public identity of a Casebook store."));
    }
    return id;
}

QByteArray Bundle::operationsToBinary(const QList<Operation> &operations)
{
    QByteArray out;
    QDataStream ds(&out, QIODevice::WriteOnly);
    ds.setVersion(QDataStream::Qt_6_4);
    ds << quint32(0x43424F32) << qint64(operations.size()); // "CBO2"
    for (const Operation &op : operations) {
        ds << op.opId << op.deviceId << qint64(op.incarnation) << qint64(op.seq) << qint64(op.hlc)
           << op.actor << op.entity << op.rowId << op.field << op.value << qint64(op.baseHlc)
           << op.formId << op.formVersion << op.prevHash;
    }
    return out;
}

Result<QList<Operation>> Bundle::operationsFromBinary(const QByteArray &data)
{
    StreamReader in(data);
    const quint32 magic = in.u32();
    const qint64 count = in.i64();
    // Each operation takes at least 14 fields of 4 or 8 bytes.
    if (!in.ok() || magic != 0x43424F32 || count < 0 || count > data.size() / 40 + 1)
        return fail(Error::Kind::Invalid, tr("The bundle's operations cannot be read."));
    if (count > MaxOperations) {
        return fail(Error::Kind::Invalid,
            tr("The bundle holds %1 operations; at most %2 are taken in one bundle.")
                .arg(count)
                .arg(MaxOperations));
    }
    QList<Operation> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        Operation op;
        op.opId = in.string();
        op.deviceId = in.string();
        op.incarnation = in.i64();
        op.seq = in.i64();
        op.hlc = in.i64();
        op.actor = in.string();
        op.entity = in.string();
        op.rowId = in.string();
        op.field = in.string();
        op.value = in.string();
        op.baseHlc = in.i64();
        op.formId = in.string();
        op.formVersion = in.string();
        op.prevHash = in.bytes();
        if (!in.ok() || op.opId.isEmpty() || op.deviceId.isEmpty() || op.seq < 1
            || op.incarnation < 1 || op.entity.isEmpty() || op.rowId.isEmpty() || op.field.isEmpty()
            || op.prevHash.size() != Operation::HashBytes || op.hlc < 0 || op.baseHlc < 0)
            return fail(Error::Kind::Invalid, tr("The bundle holds a malformed operation."));
        if (op.value.size() * 2 > MaxValueBytes) {
            return fail(Error::Kind::Invalid,
                tr("Operation %1 of device %2 carries a value of more than 1 MiB (%3.%4); it is "
                   "not taken.")
                    .arg(op.seq)
                    .arg(op.deviceId, op.entity, op.field));
        }
        op.hash = op.chainHash();
        out << op;
    }
    if (!in.atEnd())
        return fail(Error::Kind::Invalid, tr("The bundle's operations cannot be read."));
    return out;
}

Result<QByteArray> Bundle::write(const DeviceKeys &sender, const PublicIdentity &from, int schema,
    const QList<PublicIdentity> &recipients, const QList<Operation> &operations,
    const QDateTime &now, const BundleExtras &extras)
{
    qint64 first = 0;
    qint64 last = 0;
    for (const Operation &op : operations) {
        first = first == 0 ? op.hlc : std::min(first, op.hlc);
        last = std::max(last, op.hlc);
    }
    auto day = [](qint64 hlc) {
        return hlc == 0 ? QDate() : QDateTime::fromMSecsSinceEpoch(hlc >> 16, Qt::UTC).date();
    };
    return writeRaw(sender, from, schema, recipients, operationsToBinary(operations),
        static_cast<int>(operations.size()), std::make_pair(day(first), day(last)), now, extras);
}

Result<QByteArray> Bundle::writeRaw(const DeviceKeys &sender, const PublicIdentity &from,
    int schema, const QList<PublicIdentity> &recipients, const QByteArray &plain, int count,
    std::pair<QDate, QDate> period, const QDateTime &now, const BundleExtras &extras)
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
        sealed.append(QJsonObject {
            {QStringLiteral("deviceId"), r.deviceId}, {QStringLiteral("sealedKey"), b64(*s)}});
    }
    const QString bundleId = newUuid();
    const QByteArray ad = binding(bundleId, from);
    // The payload, encrypted chunk by chunk; the last chunk carries the FINAL tag.
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray payload(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state,
        reinterpret_cast<unsigned char *>(payload.data()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    qsizetype at = 0;
    do {
        const qsizetype n = std::min(ChunkSize, plain.size() - at);
        const bool last = at + n >= plain.size();
        QByteArray chunk(n + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state,
            reinterpret_cast<unsigned char *>(chunk.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData() + at),
            static_cast<unsigned long long>(n),
            reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        payload += le32(static_cast<quint32>(written));
        payload += chunk.left(static_cast<qsizetype>(written));
        at += n;
    } while (at < plain.size());

    QJsonObject have;
    for (auto it = extras.have.cbegin(); it != extras.have.cend(); ++it)
        have.insert(it.key(), QString::number(it.value()));
    QJsonArray heads;
    for (const SignedHead &h : extras.heads)
        heads.append(h.toJson());
    QJsonArray certificates;
    for (const Certificate &c : extras.certificates)
        certificates.append(c.toJson());
    const QJsonObject header {{QStringLiteral("format"), QStringLiteral("casebook-bundle/2")},
        {QStringLiteral("bundleId"), bundleId}, {QStringLiteral("kind"), extras.kind},
        {QStringLiteral("heads"), heads}, {QStringLiteral("certificates"), certificates},
        {QStringLiteral("schema"), schema}, {QStringLiteral("from"), from.toJson()},
        {QStringLiteral("createdAt"), now.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("recipients"), sealed}, {QStringLiteral("operations"), count},
        {QStringLiteral("payloadBytes"), static_cast<qint64>(payload.size())},
        {QStringLiteral("payloadHash"), b64(blake2b(payload))}, {QStringLiteral("have"), have},
        {QStringLiteral("revoked"), QJsonArray::fromStringList(extras.revoked)},
        {QStringLiteral("answers"), extras.answers},
        {QStringLiteral("period"),
            QJsonArray::fromStringList(
                {period.first.toString(Qt::ISODate), period.second.toString(Qt::ISODate)})}};
    const QByteArray headerJson = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray signedPart = QByteArray(Magic, MagicSize) + char(FormatVersion)
        + le32(static_cast<quint32>(headerJson.size())) + headerJson;
    return signedPart + sender.sign(signedPart) + payload;
}

Result<BundleHeader> Bundle::verify(const QByteArray &bundle)
{
    if (!DeviceKeys::initialise())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    if (bundle.size() > MaxBytes) {
        return fail(Error::Kind::Invalid,
            tr("The file is larger than a bundle may be (%1 MB).").arg(MaxBytes >> 20));
    }
    if (bundle.size() < MagicSize + 5 || !bundle.startsWith(QByteArray(Magic, MagicSize)))
        return fail(Error::Kind::Invalid, tr("The file is not a Casebook bundle."));
    if (static_cast<unsigned char>(bundle.at(MagicSize)) < FormatVersion) {
        return fail(Error::Kind::Invalid,
            tr("The bundle was written by an older version of Casebook (format %1), which did not "
               "sign who wrote "
               "each operation. Update Casebook where it was written and export it again.")
                .arg(static_cast<unsigned char>(bundle.at(MagicSize))));
    }
    if (static_cast<unsigned char>(bundle.at(MagicSize)) != FormatVersion) {
        return fail(Error::Kind::StoreNewer,
            tr("The bundle was written by another version of Casebook (format %1).")
                .arg(static_cast<unsigned char>(bundle.at(MagicSize))));
    }
    const qsizetype headerSize = readLe32(bundle, MagicSize + 1);
    const qsizetype headerAt = MagicSize + 5;
    if (headerSize <= 0 || headerSize > MaxHeader
        || headerAt + headerSize + SignatureSize > bundle.size())
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    const QByteArray signedPart = bundle.left(headerAt + headerSize);
    const QByteArray signature = bundle.mid(headerAt + headerSize, SignatureSize);
    QJsonParseError e;
    const QJsonObject h = QJsonDocument::fromJson(bundle.mid(headerAt, headerSize), &e).object();
    if (e.error != QJsonParseError::NoError
        || h.value(QStringLiteral("format")).toString() != "casebook-bundle/2")
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    BundleHeader header;
    auto from = PublicIdentity::fromJson(h.value(QStringLiteral("from")).toObject());
    if (!from)
        return fail(Error::Kind::Invalid, tr("The bundle does not name its sender."));
    header.from = *from;
    if (!DeviceKeys::verify(header.from.signKey, signedPart, signature)) {
        return fail(Error::Kind::NotAllowed,
            tr("The bundle's signature does not match: it was altered or forged."));
    }
    header.bundleId = h.value(QStringLiteral("bundleId")).toString();
    header.kind = h.value(QStringLiteral("kind")).toString();
    // Numbers are read strictly: a schema of 2^40 or -1 is not a schema.
    const auto schema = strictInt(h.value(QStringLiteral("schema")), 1, MaxSchema);
    if (!schema) {
        return fail(
            Error::Kind::Invalid, tr("The bundle names no valid schema version; it is not taken."));
    }
    header.schema = static_cast<int>(*schema);
    header.createdAt
        = QDateTime::fromString(h.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    const auto count
        = strictInt(h.value(QStringLiteral("operations")), 0, std::numeric_limits<qint64>::max());
    if (!count)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    if (*count > MaxOperations) {
        return fail(Error::Kind::Invalid,
            tr("The bundle holds %1 operations; at most %2 are taken in one bundle.")
                .arg(*count)
                .arg(MaxOperations));
    }
    header.operations = static_cast<int>(*count);
    const auto payloadBytes = strictInt(h.value(QStringLiteral("payloadBytes")), 0, MaxBytes);
    if (!payloadBytes)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    header.payloadBytes = *payloadBytes;
    header.payloadHash = unb64(h.value(QStringLiteral("payloadHash")));
    const QJsonObject have = h.value(QStringLiteral("have")).toObject();
    for (auto it = have.constBegin(); it != have.constEnd(); ++it) {
        const auto n = strictInt(it.value(), 0, std::numeric_limits<qint64>::max());
        if (!n)
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        header.have.insert(it.key(), *n);
    }
    for (const auto &v : h.value(QStringLiteral("heads")).toArray()) {
        auto head = SignedHead::fromJson(v.toObject());
        if (!head)
            return tl::unexpected(head.error());
        header.heads << *head;
    }
    for (const auto &v : h.value(QStringLiteral("certificates")).toArray()) {
        auto c = Certificate::fromJson(v.toObject());
        if (!c)
            return tl::unexpected(c.error());
        header.certificates << *c;
    }
    for (const auto &r : h.value(QStringLiteral("revoked")).toArray())
        header.revoked << r.toString();
    header.answers = h.value(QStringLiteral("answers")).toString();
    const QJsonArray period = h.value(QStringLiteral("period")).toArray();
    header.periodFrom = QDate::fromString(period.at(0).toString(), Qt::ISODate);
    header.periodTo = QDate::fromString(period.at(1).toString(), Qt::ISODate);
    if (header.kind != QLatin1String("data") && header.kind != QLatin1String("receipt")
        && header.kind != QLatin1String("definitions"))
        return fail(Error::Kind::Invalid, tr("The file is not a Casebook bundle."));
    for (const auto &r : h.value(QStringLiteral("recipients")).toArray()) {
        header.sealedKeys.insert(r.toObject().value(QStringLiteral("deviceId")).toString(),
            unb64(r.toObject().value(QStringLiteral("sealedKey"))));
    }
    // The payload read where it is (a bundle is up to tens of MB: no copy).
    const QByteArrayView payload
        = QByteArrayView(bundle).sliced(headerAt + headerSize + SignatureSize);
    if (payload.size() != header.payloadBytes || blake2b(payload) != header.payloadHash)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    return header;
}

Result<QList<Operation>> Bundle::open(const QByteArray &bundle, const BundleHeader &header,
    const DeviceKeys &recipient, const QString &deviceId)
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

Result<QByteArray> Bundle::openRaw(const QByteArray &bundle, const BundleHeader &header,
    const DeviceKeys &recipient, const QString &deviceId)
{
    if (!header.sealedKeys.contains(deviceId))
        return fail(Error::Kind::NotAllowed, tr("The bundle is addressed to another store."));
    auto key = recipient.openSealed(header.sealedKeys.value(deviceId));
    if (!key || key->size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return fail(Error::Kind::NotAllowed, tr("The bundle is addressed to another store."));
    if (header.payloadBytes > bundle.size())
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    const QByteArrayView payload = QByteArrayView(bundle).last(header.payloadBytes);
    if (payload.size() < crypto_secretstream_xchacha20poly1305_HEADERBYTES)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    crypto_secretstream_xchacha20poly1305_state state;
    const int init = crypto_secretstream_xchacha20poly1305_init_pull(&state,
        reinterpret_cast<const unsigned char *>(payload.constData()),
        reinterpret_cast<const unsigned char *>(key->constData()));
    sodium_memzero(key->data(), static_cast<size_t>(key->size()));
    if (init != 0)
        return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
    const QByteArray ad = binding(header.bundleId, header.from);
    QByteArray plain;
    plain.reserve(payload.size()); // each chunk opened in place: no copy, no growing
    qsizetype at = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    bool final = false;
    while (!final) {
        if (at + 4 > payload.size())
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        const qsizetype n = readLe32(payload, at);
        at += 4;
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES || n > ChunkSize + 64
            || at + n > payload.size())
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        const qsizetype from = plain.size();
        plain.resize(from + n);
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state,
                reinterpret_cast<unsigned char *>(plain.data() + from), &got, &tag,
                reinterpret_cast<const unsigned char *>(payload.constData() + at),
                static_cast<unsigned long long>(n),
                reinterpret_cast<const unsigned char *>(ad.constData()),
                static_cast<unsigned long long>(ad.size()))
            != 0) {
            return fail(Error::Kind::NotAllowed,
                tr("The bundle's content does not open under its header: it was damaged, or "
                   "re-signed by another "
                   "store than the one that sealed it."));
        }
        plain.resize(from + static_cast<qsizetype>(got));
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
