// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncrepository.h"

#include "core/store/uuid.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Casebook::Core {

namespace {

QString sameOrNull(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}

bool sameContent(const QSqlQuery &q, const Operation &op)
{
    // columns: op_id, hlc, entity, row_id, field, value, base_hlc
    return q.value(0).toString() == op.opId && q.value(1).toLongLong() == op.hlc && q.value(2).toString() == op.entity
        && q.value(3).toString() == op.rowId && q.value(4).toString() == op.field
        && q.value(5).isNull() == op.value.isNull() && sameOrNull(q.value(5)) == op.value
        && q.value(6).toLongLong() == op.baseHlc;
}

} // namespace

Result<PublicIdentity> SyncRepository::self() const
{
    auto stored = m_store.metaValue(QStringLiteral("keys"));
    if (!stored)
        return fail(Error::Kind::NotFound, tr("This store has no keys yet: create them first (keys init)."));
    auto pub = DeviceKeys::publicKeys(QByteArray::fromBase64(stored->toLatin1()));
    if (!pub)
        return tl::unexpected(pub.error());
    return PublicIdentity {m_store.identity().deviceId, m_store.identity().name, roleKey(m_store.identity().role),
        pub->first, pub->second};
}

Result<DeviceKeys> SyncRepository::unlock(const QByteArray &passphrase) const
{
    auto stored = m_store.metaValue(QStringLiteral("keys"));
    if (!stored)
        return fail(Error::Kind::NotFound, tr("This store has no keys yet: create them first (keys init)."));
    return DeviceKeys::decrypt(QByteArray::fromBase64(stored->toLatin1()), passphrase);
}

VoidResult SyncRepository::trust(const PublicIdentity &device, const QString &trustedAs)
{
    if (device.deviceId == m_store.identity().deviceId)
        return fail(Error::Kind::Invalid, tr("A store cannot enrol itself."));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT sign_key FROM sync_devices WHERE device_id = ?"));
    q.addBindValue(device.deviceId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    if (q.next() && q.value(0).toString() != QString::fromLatin1(device.signKey.toBase64()))
        return fail(Error::Kind::NotAllowed,
            tr("Device %1 is known with another key; it is not trusted with a new one.").arg(device.deviceId));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_devices (device_id, name, role, sign_key, box_key, "
                             "trusted_as, added_on, revoked) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(device.deviceId);
    q.addBindValue(device.name);
    q.addBindValue(device.role);
    q.addBindValue(QString::fromLatin1(device.signKey.toBase64()));
    q.addBindValue(QString::fromLatin1(device.boxKey.toBase64()));
    q.addBindValue(trustedAs);
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    return {};
}

Result<QList<PublicIdentity>> SyncRepository::trustedDevices() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT device_id, name, role, sign_key, box_key FROM sync_devices WHERE revoked = 0 "
                               "ORDER BY device_id")))
        return fail(Error::Kind::Database, q.lastError().text());
    QList<PublicIdentity> out;
    while (q.next())
        out << PublicIdentity {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            QByteArray::fromBase64(q.value(3).toString().toLatin1()),
            QByteArray::fromBase64(q.value(4).toString().toLatin1())};
    return out;
}

namespace {
// What an enrolment certificate signs: the device's identity and its scope.
QByteArray certified(const PublicIdentity &device, const QString &scopeUnit)
{
    QJsonObject o = device.toJson();
    o.insert(QStringLiteral("scopeUnit"), scopeUnit);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

Result<QByteArray> SyncRepository::enroll(
    const DeviceKeys &keys, const PublicIdentity &device, const QString &scopeUnit)
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    QSqlQuery q(m_store.database());
    if (!scopeUnit.isEmpty()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM units WHERE id = ? AND deleted = 0"));
        q.addBindValue(scopeUnit);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
            return fail(Error::Kind::NotFound, tr("There is no unit %1.").arg(scopeUnit));
    }
    if (auto r = trust(device, QStringLiteral("enrolled")); !r)
        return tl::unexpected(r.error());
    q.prepare(QStringLiteral("UPDATE sync_devices SET scope_unit = ? WHERE device_id = ?"));
    q.addBindValue(scopeUnit.isEmpty() ? QVariant() : QVariant(scopeUnit));
    q.addBindValue(device.deviceId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    const QByteArray certificate = keys.sign(certified(device, scopeUnit));
    const QJsonObject file {{QStringLiteral("format"), QStringLiteral("casebook-enrollment/1")},
        {QStringLiteral("enroller"), me->toJson()}, {QStringLiteral("device"), device.toJson()},
        {QStringLiteral("scopeUnit"), scopeUnit},
        {QStringLiteral("certificate"), QString::fromLatin1(certificate.toBase64())}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<QList<std::pair<QString, QString>>> SyncRepository::scopedDevices() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT d.device_id, d.name, ifnull(u.name, d.scope_unit) FROM sync_devices d LEFT JOIN "
                               "units u ON u.id = d.scope_unit WHERE ifnull(d.scope_unit, '') <> '' AND d.revoked = 0 "
                               "ORDER BY d.name")))
        return fail(Error::Kind::Database, q.lastError().text());
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append(std::make_pair(
            q.value(0).toString(), QStringLiteral("%1 (%2)").arg(q.value(1).toString(), q.value(2).toString())));
    return out;
}

