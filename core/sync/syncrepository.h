// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/devicekeys.h"
#include "core/result.h"
#include "core/store/casestore.h"
#include "core/sync/bundle.h"

#include <QCoreApplication>

namespace Casebook::Core {

// Two writes of one field by devices that had not seen each other's value (the later writer's base
// clock is older than the earlier write). The later one wins in the tables; a person decides.
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
    QStringList clockWarnings; // devices whose clocks run visibly ahead of this computer's
    bool receipt = false;      // the file was a receipt for a bundle this store sent
    PublicIdentity sender;
    // A definitions bundle from this store's enroller: the files (form definitions, reference data)
    // to install.
    QList<std::pair<QString, QByteArray>> files;
};

// What a store is enrolled for: one unit's cases, one coach's caseload, or (neither) the whole
// store.
struct EnrolScope
{
    QString unit;
    QString coach; // a staff id
    bool isWhole() const { return unit.isEmpty() && coach.isEmpty(); }
};

// A trusted device as the device list shows it.
struct TrustedDevice
{
    PublicIdentity identity;
    QString trustedAs; // enrolled / enroller / certified (known through a certificate its enroller
                       // relayed)
    EnrolScope scope;
    bool revoked = false;
    QString fingerprint;
};

// A bundle that was refused (a write its sender may not make, a forged author, a clock far ahead)
// or quarantined (tampering): listed beside the conflicts for a person to see.
struct Refusal
{
    QString bundleId;
    QString fromDevice;
    QString fromName;
    QString at;
    QString status; // refused / quarantined
    QString reason;
};

// Sync between stores (ARCHITECTURE.md): trusted devices, signed and encrypted bundles of the
// operation log, and the merge: per field the latest hybrid-logical-clock write wins, the same in
// any import order.
class SyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncRepository)

