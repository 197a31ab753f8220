// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncrepository.h"

#include "core/store/loopstatement.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"
#include "core/units/unitrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>

namespace Casebook::Core {

namespace {

QString sameOrNull(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

} // namespace

Result<PublicIdentity> SyncRepository::self() const
{
    auto stored = m_store.metaValue(QStringLiteral("keys"));
    if (!stored) {
        return fail(Error::Kind::NotFound,
            tr("This store has no keys yet: create them first (keys init)."));
    }
    auto pub = DeviceKeys::publicKeys(QByteArray::fromBase64(stored->toLatin1()));
    if (!pub)
        return tl::unexpected(pub.error());
    return PublicIdentity {m_store.identity().deviceId, m_store.identity().name,
        roleKey(m_store.identity().role), pub->first, pub->second};
}

Result<DeviceKeys> SyncRepository::unlock(const QByteArray &passphrase) const
{
    auto stored = m_store.metaValue(QStringLiteral("keys"));
    if (!stored) {
        return fail(Error::Kind::NotFound,
            tr("This store has no keys yet: create them first (keys init)."));
    }
    const QByteArray blob = QByteArray::fromBase64(stored->toLatin1());
    auto keys = DeviceKeys::decrypt(blob, passphrase);
    // Keys made with the older, cheaper Argon2id limits are sealed again with the MODERATE ones
    // once unlocked.
    if (keys && DeviceKeys::costOf(blob) == DeviceKeys::Cost::Interactive) {
        if (auto stronger = keys->encrypted(passphrase, DeviceKeys::Cost::Moderate)) {
            (void)m_store.setMetaValue(
                QStringLiteral("keys"), QString::fromLatin1(stronger->toBase64()));
        }
    }
    return keys;
}

VoidResult SyncRepository::trust(
    const PublicIdentity &device, const QString &trustedAs, const EnrolScope &scope)
{
    if (device.deviceId == m_store.identity().deviceId)
        return fail(Error::Kind::Invalid, tr("A store cannot enrol itself."));
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT sign_key, box_key, trusted_as, revoked, coalesce(scope_unit, ''), "
                       "coalesce(scope_coach, '') FROM sync_devices WHERE device_id = ?"));
    q.addBindValue(device.deviceId);
    if (!q.exec())
        return SqlError::failure(q);
    if (q.next()) {
        // A trust record is never replaced: the same enrolment again changes nothing, anything else
        // is refused.
        if (q.value(0).toString() != QString::fromLatin1(device.signKey.toBase64())
            || q.value(1).toString() != QString::fromLatin1(device.boxKey.toBase64())) {
            return fail(Error::Kind::NotAllowed,
                tr("Device %1 is known with another key; it is not trusted with a new one.")
                    .arg(device.deviceId));
        }
        if (q.value(3).toBool()) {
            return fail(Error::Kind::NotAllowed,
                tr("Device %1 was revoked; a revocation is final (enrol a new identity instead).")
                    .arg(device.name));
        }
        const QString was = q.value(2).toString();
        if (was == QLatin1String("certified") && trustedAs != was) {
            return fail(Error::Kind::NotAllowed,
                tr("Device %1 is known through another store's enrolment; it is not enrolled here "
                   "again.")
                    .arg(device.name));
        }
        if (was != trustedAs || q.value(4).toString() != scope.unit
            || q.value(5).toString() != scope.coach) {
            return fail(Error::Kind::NotAllowed,
                tr("Device %1 is enrolled already with another role or scope; an enrolment is not "
                   "widened or "
                   "changed. Revoke it and enrol a new identity.")
                    .arg(device.name));
        }
        return {};
    }
    if (trustedAs == QLatin1String("enroller")) {
        q.prepare(QStringLiteral("SELECT name FROM sync_devices WHERE trusted_as = 'enroller'"));
        if (!q.exec())
            return SqlError::failure(q);
        if (q.next()) {
            return fail(Error::Kind::NotAllowed,
                tr("This store was enrolled by %1 already; a store has one enroller, a second one "
                   "is refused.")
                    .arg(q.value(0).toString()));
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO sync_devices (device_id, name, role, sign_key, box_key, trusted_as, added_on, "
        "revoked, scope_unit, scope_coach) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    q.addBindValue(device.deviceId);
    q.addBindValue(device.name);
    q.addBindValue(device.role);
    q.addBindValue(QString::fromLatin1(device.signKey.toBase64()));
    q.addBindValue(QString::fromLatin1(device.boxKey.toBase64()));
    q.addBindValue(trustedAs);
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    q.addBindValue(scope.unit.isEmpty() ? QVariant() : QVariant(scope.unit));
    q.addBindValue(scope.coach.isEmpty() ? QVariant() : QVariant(scope.coach));
    if (!q.exec())
        return SqlError::failure(q);
    return {};
}

Result<QList<PublicIdentity>> SyncRepository::trustedDevices() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT device_id, name, role, sign_key, box_key FROM sync_devices WHERE revoked = 0 "
            "AND trusted_as IN ('enrolled', 'enroller') ORDER BY device_id")))
        return SqlError::failure(q);
    QList<PublicIdentity> out;
    while (q.next()) {
        out << PublicIdentity {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            QByteArray::fromBase64(q.value(3).toString().toLatin1()),
            QByteArray::fromBase64(q.value(4).toString().toLatin1())};
    }
    return out;
}

Result<QList<TrustedDevice>> SyncRepository::devices() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT device_id, name, role, sign_key, box_key, trusted_as, coalesce(scope_unit, "
            "''), "
            "coalesce(scope_coach, ''), revoked FROM sync_devices ORDER BY trusted_as, name")))
        return SqlError::failure(q);
    QList<TrustedDevice> out;
    while (q.next()) {
        TrustedDevice d;
        d.identity = PublicIdentity {q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), QByteArray::fromBase64(q.value(3).toString().toLatin1()),
            QByteArray::fromBase64(q.value(4).toString().toLatin1())};
        d.trustedAs = q.value(5).toString();
        d.scope = EnrolScope {q.value(6).toString(), q.value(7).toString()};
        d.revoked = q.value(8).toBool();
        d.fingerprint = fingerprint(d.identity.signKey);
        out << d;
    }
    return out;
}

QString SyncRepository::fingerprint(const QByteArray &signKey)
{
    QByteArray digest(64, Qt::Uninitialized);
    const QByteArray input = QByteArrayLiteral("casebook-fingerprint/1|") + signKey;
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), 64,
        reinterpret_cast<const unsigned char *>(input.constData()),
        static_cast<unsigned long long>(input.size()), nullptr, 0);
    // Twelve groups of five digits, each from five bytes of the digest (as Signal's safety
    // numbers).
    QStringList groups;
    for (int g = 0; g < 12; ++g) {
        quint64 v = 0;
        for (int i = 0; i < 5; ++i)
            v = (v << 8) | static_cast<unsigned char>(digest.at(g * 5 + i));
        groups << QStringLiteral("%1").arg(v % 100000, 5, 10, QLatin1Char('0'));
    }
    return groups.join(QLatin1Char(' '));
}

qint64 SyncRepository::maxSkewMs() const
{
    bool ok = false;
    const qint64 minutes = m_store.metaValue(QStringLiteral("sync_max_skew_minutes"))
                               .value_or(QString())
                               .toLongLong(&ok);
    return (ok && minutes > 0 && minutes < 10 * 365 * 24 * 60 ? minutes : 24 * 60) * 60 * 1000;
}

namespace {

// The signed parts of an enrolment file: the enroller, the device and the enroller's certificate
// over it.
struct EnrolmentFile
{
    PublicIdentity enroller;
    Certificate certificate;
};

Result<EnrolmentFile> readEnrolment(const QByteArray &file)
{
    QJsonParseError e;
    const QJsonObject o = QJsonDocument::fromJson(file, &e).object();
    if (e.error != QJsonParseError::NoError
        || o.value(QStringLiteral("format")).toString() != QLatin1String("casebook-enrollment/2")) {
        return fail(Error::Kind::Invalid,
            SyncRepository::tr("The file is not a Casebook enrolment (of this version)."));
    }
    auto enroller = PublicIdentity::fromJson(o.value(QStringLiteral("enroller")).toObject());
    auto certificate = Certificate::fromJson(o.value(QStringLiteral("certificate")).toObject());
    if (!enroller || !certificate || certificate->enrollerId != enroller->deviceId)
        return fail(Error::Kind::Invalid, SyncRepository::tr("The enrolment file is damaged."));
    if (!DeviceKeys::verify(enroller->signKey, certificate->message(), certificate->signature)) {
        return fail(Error::Kind::NotAllowed,
            SyncRepository::tr(
                "The enrolment certificate does not match: it was altered or forged."));
    }
    return EnrolmentFile {*enroller, *certificate};
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out += QChar(QLatin1Char(static_cast<char>('0' + c.digitValue())));
    }
    return out;
}

} // namespace

