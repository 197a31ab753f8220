// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/devicekeys.h"
#include "core/result.h"
#include "core/store/operation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Casebook::Core {

// A store's public identity: what `keys export` writes and enrolment records.
struct PublicIdentity
{
    QString deviceId;
    QString name;
    QString role;
    QByteArray signKey; // Ed25519
    QByteArray boxKey;  // X25519

    QJsonObject toJson() const;
    static Result<PublicIdentity> fromJson(const QJsonObject &o);
};

// A device's signature over the hash of one of its operations: it vouches for that operation and,
// through the hash chain, for every earlier one of the device, whoever relays them.
struct SignedHead
{
    QString deviceId;
    qint64 incarnation = 0;
    qint64 seq = 0;
    QByteArray hash;
    QByteArray signature; // Ed25519 over message()

    QByteArray message() const;
    QJsonObject toJson() const;
    static Result<SignedHead> fromJson(const QJsonObject &o);
};

// An enroller's certificate over a device's identity and scope (a unit, or a coach: the staff id it
// works for). Relayed in bundles so that other stores can check the device's heads.
struct Certificate
{
    PublicIdentity device;
    QString scopeUnit;
    QString scopeCoach;
    QString enrollerId;
    QByteArray signature; // the enroller's Ed25519 over message()

    QByteArray message() const;
    QJsonObject toJson() const;
    static Result<Certificate> fromJson(const QJsonObject &o);
};

// What a bundle says besides its operations, in the signed clear header.
struct BundleExtras
{
    QString kind = QStringLiteral("data"); // data / receipt / definitions
    QHash<QString, qint64> have; // device id -> the highest sequence the sender holds without a gap
    QStringList revoked;         // devices the sender (an enroller) has revoked
    QString answers;             // a receipt: the bundle it acknowledges
    QList<SignedHead> heads;     // for each device whose operations are carried, its signed head
    QList<Certificate>
        certificates; // for each device other than the sender whose operations are carried
};

// The clear part of a bundle, covered by the sender's signature.
struct BundleHeader
{
    QString bundleId;
    QString kind = QStringLiteral("data");
    int schema = 0; // the sender's schema version
    PublicIdentity from;
    QDateTime createdAt;
    QHash<QString, QByteArray> sealedKeys; // recipient device id -> the file key sealed to it
    int operations = 0;
    qint64 payloadBytes = 0;
    QByteArray payloadHash; // BLAKE2b-256 of the encrypted payload
    QHash<QString, qint64> have;
    QStringList revoked;
    QString answers;
    QDate periodFrom; // the days of the first and last operation carried (from their clocks)
    QDate periodTo;
    QList<SignedHead> heads;
    QList<Certificate> certificates;
};

// A sync bundle (ARCHITECTURE.md, Sync bundles): magic and format version, a signed clear header,
// the file key sealed to each recipient, and the operations encrypted with libsodium's secretstream
// in 64 KiB chunks.
//   "CASEBNDL" | u8 version | u32 header length | header JSON | 64-byte Ed25519 signature |
//   encrypted payload
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Bundle)

public:
    static constexpr qint64 MaxBytes
        = 512LL * 1024 * 1024; // refused above this, before anything is read
    static constexpr int FormatVersion = 2;
    static constexpr qint64 MaxOperations = 2'000'000;      // operations in one bundle
    static constexpr qsizetype MaxValueBytes = 1024 * 1024; // one value (UTF-16 bytes)
    static constexpr int MaxSchema = 100'000;

    // Reads a file that claims to be a bundle (or an identity or enrolment file) through a capped
    // reader: a file that is not a regular file (a device, a pipe) or that yields more than cap
    // bytes is refused, whatever it reports as its size.
    static Result<QByteArray> readCapped(const QString &path, qint64 cap = MaxBytes);

    // Seals the operations for the recipients (their X25519 keys) and signs the header.
    static Result<QByteArray> write(const DeviceKeys &sender, const PublicIdentity &from,
        int schema, const QList<PublicIdentity> &recipients, const QList<Operation> &operations,
        const QDateTime &now, const BundleExtras &extras = {});

    // Reads the clear header and checks the signature against the sender's key named in it, the
    // payload's length and hash. Nothing is decrypted: a bundle is refused before its content is
    // touched.
    static Result<BundleHeader> verify(const QByteArray &bundle);
    // Any payload (the operations' or the files' encoding) with its count and period.
    static Result<QByteArray> writeRaw(const DeviceKeys &sender, const PublicIdentity &from,
        int schema, const QList<PublicIdentity> &recipients, const QByteArray &plain, int count,
        std::pair<QDate, QDate> period, const QDateTime &now, const BundleExtras &extras);
    static Result<QByteArray> openRaw(const QByteArray &bundle, const BundleHeader &header,
        const DeviceKeys &recipient, const QString &deviceId);
    // A definitions bundle carries files: form definitions and reference data, by name.
    static QByteArray filesToBinary(const QList<std::pair<QString, QByteArray>> &files);
    static Result<QList<std::pair<QString, QByteArray>>> filesFromBinary(const QByteArray &data);

    // Opens the payload with this device's keys; verify() first.
    static Result<QList<Operation>> open(const QByteArray &bundle, const BundleHeader &header,
        const DeviceKeys &recipient, const QString &deviceId);

    // The payload's encoding: QDataStream (Qt 6.4 format), much quicker to write and read than
    // JSON.
    static QByteArray operationsToBinary(const QList<Operation> &operations);
    static Result<QList<Operation>> operationsFromBinary(const QByteArray &data);
};

} // namespace Casebook::Core