QString SyncRepository::scope() const
{
    return m_store.metaValue(QStringLiteral("sync_scope")).value_or(QString());
}

VoidResult SyncRepository::acceptEnrollment(const QByteArray &file)
{
    const QJsonObject o = QJsonDocument::fromJson(file).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("casebook-enrollment/1"))
        return fail(Error::Kind::Invalid, tr("The file is not a Casebook bundle."));
    auto enroller = PublicIdentity::fromJson(o.value(QStringLiteral("enroller")).toObject());
    auto device = PublicIdentity::fromJson(o.value(QStringLiteral("device")).toObject());
    if (!enroller || !device)
        return fail(Error::Kind::Invalid, tr("The enrolment file is damaged."));
    const QByteArray certificate = QByteArray::fromBase64(o.value(QStringLiteral("certificate")).toString().toLatin1());
    const QString scopeUnit = o.value(QStringLiteral("scopeUnit")).toString();
    if (!DeviceKeys::verify(enroller->signKey, certified(*device, scopeUnit), certificate))
        return fail(Error::Kind::NotAllowed, tr("The enrolment certificate does not match: it was altered or forged."));
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    if (device->deviceId != me->deviceId || device->signKey != me->signKey || device->boxKey != me->boxKey)
        return fail(Error::Kind::NotAllowed, tr("The enrolment is for another store."));
    if (auto r = trust(*enroller, QStringLiteral("enroller")); !r)
        return r;
    if (!scopeUnit.isEmpty())
        return m_store.setMetaValue(QStringLiteral("sync_scope"), scopeUnit);
    return {};
}

Result<QHash<QString, qint64>> SyncRepository::have() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT device_id, max(seq) FROM oplog GROUP BY device_id")))
        return fail(Error::Kind::Database, q.lastError().text());
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
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT device_id FROM sync_devices WHERE revoked = 1 AND trusted_as = 'enrolled' "
                               "ORDER BY device_id")))
        return fail(Error::Kind::Database, q.lastError().text());
    while (q.next())
        e.revoked << q.value(0).toString();
    return e;
}

Result<QByteArray> SyncRepository::exportBundle(const DeviceKeys &keys, const QDateTime &now) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    auto trusted = trustedDevices();
    if (!trusted)
        return tl::unexpected(trusted.error());
    // Unit laptops enrolled with a scope get their own bundles (exportFor).
    QSqlQuery scoped(m_store.database());
    if (!scoped.exec(QStringLiteral("SELECT device_id FROM sync_devices WHERE ifnull(scope_unit, '') <> ''")))
        return fail(Error::Kind::Database, scoped.lastError().text());
    QSet<QString> scopedIds;
    while (scoped.next())
        scopedIds.insert(scoped.value(0).toString());
    QList<PublicIdentity> recipients;
    for (const PublicIdentity &d : std::as_const(*trusted))
        if (!scopedIds.contains(d.deviceId))
            recipients.append(d);
    if (recipients.isEmpty())
        return fail(Error::Kind::NotAllowed, tr("This store trusts no other store yet: enrol it first."));
    // What every recipient holds already, by its last receipt or bundle; a recipient not heard from gets all.
    QHash<QString, qint64> floor;
    bool first = true;
    for (const PublicIdentity &r : std::as_const(recipients)) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT have FROM sync_peers WHERE device_id = ?"));
        q.addBindValue(r.deviceId);
        if (!q.exec())
            return fail(Error::Kind::Database, q.lastError().text());
        const QJsonObject known
            = q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
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
    auto news = m_store.operationsAfter(floor);
    if (!news)
        return tl::unexpected(news.error());
    auto e = extras(QStringLiteral("data"));
    if (!e)
        return tl::unexpected(e.error());
    return Bundle::write(keys, *me, CaseStore::latestSchemaVersion(), recipients, *news, now, *e);
}