Result<QByteArray> SyncRepository::enroll(
    const DeviceKeys &keys, const PublicIdentity &device, const EnrolScope &scope)
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    if (keys.signPublicKey() != me->signKey)
        return fail(Error::Kind::NotAllowed, tr("The keys given are not this store's."));
    QSqlQuery q(m_store.database());
    if (!scope.unit.isEmpty() && !scope.coach.isEmpty()) {
        return fail(
            Error::Kind::Invalid, tr("A device is enrolled for a unit or for a coach, not both."));
    }
    if (!scope.unit.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM units WHERE id = ? AND deleted = 0"));
        q.addBindValue(scope.unit);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
            return fail(Error::Kind::NotFound, tr("There is no unit %1.").arg(scope.unit));
    }
    if (!scope.coach.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted = 0"));
        q.addBindValue(scope.coach);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
            return fail(Error::Kind::NotFound, tr("There is no staff member %1.").arg(scope.coach));
    }
    Certificate certificate {device, scope.unit, scope.coach, me->deviceId, {}};
    certificate.signature = keys.sign(certificate.message());
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = trust(device, QStringLiteral("enrolled"), scope); !r)
        return tl::unexpected(r.error());
    q.prepare(QStringLiteral("UPDATE sync_devices SET certificate = ? WHERE device_id = ?"));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(certificate.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(device.deviceId);
    if (!q.exec())
        return SqlError::failure(q);
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    const QJsonObject file {{QStringLiteral("format"), QStringLiteral("casebook-enrollment/2")},
        {QStringLiteral("enroller"), me->toJson()},
        {QStringLiteral("certificate"), certificate.toJson()},
        {QStringLiteral("fingerprint"), fingerprint(me->signKey)}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<QList<std::pair<QString, QString>>> SyncRepository::scopedDevices() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(
            QStringLiteral("SELECT d.device_id, d.name, coalesce(u.name, s.name, d.scope_unit, "
                           "d.scope_coach) FROM sync_devices d "
                           "LEFT JOIN units u ON u.id = d.scope_unit LEFT JOIN staff s ON s.id "
                           "= d.scope_coach WHERE "
                           "(coalesce(d.scope_unit, '') <> '' OR coalesce(d.scope_coach, '') <> "
                           "'') AND d.revoked = 0 AND "
                           "d.trusted_as = 'enrolled' ORDER BY d.name")))
        return SqlError::failure(q);
    QList<std::pair<QString, QString>> out;
    while (q.next()) {
        out.append(std::make_pair(q.value(0).toString(),
            QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())));
    }
    return out;
}

QString SyncRepository::scope() const
{
    const EnrolScope s = enrolScope();
    return s.unit.isEmpty() ? s.coach : s.unit;
}

EnrolScope SyncRepository::enrolScope() const
{
    return EnrolScope {m_store.metaValue(QStringLiteral("sync_scope")).value_or(QString()),
        m_store.metaValue(QStringLiteral("sync_scope_coach")).value_or(QString())};
}

QString SyncRepository::scopeName(const EnrolScope &scope) const
{
    const UnitRepository units(m_store);
    if (!scope.unit.isEmpty()) {
        for (const Unit &u : units.units().value_or(QList<Unit>())) {
            if (u.id == scope.unit)
                return u.name;
        }
    }
    if (!scope.coach.isEmpty()) {
        for (const StaffMember &m : units.staff().value_or(QList<StaffMember>())) {
            if (m.id == scope.coach)
                return m.name;
        }
    }
    return scope.unit.isEmpty() ? scope.coach : scope.unit;
}

Result<std::pair<PublicIdentity, QString>> SyncRepository::enrolmentEnroller(const QByteArray &file)
{
    auto e = readEnrolment(file);
    if (!e)
        return tl::unexpected(e.error());
    return std::make_pair(e->enroller, fingerprint(e->enroller.signKey));
}

VoidResult SyncRepository::acceptEnrollment(
    const QByteArray &file, const QString &confirmedFingerprint)
{
    auto e = readEnrolment(file);
    if (!e)
        return tl::unexpected(e.error());
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    const PublicIdentity &device = e->certificate.device;
    if (device.deviceId != me->deviceId || device.signKey != me->signKey
        || device.boxKey != me->boxKey)
        return fail(Error::Kind::NotAllowed, tr("The enrolment is for another store."));
    if (digitsOnly(confirmedFingerprint) != digitsOnly(fingerprint(e->enroller.signKey))) {
        return fail(Error::Kind::NotAllowed,
            tr("The fingerprint given does not match the enroller's (%1): compare it with the "
               "enroller's screen or "
               "slip again. Nothing was changed.")
                .arg(fingerprint(e->enroller.signKey)));
    }
    if (m_store.identity().role == DeviceRole::Bureau) {
        return fail(Error::Kind::NotAllowed,
            tr("A bureau store is the root of its trust: no other store enrols it."));
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT trusted_as FROM sync_devices WHERE device_id = ?"));
    q.addBindValue(e->enroller.deviceId);
    if (!q.exec())
        return SqlError::failure(q);
    if (q.next() && q.value(0).toString() != QLatin1String("enroller")) {
        return fail(Error::Kind::NotAllowed,
            tr("%1 is a device this store enrolled or knows through another; it cannot become this "
               "store's enroller.")
                .arg(e->enroller.name));
    }
    const EnrolScope scope {e->certificate.scopeUnit, e->certificate.scopeCoach};
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    if (auto r = trust(e->enroller, QStringLiteral("enroller")); !r)
        return r;
    // The scope is set once, with the enroller: a later enrolment that widened it was refused
    // above.
    const EnrolScope was = enrolScope();
    if (was.unit != scope.unit || was.coach != scope.coach) {
        if (!was.isWhole() || m_store.metaValue(QStringLiteral("sync_enrolled"))) {
            return fail(
                Error::Kind::NotAllowed, tr("This store's enrolment is not widened or changed."));
        }
    }
    for (const auto &[key, value] : {std::make_pair(QStringLiteral("sync_scope"), scope.unit),
             std::make_pair(QStringLiteral("sync_scope_coach"), scope.coach),
             std::make_pair(QStringLiteral("sync_enrolled"), QStringLiteral("1"))}) {
        if (!value.isEmpty() || key == QLatin1String("sync_enrolled")) {
            if (auto r = m_store.setMetaValue(key, value); !r)
                return r;
        }
    }
    return tx.commit();
}

Result<QHash<QString, qint64>> SyncRepository::have() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT device_id, max(seq) FROM oplog GROUP BY device_id")))
        return SqlError::failure(q);
    QHash<QString, qint64> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Result<BundleExtras> SyncRepository::extras(const QString &kind) const
{
    BundleExtras e;
    e.kind = kind;
    auto held = have();
    if (!held)
        return tl::unexpected(held.error());
    e.have = *held;
    // A revocation says how far the device's log is genuine: what it wrote after that is refused
    // everywhere.
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT device_id, coalesce(revoked_after, 0) FROM sync_devices WHERE revoked = 1 AND "
            "trusted_as = 'enrolled' ORDER BY device_id")))
        return SqlError::failure(q);
    while (q.next()) {
        e.revoked << q.value(0).toString() + QLatin1Char(':')
                + QString::number(q.value(1).toLongLong());
    }
    return e;
}

Result<BundleExtras> SyncRepository::withHeads(
    BundleExtras e, const DeviceKeys &keys, QList<Operation> &ops, bool trim) const
{
    // Per device log carried: its highest sequence. Others' ranges end where a head they signed
    // vouches for them.
    QHash<QString, std::pair<qint64, QByteArray>> top; // "device/incarnation" -> seq, hash
    for (const Operation &op : std::as_const(ops)) {
        auto &t = top[op.deviceId + QLatin1Char('/') + QString::number(op.incarnation)];
        if (op.seq > t.first)
            t = std::make_pair(op.seq, op.hash);
    }
    const QString me = m_store.identity().deviceId;
    QSqlQuery head(m_store.database());
    head.prepare(QStringLiteral(
        "SELECT seq, hash, signature FROM sync_heads WHERE device_id = ? AND incarnation = ? "
        "AND seq <= ? ORDER BY seq DESC LIMIT 1"));
    QSqlQuery cert(m_store.database());
    cert.prepare(QStringLiteral(
        "SELECT certificate FROM sync_devices WHERE device_id = ? AND certificate IS NOT NULL"));
    QHash<QString, qint64> cut; // "device/incarnation" -> the last sequence that may travel
    QSet<QString> certified;
    for (auto it = top.cbegin(); it != top.cend(); ++it) {
        const qsizetype slash = it.key().lastIndexOf(QLatin1Char('/'));
        const QString device = it.key().left(slash);
        const qint64 incarnation = it.key().mid(slash + 1).toLongLong();
        if (device == me) {
            SignedHead h {device, incarnation, it.value().first, it.value().second, {}};
            h.signature = keys.sign(h.message());
            e.heads << h;
            continue;
        }
        head.addBindValue(device);
        head.addBindValue(incarnation);
        head.addBindValue(it.value().first);
        if (!head.exec())
            return SqlError::failure(head);
        if (head.next()) {
            e.heads << SignedHead {device, incarnation, head.value(0).toLongLong(),
                head.value(1).toByteArray(), head.value(2).toByteArray()};
            cut.insert(it.key(), head.value(0).toLongLong());
        } else {
            cut.insert(it.key(), 0);
        }
        head.finish();
        if (!certified.contains(device)) {
            certified.insert(device);
            cert.addBindValue(device);
            if (!cert.exec())
                return SqlError::failure(cert);
            if (cert.next()) {
                if (auto c = Certificate::fromJson(
                        QJsonDocument::fromJson(cert.value(0).toString().toUtf8()).object()))
                    e.certificates << *c;
            }
            cert.finish();
        }
    }
    if (trim && !cut.isEmpty()) {
        ops.erase(std::remove_if(ops.begin(), ops.end(),
                      [&](const Operation &op) {
                          const auto c = cut.constFind(
                              op.deviceId + QLatin1Char('/') + QString::number(op.incarnation));
                          return c != cut.cend() && op.seq > *c;
                      }),
            ops.end());
    }
    return e;
}

