// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/usecases/syncexchange.h"

#include "app/usecases/acting.h"
#include "app/usecases/storeaccess.h"
#include "core/accounts/audittrail.h"
#include "core/common/ownerfiles.h"
#include "core/rules/employmentrules.h"
#include "core/sync/bundle.h"
#include "forms/model/formdefinition.h"
#include "forms/print/reportfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace Casebook::UseCases {

using namespace Casebook::Core;

namespace {

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

} // namespace

VoidResult SyncExchange::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !restrictToOwner(f) || f.write(data) != data.size()
        || !f.commit())
        return fail(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

bool SyncExchange::hasKeys() const
{
    return m_store.metaValue(QStringLiteral("keys")).has_value();
}

Result<DeviceKeys> SyncExchange::createKeys(QByteArray &passphrase)
{
    if (hasKeys()) {
        wipe(passphrase);
        return fail(Error::Kind::NotAllowed, tr("This store has its keys already."));
    }
    if (passphrase.isEmpty()) {
        return fail(Error::Kind::Invalid,
            tr("No keys were made: the passphrases were empty or did not match."));
    }
    auto keys = DeviceKeys::generate();
    if (!keys) {
        wipe(passphrase);
        return tl::unexpected(keys.error());
    }
    auto blob = keys->encrypted(passphrase);
    wipe(passphrase);
    if (!blob)
        return tl::unexpected(blob.error());
    if (auto r
        = m_store.setMetaValue(QStringLiteral("keys"), QString::fromLatin1(blob->toBase64()));
        !r)
        return tl::unexpected(r.error());
    keepForSignIn(*keys);
    return keys;
}

Result<DeviceKeys> SyncExchange::unlock(QByteArray &passphrase)
{
    if (!hasKeys()) {
        wipe(passphrase);
        return fail(Error::Kind::NotFound,
            tr("This store has no keys yet: Sync → Create device keys (or casebook-cli keys "
               "init)."));
    }
    auto keys = SyncRepository(m_store).unlock(passphrase);
    // The passphrase is wiped as soon as it has served.
    wipe(passphrase);
    if (keys)
        keepForSignIn(*keys);
    return keys;
}

namespace {

// The secret that the sign-in's copy of the device keys is kept under: derived from the store key,
// so that only an unlocked encrypted store has it.
QByteArray signInSecret(const SecretKey &storeKey)
{
    unsigned char derived[32];
    crypto_kdf_derive_from_key(derived, sizeof derived, 1, "cbdevkey", storeKey.data());
    QByteArray hex = QByteArray(reinterpret_cast<const char *>(derived), sizeof derived).toHex();
    sodium_memzero(derived, sizeof derived);
    return hex;
}

const QString SignInKeys = QStringLiteral("keys_by_sign_in");

} // namespace

void SyncExchange::keepForSignIn(const DeviceKeys &keys) const
{
    if (!m_store.isEncrypted() || !m_store.key())
        return;
    QByteArray secret = signInSecret(*m_store.key());
    // The secret is 256 random bits: the cheapest Argon2id is enough.
    auto blob = keys.encrypted(secret, DeviceKeys::Cost::Minimum);
    wipe(secret);
    if (blob)
        m_store.setMetaValue(SignInKeys, QString::fromLatin1(blob->toBase64()));
}

Result<DeviceKeys> SyncExchange::unlockBySignIn() const
{
    if (!m_store.isEncrypted() || !m_store.key())
        return fail(Error::Kind::NotFound, tr("The store is not encrypted: give the passphrase."));
    auto blob = m_store.metaValue(SignInKeys);
    if (!blob || blob->isEmpty())
        return fail(Error::Kind::NotFound, tr("Give the passphrase once on this store."));
    QByteArray secret = signInSecret(*m_store.key());
    auto keys = DeviceKeys::decrypt(QByteArray::fromBase64(blob->toLatin1()), secret);
    wipe(secret);
    return keys;
}

Result<PublicIdentity> SyncExchange::identity() const
{
    if (!hasKeys()) {
        return fail(Error::Kind::NotFound,
            tr("This store has no keys yet: Sync → Create device keys (or casebook-cli keys "
               "init)."));
    }
    return SyncRepository(m_store).self();
}

VoidResult SyncExchange::writeIdentity(const QString &path) const
{
    auto me = identity();
    if (!me)
        return tl::unexpected(me.error());
    return writeFile(path, QJsonDocument(me->toJson()).toJson(QJsonDocument::Indented));
}

Result<PublicIdentity> SyncExchange::readIdentity(const QString &path)
{
    auto identity = Bundle::readCapped(path, IdentityFileCap);
    if (!identity)
        return tl::unexpected(identity.error());
    return PublicIdentity::fromJson(QJsonDocument::fromJson(*identity).object());
}

Result<Enrolled> SyncExchange::enrol(const DeviceKeys &keys, const PublicIdentity &device,
    const EnrolScope &scope, const QString &enrolmentPath, const QString &slipPath)
{
    auto file = SyncRepository(m_store).enroll(keys, device, scope);
    if (!file)
        return tl::unexpected(file.error());
    if (auto r = writeFile(enrolmentPath, *file); !r)
        return tl::unexpected(r.error());
    // The slip to print: the fingerprint the device's user compares before accepting.
    if (!slipPath.isEmpty()) {
        if (auto r = Forms::ReportFiles::writeEnrolmentSlip(m_store, *file, slipPath); !r)
            return tl::unexpected(r.error());
    }
    return Enrolled {device, *file, SyncRepository::fingerprint(keys.signPublicKey())};
}

Result<EnrolmentOffer> SyncExchange::readEnrolment(const QString &path)
{
    auto data = Bundle::readCapped(path, EnrolmentFileCap);
    if (!data)
        return tl::unexpected(data.error());
    auto enroller = SyncRepository::enrolmentEnroller(*data);
    if (!enroller)
        return tl::unexpected(enroller.error());
    return EnrolmentOffer {*data, enroller->first, enroller->second};
}

VoidResult SyncExchange::acceptEnrolment(const EnrolmentOffer &offer, const QString &fingerprint)
{
    return SyncRepository(m_store).acceptEnrollment(offer.data, fingerprint);
}

VoidResult SyncExchange::readyToExport() const
{
    if (!hasKeys()) {
        return fail(Error::Kind::NotAllowed,
            tr("This store has no device keys yet. First: Sync → Create device keys; then Sync → "
               "Export this device's identity and give the file to the bureau (or your unit), who "
               "enrol it; then Sync → Accept an enrolment with the file they give back."));
    }
    auto trusted = SyncRepository(m_store).trustedDevices();
    if (!trusted)
        return tl::unexpected(trusted.error());
    if (trusted->isEmpty()) {
        return fail(Error::Kind::NotAllowed,
            tr("This store trusts no other store yet, so there is no one to send a bundle to. "
               "First: Sync → Export this device's identity and give the file to the bureau (or "
               "your unit), who enrol it; then Sync → Accept an enrolment with the file they give "
               "back, comparing the twelve groups of digits."));
    }
    return {};
}

Result<QByteArray> SyncExchange::exportBundle(const DeviceKeys &keys, const QString &path,
    const QString &toDevice, const QString &coverPath, const Progress &progress)
{
    SyncRepository sync(m_store);
    // toDevice: a bundle for one scoped laptop, with the cases of its unit or coach.
    const Progress making = progress.part(0, 950);
    auto bundle = toDevice.isEmpty()
        ? sync.exportBundle(keys, m_store.clock().now(), making)
        : sync.exportFor(keys, toDevice, m_store.clock().now(), making);
    if (!bundle)
        return tl::unexpected(bundle.error());
    // The last word before the file: stopped here, nothing is written.
    if (!progress(950, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    // The export is in the audit trail exactly when the file is written: the entry is committed
    // only after the file, and a file whose entry cannot be kept is removed.
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = AuditTrail(m_store).record(m_context.value_or(acting(m_store)),
            QStringLiteral("export"), {}, {},
            toDevice.isEmpty() ? tr("bundle → %1").arg(path)
                               : tr("bundle for %1 → %2").arg(toDevice, path));
        !r)
        return tl::unexpected(r.error());
    if (auto r = writeFile(path, *bundle); !r)
        return tl::unexpected(r.error());
    if (auto r = tx.commit(); !r) {
        QFile::remove(path);
        return tl::unexpected(r.error());
    }
    if (!coverPath.isEmpty()) {
        if (auto r = Forms::ReportFiles::writeCover(
                *bundle, sync.trustedDevices().value_or(QList<PublicIdentity>()), coverPath);
            !r)
            return tl::unexpected(r.error());
    }
    return bundle;
}

Result<int> SyncExchange::sendDefinitions(
    const DeviceKeys &keys, const QDir &dir, const QString &path)
{
    // Every definition is checked here before it leaves: a laptop refuses a bundle with a broken
    // one.
    QList<std::pair<QString, QByteArray>> definitions;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto content = Bundle::readCapped(dir.filePath(name), DefinitionFileCap);
        if (!content)
            return tl::unexpected(content.error());
        // The holiday calendar and the minimum wage travel with the definitions, checked the same
        // way.
        if (name == QLatin1String("holidays-tw.json")) {
            if (auto calendar = HolidayCalendar::fromJson(*content, name); !calendar)
                return tl::unexpected(calendar.error());
        } else if (name == QLatin1String("minimum-wage-tw.json")) {
            if (auto wage = MinimumWage::fromJson(*content, name); !wage)
                return tl::unexpected(wage.error());
        } else if (auto def = Forms::DefinitionLoader::fromJson(*content, name); !def) {
            return tl::unexpected(def.error());
        }
        definitions.append(std::make_pair(name, *content));
    }
    if (definitions.isEmpty()) {
        return fail(
            Error::Kind::Invalid, tr("%1 holds no form definition (*.json)").arg(dir.path()));
    }
    auto bundle = SyncRepository(m_store).exportFiles(keys, definitions, m_store.clock().now());
    if (!bundle)
        return tl::unexpected(bundle.error());
    if (auto r = writeFile(path, *bundle); !r)
        return tl::unexpected(r.error());
    return static_cast<int>(definitions.size());
}

Result<ImportedFile> SyncExchange::importFile(
    const DeviceKeys &keys, const QString &path, const Progress &progress)
{
    // Capped whatever the file claims to be: a device, a pipe or a file that grows is refused.
    auto read = Bundle::readCapped(path);
    if (!read)
        return tl::unexpected(read.error());
    const QByteArray &data = *read;
    SyncRepository sync(m_store);
    ImportedFile out;
    if (SyncRepository::enrolmentEnroller(data)) {
        return fail(Error::Kind::Invalid,
            tr("This is an enrolment file, not a bundle: accept it explicitly (Sync → Accept "
               "enrolment, or casebook-cli enroll accept FILE) after comparing the enroller's "
               "fingerprint."));
    }
    auto r = sync.importBundle(data, keys, progress);
    if (!r)
        return tl::unexpected(r.error());
    out.summary = *r;
    if (!r->files.isEmpty()) {
        auto installed = Forms::DefinitionLoader::install(r->files);
        if (!installed)
            return tl::unexpected(installed.error());
        out.kind = ImportedFile::Kind::Definitions;
        out.installed = *installed;
    } else if (r->receipt) {
        out.kind = ImportedFile::Kind::Receipt;
    } else if (r->alreadyImported) {
        out.kind = ImportedFile::Kind::AlreadyImported;
    } else {
        // The signed receipt goes back with the stick: the laptop's next export carries only what
        // is new.
        // Accounts made or reset at the bureau can open an encrypted laptop from now on.
        if (auto slots = StoreAccess::grantAccounts(m_store))
            out.accountSlots = *slots;
        out.receiptPath = path + QStringLiteral(".receipt");
        if (auto receipt = sync.receipt(keys, *r, m_store.clock().now()))
            out.receiptWritten = writeFile(out.receiptPath, *receipt).has_value();
    }
    return out;
}

} // namespace Casebook::UseCases
