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

// One wrapping of the store key: for a user (with a key derived from their password) or for the
// bureau's recovery (sealed to the enroller's X25519 key).
struct KeySlot
{
    QString kind; // "user" or "recovery"
    QString name; // the sign-in name, or the recovering device's id
    QByteArray salt {};
    quint64 ops = 0;
    quint64 mem = 0;
    QByteArray nonce {};
    QByteArray wrapped {};
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
    VoidResult setUser(const SecretKey &key, const QString &name, const QByteArray &password);
    // The same for several accounts that share a password (the demo store's), with one Argon2id.
    VoidResult setUsers(const SecretKey &key, const QStringList &names, const QByteArray &password);
    VoidResult removeUser(const QString &name);
    // The recovery slot for the device with this X25519 public key (the enroller).
    VoidResult setRecovery(
        const SecretKey &key, const QString &deviceId, const QByteArray &boxPublicKey);
    // The store key, opened with the recovering device's keys.
    Result<std::shared_ptr<SecretKey>> recover(const DeviceKeys &keys) const;
    // A note shown before sign-in (the demo store's accounts and password); never secret.
    QString note() const;
    VoidResult setNote(const QString &note);

private:
    VoidResult write(const QList<KeySlot> &slots, const std::optional<QString> &note = {});
    QString m_path;
};

} // namespace Casebook::Core