Result<QByteArray> SyncRepository::exportBundle(
    const DeviceKeys &keys, const QDateTime &now, const Progress &progress) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    auto trusted = trustedDevices();
    if (!trusted)
        return tl::unexpected(trusted.error());
    // Unit laptops enrolled with a scope get their own bundles (exportFor).
    QSqlQuery scoped(m_store.database());
    if (!scoped.exec(QStringLiteral(
            "SELECT device_id FROM sync_devices WHERE coalesce(scope_unit, '') <> '' OR "
            "coalesce(scope_coach, '') <> ''")))
        return SqlError::failure(scoped);
    QSet<QString> scopedIds;
    while (scoped.next())
        scopedIds.insert(scoped.value(0).toString());
    QList<PublicIdentity> recipients;
    for (const PublicIdentity &d : std::as_const(*trusted)) {
        if (!scopedIds.contains(d.deviceId))
            recipients.append(d);
    }
    if (recipients.isEmpty()) {
        return fail(
            Error::Kind::NotAllowed, tr("This store trusts no other store yet: enrol it first."));
    }
    // What every recipient holds already, by its last receipt or bundle; a recipient not heard from
    // gets all.
    QHash<QString, qint64> floor;
    bool first = true;
    for (const PublicIdentity &r : std::as_const(recipients)) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT have FROM sync_peers WHERE device_id = ?"));
        q.addBindValue(r.deviceId);
        if (!q.exec())
            return SqlError::failure(q);
        const QJsonObject known = q.next()
            ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
            : QJsonObject();
        QHash<QString, qint64> peer;
        for (auto it = known.constBegin(); it != known.constEnd(); ++it)
            peer.insert(it.key(), it.value().toString().toLongLong());
        if (first) {
            floor = peer;
            first = false;
        } else {
            for (auto it = floor.begin(); it != floor.end(); ++it)
                it.value() = std::min(it.value(), peer.value(it.key(), 0));
        }
    }
    auto news = m_store.operationsAfter(floor, progress.part(0, 600));
    if (!news)
        return tl::unexpected(news.error());
    auto e = extras(QStringLiteral("data"));
    if (!e)
        return tl::unexpected(e.error());
    auto signedExtras = withHeads(*e, keys, *news);
    if (!signedExtras)
        return tl::unexpected(signedExtras.error());
    if (!progress(700, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    return Bundle::write(
        keys, *me, CaseStore::latestSchemaVersion(), recipients, *news, now, *signedExtras);
}

Result<QByteArray> SyncRepository::exportFiles(const DeviceKeys &keys,
    const QList<std::pair<QString, QByteArray>> &files, const QDateTime &now) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT device_id FROM sync_devices WHERE trusted_as = 'enrolled' AND revoked = 0")))
        return SqlError::failure(q);
    QSet<QString> enrolled;
    while (q.next())
        enrolled.insert(q.value(0).toString());
    auto devices = trustedDevices();
    if (!devices)
        return tl::unexpected(devices.error());
    QList<PublicIdentity> recipients;
    for (const PublicIdentity &d : *devices) {
        if (enrolled.contains(d.deviceId))
            recipients << d;
    }
    if (recipients.isEmpty()) {
        return fail(Error::Kind::NotAllowed,
            tr("This store has enrolled no device to send definitions to."));
    }
    if (files.isEmpty())
        return fail(Error::Kind::Invalid, tr("There is no file to send."));
    auto e = extras(QStringLiteral("definitions"));
    if (!e)
        return tl::unexpected(e.error());
    const QDate today = m_store.clock().today();
    return Bundle::writeRaw(keys, *me, CaseStore::latestSchemaVersion(), recipients,
        Bundle::filesToBinary(files), static_cast<int>(files.size()), std::make_pair(today, today),
        now, *e);
}

Result<QByteArray> SyncRepository::exportFor(const DeviceKeys &keys, const QString &deviceId,
    const QDateTime &now, const Progress &progress) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT coalesce(scope_unit, ''), coalesce(scope_coach, '') FROM sync_devices WHERE "
        "device_id = ? AND revoked = 0 AND trusted_as = 'enrolled'"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next() || (q.value(0).toString().isEmpty() && q.value(1).toString().isEmpty())) {
        return fail(Error::Kind::NotFound,
            tr("No device %1 was enrolled by this store for one unit or one coach.").arg(deviceId));
    }
    const QString unit = q.value(0).toString();
    const QString coach = q.value(1).toString();
    PublicIdentity recipient;
    if (auto devices = trustedDevices()) {
        for (const PublicIdentity &d : *devices) {
            if (d.deviceId == deviceId)
                recipient = d;
        }
    }
    // The rows in scope: the cases dispatched to the unit (or assigned to the coach, or created on
    // the device), their persons and every record of those cases. A case handed to another coach
    // leaves this device's next bundles.
    QSet<QString> cases;
    if (!unit.isEmpty()) {
        q.prepare(QStringLiteral(
            "SELECT DISTINCT case_id FROM dispatches WHERE unit_id = ? AND deleted = 0"));
    } else {
        q.prepare(QStringLiteral("SELECT id FROM cases WHERE coach_id = ?"));
    }
    q.addBindValue(unit.isEmpty() ? coach : unit);
    if (!q.exec())
        return SqlError::failure(q);
    while (q.next())
        cases.insert(q.value(0).toString());
    q.prepare(QStringLiteral(
        "SELECT c.id FROM cases c WHERE (SELECT o.device_id FROM oplog o WHERE o.entity = 'case' "
        "AND o.row_id = c.id ORDER BY o.hlc LIMIT 1) = ? AND coalesce(c.coach_id, '') IN ('', ?)"));
    q.addBindValue(deviceId);
    q.addBindValue(coach);
    if (!q.exec())
        return SqlError::failure(q);
    while (q.next())
        cases.insert(q.value(0).toString());
    QSet<QString> rows; // "entity/row"
    QSqlQuery r(m_store.database());
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT id, person_id FROM cases")))
        return SqlError::failure(r);
    while (r.next()) {
        if (cases.contains(r.value(0).toString())) {
            rows.insert(QStringLiteral("case/") + r.value(0).toString());
            rows.insert(QStringLiteral("person/") + r.value(1).toString());
        }
    }
    QSet<QString> instances;
    for (const auto &[entity, table] : CaseStore::caseRecordTables()) {
        if (!r.exec(QStringLiteral("SELECT id, case_id FROM %1").arg(table)))
            return SqlError::failure(r);
        while (r.next()) {
            if (cases.contains(r.value(1).toString())) {
                rows.insert(entity + QLatin1Char('/') + r.value(0).toString());
                if (entity == QLatin1String("form_instance"))
                    instances.insert(r.value(0).toString());
            }
        }
    }
    if (!r.exec(QStringLiteral("SELECT id, instance_id FROM form_values")))
        return SqlError::failure(r);
    while (r.next()) {
        if (instances.contains(r.value(1).toString()))
            rows.insert(QStringLiteral("form_value/") + r.value(0).toString());
    }
    static const QSet<QString> Reference = {QStringLiteral("unit"), QStringLiteral("staff"),
        QStringLiteral("employer"), QStringLiteral("se_group"), QStringLiteral("se_group_session"),
        QStringLiteral("account")};
    if (!progress(300, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    auto ops = m_store.operations();
    if (!ops)
        return tl::unexpected(ops.error());
    if (!progress(600, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    QList<Operation> inScope;
    for (const Operation &op : std::as_const(*ops)) {
        if (Reference.contains(op.entity) || rows.contains(op.entity + QLatin1Char('/') + op.rowId))
            inScope << op;
    }
    auto e = extras(QStringLiteral("data"));
    if (!e)
        return tl::unexpected(e.error());
    auto signedExtras = withHeads(*e, keys, inScope, false);
    if (!signedExtras)
        return tl::unexpected(signedExtras.error());
    if (!progress(700, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    return Bundle::write(
        keys, *me, CaseStore::latestSchemaVersion(), {recipient}, inScope, now, *signedExtras);
}

Result<QByteArray> SyncRepository::receipt(
    const DeviceKeys &keys, const ImportSummary &imported, const QDateTime &now) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    auto e = extras(QStringLiteral("receipt"));
    if (!e)
        return tl::unexpected(e.error());
    e->answers = imported.bundleId;
    return Bundle::write(
        keys, *me, CaseStore::latestSchemaVersion(), {imported.sender}, {}, now, *e);
}

VoidResult SyncRepository::revoke(const QString &deviceId)
{
    QSqlQuery q(m_store.database());
    // What the device wrote up to now is genuine; anything it signs later is refused.
    q.prepare(QStringLiteral(
        "UPDATE sync_devices SET revoked = 1, revoked_after = (SELECT coalesce(max(seq), 0) FROM "
        "oplog WHERE device_id = ?) WHERE device_id = ? AND trusted_as = 'enrolled' AND "
        "revoked = 0"));
    q.addBindValue(deviceId);
    q.addBindValue(deviceId);
    if (!q.exec())
        return SqlError::failure(q);
    if (q.numRowsAffected() != 1) {
        return fail(
            Error::Kind::NotFound, tr("No device %1 was enrolled by this store.").arg(deviceId));
    }
    return {};
}

VoidResult SyncRepository::notePeer(const BundleHeader &header)
{
    QJsonObject have;
    for (auto it = header.have.cbegin(); it != header.have.cend(); ++it)
        have.insert(it.key(), QString::number(it.value()));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_peers (device_id, have, updated_at) VALUES (?, ?, ?) ON CONFLICT "
        "(device_id) DO UPDATE SET have = excluded.have, updated_at = excluded.updated_at"));
    q.addBindValue(header.from.deviceId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(have).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::failure(q);
    // Revocations count only from the store that enrolled this one.
    for (const QString &entry : header.revoked) {
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        bool ok = colon > 0;
        const qint64 after = ok ? entry.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || after < 0)
            continue;
        q.prepare(QStringLiteral(
            "UPDATE sync_devices SET revoked = 1, revoked_after = ? WHERE device_id = ? AND "
            "revoked = 0 AND EXISTS (SELECT 1 FROM sync_devices WHERE device_id = ? AND "
            "trusted_as = 'enroller')"));
        q.addBindValue(after);
        q.addBindValue(entry.left(colon));
        q.addBindValue(header.from.deviceId);
        if (!q.exec())
            return SqlError::failure(q);
    }
    return {};
}

Result<QList<Refusal>> SyncRepository::refusals() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral(
            "SELECT b.bundle_id, b.from_device, coalesce(d.name, b.from_device), b.imported_at, "
            "b.status, b.reason FROM sync_bundles b LEFT JOIN sync_devices d ON d.device_id = "
            "b.from_device WHERE b.status IN ('refused', 'quarantined') ORDER BY b.imported_at, "
            "b.bundle_id")))
        return SqlError::failure(q);
    QList<Refusal> out;
    while (q.next()) {
        out << Refusal {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    }
    return out;
}

