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

} // namespace

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
            b64(o.value(QStringLiteral("key")).toString())};
    }
    return out;
}

bool StoreKeys::hasUser(const QString &name) const
{
    for (const KeySlot &s : slots().value_or(QList<KeySlot>())) {
        if (s.kind == QLatin1String("user") && s.name == name)
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
    for (const KeySlot &s : *all) {
        if (s.kind != QLatin1String("user") || s.name != name.trimmed())
            continue;
        auto kek = derive(password, s);
        if (!kek || s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            || s.wrapped.size() != SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES)
            return tl::unexpected(refused);
        auto key = std::make_shared<SecretKey>();
        const QByteArray ad = associated(s.name);
        unsigned long long length = 0;
        if (!key->isValid()
            || crypto_aead_xchacha20poly1305_ietf_decrypt(key->data(), &length, nullptr,
                   reinterpret_cast<const unsigned char *>(s.wrapped.constData()),
                   static_cast<unsigned long long>(s.wrapped.size()),
                   reinterpret_cast<const unsigned char *>(ad.constData()),
                   static_cast<unsigned long long>(ad.size()),
                   reinterpret_cast<const unsigned char *>(s.nonce.constData()), kek->data())
                != 0
            || length != SecretKey::Size)
            return tl::unexpected(refused);
        return key;
    }
    // The same work for an unknown name, so that the time does not tell which names exist.
    KeySlot dummy {QStringLiteral("user"), {}, QByteArray(crypto_pwhash_SALTBYTES, '\0'),
        crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE, {}, {}};
    derive(password, dummy);
    return tl::unexpected(refused);
}

VoidResult StoreKeys::setUser(const SecretKey &key, const QString &name, const QByteArray &password)
{
    return setUsers(key, {name}, password);
}

VoidResult StoreKeys::setUsers(
    const SecretKey &key, const QStringList &names, const QByteArray &password)
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
        slot.nonce = QByteArray(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, '\0');
        randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));
        slot.wrapped.resize(SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES);
        const QByteArray ad = associated(slot.name);
        crypto_aead_xchacha20poly1305_ietf_encrypt(
            reinterpret_cast<unsigned char *>(slot.wrapped.data()), nullptr, key.data(),
            SecretKey::Size, reinterpret_cast<const unsigned char *>(ad.constData()),
            static_cast<unsigned long long>(ad.size()), nullptr,
            reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data());
        all->removeIf([&](const KeySlot &s) { return s.kind == slot.kind && s.name == slot.name; });
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
        [&](const KeySlot &s) { return s.kind == QLatin1String("user") && s.name == name; });
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
        if (s.kind == QLatin1String("user")) {
            o.insert(QStringLiteral("salt"), text64(s.salt));
            o.insert(QStringLiteral("ops"), static_cast<double>(s.ops));
            o.insert(QStringLiteral("mem"), static_cast<double>(s.mem));
            o.insert(QStringLiteral("nonce"), text64(s.nonce));
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