Result<QByteArray> SyncRepository::exportFiles(
    const DeviceKeys &keys, const QList<std::pair<QString, QByteArray>> &files, const QDateTime &now) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT device_id FROM sync_devices WHERE trusted_as = 'enrolled' AND revoked = 0")))
        return fail(Error::Kind::Database, q.lastError().text());
    QSet<QString> enrolled;
    while (q.next())
        enrolled.insert(q.value(0).toString());
    auto devices = trustedDevices();
    if (!devices)
        return tl::unexpected(devices.error());
    QList<PublicIdentity> recipients;
    for (const PublicIdentity &d : *devices)
        if (enrolled.contains(d.deviceId))
            recipients << d;
    if (recipients.isEmpty())
        return fail(Error::Kind::NotAllowed, tr("This store has enrolled no device to send definitions to."));
    if (files.isEmpty())
        return fail(Error::Kind::Invalid, tr("There is no file to send."));
    auto e = extras(QStringLiteral("definitions"));
    if (!e)
        return tl::unexpected(e.error());
    const QDate today = m_store.clock().today();
    return Bundle::writeRaw(keys, *me, CaseStore::latestSchemaVersion(), recipients, Bundle::filesToBinary(files),
        static_cast<int>(files.size()), std::make_pair(today, today), now, *e);
}

Result<QByteArray> SyncRepository::exportFor(
    const DeviceKeys &keys, const QString &deviceId, const QDateTime &now) const
{
    auto me = self();
    if (!me)
        return tl::unexpected(me.error());
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT scope_unit FROM sync_devices WHERE device_id = ? AND revoked = 0 AND "
                             "trusted_as = 'enrolled'"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    if (!q.next() || q.value(0).toString().isEmpty())
        return fail(Error::Kind::NotFound, tr("No device %1 was enrolled by this store for one unit.").arg(deviceId));
    const QString unit = q.value(0).toString();
    PublicIdentity recipient;
    if (auto devices = trustedDevices())
        for (const PublicIdentity &d : *devices)
            if (d.deviceId == deviceId)
                recipient = d;
    // The rows in scope: the cases dispatched to the unit, their persons and every record of those cases.
    QSet<QString> cases;
    q.prepare(QStringLiteral("SELECT DISTINCT case_id FROM dispatches WHERE unit_id = ? AND deleted = 0"));
    q.addBindValue(unit);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    while (q.next())
        cases.insert(q.value(0).toString());
    QSet<QString> rows; // "entity/row"
    QSqlQuery r(m_store.database());
    r.setForwardOnly(true);
    if (!r.exec(QStringLiteral("SELECT id, person_id FROM cases")))
        return fail(Error::Kind::Database, r.lastError().text());
    while (r.next())
        if (cases.contains(r.value(0).toString())) {
            rows.insert(QStringLiteral("case/") + r.value(0).toString());
            rows.insert(QStringLiteral("person/") + r.value(1).toString());
        }
    static const QList<std::pair<const char *, const char *>> CaseRecords
        = {{"dispatch", "dispatches"}, {"case_event", "case_events"}, {"form_instance", "form_instances"},
            {"se_profile", "se_profiles"}, {"placement", "placements"}, {"support_day", "support_days"},
            {"follow_up", "follow_ups"}, {"adaptation", "adaptation_services"}, {"extension", "support_extensions"},
            {"home_service", "home_services"}, {"se_group_member", "se_group_members"}};
    QSet<QString> instances;
    for (const auto &[entity, table] : CaseRecords) {
        if (!r.exec(QStringLiteral("SELECT id, case_id FROM %1").arg(QString::fromLatin1(table))))
            return fail(Error::Kind::Database, r.lastError().text());
        while (r.next())
            if (cases.contains(r.value(1).toString())) {
                rows.insert(QString::fromLatin1(entity) + QLatin1Char('/') + r.value(0).toString());
                if (qstrcmp(entity, "form_instance") == 0)
                    instances.insert(r.value(0).toString());
            }
    }
    if (!r.exec(QStringLiteral("SELECT id, instance_id FROM form_values")))
        return fail(Error::Kind::Database, r.lastError().text());
    while (r.next())
        if (instances.contains(r.value(1).toString()))
            rows.insert(QStringLiteral("form_value/") + r.value(0).toString());
    static const QSet<QString> Reference = {QStringLiteral("unit"), QStringLiteral("staff"), QStringLiteral("employer"),
        QStringLiteral("se_group"), QStringLiteral("se_group_session")};
    auto ops = m_store.operations();
    if (!ops)
        return tl::unexpected(ops.error());
    QList<Operation> inScope;
    for (const Operation &op : std::as_const(*ops))
        if (Reference.contains(op.entity) || rows.contains(op.entity + QLatin1Char('/') + op.rowId))
            inScope << op;
    auto e = extras(QStringLiteral("data"));
    if (!e)
        return tl::unexpected(e.error());
    return Bundle::write(keys, *me, CaseStore::latestSchemaVersion(), {recipient}, inScope, now, *e);
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
    return Bundle::write(keys, *me, CaseStore::latestSchemaVersion(), {imported.sender}, {}, now, *e);
}