VoidResult SyncRepository::quarantine(
    const BundleHeader &header, const QString &reason, const QString &status)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_bundles (bundle_id, from_device, hash, imported_at, operations, status, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (bundle_id) DO UPDATE SET from_device = "
        "excluded.from_device, hash = excluded.hash, imported_at = excluded.imported_at, "
        "operations = excluded.operations, status = excluded.status, reason = excluded.reason"));
    q.addBindValue(header.bundleId);
    q.addBindValue(header.from.deviceId);
    q.addBindValue(QString::fromLatin1(header.payloadHash.toHex()));
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    q.addBindValue(header.operations);
    q.addBindValue(status);
    q.addBindValue(reason);
    if (!q.exec())
        return SqlError::failure(q);
    return {};
}

// What one import keeps between operations: prepared statements, each device's sequence head, and
// the writes of the row being merged (a row's fields arrive together, so its writes are read once).
struct SyncRepository::MergeState
{
    struct Write
    {
        QString opId;
        QString device;
        qint64 seq = 0;
        qint64 hlc = 0;
        qint64 base = 0;
        QString value;
        QString field;
    };
    explicit MergeState(const QSqlDatabase &db)
        : bySeq(db,
            QStringLiteral(
                "SELECT hash FROM oplog WHERE device_id = ? AND incarnation = ? AND seq = ?")),
          head(db,
              QStringLiteral("SELECT seq, hash FROM oplog WHERE device_id = ? AND incarnation = ? "
                             "ORDER BY seq DESC LIMIT 1")),
          rowWrites(db,
              QStringLiteral(
                  "SELECT op_id, device_id, seq, hlc, coalesce(base_hlc, 0), value, field "
                  "FROM oplog WHERE row_id = ? AND entity = ?")),
          insert(db,
              QStringLiteral("INSERT INTO oplog (op_id, device_id, incarnation, seq, hlc, actor, "
                             "entity, row_id, field, value, base_hlc, form_id, form_version, "
                             "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?)")),
          backlog(db), conflict(db), decided(db), settle(db), lookup(db)
    {
        backlog.prepare(QStringLiteral("INSERT INTO sync_backlog (op_id, device_id, incarnation, "
                                       "seq, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        conflict.prepare(QStringLiteral(
            "INSERT INTO sync_conflicts (id, entity, row_id, field, op_a, op_b, value_a, value_b, "
            "device_a, device_b, hlc_a, hlc_b, status, chosen, reason) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        decided.prepare(QStringLiteral(
            "SELECT value, actor FROM oplog WHERE row_id = ? AND entity = ? AND field = ? AND "
            "coalesce(base_hlc, 0) >= ? ORDER BY hlc DESC LIMIT 1"));
        settle.prepare(QStringLiteral(
            "UPDATE sync_conflicts SET status = 'resolved', chosen = ?, reason = ? WHERE "
            "row_id = ? AND entity = ? AND field = ? AND status = 'open' AND hlc_a <= ? AND hlc_b "
            "<= ?"));
        QSqlQuery open(db);
        openConflicts = open.exec(QStringLiteral(
                            "SELECT 1 FROM sync_conflicts WHERE status = 'open' LIMIT 1"))
            && open.next();
    }
    // The statements run for every operation, bound through the engine's own API on SQLite.
    LoopStatement bySeq, head, rowWrites, insert;
    QSqlQuery backlog, conflict, decided, settle, lookup;
    QHash<QString, qint64> heads;        // "device/incarnation" -> highest sequence held
    QHash<QString, QByteArray> tipHash;  // "device/incarnation" -> the hash of that operation
    QHash<QString, qint64> backlogCount; // device -> operations waiting for a gap to fill
    QString row;
    QList<Write> writes;
    // The row's winning writes, set in one statement when the merge leaves the row (a bundle's row
    // arrives as a run of its fields).
    struct Pending
    {
        QString entity;
        QString rowId;
        bool ensureRow = false;
        QList<std::pair<QString, QString>> fields; // each field once, its latest winning value
    };
    Pending pending;
    bool openConflicts = false;
    bool scoped = false; // a laptop enrolled with a scope (a unit or a coach)

    // Rights at merge: who wrote each operation, what it may write, and where the rows of the
    // bundle belong.
    struct Rights
    {
        QString name;
        QString role;
        EnrolScope scope;
        bool anchor = false; // this store or its enroller: not checked here
    };
    bool checkRights = false; // false for bundles from this store's enroller, which checked them
    QHash<QString, Rights> rights; // device -> rights
    QHash<QString, QString>
        parentOf; // "entity/row" -> case id (or instance or group id) named in the bundle
    QSet<QString> allowedCases;               // "device|case" found in scope
    QSet<QString> allowedPersons;             // "device|person" with a case in scope
    QMultiHash<QString, QString> personCases; // person -> cases the bundle names it in
    bool refused = false;                     // the failure is a refused write, not tampering
};

VoidResult SyncRepository::flush(MergeState &m)
{
    if (m.pending.fields.isEmpty())
        return {};
    auto done = m_store.applyFields(
        m.pending.entity, m.pending.rowId, m.pending.fields, m.pending.ensureRow);
    m.pending.fields.clear();
    m.pending.ensureRow = false;
    return done;
}

