// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/devicekeys.h"
#include "core/result.h"
#include "core/sync/syncrepository.h"

#include <QCoreApplication>
#include <QDir>

namespace Casebook::UseCases {

// What importing one file did; the client and the command line word it each in their own way.
struct ImportedFile
{
    enum class Kind { Definitions, Receipt, AlreadyImported, Data };
    Kind kind = Kind::Data;
    Core::ImportSummary summary;
    QStringList installed; // Definitions: the files installed
    QString receiptPath;   // Data: where the signed receipt was written
    bool receiptWritten = false;
    int accountSlots = 0; // Data: accounts given (or denied) a key slot on an encrypted store
};

// A device enrolled: the enrolment file written, and what its user compares before accepting it.
struct Enrolled
{
    Core::PublicIdentity device;
    QByteArray file;
    QString fingerprint; // this store's, sixty digits in twelve groups
};

// An enrolment file read, before it is accepted: who sent it and the fingerprint to compare.
struct EnrolmentOffer
{
    QByteArray data;
    Core::PublicIdentity enroller;
    QString fingerprint;
};

// Keys, identity, enrolment, export with its cover sheet, import: what a coach, a window or the
// bureau does to carry work between stores. The desktop client and the command line both call this
// and word the results their own way. Each write is one transaction (in the repository) or one file
// written whole (QSaveFile).
class SyncExchange
{
    Q_DECLARE_TR_FUNCTIONS(SyncExchange)

public:
    static constexpr qint64 IdentityFileCap = 65536;        // a public identity file
    static constexpr qint64 EnrolmentFileCap = 1024 * 1024; // an enrolment file
    static constexpr qint64 DefinitionFileCap = 4 * 1024 * 1024;

    // ctx: who exports (kept in the audit trail); the store's device when not given.
    explicit SyncExchange(Core::CaseStore &store, std::optional<Core::WriteContext> ctx = {})
        : m_store(store), m_context(std::move(ctx))
    { }

    bool hasKeys() const;
    // Whether a bundle can be exported now (keys made, another store trusted); if not, what to do
    // first, in steps, before anyone chooses a file or types a passphrase.
    Core::VoidResult readyToExport() const;
    // Makes this store's device keys under the passphrase, which is wiped; refused when it has
    // keys.
    Core::Result<Core::DeviceKeys> createKeys(QByteArray &passphrase);
    // The keys, unlocked with the passphrase, which is wiped.
    Core::Result<Core::DeviceKeys> unlock(QByteArray &passphrase);
    // On an encrypted store that is open (its user signed in), the keys unlocked by that sign-in:
    // a copy of them is kept in the store under a key derived from the store key, written the
    // first time the passphrase unlocks them there (or when they are made). NotFound otherwise.
    Core::Result<Core::DeviceKeys> unlockBySignIn() const;
    // The store's public identity (its public keys), for the enroller.
    Core::Result<Core::PublicIdentity> identity() const;
    Core::VoidResult writeIdentity(const QString &path) const;
    static Core::Result<Core::PublicIdentity> readIdentity(const QString &path);

    // Enrols the device whose identity file is given for the scope; writes the enrolment file and,
    // when slipPath is not empty, the slip with the fingerprint to compare.
    Core::Result<Enrolled> enrol(const Core::DeviceKeys &keys, const Core::PublicIdentity &device,
        const Core::EnrolScope &scope, const QString &enrolmentPath, const QString &slipPath);
    static Core::Result<EnrolmentOffer> readEnrolment(const QString &path);
    // Accepts an enrolment whose fingerprint the person compared (the one given must be the
    // enroller's).
    Core::VoidResult acceptEnrolment(const EnrolmentOffer &offer, const QString &fingerprint);

    // Writes a data bundle (for one scoped device when toDevice is given) and, when coverPath is
    // not empty, its cover sheet; the export is kept in the audit trail (it reaches the bureau with
    // the next bundle). Returns the bundle. progress is told while the bundle is made; stopped, no
    // file is written and nothing is recorded.
    Core::Result<QByteArray> exportBundle(const Core::DeviceKeys &keys, const QString &path,
        const QString &toDevice, const QString &coverPath, const Core::Progress &progress = {});
    // Checks every definition (and the holiday calendar and minimum wage files) in dir and writes
    // them as a bundle for the enrolled devices. Returns how many files it carries.
    Core::Result<int> sendDefinitions(
        const Core::DeviceKeys &keys, const QDir &dir, const QString &path);

    // Imports one file of any kind that travels between stores (not an enrolment: that is accepted
    // explicitly): a data bundle (answered with a receipt written beside it), a receipt, or form
    // definitions (checked and installed). All or nothing per file.
    // progress is told as the bundle is merged; stopped, nothing of it is kept.
    Core::Result<ImportedFile> importFile(
        const Core::DeviceKeys &keys, const QString &path, const Core::Progress &progress = {});

    // Writes data whole or not at all.
    static Core::VoidResult writeFile(const QString &path, const QByteArray &data);

private:
    // Keeps the copy that unlockBySignIn opens (on an encrypted store only).
    void keepForSignIn(const Core::DeviceKeys &keys) const;
    Core::CaseStore &m_store;
    std::optional<Core::WriteContext> m_context;
};

} // namespace Casebook::UseCases