VoidResult SyncRepository::revoke(const QString &deviceId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE sync_devices SET revoked = 1 WHERE device_id = ? AND trusted_as = 'enrolled'"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(Error::Kind::NotFound, tr("No device %1 was enrolled by this store.").arg(deviceId));
    return {};
}

VoidResult SyncRepository::notePeer(const BundleHeader &header)
{
    QJsonObject have;
    for (auto it = header.have.cbegin(); it != header.have.cend(); ++it)
        have.insert(it.key(), QString::number(it.value()));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_peers (device_id, have, updated_at) VALUES (?, ?, ?)"));
    q.addBindValue(header.from.deviceId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(have).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    // Revocations count only from the store that enrolled this one.
    for (const QString &device : header.revoked) {
        q.prepare(QStringLiteral("UPDATE sync_devices SET revoked = 1 WHERE device_id = ? AND EXISTS (SELECT 1 FROM "
                                 "sync_devices WHERE device_id = ? AND trusted_as = 'enroller')"));
        q.addBindValue(device);
        q.addBindValue(header.from.deviceId);
        if (!q.exec())
            return fail(Error::Kind::Database, q.lastError().text());
    }
    return {};
}

VoidResult SyncRepository::quarantine(const BundleHeader &header, const QString &reason)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_bundles (bundle_id, from_device, hash, imported_at, "
                             "operations, status, reason) VALUES (?, ?, ?, ?, ?, 'quarantined', ?)"));
    q.addBindValue(header.bundleId);
    q.addBindValue(header.from.deviceId);
    q.addBindValue(QString::fromLatin1(header.payloadHash.toHex()));
    q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
    q.addBindValue(header.operations);
    q.addBindValue(reason);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    return {};
}