Result<bool> SyncRepository::merge(MergeState &m, const Operation &op, ImportSummary &s)
{
    auto tampered = [&op] {
        return tr("Operation %1 of device %2 arrived with other content than before: the bundle "
                  "was altered. It is quarantined.")
            .arg(op.seq)
            .arg(op.deviceId);
    };
    const QString key = op.deviceId + QLatin1Char('/') + QString::number(op.incarnation);
    auto headIt = m.heads.find(key);
    if (headIt == m.heads.end()) {
        if (!m.head.bind(op.deviceId).bind(op.incarnation).exec())
            return SqlError::failure(m.head.lastError());
        const bool any = m.head.next();
        headIt = m.heads.insert(key, any ? m.head.number(0) : 0);
        m.tipHash.insert(key, any ? m.head.blob(1) : Operation::chainStart());
        m.head.finish();
    }
    if (op.deviceId == m_store.identity().deviceId && op.seq > *headIt) {
        return fail(Error::Kind::NotAllowed,
            tr("The bundle carries operation %1 under this store's own device id, which this store "
               "never wrote: it "
               "was forged. It is quarantined.")
                .arg(op.seq));
    }
    // A unit laptop receives only the operations of its cases: other stores' sequences have gaps
    // there.
    const bool outOfSequence = m.scoped && op.deviceId != m_store.identity().deviceId;
    if (outOfSequence) {
        if (!m.bySeq.bind(op.deviceId).bind(op.incarnation).bind(op.seq).exec())
            return SqlError::failure(m.bySeq.lastError());
        const bool found = m.bySeq.next();
        const bool same = found && m.bySeq.blob(0) == op.hash; // the hash covers every field
        m.bySeq.finish();
        if (found && !same)
            return fail(Error::Kind::NotAllowed, tampered());
        if (found) {
            ++s.known;
            return false;
        }
    } else if (op.seq <= *headIt) {
        // Known by its place in the device's sequence: the same operation, or a forgery of it.
        if (!m.bySeq.bind(op.deviceId).bind(op.incarnation).bind(op.seq).exec())
            return SqlError::failure(m.bySeq.lastError());
        const bool same = m.bySeq.next() && m.bySeq.blob(0) == op.hash;
        m.bySeq.finish();
        if (!same)
            return fail(Error::Kind::NotAllowed, tampered());
        ++s.known;
        return false;
    }
    if (!outOfSequence && op.seq != *headIt + 1) {
        // A gap: an earlier operation of this device has not arrived yet. Held until it does,
        // within a cap.
        qint64 &waiting = m.backlogCount[op.deviceId];
        if (waiting == 0) {
            m.lookup.prepare(
                QStringLiteral("SELECT count(*) FROM sync_backlog WHERE device_id = ?"));
            m.lookup.addBindValue(op.deviceId);
            if (!m.lookup.exec() || !m.lookup.next())
                return SqlError::failure(m.lookup);
            waiting = m.lookup.value(0).toLongLong();
            m.lookup.finish();
        }
        if (++waiting > MaxBacklogPerDevice) {
            m.refused = true;
            return fail(Error::Kind::NotAllowed,
                tr("Device %1 has more than %2 operations waiting for earlier ones; the bundle is "
                   "refused until "
                   "the missing bundles are imported.")
                    .arg(op.deviceId)
                    .arg(MaxBacklogPerDevice));
        }
        for (const QVariant &v :
            {QVariant(op.opId), QVariant(op.deviceId), QVariant(op.incarnation), QVariant(op.seq),
                QVariant(QString::fromLatin1(Bundle::operationsToBinary({op}).toBase64()))})
            m.backlog.addBindValue(v);
        if (!m.backlog.exec())
            return SqlError::failure(m.backlog);
        ++s.heldBack;
        return false;
    }

    // The other writes of the field: does this one win, and did its writer miss any of them?
    // A row is named by its entity and id: a case and its supported-employment profile share an id.
    const QString rowKey = op.entity + QLatin1Char('/') + op.rowId;
    if (m.pending.rowId != op.rowId || m.pending.entity != op.entity) {
        if (auto r = flush(m); !r)
            return tl::unexpected(r.error());
        m.pending.entity = op.entity;
        m.pending.rowId = op.rowId;
    }
    if (m.row != rowKey) {
        m.row = rowKey;
        m.writes.clear();
        if (!m.rowWrites.bind(op.rowId).bind(op.entity).exec())
            return SqlError::failure(m.rowWrites.lastError());
        while (m.rowWrites.next()) {
            m.writes << MergeState::Write {m.rowWrites.text(0), m.rowWrites.text(1),
                m.rowWrites.number(2), m.rowWrites.number(3), m.rowWrites.number(4),
                m.rowWrites.text(5), m.rowWrites.text(6)};
        }
        if (m.rowWrites.lastError().isValid())
            return SqlError::failure(m.rowWrites.lastError());
        m.rowWrites.finish();
    }
    if (!outOfSequence && op.prevHash != m.tipHash.value(key)) {
        return fail(Error::Kind::NotAllowed,
            tr("Operation %1 of device %2 does not follow that device's log (its chain link is "
               "wrong): the bundle "
               "was altered. It is quarantined.")
                .arg(op.seq)
                .arg(op.deviceId));
    }
    if (auto ok = allowed(m, op); !ok)
        return tl::unexpected(ok.error());

    bool wins = true;
    struct Pair
    {
        QString opA, opB, valueA, valueB, deviceA, deviceB;
        qint64 hlcA, hlcB;
    };
    QList<Pair> conflicts;
    for (const MergeState::Write &w : std::as_const(m.writes)) {
        if (w.field != op.field)
            continue;
        if (std::tie(w.hlc, w.device, w.seq) > std::tie(op.hlc, op.deviceId, op.seq))
            wins = false;
        // Concurrent: neither writer had seen the other's value when it wrote (a device sees its
        // own writes).
        if (w.device == op.deviceId || op.baseHlc >= w.hlc || w.base >= op.hlc)
            continue;
        if (std::tie(w.hlc, w.device, w.seq) < std::tie(op.hlc, op.deviceId, op.seq)) {
            conflicts << Pair {
                w.opId, op.opId, w.value, op.value, w.device, op.deviceId, w.hlc, op.hlc};
        } else {
            conflicts << Pair {
                op.opId, w.opId, op.value, w.value, op.deviceId, w.device, op.hlc, w.hlc};
        }
    }
    if (wins) {
        // A row with earlier writes exists already: its first write created it.
        if (auto r = m_store.checkOperation(op); !r)
            return tl::unexpected(r.error());
        m.pending.ensureRow = m.pending.ensureRow || m.writes.isEmpty();
        auto &fields = m.pending.fields;
        auto same = std::find_if(fields.begin(), fields.end(),
            [&op](const std::pair<QString, QString> &f) { return f.first == op.field; });
        if (same == fields.end()) {
            fields.append({op.field, op.value});
        } else {
            same->second = op.value; // a later write that wins over the earlier one
        }
    }
    m.insert.bind(op.opId).bind(op.deviceId).bind(op.incarnation).bind(op.seq).bind(op.hlc);
    m.insert.bind(op.actor).bind(op.entity).bind(op.rowId).bind(op.field).bind(op.value);
    if (op.baseHlc == 0) {
        m.insert.bindNull();
    } else {
        m.insert.bind(op.baseHlc);
    }
    // An empty form id or version is NULL, as the log's own writes store it.
    m.insert.bind(op.formId.isEmpty() ? QString() : op.formId);
    m.insert.bind(op.formVersion.isEmpty() ? QString() : op.formVersion);
    m.insert.bindBlob(op.prevHash).bindBlob(op.hash);
    if (!m.insert.exec()) // the operation id is taken by another operation: a forgery
        return fail(Error::Kind::NotAllowed, tampered());
    m.writes << MergeState::Write {
        op.opId, op.deviceId, op.seq, op.hlc, op.baseHlc, op.value, op.field};
    if (op.seq > *headIt) {
        *headIt = op.seq;
        m.tipHash.insert(key, op.hash);
    }
    m_store.observeHlc(op.hlc);

    for (const Pair &p : conflicts) {
        // A later write that has seen both sides (a decision) settles the conflict, whichever
        // arrived first.
        m.decided.addBindValue(op.rowId);
        m.decided.addBindValue(op.entity);
        m.decided.addBindValue(op.field);
        m.decided.addBindValue(std::max(p.hlcA, p.hlcB));
        if (!m.decided.exec())
            return SqlError::failure(m.decided);
        const bool decided = m.decided.next();
        const QVariant chosen = decided ? QVariant(sameOrNull(m.decided.value(0))) : QVariant();
        const QVariant reason = decided
            ? QVariant(tr("Decided by %1").arg(m.decided.value(1).toString()))
            : QVariant();
        m.decided.finish();
        for (const QVariant &v : {QVariant(CaseStore::conflictId(p.opA, p.opB)),
                 QVariant(op.entity), QVariant(op.rowId), QVariant(op.field), QVariant(p.opA),
                 QVariant(p.opB), QVariant(p.valueA), QVariant(p.valueB), QVariant(p.deviceA),
                 QVariant(p.deviceB), QVariant(p.hlcA), QVariant(p.hlcB),
                 QVariant(decided ? QStringLiteral("resolved") : QStringLiteral("open")), chosen,
                 reason})
            m.conflict.addBindValue(v);
        if (!m.conflict.exec())
            return SqlError::failure(m.conflict);
        s.conflicts += m.conflict.numRowsAffected() > 0 ? 1 : 0;
        m.openConflicts = m.openConflicts || !decided;
    }
    // This write may itself be a decision that has seen both sides of open conflicts.
    if (m.openConflicts && op.baseHlc > 0) {
        for (const QVariant &v : {QVariant(op.value), QVariant(tr("Decided by %1").arg(op.actor)),
                 QVariant(op.rowId), QVariant(op.entity), QVariant(op.field), QVariant(op.baseHlc),
                 QVariant(op.baseHlc)})
            m.settle.addBindValue(v);
        if (!m.settle.exec())
            return SqlError::failure(m.settle);
    }
    ++s.applied;
    return true;
}

namespace {

const QSet<QString> &referenceEntities()
{
    // Reference data and decisions: written by the enroller (or a whole-store window or bureau),
    // never by a laptop.
    static const QSet<QString> Set = {QStringLiteral("unit"), QStringLiteral("staff"),
        QStringLiteral("employer"), QStringLiteral("dispatch"), QStringLiteral("decision"),
        QStringLiteral("person_merge"), QStringLiteral("account")};
    return Set;
}

// The field of a row that names its parent, where the rights to the row are those to the parent.
QString parentField(const QString &entity)
{
    if (entity == QLatin1String("form_value"))
        return QStringLiteral("instance_id");
    if (entity == QLatin1String("se_group_session"))
        return QStringLiteral("group_id");
    if (entity == QLatin1String("case") || entity == QLatin1String("person")
        || entity == QLatin1String("se_group"))
        return {};
    return QStringLiteral("case_id");
}

} // namespace

struct SyncRepository::Authors
{
    QList<SignedHead> heads;
    QList<Certificate>
        certified; // devices first known through a certificate relayed in this bundle
};

