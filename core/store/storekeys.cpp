// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storekeys.h"

#include "core/crypto/devicekeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace Casebook::Core {

namespace {

QByteArray b64(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1());
}

QString text64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray associated(const QString &name)
{
    return QByteArrayLiteral("casebook-store-key:") + name.toUtf8();
}

// The key that wraps the store key for a password (Argon2id), in locked memory.
std::shared_ptr<SecretKey> derive(const QByteArray &password, const KeySlot &slot)
{
    auto kek = std::make_shared<SecretKey>();
    if (!kek->isValid() || slot.salt.size() != crypto_pwhash_SALTBYTES)
        return nullptr;
    if (crypto_pwhash(kek->data(), SecretKey::Size, password.constData(),
            static_cast<unsigned long long>(password.size()),
            reinterpret_cast<const unsigned char *>(slot.salt.constData()), slot.ops,
            static_cast<size_t>(slot.mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return nullptr;
    return kek;
}

QByteArray accountAssociated(const QString &name, const QString &basis)
{
    return QByteArrayLiteral("casebook-account-key:") + name.toUtf8() + '\n' + basis.toLatin1();
}

constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// Wraps 32 secret bytes under kek: the nonce and the ciphertext.
std::pair<QByteArray, QByteArray> wrap(
    const unsigned char *secret, const SecretKey &kek, const QByteArray &ad)
{
    QByteArray nonce(NonceBytes, '\0');
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray out(SecretKey::Size + TagBytes, '\0');
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data()),
        nullptr, secret, SecretKey::Size, reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data());
    return {nonce, out};
}

// The 32 secret bytes back, in locked memory; null when the key or the bytes are not right.
std::shared_ptr<SecretKey> unwrap(
    const QByteArray &nonce, const QByteArray &wrapped, const SecretKey &kek, const QByteArray &ad)
{
    if (nonce.size() != NonceBytes || wrapped.size() != SecretKey::Size + TagBytes)
        return nullptr;
    auto key = std::make_shared<SecretKey>();
    unsigned long long length = 0;
    if (!key->isValid()
        || crypto_aead_xchacha20poly1305_ietf_decrypt(key->data(), &length, nullptr,
               reinterpret_cast<const unsigned char *>(wrapped.constData()),
               static_cast<unsigned long long>(wrapped.size()),
               reinterpret_cast<const unsigned char *>(ad.constData()),
               static_cast<unsigned long long>(ad.size()),
               reinterpret_cast<const unsigned char *>(nonce.constData()), kek.data())
            != 0
        || length != SecretKey::Size)
        return nullptr;
    return key;
}

// The store key from an account slot: the password unwraps the envelope's secret key, which opens
// the sealed store key.
std::shared_ptr<SecretKey> openAccountSlot(const QByteArray &password, const KeySlot &s)
{
    auto kek = derive(password, s);
    if (!kek || s.publicKey.size() != crypto_box_PUBLICKEYBYTES
        || s.wrapped.size() != static_cast<int>(SecretKey::Size + crypto_box_SEALBYTES))
        return nullptr;
    auto secret = unwrap(s.nonce, s.secret, *kek, accountAssociated(s.name, s.basis));
    if (!secret)
        return nullptr;
    auto key = std::make_shared<SecretKey>();
    if (!key->isValid()
        || crypto_box_seal_open(key->data(),
               reinterpret_cast<const unsigned char *>(s.wrapped.constData()),
               static_cast<unsigned long long>(s.wrapped.size()),
               reinterpret_cast<const unsigned char *>(s.publicKey.constData()), secret->data())
            != 0)
        return nullptr;
    return key;
}

} // namespace

QString KeyEnvelope::toText() const
{
    return QString::fromLatin1(QJsonDocument(
        QJsonObject {{QStringLiteral("v"), 1}, {QStringLiteral("basis"), basis},
            {QStringLiteral("salt"), text64(salt)},
            {QStringLiteral("ops"), static_cast<double>(ops)},
            {QStringLiteral("mem"), static_cast<double>(mem)},
            {QStringLiteral("pk"), text64(publicKey)}, {QStringLiteral("nonce"), text64(nonce)},
            {QStringLiteral("sk"),
                text64(secret)}}).toJson(QJsonDocument::Compact));
}

std::optional<KeyEnvelope> KeyEnvelope::fromText(const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toLatin1()).object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    KeyEnvelope e {o.value(QStringLiteral("basis")).toString(),
        b64(o.value(QStringLiteral("salt")).toString()),
        static_cast<quint64>(o.value(QStringLiteral("ops")).toDouble()),
        static_cast<quint64>(o.value(QStringLiteral("mem")).toDouble()),
        b64(o.value(QStringLiteral("pk")).toString()),
        b64(o.value(QStringLiteral("nonce")).toString()),
        b64(o.value(QStringLiteral("sk")).toString())};
    // At least MODERATE limits: an envelope that asks for less is not used.
    if (e.basis.isEmpty() || e.salt.size() != crypto_pwhash_SALTBYTES
        || e.ops < crypto_pwhash_OPSLIMIT_MODERATE || e.mem < crypto_pwhash_MEMLIMIT_MODERATE
        || e.mem > crypto_pwhash_MEMLIMIT_SENSITIVE || e.ops > crypto_pwhash_OPSLIMIT_SENSITIVE
        || e.publicKey.size() != crypto_box_PUBLICKEYBYTES || e.nonce.size() != NonceBytes
        || e.secret.size() != SecretKey::Size + TagBytes)
        return std::nullopt;
    return e;
}