// What one import keeps between operations: prepared statements, each device's sequence head, and the writes of
// the row being merged (a row's fields arrive together, so its writes are read once).
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
        : bySeq(db), head(db), rowWrites(db), insert(db), backlog(db), conflict(db), decided(db), settle(db)
    {
        bySeq.prepare(QStringLiteral("SELECT op_id, hlc, entity, row_id, field, value, coalesce(base_hlc, 0) FROM "
                                     "oplog WHERE device_id = ? AND incarnation = ? AND seq = ?"));
        head.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) FROM oplog WHERE device_id = ? AND incarnation = ?"));
        rowWrites.prepare(QStringLiteral("SELECT op_id, device_id, seq, hlc, coalesce(base_hlc, 0), value, field "
                                         "FROM oplog WHERE row_id = ? AND entity = ?"));
        insert.prepare(QStringLiteral(
            "INSERT INTO oplog (op_id, device_id, incarnation, seq, hlc, actor, entity, row_id, field, value, "
            "base_hlc, form_id, form_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        backlog.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO sync_backlog (op_id, device_id, incarnation, seq, body) VALUES (?, ?, ?, ?, ?)"));
        conflict.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_conflicts (id, entity, row_id, field, op_a, op_b, "
                                        "value_a, value_b, device_a, device_b, hlc_a, hlc_b, status, chosen, reason) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        decided.prepare(
            QStringLiteral("SELECT value, actor FROM oplog WHERE row_id = ? AND entity = ? AND field = ? AND "
                           "coalesce(base_hlc, 0) >= ? ORDER BY hlc DESC LIMIT 1"));
        settle.prepare(QStringLiteral(
            "UPDATE sync_conflicts SET status = 'resolved', chosen = ?, reason = ? WHERE "
            "row_id = ? AND entity = ? AND field = ? AND status = 'open' AND hlc_a <= ? AND hlc_b <= ?"));
        QSqlQuery open(db);
        openConflicts
            = open.exec(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE status = 'open' LIMIT 1")) && open.next();
    }
    QSqlQuery bySeq, head, rowWrites, insert, backlog, conflict, decided, settle;
    QHash<QString, qint64> heads; // "device/incarnation" -> highest sequence held
    QString row;
    QList<Write> writes;
    bool openConflicts = false;
    bool scoped = false; // a unit laptop enrolled with a scope
};