Result<SyncRepository::Authors> SyncRepository::checkAuthors(
    const BundleHeader &header, const QList<Operation> &ops, ImportSummary &summary)
{
    Authors out;
    const QString me = m_store.identity().deviceId;
    QSqlQuery q(m_store.database());
    QString enroller;
    if (!q.exec(QStringLiteral("SELECT device_id FROM sync_devices WHERE trusted_as = 'enroller'")))
        return SqlError::failure(q);
    if (q.next())
        enroller = q.value(0).toString();
    const bool fromEnroller = !enroller.isEmpty() && header.from.deviceId == enroller;
    const bool scoped = !enrolScope().isWhole();

    // Clocks: an operation dated far ahead of this computer is refused; one visibly ahead names its
    // device.
    const qint64 nowMs = m_store.clock().now().toMSecsSinceEpoch();
    const qint64 skew = maxSkewMs();
    QSet<QString> ahead;
    QHash<QString, QList<const Operation *>> logs; // "device/incarnation"
    for (const Operation &op : ops) {
        if (op.baseHlc > op.hlc) {
            return fail(Error::Kind::NotAllowed,
                tr("Operation %1 of device %2 claims to have seen a value written after itself; "
                   "the bundle is "
                   "refused.")
                    .arg(op.seq)
                    .arg(op.deviceId));
        }
        const qint64 physical = op.hlc >> 16;
        if (physical > nowMs + skew) {
            return fail(Error::Kind::NotAllowed,
                tr("Operation %1 of device %2 is dated %3, more than %4 hours ahead of this "
                   "computer's clock; the "
                   "bundle is refused. Check the clocks of both computers.")
                    .arg(op.seq)
                    .arg(op.deviceId,
                        physical < 253402300799000LL
                            ? QDateTime::fromMSecsSinceEpoch(physical, Qt::UTC)
                                  .toString(Qt::ISODate)
                            : tr("beyond the year 9999"))
                    .arg(skew / 3'600'000));
        }
        if (physical > nowMs + 5 * 60 * 1000)
            ahead.insert(op.deviceId);
        logs[op.deviceId + QLatin1Char('/') + QString::number(op.incarnation)] << &op;
    }
    QHash<QString, SignedHead> heads;
    for (const SignedHead &h : header.heads)
        heads.insert(h.deviceId + QLatin1Char('/') + QString::number(h.incarnation), h);

    QSqlQuery dev(m_store.database());
    dev.prepare(QStringLiteral("SELECT name, role, sign_key, revoked, revoked_after FROM "
                               "sync_devices WHERE device_id = ?"));
    for (auto it = logs.begin(); it != logs.end(); ++it) {
        QList<const Operation *> &log = it.value();
        std::sort(log.begin(), log.end(),
            [](const Operation *a, const Operation *b) { return a->seq < b->seq; });
        const QString device = log.first()->deviceId;
        if (device == me)
            continue; // this store's own operations coming back: each must be one it holds (checked
                      // at merge)
        PublicIdentity identity;
        bool trustedHere = false;
        dev.addBindValue(device);
        if (!dev.exec())
            return SqlError::failure(dev);
        if (dev.next()) {
            trustedHere = true;
            identity = PublicIdentity {device, dev.value(0).toString(), dev.value(1).toString(),
                QByteArray::fromBase64(dev.value(2).toString().toLatin1()), {}};
            if (dev.value(3).toBool()
                && (dev.value(4).isNull() || log.last()->seq > dev.value(4).toLongLong())) {
                return fail(Error::Kind::NotAllowed,
                    tr("Device %1 (%2) was revoked; what it wrote after its revocation is refused, "
                       "and the bundle "
                       "with it.")
                        .arg(identity.name, device));
            }
        }
        dev.finish();
        if (!trustedHere) {
            // Known only through its enroller's certificate, relayed in this bundle.
            const auto c = std::find_if(header.certificates.cbegin(), header.certificates.cend(),
                [&](const Certificate &cert) { return cert.device.deviceId == device; });
            QByteArray enrollerKey;
            if (c != header.certificates.cend()) {
                if (c->enrollerId == me) {
                    if (auto mine = self())
                        enrollerKey = mine->signKey;
                } else {
                    QSqlQuery k(m_store.database());
                    k.prepare(QStringLiteral(
                        "SELECT sign_key FROM sync_devices WHERE device_id = ? AND revoked = 0 AND "
                        "trusted_as IN ('enrolled', 'enroller')"));
                    k.addBindValue(c->enrollerId);
                    if (k.exec() && k.next())
                        enrollerKey = QByteArray::fromBase64(k.value(0).toString().toLatin1());
                }
            }
            if (enrollerKey.isEmpty()
                || !DeviceKeys::verify(enrollerKey, c->message(), c->signature)) {
                return fail(Error::Kind::NotAllowed,
                    tr("The bundle carries operations under device %1, which no store this one "
                       "trusts has "
                       "enrolled; the bundle is refused.")
                        .arg(device));
            }
            identity = c->device;
            out.certified << *c;
        }
        const bool anchor = device == enroller;
        // The actor: a device writes in the name it was enrolled with (its enroller in anyone's).
        if (!anchor) {
            QHash<QString, bool> accountsOk; // the device's users, by name
            for (const Operation *op : std::as_const(log)) {
                if (op->actor != identity.name && !accountsOk.contains(op->actor))
                    accountsOk.insert(op->actor, mayActAs(device, op->actor));
                if (op->actor != identity.name && !accountsOk.value(op->actor)) {
                    return fail(Error::Kind::NotAllowed,
                        tr("Operation %1 of device %2 is written in the name of \"%3\", for whom "
                           "that device may not "
                           "act (it was enrolled as \"%4\"); the bundle is refused.")
                            .arg(op->seq)
                            .arg(identity.name, op->actor, identity.name));
                }
            }
        }
        // Authorship: the range is the device's own, as its signed head vouches, whoever relays it.
        // A scoped laptop holds only part of other stores' logs and takes its enroller's word for
        // them (docs/sync.md).
        if (!(scoped && fromEnroller)) {
            const auto h = heads.constFind(it.key());
            const Operation *last = log.last();
            if (h == heads.cend() || h->seq != last->seq
                || !DeviceKeys::verify(identity.signKey, h->message(), h->signature)) {
                return fail(Error::Kind::NotAllowed,
                    tr("The bundle carries operations of %1 that %1 did not sign (no valid signed "
                       "head for its "
                       "sequence %2); the bundle is refused.")
                        .arg(identity.name)
                        .arg(last->seq));
            }
            bool linked = h->hash == last->hash;
            for (qsizetype i = 1; linked && i < log.size(); ++i) {
                linked = log.at(i)->seq == log.at(i - 1)->seq + 1
                    && log.at(i)->prevHash == log.at(i - 1)->hash;
            }
            if (!linked) {
                return fail(Error::Kind::NotAllowed,
                    tr("The operations of %1 in the bundle do not match what it signed: they were "
                       "altered, dropped "
                       "or invented on the way. The bundle is refused.")
                        .arg(identity.name));
            }
            out.heads << *h;
        }
    }
    for (const QString &device : std::as_const(ahead))
        summary.clockWarnings << device;
    return out;
}

bool SyncRepository::mayActAs(const QString &deviceId, const QString &actor) const
{
    // A user of the device: an account of this store whose staff member is in the device's
    // scope (its coach, or its unit), or any account for a whole-store device.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT coalesce(scope_unit, ''), coalesce(scope_coach, '') FROM sync_devices "
        "WHERE device_id = ? AND revoked = 0"));
    q.addBindValue(deviceId);
    if (!q.exec() || !q.next())
        return false;
    const QString unit = q.value(0).toString();
    const QString coach = q.value(1).toString();
    q.prepare(QStringLiteral(
        "SELECT coalesce(a.staff_id, ''), coalesce(coalesce(a.unit_id, s.unit_id), '') FROM "
        "accounts a "
        "LEFT JOIN staff s ON s.id = a.staff_id WHERE a.name = ? AND a.deleted = 0"));
    q.addBindValue(actor);
    if (!q.exec() || !q.next())
        return false;
    if (!coach.isEmpty())
        return q.value(0).toString() == coach;
    if (!unit.isEmpty())
        return q.value(1).toString() == unit;
    return true;
}

VoidResult SyncRepository::keepAuthors(const Authors &authors)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO sync_heads (device_id, incarnation, seq, hash, "
                             "signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const SignedHead &h : authors.heads) {
        for (const QVariant &v : {QVariant(h.deviceId), QVariant(h.incarnation), QVariant(h.seq),
                 QVariant(h.hash), QVariant(h.signature)})
            q.addBindValue(v);
        if (!q.exec())
            return SqlError::failure(q);
    }
    q.prepare(QStringLiteral(
        "INSERT INTO sync_devices (device_id, name, role, sign_key, box_key, trusted_as, "
        "added_on, revoked, scope_unit, scope_coach, certificate) VALUES (?, ?, ?, ?, ?, "
        "'certified', ?, 0, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const Certificate &c : authors.certified) {
        for (const QVariant &v :
            {QVariant(c.device.deviceId), QVariant(c.device.name), QVariant(c.device.role),
                QVariant(QString::fromLatin1(c.device.signKey.toBase64())),
                QVariant(QString::fromLatin1(c.device.boxKey.toBase64())),
                QVariant(m_store.clock().now().toUTC().toString(Qt::ISODate)),
                c.scopeUnit.isEmpty() ? QVariant() : QVariant(c.scopeUnit),
                c.scopeCoach.isEmpty() ? QVariant() : QVariant(c.scopeCoach),
                QVariant(
                    QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)))})
            q.addBindValue(v);
        if (!q.exec())
            return SqlError::failure(q);
    }
    return {};
}

