// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/devicekeys.h"

#include <sodium.h>

namespace Casebook::Core {

namespace {
constexpr char BlobVersion = 1;

// The cost byte of a blob: 0 interactive (stores made before), 1 minimum (tests), 2 moderate.
char costByte(DeviceKeys::Cost cost)
{
    switch (cost) {
    case DeviceKeys::Cost::Interactive:
        return 0;
    case DeviceKeys::Cost::Minimum:
        return 1;
    case DeviceKeys::Cost::Moderate:
        break;
    }
    return 2;
}

std::pair<unsigned long long, size_t> limits(DeviceKeys::Cost cost)
{
    switch (cost) {
    case DeviceKeys::Cost::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case DeviceKeys::Cost::Minimum:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case DeviceKeys::Cost::Moderate:
        break;
    }
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

bool DeviceKeys::initialise()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Result<DeviceKeys> DeviceKeys::generate()
{
    if (!initialise())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    DeviceKeys k;
    k.m_signPublic.resize(crypto_sign_PUBLICKEYBYTES);
    k.m_signSecret.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(bytes(k.m_signPublic), bytes(k.m_signSecret));
    k.m_boxPublic.resize(crypto_box_PUBLICKEYBYTES);
    k.m_boxSecret.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(bytes(k.m_boxPublic), bytes(k.m_boxSecret));
    k.lock();
    return k;
}

DeviceKeys::~DeviceKeys()
{
    wipe();
}

DeviceKeys::DeviceKeys(const DeviceKeys &other) = default;
DeviceKeys &DeviceKeys::operator=(const DeviceKeys &other)
{
    if (this != &other) {
        wipe();
        m_signPublic = other.m_signPublic;
        m_signSecret = other.m_signSecret;
        m_boxPublic = other.m_boxPublic;
        m_boxSecret = other.m_boxSecret;
    }
    return *this;
}
DeviceKeys::DeviceKeys(DeviceKeys &&other) noexcept = default;
DeviceKeys &DeviceKeys::operator=(DeviceKeys &&other) noexcept = default;

void DeviceKeys::lock()
{
    // Kept out of swap where the platform allows (mlock, VirtualLock on Windows); failing that they
    // are still wiped.
    for (QByteArray *secret : {&m_signSecret, &m_boxSecret}) {
        if (!secret->isEmpty())
            sodium_mlock(secret->data(), static_cast<size_t>(secret->size()));
    }
}

void DeviceKeys::wipe()
{
    // Secret key bytes are zeroed (and unlocked) before the memory is released.
    for (QByteArray *secret : {&m_signSecret, &m_boxSecret}) {
        if (secret->isDetached() && !secret->isEmpty())
            sodium_munlock(secret->data(), static_cast<size_t>(secret->size()));
    }
}

QByteArray DeviceKeys::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(sig), nullptr, bytes(message),
        static_cast<unsigned long long>(message.size()), bytes(m_signSecret));
    return sig;
}

bool DeviceKeys::verify(
    const QByteArray &signPublicKey, const QByteArray &message, const QByteArray &signature)
{
    if (!initialise() || signPublicKey.size() != crypto_sign_PUBLICKEYBYTES
        || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
               static_cast<unsigned long long>(message.size()), bytes(signPublicKey))
        == 0;
}

Result<QByteArray> DeviceKeys::sealTo(const QByteArray &boxPublicKey, const QByteArray &plaintext)
{
    if (!initialise())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    if (boxPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return fail(Error::Kind::Invalid, tr("That is not a recipient's public key."));
    QByteArray out(plaintext.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(bytes(out), bytes(plaintext), static_cast<unsigned long long>(plaintext.size()),
        bytes(boxPublicKey));
    return out;
}

Result<QByteArray> DeviceKeys::openSealed(const QByteArray &sealed) const
{
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return fail(Error::Kind::Invalid, tr("The sealed data is too short."));
    QByteArray out(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(bytes(out), bytes(sealed),
            static_cast<unsigned long long>(sealed.size()), bytes(m_boxPublic), bytes(m_boxSecret))
        != 0) {
        return fail(Error::Kind::Invalid,
            tr("The sealed data was not addressed to this device, or was altered."));
    }
    return out;
}

Result<QByteArray> DeviceKeys::encrypted(const QByteArray &passphrase, Cost cost) const
{
    if (passphrase.size() < MinimumPassphraseBytes)
        return fail(Error::Kind::Invalid, tr("A passphrase needs at least 8 characters."));
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    const auto [ops, mem] = limits(cost);
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()),
            passphrase.constData(), static_cast<unsigned long long>(passphrase.size()), bytes(salt),
            ops, mem, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(Error::Kind::Io, tr("Not enough memory to protect the keys."));
    QByteArray secrets = m_signSecret + m_boxSecret;
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), static_cast<size_t>(nonce.size()));
    QByteArray box(secrets.size() + static_cast<qsizetype>(crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(bytes(box), bytes(secrets),
        static_cast<unsigned long long>(secrets.size()), bytes(nonce), bytes(key));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    sodium_memzero(secrets.data(), static_cast<size_t>(secrets.size()));
    QByteArray blob;
    blob.append(BlobVersion);
    blob.append(costByte(cost));
    blob += salt + nonce + m_signPublic + m_boxPublic + box;
    return blob;
}

std::optional<DeviceKeys::Cost> DeviceKeys::costOf(const QByteArray &blob)
{
    if (blob.size() < 2)
        return std::nullopt;
    switch (blob.at(1)) {
    case 0:
        return Cost::Interactive;
    case 1:
        return Cost::Minimum;
    case 2:
        return Cost::Moderate;
    default:
        return std::nullopt;
    }
}

Result<std::pair<QByteArray, QByteArray>> DeviceKeys::publicKeys(const QByteArray &blob)
{
    const qsizetype at = 2 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES;
    if (blob.size() < at + crypto_sign_PUBLICKEYBYTES + crypto_box_PUBLICKEYBYTES
        || blob.at(0) != BlobVersion) {
        return fail(
            Error::Kind::Invalid, tr("The stored keys are damaged or from another version."));
    }
    return std::make_pair(blob.mid(at, crypto_sign_PUBLICKEYBYTES),
        blob.mid(at + crypto_sign_PUBLICKEYBYTES, crypto_box_PUBLICKEYBYTES));
}

Result<DeviceKeys> DeviceKeys::decrypt(const QByteArray &blob, const QByteArray &passphrase)
{
    if (!initialise())
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    const qsizetype secretSize = crypto_sign_SECRETKEYBYTES + crypto_box_SECRETKEYBYTES;
    const qsizetype expected = 2 + crypto_pwhash_SALTBYTES + crypto_secretbox_NONCEBYTES
        + crypto_sign_PUBLICKEYBYTES + crypto_box_PUBLICKEYBYTES + secretSize
        + crypto_secretbox_MACBYTES;
    if (blob.size() != expected || blob.at(0) != BlobVersion) {
        return fail(
            Error::Kind::Invalid, tr("The stored keys are damaged or from another version."));
    }
    const auto cost = costOf(blob);
    if (!cost) {
        return fail(
            Error::Kind::Invalid, tr("The stored keys are damaged or from another version."));
    }
    const auto [ops, mem] = limits(*cost);
    qsizetype at = 2;
    auto take = [&](qsizetype n) {
        QByteArray part = blob.mid(at, n);
        at += n;
        return part;
    };
    const QByteArray salt = take(crypto_pwhash_SALTBYTES);
    const QByteArray nonce = take(crypto_secretbox_NONCEBYTES);
    DeviceKeys k;
    k.m_signPublic = take(crypto_sign_PUBLICKEYBYTES);
    k.m_boxPublic = take(crypto_box_PUBLICKEYBYTES);
    const QByteArray box = take(secretSize + crypto_secretbox_MACBYTES);
    QByteArray key(crypto_secretbox_KEYBYTES, '\0');
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()),
            passphrase.constData(), static_cast<unsigned long long>(passphrase.size()), bytes(salt),
            ops, mem, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(Error::Kind::Io, tr("Not enough memory to unlock the keys."));
    QByteArray secrets(secretSize, '\0');
    const int rc = crypto_secretbox_open_easy(bytes(secrets), bytes(box),
        static_cast<unsigned long long>(box.size()), bytes(nonce), bytes(key));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    if (rc != 0)
        return fail(Error::Kind::NotAllowed, tr("The passphrase is wrong."));
    k.m_signSecret = secrets.left(crypto_sign_SECRETKEYBYTES);
    k.m_boxSecret = secrets.mid(crypto_sign_SECRETKEYBYTES);
    sodium_memzero(secrets.data(), static_cast<size_t>(secrets.size()));
    k.lock();
    // The public keys in the blob must belong to the secret keys.
    QByteArray derived(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_ed25519_sk_to_pk(bytes(derived), bytes(k.m_signSecret));
    if (derived != k.m_signPublic) {
        return fail(
            Error::Kind::Invalid, tr("The stored keys are damaged or from another version."));
    }
    return k;
}

} // namespace Casebook::Core