Result<bool> SyncRepository::merge(MergeState &m, const Operation &op, ImportSummary &s)
{
    const QString tampered = tr("Operation %1 of device %2 arrived with other content than before: the bundle was "
                                "altered. It is quarantined.")
                                 .arg(op.seq)
                                 .arg(op.deviceId);
    const QString key = op.deviceId + QLatin1Char('/') + QString::number(op.incarnation);
    auto headIt = m.heads.find(key);
    if (headIt == m.heads.end()) {
        m.head.addBindValue(op.deviceId);
        m.head.addBindValue(op.incarnation);
        if (!m.head.exec() || !m.head.next())
            return fail(Error::Kind::Database, m.head.lastError().text());
        headIt = m.heads.insert(key, m.head.value(0).toLongLong());
        m.head.finish();
    }
    // A unit laptop receives only the operations of its cases: other stores' sequences have gaps there.
    const bool outOfSequence = m.scoped && op.deviceId != m_store.identity().deviceId;
    if (outOfSequence) {
        m.bySeq.addBindValue(op.deviceId);
        m.bySeq.addBindValue(op.incarnation);
        m.bySeq.addBindValue(op.seq);
        if (!m.bySeq.exec())
            return fail(Error::Kind::Database, m.bySeq.lastError().text());
        const bool found = m.bySeq.next();
        const bool same = found && sameContent(m.bySeq, op);
        m.bySeq.finish();
        if (found && !same)
            return fail(Error::Kind::NotAllowed, tampered);
        if (found) {
            ++s.known;
            return false;
        }
    } else if (op.seq <= *headIt) {
        // Known by its place in the device's sequence: the same operation, or a forgery of it.
        m.bySeq.addBindValue(op.deviceId);
        m.bySeq.addBindValue(op.incarnation);
        m.bySeq.addBindValue(op.seq);
        if (!m.bySeq.exec())
            return fail(Error::Kind::Database, m.bySeq.lastError().text());
        const bool same = m.bySeq.next() && sameContent(m.bySeq, op);
        m.bySeq.finish();
        if (!same)
            return fail(Error::Kind::NotAllowed, tampered);
        ++s.known;
        return false;
    }
    if (!outOfSequence && op.seq != *headIt + 1) {
        // A gap: an earlier operation of this device has not arrived yet. Held until it does.
        for (const QVariant &v : {QVariant(op.opId), QVariant(op.deviceId), QVariant(op.incarnation), QVariant(op.seq),
                 QVariant(QString::fromLatin1(Bundle::operationsToBinary({op}).toBase64()))})
            m.backlog.addBindValue(v);
        if (!m.backlog.exec())
            return fail(Error::Kind::Database, m.backlog.lastError().text());
        ++s.heldBack;
        return false;
    }

    // The other writes of the field: does this one win, and did its writer miss any of them?
    // A row is named by its entity and id: a case and its supported-employment profile share an id.
    const QString rowKey = op.entity + QLatin1Char('/') + op.rowId;
    if (m.row != rowKey) {
        m.row = rowKey;
        m.writes.clear();
        m.rowWrites.addBindValue(op.rowId);
        m.rowWrites.addBindValue(op.entity);
        if (!m.rowWrites.exec())
            return fail(Error::Kind::Database, m.rowWrites.lastError().text());
        while (m.rowWrites.next())
            m.writes << MergeState::Write {m.rowWrites.value(0).toString(), m.rowWrites.value(1).toString(),
                m.rowWrites.value(2).toLongLong(), m.rowWrites.value(3).toLongLong(), m.rowWrites.value(4).toLongLong(),
                sameOrNull(m.rowWrites.value(5)), m.rowWrites.value(6).toString()};
        m.rowWrites.finish();
    }
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
        // Concurrent: neither writer had seen the other's value when it wrote (a device sees its own writes).
        if (w.device == op.deviceId || op.baseHlc >= w.hlc || w.base >= op.hlc)
            continue;
        if (std::tie(w.hlc, w.device, w.seq) < std::tie(op.hlc, op.deviceId, op.seq))
            conflicts << Pair {w.opId, op.opId, w.value, op.value, w.device, op.deviceId, w.hlc, op.hlc};
        else
            conflicts << Pair {op.opId, w.opId, op.value, w.value, op.deviceId, w.device, op.hlc, w.hlc};
    }
    if (wins) {
        // A row with earlier writes exists already: its first write created it.
        if (auto r = m_store.applyOperation(op, m.writes.isEmpty()); !r)
            return tl::unexpected(r.error());
    }
    for (const QVariant &v : {QVariant(op.opId), QVariant(op.deviceId), QVariant(op.incarnation), QVariant(op.seq),
             QVariant(op.hlc), QVariant(op.actor), QVariant(op.entity), QVariant(op.rowId), QVariant(op.field),
             op.value.isNull() ? QVariant() : QVariant(op.value), op.baseHlc == 0 ? QVariant() : QVariant(op.baseHlc),
             op.formId.isEmpty() ? QVariant() : QVariant(op.formId),
             op.formVersion.isEmpty() ? QVariant() : QVariant(op.formVersion)})
        m.insert.addBindValue(v);
    if (!m.insert.exec()) // the operation id is taken by another operation: a forgery
        return fail(Error::Kind::NotAllowed, tampered);
    m.writes << MergeState::Write {op.opId, op.deviceId, op.seq, op.hlc, op.baseHlc, op.value, op.field};
    *headIt = std::max(*headIt, op.seq);
    m_store.observeHlc(op.hlc);

    for (const Pair &p : conflicts) {
        // A later write that has seen both sides (a decision) settles the conflict, whichever arrived first.
        m.decided.addBindValue(op.rowId);
        m.decided.addBindValue(op.entity);
        m.decided.addBindValue(op.field);
        m.decided.addBindValue(std::max(p.hlcA, p.hlcB));
        if (!m.decided.exec())
            return fail(Error::Kind::Database, m.decided.lastError().text());
        const bool decided = m.decided.next();
        const QVariant chosen = decided ? QVariant(sameOrNull(m.decided.value(0))) : QVariant();
        const QVariant reason = decided ? QVariant(tr("Decided by %1").arg(m.decided.value(1).toString())) : QVariant();
        m.decided.finish();
        const QByteArray id
            = QCryptographicHash::hash((p.opA + QLatin1Char('|') + p.opB).toUtf8(), QCryptographicHash::Sha256)
                  .toHex()
                  .left(16);
        for (const QVariant &v : {QVariant(QString::fromLatin1(id)), QVariant(op.entity), QVariant(op.rowId),
                 QVariant(op.field), QVariant(p.opA), QVariant(p.opB), QVariant(p.valueA), QVariant(p.valueB),
                 QVariant(p.deviceA), QVariant(p.deviceB), QVariant(p.hlcA), QVariant(p.hlcB),
                 QVariant(decided ? QStringLiteral("resolved") : QStringLiteral("open")), chosen, reason})
            m.conflict.addBindValue(v);
        if (!m.conflict.exec())
            return fail(Error::Kind::Database, m.conflict.lastError().text());
        s.conflicts += m.conflict.numRowsAffected() > 0 ? 1 : 0;
        m.openConflicts = m.openConflicts || !decided;
    }
    // This write may itself be a decision that has seen both sides of open conflicts.
    if (m.openConflicts && op.baseHlc > 0) {
        for (const QVariant &v : {QVariant(op.value), QVariant(tr("Decided by %1").arg(op.actor)), QVariant(op.rowId),
                 QVariant(op.entity), QVariant(op.field), QVariant(op.baseHlc), QVariant(op.baseHlc)})
            m.settle.addBindValue(v);
        if (!m.settle.exec())
            return fail(Error::Kind::Database, m.settle.lastError().text());
    }
    ++s.applied;
    return true;
}