Result<bool> SyncRepository::allowed(MergeState &m, const Operation &op)
{
    if (op.deviceId == m_store.identity().deviceId)
        return true;
    // The audit trail is append-only, whoever signs: each field of an entry is written once.
    if (op.entity == QLatin1String("audit")) {
        for (const MergeState::Write &w : std::as_const(m.writes)) {
            if (w.field == op.field) {
                m.refused = true;
                return fail(Error::Kind::NotAllowed,
                    tr("Operation %1 of device %2 changes an audit entry, which is never changed "
                       "or "
                       "withdrawn. Nothing of the bundle was imported.")
                        .arg(op.seq)
                        .arg(op.deviceId));
            }
        }
    }
    if (!m.checkRights)
        return true;
    auto rightsIt = m.rights.find(op.deviceId);
    if (rightsIt == m.rights.end()) {
        MergeState::Rights r;
        m.lookup.prepare(QStringLiteral(
            "SELECT name, role, trusted_as, coalesce(scope_unit, ''), coalesce(scope_coach, '') "
            "FROM sync_devices WHERE device_id = ?"));
        m.lookup.addBindValue(op.deviceId);
        if (!m.lookup.exec())
            return SqlError::failure(m.lookup);
        if (m.lookup.next()) {
            r.name = m.lookup.value(0).toString();
            r.role = m.lookup.value(1).toString();
            r.anchor = m.lookup.value(2).toString() == QLatin1String("enroller");
            r.scope = EnrolScope {m.lookup.value(3).toString(), m.lookup.value(4).toString()};
        }
        m.lookup.finish();
        rightsIt = m.rights.insert(op.deviceId, r);
    }
    const MergeState::Rights &r = *rightsIt;
    if (r.anchor)
        return true;
    auto refuse = [&](const QString &rule) -> Result<bool> {
        m.refused = true;
        return fail(Error::Kind::NotAllowed,
            tr("Operation %1 of device %2 (%3) was refused: %4 Nothing of the bundle was imported.")
                .arg(op.seq)
                .arg(r.name, op.deviceId, rule));
    };
    const bool wholeOffice = r.scope.isWhole()
        && (r.role == roleKey(DeviceRole::Window) || r.role == roleKey(DeviceRole::Bureau));
    // The one piece of reference data a coach makes in the field: a new employer for a placement.
    // Employers made elsewhere are not theirs to change.
    const bool newOrOwnRow = m.writes.isEmpty()
        || std::min_element(m.writes.cbegin(), m.writes.cend(),
               [](const MergeState::Write &a, const MergeState::Write &b) { return a.hlc < b.hlc; })
                ->device
            == op.deviceId;
    if (op.entity == QLatin1String("employer") && newOrOwnRow)
        return true;
    // A unit answers the dispatches addressed to it.
    if (op.entity == QLatin1String("dispatch") && op.field == QLatin1String("answered_on")
        && !r.scope.unit.isEmpty() && !newOrOwnRow) {
        if (auto f = flush(m); !f) // the domain tables read as merged so far
            return tl::unexpected(f.error());
        m.lookup.prepare(QStringLiteral("SELECT unit_id FROM dispatches WHERE id = ?"));
        m.lookup.addBindValue(op.rowId);
        if (!m.lookup.exec())
            return SqlError::failure(m.lookup);
        const bool theirs = m.lookup.next() && m.lookup.value(0).toString() == r.scope.unit;
        m.lookup.finish();
        if (theirs)
            return true;
    }
    if (referenceEntities().contains(op.entity)) {
        if (wholeOffice)
            return true;
        return refuse(tr(
            "%1 rows (reference data, dispatches, decisions and merges) are written only by this "
            "store's enroller or a window (a coach may add an employer, and change only those it "
            "added).")
                          .arg(op.entity));
    }
    if (r.scope.isWhole())
        return true; // an enrolment for the whole store (from before scopes), marked so in the
                     // device list
    // Rows created on the device are its own; others must belong to a case in its caseload.
    auto createdOn = [&](const QString &entity, const QString &row) -> Result<bool> {
        m.lookup.prepare(QStringLiteral(
            "SELECT device_id FROM oplog WHERE entity = ? AND row_id = ? ORDER BY hlc LIMIT 1"));
        m.lookup.addBindValue(entity);
        m.lookup.addBindValue(row);
        if (!m.lookup.exec())
            return SqlError::failure(m.lookup);
        const bool found = m.lookup.next();
        const bool mine = !found || m.lookup.value(0).toString() == op.deviceId;
        m.lookup.finish();
        return mine;
    };
    auto inScope = [&](const QString &caseId) -> Result<bool> {
        if (caseId.isEmpty())
            return false;
        const QString key = op.deviceId + QLatin1Char('|') + caseId;
        if (m.allowedCases.contains(key))
            return true;
        if (auto f = flush(m); !f) // the domain tables read as merged so far
            return tl::unexpected(f.error());
        bool yes = false;
        if (!r.scope.unit.isEmpty()) {
            m.lookup.prepare(QStringLiteral("SELECT 1 FROM dispatches WHERE case_id = ? AND "
                                            "unit_id = ? AND deleted = 0 LIMIT 1"));
            m.lookup.addBindValue(caseId);
            m.lookup.addBindValue(r.scope.unit);
        } else {
            m.lookup.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ? AND coach_id = ?"));
            m.lookup.addBindValue(caseId);
            m.lookup.addBindValue(r.scope.coach);
        }
        if (!m.lookup.exec())
            return SqlError::failure(m.lookup);
        yes = m.lookup.next();
        m.lookup.finish();
        if (!yes) {
            auto c = createdOn(QStringLiteral("case"), caseId);
            if (!c)
                return c;
            yes = *c;
        }
        if (yes)
            m.allowedCases.insert(key);
        return yes;
    };
    auto parentOf
        = [&](const QString &entity, const QString &row, const QString &field) -> Result<QString> {
        const auto named = m.parentOf.constFind(entity + QLatin1Char('/') + row);
        if (named != m.parentOf.cend())
            return *named;
        m.lookup.prepare(QStringLiteral(
            "SELECT value FROM oplog WHERE entity = ? AND row_id = ? AND field = ? ORDER BY "
            "hlc DESC LIMIT 1"));
        m.lookup.addBindValue(entity);
        m.lookup.addBindValue(row);
        m.lookup.addBindValue(field);
        if (!m.lookup.exec())
            return SqlError::failure(m.lookup);
        const QString v = m.lookup.next() ? m.lookup.value(0).toString() : QString();
        m.lookup.finish();
        return v;
    };
    const QString scopeText = r.scope.unit.isEmpty() ? tr("coach %1's caseload").arg(r.scope.coach)
                                                     : tr("unit %1's cases").arg(r.scope.unit);
    const bool own = newOrOwnRow;
    if (op.entity == QLatin1String("case")) {
        auto in = inScope(op.rowId);
        if (!in)
            return in;
        if (own || *in)
            return true;
        return refuse(tr("case %1 is not in %2.").arg(op.rowId, scopeText));
    }
    if (op.entity == QLatin1String("person")) {
        if (own || m.allowedPersons.contains(op.deviceId + QLatin1Char('|') + op.rowId))
            return true;
        if (auto f = flush(m); !f) // the domain tables read as merged so far
            return tl::unexpected(f.error());
        m.lookup.prepare(QStringLiteral("SELECT id FROM cases WHERE person_id = ?"));
        m.lookup.addBindValue(op.rowId);
        if (!m.lookup.exec())
            return SqlError::failure(m.lookup);
        QStringList cases;
        while (m.lookup.next())
            cases << m.lookup.value(0).toString();
        m.lookup.finish();
        cases << m.personCases.values(op.rowId);
        for (const QString &c : std::as_const(cases)) {
            auto in = inScope(c);
            if (!in)
                return in;
            if (*in) {
                m.allowedPersons.insert(op.deviceId + QLatin1Char('|') + op.rowId);
                return true;
            }
        }
        return refuse(tr("person %1 has no case in %2.").arg(op.rowId, scopeText));
    }
    if (op.entity == QLatin1String("se_group")) {
        auto coach = parentOf(op.entity, op.rowId, QStringLiteral("coach_id"));
        if (!coach)
            return tl::unexpected(coach.error());
        if (own || (!r.scope.coach.isEmpty() && *coach == r.scope.coach))
            return true;
        return refuse(tr("group %1 is not the device's own.").arg(op.rowId));
    }
    const QString field = parentField(op.entity);
    // A record moved to another case must be allowed on both.
    if (op.field == field && !op.value.isEmpty() && op.entity != QLatin1String("form_value")
        && op.entity != QLatin1String("se_group_session")) {
        auto in = inScope(op.value);
        if (!in)
            return in;
        if (!*in)
            return refuse(tr("case %1 is not in %2.").arg(op.value, scopeText));
    }
    auto parent = parentOf(op.entity, op.rowId, field);
    if (!parent)
        return tl::unexpected(parent.error());
    QString caseId = *parent;
    if (op.entity == QLatin1String("form_value")) {
        auto c = parentOf(QStringLiteral("form_instance"), *parent, QStringLiteral("case_id"));
        if (!c)
            return tl::unexpected(c.error());
        caseId = *c;
    } else if (op.entity == QLatin1String("se_group_session")) {
        auto coach = parentOf(QStringLiteral("se_group"), *parent, QStringLiteral("coach_id"));
        if (!coach)
            return tl::unexpected(coach.error());
        auto groupOwn = createdOn(QStringLiteral("se_group"), *parent);
        if (!groupOwn)
            return groupOwn;
        if (*groupOwn || (!r.scope.coach.isEmpty() && *coach == r.scope.coach))
            return true;
        return refuse(tr("group %1 is not the device's own.").arg(*parent));
    }
    if (caseId.isEmpty()) {
        return own ? Result<bool>(true)
                   : refuse(tr("%1 %2 was not created on this device.").arg(op.entity, op.rowId));
    }
    auto in = inScope(caseId);
    if (!in)
        return in;
    if (*in)
        return true;
    return refuse(tr("case %1 is not in %2.").arg(caseId, scopeText));
}