QString StoreKeys::basisOf(const QString &passwordHash)
{
    const QByteArray h = passwordHash.toLatin1();
    QByteArray digest(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()),
        static_cast<size_t>(digest.size()), reinterpret_cast<const unsigned char *>(h.constData()),
        static_cast<unsigned long long>(h.size()), nullptr, 0);
    return text64(digest);
}

Result<KeyEnvelope> StoreKeys::makeEnvelope(
    const QString &name, const QByteArray &password, const QString &passwordHash)
{
    if (sodium_init() < 0)
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    KeySlot base {QStringLiteral("account"), name.trimmed(),
        QByteArray(crypto_pwhash_SALTBYTES, '\0'), crypto_pwhash_OPSLIMIT_MODERATE,
        crypto_pwhash_MEMLIMIT_MODERATE, {}, {}};
    randombytes_buf(base.salt.data(), static_cast<size_t>(base.salt.size()));
    auto kek = derive(password, base);
    auto secret = std::make_shared<SecretKey>();
    if (!kek || !secret->isValid())
        return fail(Error::Kind::Io, tr("The password could not be turned into a key."));
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret->data());
    KeyEnvelope e {basisOf(passwordHash), base.salt, base.ops, base.mem, publicKey, {}, {}};
    std::tie(e.nonce, e.secret) = wrap(secret->data(), *kek, accountAssociated(base.name, e.basis));
    return e;
}

VoidResult StoreKeys::setAccount(
    const SecretKey &key, const QString &name, const KeyEnvelope &envelope)
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    QByteArray plain(reinterpret_cast<const char *>(key.data()), SecretKey::Size);
    auto sealed = DeviceKeys::sealTo(envelope.publicKey, plain);
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (!sealed)
        return tl::unexpected(sealed.error());
    const QString n = name.trimmed();
    all->removeIf(
        [&](const KeySlot &s) { return s.kind != QLatin1String("recovery") && s.name == n; });
    all->append(KeySlot {QStringLiteral("account"), n, envelope.salt, envelope.ops, envelope.mem,
        envelope.nonce, *sealed, envelope.basis, envelope.publicKey, envelope.secret});
    return write(*all);
}

Result<QList<KeySlot>> StoreKeys::slots() const
{
    if (!CryptVfs::isEncrypted(m_path))
        return fail(Error::Kind::NotFound, tr("The store %1 is not encrypted.").arg(m_path));
    const std::optional<QByteArray> raw = CryptVfs::readSlots(m_path);
    if (!raw)
        return fail(Error::Kind::Corrupt, tr("The key slots of %1 are damaged.").arg(m_path));
    QList<KeySlot> out;
    if (raw->isEmpty())
        return out;
    const QJsonDocument doc = QJsonDocument::fromJson(*raw);
    if (!doc.isObject())
        return fail(Error::Kind::Corrupt, tr("The key slots of %1 are damaged.").arg(m_path));
    for (const auto &v : doc.object().value(QStringLiteral("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        out << KeySlot {o.value(QStringLiteral("kind")).toString(),
            o.value(QStringLiteral("name")).toString(),
            b64(o.value(QStringLiteral("salt")).toString()),
            static_cast<quint64>(o.value(QStringLiteral("ops")).toDouble()),
            static_cast<quint64>(o.value(QStringLiteral("mem")).toDouble()),
            b64(o.value(QStringLiteral("nonce")).toString()),
            b64(o.value(QStringLiteral("key")).toString()),
            o.value(QStringLiteral("basis")).toString(),
            b64(o.value(QStringLiteral("pk")).toString()),
            b64(o.value(QStringLiteral("sk")).toString())};
    }
    return out;
}

bool StoreKeys::hasUser(const QString &name) const
{
    for (const KeySlot &s : slots().value_or(QList<KeySlot>())) {
        if (s.kind != QLatin1String("recovery") && s.name == name)
            return true;
    }
    return false;
}

Result<std::shared_ptr<SecretKey>> StoreKeys::unlock(
    const QString &name, const QByteArray &password) const
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    const Error refused {Error::Kind::NotAllowed, tr("The name or the password is not right.")};
    bool tried = false;
    for (const KeySlot &s : *all) {
        if (s.name != name.trimmed())
            continue;
        std::shared_ptr<SecretKey> key;
        if (s.kind == QLatin1String("user")) {
            tried = true;
            if (auto kek = derive(password, s))
                key = unwrap(s.nonce, s.wrapped, *kek, associated(s.name));
        } else if (s.kind == QLatin1String("account")) {
            tried = true;
            key = openAccountSlot(password, s);
        }
        if (key)
            return key;
    }
    if (tried)
        return tl::unexpected(refused);
    // The same work for an unknown name, so that the time does not tell which names exist.
    KeySlot dummy {QStringLiteral("user"), {}, QByteArray(crypto_pwhash_SALTBYTES, '\0'),
        crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, {}, {}};
    derive(password, dummy);
    return tl::unexpected(refused);
}