Result<ImportSummary> SyncRepository::importBundle(const QByteArray &bundle, const DeviceKeys &keys)
{
    // Everything that can be checked without decrypting is checked first; the store is not touched until then.
    auto header = Bundle::verify(bundle);
    if (!header)
        return tl::unexpected(header.error());
    ImportSummary s;
    s.bundleId = header->bundleId;
    s.from = header->from.name;
    s.sender = header->from;
    s.receipt = header->kind == QLatin1String("receipt");
    if (header->schema > CaseStore::latestSchemaVersion())
        return fail(Error::Kind::StoreNewer,
            tr("The bundle comes from a newer version of Casebook (schema %1; this version knows up to %2). "
               "Update Casebook first.")
                .arg(header->schema)
                .arg(CaseStore::latestSchemaVersion()));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT sign_key, revoked FROM sync_devices WHERE device_id = ?"));
    q.addBindValue(header->from.deviceId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    if (!q.next() || q.value(0).toString() != QString::fromLatin1(header->from.signKey.toBase64()))
        return fail(Error::Kind::NotAllowed,
            tr("The bundle is signed by %1, a store this one has not enrolled or been enrolled by.")
                .arg(header->from.name));
    if (q.value(1).toBool())
        return fail(Error::Kind::NotAllowed,
            tr("The bundle is signed by %1, whose device was revoked.").arg(header->from.name));
    q.prepare(QStringLiteral("SELECT status FROM sync_bundles WHERE bundle_id = ?"));
    q.addBindValue(header->bundleId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    if (q.next()) {
        if (q.value(0).toString() == QLatin1String("quarantined"))
            return fail(Error::Kind::NotAllowed, tr("This bundle was quarantined before; it is not imported."));
        s.alreadyImported = true;
        return s;
    }
    if (header->kind == QLatin1String("definitions")) {
        // Definitions and reference data come only from the store that enrolled this one.
        q.prepare(QStringLiteral("SELECT trusted_as FROM sync_devices WHERE device_id = ?"));
        q.addBindValue(header->from.deviceId);
        if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("enroller"))
            return fail(Error::Kind::NotAllowed,
                tr("Form definitions are accepted only from the store that enrolled this one."));
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
    // Causal order: a device's clock grows with its sequence, so this keeps each device's order.
    std::sort(ops->begin(), ops->end(), [](const Operation &a, const Operation &b) {
        return std::tie(a.hlc, a.deviceId, a.incarnation, a.seq) < std::tie(b.hlc, b.deviceId, b.incarnation, b.seq);
    });
    QString failure;
    Error::Kind failureKind = Error::Kind::Invalid;
    {
        Transaction tx(m_store);
        if (!tx.began())
            return tl::unexpected(tx.began().error());
        // Rows may refer to rows of another device that come later in the bundle: checked at commit.
        QSqlQuery pragma(m_store.database());
        pragma.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        MergeState state(m_store.database());
        state.scoped = !scope().isEmpty();
        for (const Operation &op : std::as_const(*ops)) {
            auto r = merge(state, op, s);
            if (!r) {
                failure = r.error().message;
                failureKind = r.error().kind;
                break;
            }
        }
        // Held operations whose gap has filled follow, until none is left to place.
        for (bool progress = failure.isEmpty(); progress && failure.isEmpty();) {
            progress = false;
            QSqlQuery b(m_store.database());
            if (!b.exec(QStringLiteral(
                    "SELECT b.op_id, b.body FROM sync_backlog b WHERE b.seq = (SELECT coalesce(max(o.seq), 0) + 1 "
                    "FROM oplog o WHERE o.device_id = b.device_id AND o.incarnation = b.incarnation)"))) {
                failure = b.lastError().text();
                break;
            }
            QList<std::pair<QString, QByteArray>> ready;
            while (b.next())
                ready << std::make_pair(
                    b.value(0).toString(), QByteArray::fromBase64(b.value(1).toString().toLatin1()));
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
                progress = true;
            }
        }
        if (failure.isEmpty()) {
            // Legally significant fields under an open conflict keep their confirmed value until decided.
            auto held = m_store.heldValues();
            if (!held)
                failure = held.error().message;
            else
                for (const Operation &op : *held)
                    if (auto r = m_store.applyOperation(op, false); !r)
                        failure = r.error().message;
        }
        if (failure.isEmpty()) {
            if (auto r = notePeer(*header); !r)
                failure = r.error().message;
        }
        if (failure.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO sync_bundles (bundle_id, from_device, hash, imported_at, "
                                     "operations, status) VALUES (?, ?, ?, ?, ?, 'applied')"));
            q.addBindValue(header->bundleId);
            q.addBindValue(header->from.deviceId);
            q.addBindValue(QString::fromLatin1(header->payloadHash.toHex()));
            q.addBindValue(m_store.clock().now().toUTC().toString(Qt::ISODate));
            q.addBindValue(header->operations);
            if (!q.exec())
                failure = q.lastError().text();
        }
        if (failure.isEmpty()) {
            if (auto r = tx.commit(); !r)
                failure = r.error().message;
            else
                return s;
        }
    } // not committed: rolled back, the store is as before
    // Tampering keeps the bundle out for good; other failures (a busy disk) may be retried.
    if (failureKind == Error::Kind::NotAllowed)
        quarantine(*header, failure);
    return fail(failureKind, failure);
}

