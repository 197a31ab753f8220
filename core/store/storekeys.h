// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/cryptvfs.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <optional>

namespace Casebook::Core {

class DeviceKeys;

// One wrapping of the store key: for a user (with a key derived from their password), for an
// account whose key envelope reached the store (sealed to the envelope's X25519 key, whose secret
// half the password unwraps), or for the bureau's recovery (sealed to the enroller's X25519 key).
struct KeySlot
{
    QString kind; // "user", "account" or "recovery"
    QString name; // the sign-in name, or the recovering device's id
    QByteArray salt {};
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray nonce {};
    QByteArray wrapped {};
    QString basis {};        // user, account: the password hash the slot was made for (its digest)
    QByteArray publicKey {}; // account: the envelope's X25519 public key
    QByteArray secret {};    // account: the envelope's secret key, wrapped under the password
};

// An account's key envelope, made where the administrator sets the password and kept with the
// account (it travels): an X25519 key pair whose secret half is wrapped under Argon2id (MODERATE)
// of the password, with the account's name and the password hash's digest as associated data.
// A store that holds its key seals it to the public half (a slot of kind "account").
struct KeyEnvelope
{
    QString basis;
    QByteArray salt;
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray publicKey;
    QByteArray nonce;
    QByteArray secret;

    QString toText() const;
    static std::optional<KeyEnvelope> fromText(const QString &text);
};

// The key slots in an encrypted store's header (CryptVfs): the random 256-bit store key wrapped
// once per user account (XChaCha20-Poly1305 under Argon2id of the password at MODERATE limits, the
// name as associated data) and once to the bureau's recovery key, so a forgotten password is
// recovered by the bureau rather than lost with the data. A password change re-wraps the same key;
// nothing else of the store changes.
class StoreKeys
{
    Q_DECLARE_TR_FUNCTIONS(StoreKeys)

public:
    explicit StoreKeys(QString path) : m_path(std::move(path)) { }

    Result<QList<KeySlot>> slots() const;
    bool hasUser(const QString &name) const;
    // The store key, unwrapped with the user's password; a wrong password or an unknown name gets
    // the same answer.
    Result<std::shared_ptr<SecretKey>> unlock(
        const QString &name, const QByteArray &password) const;
    // Adds (or replaces) the user's slot.
    // basis: the digest of the account's password hash the password matches (basisOf).
    VoidResult setUser(const SecretKey &key, const QString &name, const QByteArray &password,
        const QString &basis = {});
    // The same for several accounts that share a password (the demo store's), with one Argon2id.
    VoidResult setUsers(const SecretKey &key, const QStringList &names, const QByteArray &password,
        const QString &basis = {});
    VoidResult removeUser(const QString &name);
    // The recovery slot for the device with this X25519 public key (the enroller).
    VoidResult setRecovery(
        const SecretKey &key, const QString &deviceId, const QByteArray &boxPublicKey);
    // The store key, opened with the recovering device's keys.
    Result<std::shared_ptr<SecretKey>> recover(const DeviceKeys &keys) const;
    // The digest that names a password hash (crypto_pwhash_str) in slots and envelopes.
    static QString basisOf(const QString &passwordHash);
    // A new account key envelope for the password whose hash is passwordHash.
    static Result<KeyEnvelope> makeEnvelope(
        const QString &name, const QByteArray &password, const QString &passwordHash);
    // Adds (or replaces) the account's slot: the store key sealed to the envelope's public key.
    VoidResult setAccount(const SecretKey &key, const QString &name, const KeyEnvelope &envelope);
    // A note shown before sign-in (the demo store's accounts and password); never secret.
    QString note() const;
    VoidResult setNote(const QString &note);

private:
    VoidResult write(const QList<KeySlot> &slots, const std::optional<QString> &note = {});
    QString m_path;
};

} // namespace Casebook::Core
