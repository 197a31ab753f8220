// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/devicekeys.h"
#include "core/result.h"
#include "core/store/casestore.h"
#include "core/sync/bundle.h"

#include <QCoreApplication>

namespace Casebook::Core {

// Two writes of one field by devices that had not seen each other's value (the later writer's base clock is
// older than the earlier write). The later one wins in the tables; a person decides.
struct Conflict
{
    QString id;
    QString entity;
    QString rowId;
    QString field;
    QString opA; // the earlier write
    QString opB; // the later write, shown in the tables
    QString valueA;
    QString valueB;
    QString deviceA;
    QString deviceB;
    qint64 hlcA = 0;
    qint64 hlcB = 0;
    QString status; // open / resolved
    QString chosen;
    QString reason;
};

struct ImportSummary
{
    QString bundleId;
    QString from;
    int applied = 0;   // new operations merged
    int known = 0;     // operations this store had already
    int heldBack = 0;  // waiting for an earlier operation of their device (a gap)
    int conflicts = 0; // new conflicts recorded
    bool alreadyImported = false;
    bool receipt = false; // the file was a receipt for a bundle this store sent
    PublicIdentity sender;
    // A definitions bundle from this store's enroller: the files (form definitions, reference data) to install.
    QList<std::pair<QString, QByteArray>> files;
};

// Sync between stores (ARCHITECTURE.md): trusted devices, signed and encrypted bundles of the operation log,
// and the merge: per field the latest hybrid-logical-clock write wins, the same in any import order.
class SyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncRepository)

public:
    explicit SyncRepository(CaseStore &store) : m_store(store) { }

    // This store's public identity (its keys must exist).
    Result<PublicIdentity> self() const;
    // The unlocked keys of this store.
    Result<DeviceKeys> unlock(const QByteArray &passphrase) const;

    // Trusts a device: "enrolled" when this store enrolled it, "enroller" for the store that enrolled this one.
    VoidResult trust(const PublicIdentity &device, const QString &trustedAs);
    Result<QList<PublicIdentity>> trustedDevices() const;

    // Enrolment, run at the bureau or window: trusts the device and returns the enrolment file for it,
    // signed by this store. Importing that file on the device makes it trust this store.
    // With a scope unit, the device is a unit's laptop: it receives only the cases dispatched to that unit, in
    // bundles made for it (exportFor), and it accepts other stores' operations out of their sequence.
    Result<QByteArray> enroll(const DeviceKeys &keys, const PublicIdentity &device, const QString &scopeUnit = {});
    VoidResult acceptEnrollment(const QByteArray &file);

    // The operations that not every trusted device holds yet (by their receipts), sealed to each of them; devices
    // enrolled with a scope get their own bundles from exportFor().
    Result<QByteArray> exportBundle(const DeviceKeys &keys, const QDateTime &now) const;
    // For a unit laptop enrolled with a scope: the operations of the cases dispatched to its unit (all of them,
    // so a case dispatched later arrives whole) and the reference data (units, staff, employers, groups).
    Result<QByteArray> exportFor(const DeviceKeys &keys, const QString &deviceId, const QDateTime &now) const;
    // The unit laptops this store enrolled (not revoked): device id and "name (unit name)".
    Result<QList<std::pair<QString, QString>>> scopedDevices() const;
    // The unit this store was enrolled for (empty: it holds everything it is sent).
    QString scope() const;
    // Form definitions and reference data for the devices this store enrolled (not revoked).
    Result<QByteArray> exportFiles(
        const DeviceKeys &keys, const QList<std::pair<QString, QByteArray>> &files, const QDateTime &now) const;
    // The signed answer to an imported bundle: what this store now holds, for the sender's next export.
    Result<QByteArray> receipt(const DeviceKeys &keys, const ImportSummary &imported, const QDateTime &now) const;
    // Per device, the highest sequence this store holds without a gap.
    Result<QHash<QString, qint64>> have() const;
    // Run by the enroller: the device is no longer trusted here, and the revocation travels in every bundle.
    VoidResult revoke(const QString &deviceId);
    // Verifies before decrypting, then merges in one transaction: all or nothing.
    Result<ImportSummary> importBundle(const QByteArray &bundle, const DeviceKeys &keys);

    Result<QList<Conflict>> conflicts(bool openOnly = true) const;
    // Sets the field to the chosen value as a new write that has seen both sides; it travels to the devices.
    VoidResult resolve(const WriteContext &ctx, const QString &conflictId, const QString &value, const QString &reason);

private:
    struct MergeState;
    Result<bool> merge(MergeState &state, const Operation &op, ImportSummary &summary);
    VoidResult quarantine(const BundleHeader &header, const QString &reason);
    VoidResult notePeer(const BundleHeader &header);
    Result<BundleExtras> extras(const QString &kind) const;
    CaseStore &m_store;
};

} // namespace Casebook::Core