VoidResult StoreKeys::setUser(
    const SecretKey &key, const QString &name, const QByteArray &password, const QString &basis)
{
    return setUsers(key, {name}, password, basis);
}

VoidResult StoreKeys::setUsers(const SecretKey &key, const QStringList &names,
    const QByteArray &password, const QString &basis)
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    // One Argon2id for all of them: they share the password (the demo store's accounts).
    KeySlot base {QStringLiteral("user"), {}, QByteArray(crypto_pwhash_SALTBYTES, '\0'),
        crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, {}, {}};
    randombytes_buf(base.salt.data(), static_cast<size_t>(base.salt.size()));
    auto kek = derive(password, base);
    if (!kek)
        return fail(Error::Kind::Io, tr("The password could not be turned into a key."));
    for (const QString &name : names) {
        KeySlot slot = base;
        slot.name = name.trimmed();
        slot.basis = basis;
        std::tie(slot.nonce, slot.wrapped) = wrap(key.data(), *kek, associated(slot.name));
        // One slot per name: this one replaces an account slot the envelope made.
        all->removeIf([&](const KeySlot &s) {
            return s.kind != QLatin1String("recovery") && s.name == slot.name;
        });
        all->append(slot);
    }
    return write(*all);
}

VoidResult StoreKeys::removeUser(const QString &name)
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    all->removeIf(
        [&](const KeySlot &s) { return s.kind != QLatin1String("recovery") && s.name == name; });
    return write(*all);
}

VoidResult StoreKeys::setRecovery(
    const SecretKey &key, const QString &deviceId, const QByteArray &boxPublicKey)
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    QByteArray plain(reinterpret_cast<const char *>(key.data()), SecretKey::Size);
    auto sealed = DeviceKeys::sealTo(boxPublicKey, plain);
    sodium_memzero(plain.data(), static_cast<size_t>(plain.size()));
    if (!sealed)
        return tl::unexpected(sealed.error());
    all->removeIf([](const KeySlot &s) { return s.kind == QLatin1String("recovery"); });
    all->append(KeySlot {QStringLiteral("recovery"), deviceId, {}, 0, 0, {}, *sealed});
    return write(*all);
}

Result<std::shared_ptr<SecretKey>> StoreKeys::recover(const DeviceKeys &keys) const
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    for (const KeySlot &s : *all) {
        if (s.kind != QLatin1String("recovery"))
            continue;
        auto opened = keys.openSealed(s.wrapped);
        if (!opened || opened->size() != SecretKey::Size)
            continue;
        auto key
            = SecretKey::fromBytes(reinterpret_cast<const unsigned char *>(opened->constData()));
        sodium_memzero(opened->data(), static_cast<size_t>(opened->size()));
        if (key)
            return key;
    }
    return fail(Error::Kind::NotAllowed,
        tr("This store's recovery key is not this device's: only its enroller can recover it."));
}

QString StoreKeys::note() const
{
    return QJsonDocument::fromJson(CryptVfs::readSlots(m_path).value_or(QByteArray()))
        .object()
        .value(QStringLiteral("note"))
        .toString();
}

VoidResult StoreKeys::setNote(const QString &note)
{
    auto all = slots();
    if (!all)
        return tl::unexpected(all.error());
    return write(*all, note);
}

VoidResult StoreKeys::write(const QList<KeySlot> &slots, const std::optional<QString> &note)
{
    QJsonArray array;
    for (const KeySlot &s : slots) {
        QJsonObject o {{QStringLiteral("kind"), s.kind}, {QStringLiteral("name"), s.name},
            {QStringLiteral("key"), text64(s.wrapped)}};
        if (s.kind == QLatin1String("user") || s.kind == QLatin1String("account")) {
            o.insert(QStringLiteral("salt"), text64(s.salt));
            o.insert(QStringLiteral("ops"), static_cast<double>(s.ops));
            o.insert(QStringLiteral("mem"), static_cast<double>(s.mem));
            o.insert(QStringLiteral("nonce"), text64(s.nonce));
            if (!s.basis.isEmpty())
                o.insert(QStringLiteral("basis"), s.basis);
        }
        if (s.kind == QLatin1String("account")) {
            o.insert(QStringLiteral("pk"), text64(s.publicKey));
            o.insert(QStringLiteral("sk"), text64(s.secret));
        }
        array.append(o);
    }
    QJsonObject doc {{QStringLiteral("slots"), array}};
    const QString kept = note ? *note : this->note();
    if (!kept.isEmpty())
        doc.insert(QStringLiteral("note"), kept);
    const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    if (!CryptVfs::writeSlots(m_path, json))
        return fail(Error::Kind::Io, tr("The key slots of %1 could not be written.").arg(m_path));
    return {};
}

} // namespace Casebook::Core