Result<ImportSummary> SyncRepository::importBundle(
    const QByteArray &bundle, const DeviceKeys &keys, const Progress &progress)
{
    // Everything that can be checked without decrypting is checked first; the store is not touched
    // until then.
    auto header = Bundle::verify(bundle);
    if (!header)
        return tl::unexpected(header.error());
    ImportSummary s;
    s.bundleId = header->bundleId;
    s.from = header->from.name;
    s.sender = header->from;
    s.receipt = header->kind == QLatin1String("receipt");
    if (header->schema > CaseStore::latestSchemaVersion()) {
        return fail(Error::Kind::StoreNewer,
            tr("The bundle comes from a newer version of Casebook (schema %1; this version knows "
               "up to %2). "
               "Update Casebook first.")
                .arg(header->schema)
                .arg(CaseStore::latestSchemaVersion()));
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT sign_key, revoked FROM sync_devices WHERE device_id = ?"));
    q.addBindValue(header->from.deviceId);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next()
        || q.value(0).toString() != QString::fromLatin1(header->from.signKey.toBase64())) {
        return fail(Error::Kind::NotAllowed,
            tr("The bundle is signed by %1, a store this one has not enrolled or been enrolled by.")
                .arg(header->from.name));
    }
    if (q.value(1).toBool()) {
        return fail(Error::Kind::NotAllowed,
            tr("The bundle is signed by %1, whose device was revoked.").arg(header->from.name));
    }
    q.prepare(QStringLiteral("SELECT status FROM sync_bundles WHERE bundle_id = ?"));
    q.addBindValue(header->bundleId);
    if (!q.exec())
        return SqlError::failure(q);
    if (q.next()) {
        if (q.value(0).toString() == QLatin1String("quarantined")) {
            return fail(Error::Kind::NotAllowed,
                tr("This bundle was quarantined before; it is not imported."));
        }
        if (q.value(0).toString()
            != QLatin1String("refused")) { // a refused bundle is checked again
            s.alreadyImported = true;
            return s;
        }
    }
    if (header->kind == QLatin1String("definitions")) {
        // Definitions and reference data come only from the store that enrolled this one.
        q.prepare(QStringLiteral("SELECT trusted_as FROM sync_devices WHERE device_id = ?"));
        q.addBindValue(header->from.deviceId);
        if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("enroller")) {
            return fail(Error::Kind::NotAllowed,
                tr("Form definitions are accepted only from the store that enrolled this one."));
        }
        auto plain = Bundle::openRaw(bundle, *header, keys, m_store.identity().deviceId);
        if (!plain)
            return tl::unexpected(plain.error());
        auto files = Bundle::filesFromBinary(*plain);
        if (!files)
            return tl::unexpected(files.error());
        if (files->size() != header->operations)
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        // The caller checks and installs them (installing the same files again changes nothing).
        s.files = *files;
        return s;
    }
    auto ops = Bundle::open(bundle, *header, keys, m_store.identity().deviceId);
    if (!ops)
        return tl::unexpected(ops.error());
    if (s.receipt) {
        if (!ops->isEmpty())
            return fail(Error::Kind::Invalid, tr("The bundle is cut short or damaged."));
        Transaction tx(m_store);
        if (!tx.began())
            return tl::unexpected(tx.began().error());
        if (auto r = notePeer(*header); !r)
            return tl::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return tl::unexpected(r.error());
        return s;
    }
    // Who wrote each operation, and whether its author may be trusted for it: checked before the
    // store is touched.
    auto authors = checkAuthors(*header, *ops, s);
    if (!authors) {
        if (authors.error().kind == Error::Kind::NotAllowed)
            quarantine(*header, authors.error().message, QStringLiteral("refused"));
        return tl::unexpected(authors.error());
    }
    // Causal order: a device's clock grows with its sequence, so this keeps each device's order.
    std::sort(ops->begin(), ops->end(), [](const Operation &a, const Operation &b) {
        return std::tie(a.hlc, a.deviceId, a.incarnation, a.seq)
            < std::tie(b.hlc, b.deviceId, b.incarnation, b.seq);
    });
    QString failure;
    Error::Kind failureKind = Error::Kind::Invalid;
    bool refused = false;
    {
        Transaction tx(m_store);
        if (!tx.began())
            return tl::unexpected(tx.began().error());
        // Rows may refer to rows of another device that come later in the bundle: checked at
        // commit.
        QSqlQuery pragma(m_store.database());
        pragma.exec(m_store.dialect().deferForeignKeys());
        MergeState state(m_store.database());
        state.scoped = !enrolScope().isWhole();
        {
            QSqlQuery e(m_store.database());
            e.prepare(QStringLiteral(
                "SELECT 1 FROM sync_devices WHERE device_id = ? AND trusted_as = 'enroller'"));
            e.addBindValue(header->from.deviceId);
            state.checkRights = !(e.exec() && e.next());
        }
        if (state.checkRights) {
            for (const Operation &op : std::as_const(*ops)) {
                if (op.entity == QLatin1String("case") && op.field == QLatin1String("person_id")) {
                    state.personCases.insert(op.value, op.rowId);
                } else if (op.field == parentField(op.entity)
                    || (op.entity == QLatin1String("se_group")
                        && op.field == QLatin1String("coach_id"))) {
                    state.parentOf.insert(op.entity + QLatin1Char('/') + op.rowId, op.value);
                }
            }
        }
        const Progress merging = progress.part(0, 900);
        constexpr qint64 Every = 4096;
        qint64 merged = 0;
        for (const Operation &op : std::as_const(*ops)) {
            if (++merged % Every == 0 && !merging(merged, ops->size())) {
                failure = Progress::cancelled().message;
                failureKind = Error::Kind::Cancelled;
                break;
            }
            auto r = merge(state, op, s);
            if (!r) {
                failure = r.error().message;
                failureKind = r.error().kind;
                break;
            }
        }
        if (failure.isEmpty()) {
            if (auto r = flush(state); !r)
                failure = r.error().message;
        }
        if (failure.isEmpty() && !progress(900, Progress::Scale)) {
            failure = Progress::cancelled().message;
            failureKind = Error::Kind::Cancelled;
        }
        // Held operations whose gap has filled follow, until none is left to place.
        for (bool placed = failure.isEmpty(); placed && failure.isEmpty();) {
            placed = false;
            QSqlQuery b(m_store.database());
            if (!b.exec(QStringLiteral("SELECT b.op_id, b.body FROM sync_backlog b WHERE b.seq = "
                                       "(SELECT coalesce(max(o.seq), 0) + 1 "
                                       "FROM oplog o WHERE o.device_id = b.device_id AND "
                                       "o.incarnation = b.incarnation)"))) {
                failure = b.lastError().text();
                break;
            }
            QList<std::pair<QString, QByteArray>> ready;
            while (b.next()) {
                ready << std::make_pair(b.value(0).toString(),
                    QByteArray::fromBase64(b.value(1).toString().toLatin1()));
            }
            for (const auto &[id, body] : ready) {
                auto held = Bundle::operationsFromBinary(body);
                QSqlQuery del(m_store.database());
                del.prepare(QStringLiteral("DELETE FROM sync_backlog WHERE op_id = ?"));
                del.addBindValue(id);
                if (!held || held->size() != 1 || !del.exec()) {
                    failure = tr("The store's list of held operations is damaged.");
                    break;
                }
                auto r = merge(state, held->first(), s);
                if (!r) {
                    failure = r.error().message;
                    failureKind = r.error().kind;
                    break;
                }
                --s.heldBack;
                placed = true;
            }
        }
        if (failure.isEmpty()) {
            if (auto r = flush(state); !r)
                failure = r.error().message;
        }
        if (failure.isEmpty()) {
            // Legally significant fields under an open conflict keep their confirmed value until
            // decided.
            auto held = m_store.heldValues();
            if (!held) {
                failure = held.error().message;
            } else {
                for (const Operation &op : *held) {
                    if (auto r = m_store.applyOperation(op, false); !r)
                        failure = r.error().message;
                }
            }
        }
        if (failure.isEmpty()) {
            if (auto r = keepAuthors(*authors); !r)
                failure = r.error().message;
        }
        if (failure.isEmpty()) {
            if (auto r = notePeer(*header); !r)
                failure = r.error().message;
        }
        refused = state.refused;
        if (failure.isEmpty()) {
            q.prepare(QStringLiteral(
                "INSERT INTO sync_bundles (bundle_id, from_device, hash, imported_at, operations, "
                "status) VALUES (?, ?, ?, ?, ?, 'applied') ON CONFLICT (bundle_id) DO UPDATE SET "
                "from_device = excluded.from_device, hash = excluded.hash, imported_at = "
                "excluded.imported_at, operations = excluded.operations, status = 'applied', "
                "reason = NULL"));
            q.addBindValue(header->bundleId);
            q.addBindValue(header->from.deviceId);
            q.addBindValue(QString::fromLatin1(header->payloadHash.toHex()));
            q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
            q.addBindValue(header->operations);
            if (!q.exec())
                failure = q.lastError().text();
        }
        if (failure.isEmpty()) {
            if (auto r = tx.commit(); !r) {
                failure = r.error().message;
            } else {
                return s;
            }
        }
    } // not committed: rolled back, the store is as before
    // Tampering keeps the bundle out for good; other failures (a busy disk) may be retried.
    if (failureKind == Error::Kind::NotAllowed) {
        quarantine(
            *header, failure, refused ? QStringLiteral("refused") : QStringLiteral("quarantined"));
    }
    return fail(failureKind, failure);
}

Result<QList<Conflict>> SyncRepository::conflicts(bool openOnly) const
{
    QSqlQuery q(m_store.database());
    // A decision made on another store brings its choice and reason with it.
    if (!q.exec(QStringLiteral(
            "SELECT c.id, c.entity, c.row_id, c.field, c.op_a, c.op_b, c.value_a, c.value_b, "
            "c.device_a, c.device_b, c.hlc_a, c.hlc_b, c.status, coalesce(d.chosen, c.chosen), "
            "CASE WHEN d.reason IS NULL THEN c.reason ELSE d.reason || ' (' || d.decided_by || ')' "
            "END "
            "FROM sync_conflicts c LEFT JOIN conflict_decisions d ON d.conflict_id = c.id AND "
            "d.deleted = 0 %1 ORDER BY c.hlc_b, c.id")
                    .arg(openOnly ? QStringLiteral("WHERE c.status = 'open'") : QString())))
        return SqlError::failure(q);
    QList<Conflict> out;
    while (q.next()) {
        out << Conflict {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            sameOrNull(q.value(6)), sameOrNull(q.value(7)), q.value(8).toString(),
            q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toLongLong(),
            q.value(12).toString(), sameOrNull(q.value(13)), sameOrNull(q.value(14))};
    }
    return out;
}

VoidResult SyncRepository::checkMayDecide() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT name FROM sync_devices WHERE trusted_as = 'enroller'")))
        return SqlError::failure(q);
    if (!q.next())
        return {};
    const DeviceRole role = m_store.identity().role;
    if (enrolScope().isWhole() && (role == DeviceRole::Window || role == DeviceRole::Bureau))
        return {};
    return fail(Error::Kind::NotAllowed,
        tr("This is decided at %1 (this store's enroller): a laptop's decisions and reference data "
           "would be refused "
           "there, and its later bundles with them.")
            .arg(q.value(0).toString()));
}

VoidResult SyncRepository::resolve(
    const WriteContext &ctx, const QString &conflictId, const QString &value, const QString &reason)
{
    if (auto may = checkMayDecide(); !may)
        return may;
    auto all = conflicts(false);
    if (!all)
        return tl::unexpected(all.error());
    const auto it = std::find_if(
        all->begin(), all->end(), [&](const Conflict &c) { return c.id == conflictId; });
    if (it == all->end())
        return fail(Error::Kind::NotFound, tr("There is no conflict %1.").arg(conflictId));
    if (it->status != QLatin1String("open")) {
        return fail(
            Error::Kind::NotAllowed, tr("The conflict %1 is decided already.").arg(conflictId));
    }
    if (value != it->valueA && value != it->valueB) {
        return fail(Error::Kind::Invalid,
            tr("Choose one of the two values: \"%1\" or \"%2\".").arg(it->valueA, it->valueB));
    }
    if (reason.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("Give the reason for the decision."));
    Transaction tx(m_store);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    // A decision is a write that has seen both values: it travels to the devices like any other.
    auto written = m_store.update(ctx, it->entity, it->rowId, {{it->field, value}}, true);
    if (!written)
        return tl::unexpected(written.error());
    if (auto d = m_store.insert(ctx, QStringLiteral("decision"), newUuid(),
            {{QStringLiteral("conflict_id"), conflictId}, {QStringLiteral("chosen"), value},
                {QStringLiteral("reason"), reason.trimmed()},
                {QStringLiteral("decided_by"),
                    ctx.actor.isEmpty() ? m_store.identity().name : ctx.actor},
                {QStringLiteral("decided_on"), m_store.clock().today()}});
        !d)
        return tl::unexpected(d.error());
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE sync_conflicts SET status = 'resolved', chosen = ?, reason = ? WHERE id = ?"));
    q.addBindValue(value);
    q.addBindValue(reason);
    q.addBindValue(conflictId);
    if (!q.exec())
        return SqlError::failure(q);
    return tx.commit();
}

} // namespace Casebook::Core