public:
    explicit SyncRepository(CaseStore &store) : m_store(store) { }

    // This store's public identity (its keys must exist).
    Result<PublicIdentity> self() const;
    // The unlocked keys of this store.
    Result<DeviceKeys> unlock(const QByteArray &passphrase) const;

    // Trusts a device: "enrolled" when this store enrolled it, "enroller" for the store that
    // enrolled this one (a store has one). A trust record is never replaced: another key, another
    // scope or a cleared revocation is refused.
    VoidResult trust(
        const PublicIdentity &device, const QString &trustedAs, const EnrolScope &scope = {});
    // The devices this store sends to and accepts from directly (not revoked).
    Result<QList<PublicIdentity>> trustedDevices() const;
    // Every device this store knows, revoked ones included, for the device list.
    Result<QList<TrustedDevice>> devices() const;
    // Sixty digits in twelve groups of five over a signing key: what people compare before trusting
    // an enroller.
    static QString fingerprint(const QByteArray &signKey);
    // The enroller and the fingerprint an enrolment file names, for the user to compare before
    // accepting it.
    static Result<std::pair<PublicIdentity, QString>> enrolmentEnroller(const QByteArray &file);
    // Skew allowed between an operation's clock and this computer's (the store setting
    // sync_max_skew_minutes, default one day).
    qint64 maxSkewMs() const;
    static constexpr qint64 MaxBacklogPerDevice = 100'000;
    // Whether this store's enroller would take its reference data and decisions (units, staff,
    // employers, dispatches, conflict decisions, person merges): a store with no enroller, or a
    // whole-store window or bureau. A laptop that wrote them anyway could not sync again, so they
    // are refused where they are made.
    VoidResult checkMayDecide() const;

    // Enrolment, run at the bureau or window: trusts the device and returns the enrolment file for
    // it, signed by this store. Importing that file on the device makes it trust this store. With a
    // scope unit, the device is a unit's laptop: it receives only the cases dispatched to that
    // unit, in bundles made for it (exportFor), and it accepts other stores' operations out of
    // their sequence.
    Result<QByteArray> enroll(
        const DeviceKeys &keys, const PublicIdentity &device, const EnrolScope &scope = {});
    // Accepts an enrolment file explicitly, once the user has compared the enroller's fingerprint
    // (the digits given must match). A store has one enroller: a second one, a changed key or
    // another scope are refused.
    VoidResult acceptEnrollment(const QByteArray &file, const QString &confirmedFingerprint);

    // The operations that not every trusted device holds yet (by their receipts), sealed to each of
    // them; devices enrolled with a scope get their own bundles from exportFor().
    // progress is told as the operations are read and sealed; stopped, nothing is recorded.
    Result<QByteArray> exportBundle(
        const DeviceKeys &keys, const QDateTime &now, const Progress &progress = {}) const;
    // For a unit laptop enrolled with a scope: the operations of the cases dispatched to its unit
    // (all of them, so a case dispatched later arrives whole) and the reference data (units, staff,
    // employers, groups).
    Result<QByteArray> exportFor(const DeviceKeys &keys, const QString &deviceId,
        const QDateTime &now, const Progress &progress = {}) const;
    // The unit laptops this store enrolled (not revoked): device id and "name (unit name)".
    Result<QList<std::pair<QString, QString>>> scopedDevices() const;
    // The unit this store was enrolled for (empty: it holds everything it is sent).
    QString scope() const;
    // What this store was enrolled for.
    EnrolScope enrolScope() const;
    // The name of a scope's unit or coach as this store knows it (the id when it does not; empty
    // for the whole store).
    QString scopeName(const EnrolScope &scope) const;
    // Form definitions and reference data for the devices this store enrolled (not revoked).
    Result<QByteArray> exportFiles(const DeviceKeys &keys,
        const QList<std::pair<QString, QByteArray>> &files, const QDateTime &now) const;
    // The signed answer to an imported bundle: what this store now holds, for the sender's next
    // export.
    Result<QByteArray> receipt(
        const DeviceKeys &keys, const ImportSummary &imported, const QDateTime &now) const;
    // Per device, the highest sequence this store holds without a gap.
    Result<QHash<QString, qint64>> have() const;
    // Run by the enroller: the device is no longer trusted here, and the revocation travels in
    // every bundle.
    VoidResult revoke(const QString &deviceId);
    // Verifies before decrypting, then merges in one transaction: all or nothing.
    // progress is told as the operations are merged; stopped, the merge is rolled back and the
    // bundle may be imported again later (Error::Kind::Cancelled).
    Result<ImportSummary> importBundle(
        const QByteArray &bundle, const DeviceKeys &keys, const Progress &progress = {});

    Result<QList<Conflict>> conflicts(bool openOnly = true) const;
    Result<QList<Refusal>> refusals() const;
    // Sets the field to the chosen value as a new write that has seen both sides; it travels to the
    // devices.
    VoidResult resolve(const WriteContext &ctx, const QString &conflictId, const QString &value,
        const QString &reason);

private:
    struct MergeState;
    Result<bool> merge(MergeState &state, const Operation &op, ImportSummary &summary);
    // Sets the winning writes kept for the row being merged (before the merge leaves the row, and
    // before anything reads the domain tables).
    VoidResult flush(MergeState &state);
    struct Authors;
    Result<Authors> checkAuthors(
        const BundleHeader &header, const QList<Operation> &ops, ImportSummary &summary);
    Result<bool> allowed(MergeState &state, const Operation &op);
    // Whether the device may write in the name of this account (a user in its scope).
    bool mayActAs(const QString &deviceId, const QString &actor) const;
    VoidResult keepAuthors(const Authors &authors);
    VoidResult quarantine(const BundleHeader &header, const QString &reason, const QString &status);
    // Signs this store's head and adds the heads and certificates of the other devices whose
    // operations travel; trim: a device's range is cut where a head it signed ends (not for a
    // scoped laptop's bundle: it takes its enroller's word for other devices' operations, but still
    // learns who they are).
    Result<BundleExtras> withHeads(
        BundleExtras extras, const DeviceKeys &keys, QList<Operation> &ops, bool trim = true) const;
    VoidResult notePeer(const BundleHeader &header);
    Result<BundleExtras> extras(const QString &kind) const;
    CaseStore &m_store;
};

} // namespace Casebook::Core
