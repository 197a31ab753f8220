// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace Casebook::Core {

// A device's key pairs: Ed25519 to sign what it exports, X25519 to receive file keys sealed to it
// (libsodium). The secret keys leave memory only encrypted with a key derived from a passphrase
// (Argon2id).
class DeviceKeys
{
    Q_DECLARE_TR_FUNCTIONS(DeviceKeys)

public:
    // Argon2id cost: Moderate for people (libsodium's MODERATE: 256 MiB, about a second to unlock);
    // Interactive is still read from stores made before; Minimum for tests.
    enum class Cost { Moderate, Interactive, Minimum };
    static constexpr int MinimumPassphraseBytes = 8; // a shorter passphrase is refused

    static Result<DeviceKeys> generate();
    ~DeviceKeys();
    DeviceKeys(const DeviceKeys &other);
    DeviceKeys &operator=(const DeviceKeys &other);
    DeviceKeys(DeviceKeys &&other) noexcept;
    DeviceKeys &operator=(DeviceKeys &&other) noexcept;

    const QByteArray &signPublicKey() const { return m_signPublic; }
    const QByteArray &boxPublicKey() const { return m_boxPublic; }

    QByteArray sign(const QByteArray &message) const;
    static bool verify(
        const QByteArray &signPublicKey, const QByteArray &message, const QByteArray &signature);
    // Anonymous sealed box to a recipient's X25519 public key.
    static Result<QByteArray> sealTo(const QByteArray &boxPublicKey, const QByteArray &plaintext);
    Result<QByteArray> openSealed(const QByteArray &sealed) const;

    // The secret keys encrypted under a passphrase: version | salt | nonce | secretbox.
    Result<QByteArray> encrypted(const QByteArray &passphrase, Cost cost = Cost::Moderate) const;
    // The cost a blob was made with.
    static std::optional<Cost> costOf(const QByteArray &blob);
    static Result<DeviceKeys> decrypt(const QByteArray &blob, const QByteArray &passphrase);
    // The public keys (signing, box) kept in clear in an encrypted blob: readable without the
    // passphrase.
    static Result<std::pair<QByteArray, QByteArray>> publicKeys(const QByteArray &blob);

    static bool initialise();

private:
    DeviceKeys() = default;
    void wipe();
    void lock();
    QByteArray m_signPublic;
    QByteArray m_signSecret;
    QByteArray m_boxPublic;
    QByteArray m_boxSecret;
};

} // namespace Casebook::Core