Result<QList<Conflict>> SyncRepository::conflicts(bool openOnly) const
{
    QSqlQuery q(m_store.database());
    // A decision made on another store brings its choice and reason with it.
    if (!q.exec(
            QStringLiteral("SELECT c.id, c.entity, c.row_id, c.field, c.op_a, c.op_b, c.value_a, c.value_b, "
                           "c.device_a, c.device_b, c.hlc_a, c.hlc_b, c.status, ifnull(d.chosen, c.chosen), "
                           "CASE WHEN d.reason IS NULL THEN c.reason ELSE d.reason || ' (' || d.decided_by || ')' END "
                           "FROM sync_conflicts c LEFT JOIN conflict_decisions d ON d.conflict_id = c.id AND "
                           "d.deleted = 0 %1 ORDER BY c.hlc_b, c.id")
                .arg(openOnly ? QStringLiteral("WHERE c.status = 'open'") : QString())))
        return fail(Error::Kind::Database, q.lastError().text());
    QList<Conflict> out;
    while (q.next())
        out << Conflict {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), sameOrNull(q.value(6)), sameOrNull(q.value(7)),
            q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toLongLong(),
            q.value(12).toString(), sameOrNull(q.value(13)), sameOrNull(q.value(14))};
    return out;
}

VoidResult SyncRepository::resolve(
    const WriteContext &ctx, const QString &conflictId, const QString &value, const QString &reason)
{
    auto all = conflicts(false);
    if (!all)
        return tl::unexpected(all.error());
    const auto it = std::find_if(all->begin(), all->end(), [&](const Conflict &c) { return c.id == conflictId; });
    if (it == all->end())
        return fail(Error::Kind::NotFound, tr("There is no conflict %1.").arg(conflictId));
    if (it->status != QLatin1String("open"))
        return fail(Error::Kind::NotAllowed, tr("The conflict %1 is decided already.").arg(conflictId));
    if (value != it->valueA && value != it->valueB)
        return fail(
            Error::Kind::Invalid, tr("Choose one of the two values: \"%1\" or \"%2\".").arg(it->valueA, it->valueB));
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
                {QStringLiteral("decided_by"), ctx.actor.isEmpty() ? m_store.identity().name : ctx.actor},
                {QStringLiteral("decided_on"), m_store.clock().today()}});
        !d)
        return tl::unexpected(d.error());
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET status = 'resolved', chosen = ?, reason = ? WHERE id = ?"));
    q.addBindValue(value);
    q.addBindValue(reason);
    q.addBindValue(conflictId);
    if (!q.exec())
        return fail(Error::Kind::Database, q.lastError().text());
    return tx.commit();
}

} // namespace Casebook::Core
