// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/casestore.h"

#include "core/common/ownerfiles.h"
#include "core/store/loopstatement.h"
#include "core/store/readthread.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"
#include "core/store/walcheckpointer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <sodium.h>

#include <limits>
#include <map>
#include <optional>
#include <sqlite3.h>

namespace Casebook::Core {

namespace {

bool sameValue(const QString &a, const QString &b)
{
    return a == b && a.isNull() == b.isNull();
}

QVariant nullable(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

constexpr qint32 ApplicationId = 0x43424B31; // "CBK1"

struct EntityInfo
{
    const char *entity;
    const char *table;
};

// The syncable entities and their tables. Column names are checked against the live schema.
constexpr EntityInfo Entities[] = {
    {"unit", "units"},
    {"staff", "staff"},
    {"person", "persons"},
    {"case", "cases"},
    {"dispatch", "dispatches"},
    {"case_event", "case_events"},
    {"form_instance", "form_instances"},
    {"form_value", "form_values"},
    {"employer", "employers"},
    {"se_profile", "se_profiles"},
    {"placement", "placements"},
    {"support_day", "support_days"},
    {"follow_up", "follow_ups"},
    {"person_merge", "person_merges"},
    {"decision", "conflict_decisions"},
    {"adaptation", "adaptation_services"},
    {"se_group", "se_groups"},
    {"se_group_member", "se_group_members"},
    {"se_group_session", "se_group_sessions"},
    {"extension", "support_extensions"},
    {"home_service", "home_services"},
    {"attachment", "attachments"},
    {"attachment_part", "attachment_parts"},
    {"account", "accounts"},
    {"audit", "audit_entries"},
};

QString tableFor(const QString &entity)
{
    for (const auto &e : Entities) {
        if (entity == QLatin1String(e.entity))
            return QString::fromLatin1(e.table);
    }
    return {};
}

QStringList migrationFiles()
{
    QDir dir(QStringLiteral(":/casebook/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

Operation readOperation(const QSqlQuery &q)
{
    Operation op;
    op.opId = q.value(0).toString();
    op.deviceId = q.value(1).toString();
    op.incarnation = q.value(2).toLongLong();
    op.seq = q.value(3).toLongLong();
    op.hlc = q.value(4).toLongLong();
    op.actor = q.value(5).toString();
    op.entity = q.value(6).toString();
    op.rowId = q.value(7).toString();
    op.field = q.value(8).toString();
    op.value = q.value(9).isNull() ? QString() : q.value(9).toString();
    op.baseHlc = q.value(10).toLongLong();
    op.formId = q.value(11).toString();
    op.formVersion = q.value(12).toString();
    op.prevHash = q.value(13).toByteArray();
    op.hash = q.value(14).toByteArray();
    return op;
}
constexpr auto OpColumns
    = "SELECT op_id, device_id, incarnation, seq, hlc, actor, entity, row_id, field, value, "
      "base_hlc, form_id, form_version, prev_hash, hash FROM oplog ";

QStringList splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

Error::Kind classifySqlError(const QSqlError &error)
{
    return SqlError::classify(error);
}

// A cheap soundness probe at open: SQLite's quick_check on stores up to QuickCheckLimit bytes (a
// coach's laptop), and on larger ones (the bureau) a read of every table's first page;
// `casebook-cli check` runs the full integrity check. Damage found later surfaces as a Corrupt
// error from the query that meets it.
constexpr qint64 QuickCheckLimit = 64LL * 1024 * 1024;

// A new encrypted store reserves the last 40 bytes of every page for the nonce and the tag
// (SQLITE_FCNTL_RESERVE_BYTES, before the first page is written).
bool reserveForEncryption(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.data());
    int reserve = CryptVfs::ReservedBytes;
    return connection
        && sqlite3_file_control(connection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve)
        == SQLITE_OK;
}

bool readable(const QSqlDatabase &db, qint64 fileSize)
{
    QSqlQuery q(db);
    if (fileSize <= QuickCheckLimit) {
        return q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next()
            && q.value(0).toString() == QLatin1String("ok");
    }
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return false;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 1").arg(table)))
            return false;
        probe.next();
        if (probe.lastError().isValid())
            return false;
    }
    return true;
}

QHash<QString, QStringList> &columnCache()
{
    static QHash<QString, QStringList> cache;
    return cache;
}

} // namespace

QString roleKey(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Coach:
        return QStringLiteral("coach");
    case DeviceRole::Supervisor:
        return QStringLiteral("supervisor");
    case DeviceRole::Window:
        return QStringLiteral("window");
    case DeviceRole::Bureau:
        return QStringLiteral("bureau");
    }
    return {};
}

std::optional<DeviceRole> roleFromKey(const QString &key)
{
    for (auto r :
        {DeviceRole::Coach, DeviceRole::Supervisor, DeviceRole::Window, DeviceRole::Bureau}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

int CaseStore::latestSchemaVersion()
{
    return static_cast<int>(migrationFiles().size());
}

qint32 CaseStore::applicationId()
{
    return ApplicationId;
}

QStringList CaseStore::domainTables()
{
    QStringList out;
    for (const auto &e : Entities)
        out << QString::fromLatin1(e.table);
    return out;
}

QString CaseStore::encodeValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    default: {
        QString s = value.toString();
        if (s.isNull())
            s = QLatin1String("");
        return s;
    }
    }
}

Result<std::unique_ptr<CaseStore>> CaseStore::open(
    const QString &path, const Clock &clock, std::shared_ptr<SecretKey> key)
{
    return openAs(path, clock, std::move(key), false);
}

Result<std::unique_ptr<CaseStore>> CaseStore::openAs(
    const QString &path, const Clock &clock, std::shared_ptr<SecretKey> key, bool sibling)
{
    // SQLite counts its memory under one lock by default: two connections reading on two threads
    // (a report's records beside its cases) then take turns at every allocation. Said before
    // SQLite starts (it refuses afterwards, and counts on: slower, not wrong).
    static const bool uncounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(uncounted);
    std::unique_ptr<CaseStore> store(new CaseStore);
    store->m_path = path;
    store->m_clock = &clock;
    store->m_sibling = sibling;
    store->m_connection
        = QStringLiteral("casebook-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (PostgresAddress::isAddress(path)) {
        if (key) {
            return fail(Error::Kind::Invalid,
                tr("A PostgreSQL store is encrypted by its server, not with a key."));
        }
        return openPostgres(std::move(store), path);
    }
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    const bool exists = !inMemory && info.exists() && info.size() > 0;
    const bool encrypted = exists ? CryptVfs::isEncrypted(path) : key != nullptr;
    if (encrypted && inMemory)
        return fail(Error::Kind::Invalid, tr("An encrypted store is a file, not memory."));
    if (encrypted && !key) {
        return fail(Error::Kind::NotAllowed,
            tr("The store %1 is encrypted: sign in to open it.").arg(path));
    }
    if (!encrypted && key) {
        return fail(Error::Kind::NotAllowed,
            tr("The store %1 is not encrypted yet: it is converted at the next sign-in.")
                .arg(path));
    }
    if (encrypted) {
        if (!CryptVfs::ensureRegistered())
            return fail(Error::Kind::Io, tr("The store's encryption could not start."));
        if (!exists) { // a new encrypted store: the header first, readable by its owner only
            if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
                return fail(
                    Error::Kind::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
            }
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(CryptVfs::newHeader()) != CryptVfs::HeaderSize || !file.flush()) {
                return fail(Error::Kind::Io, tr("Cannot create the store %1.").arg(path));
            }
            restrictToOwner(file);
        }
        store->m_key = key;
        store->m_encrypted = true;
        store->m_keyToken = CryptVfs::remember(std::move(key), path);
    }
    if (!encrypted && !inMemory && !exists) {
        // A new plain store is made readable by its owner only before SQLite writes to it (its
        // WAL and shared-memory files take the same mode).
        if (info.absoluteDir().exists()) {
            QFile file(path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Append))
                restrictToOwner(file);
        }
    }
    // The name and options SQLite opens: an encrypted store through the VFS with the key's token.
    const QString sqliteName = encrypted ? CryptVfs::uri(path, store->m_keyToken) : path;
    // URIs on every connection: VACUUM INTO names an encrypted copy as one (StoreConversion).
    const QString uriOption = QStringLiteral("QSQLITE_OPEN_URI;");

    // Look at an existing file read-only first, so that a refused file is never touched.
    const int failuresBefore = CryptVfs::authenticationFailures();
    const QString altered = tr("The store %1 is damaged or has been altered: a page failed its "
                               "authentication. Restore the last backup.")
                                .arg(path);
    if (!inMemory && info.exists() && info.size() > 0) {
        const QString probeName = store->m_connection + QStringLiteral("-probe");
        Error problem {Error::Kind::Database, {}};
        bool ok = true;
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            probe.setDatabaseName(sqliteName);
            probe.setConnectOptions(
                uriOption + QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=500"));
            auto refuse = [&](Error::Kind kind, const QString &message) {
                ok = false;
                problem = Error {kind, message};
            };
            if (!probe.open()) {
                if (encrypted && CryptVfs::authenticationFailures() > failuresBefore) {
                    refuse(Error::Kind::Corrupt, altered);
                } else {
                    refuse(Error::Kind::Io,
                        tr("Cannot open the store %1: %2").arg(path, probe.lastError().text()));
                }
            } else {
                QSqlQuery q(probe);
                qint64 appId = 0;
                qint64 version = 0;
                qint64 tables = 0;
                if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
                    const auto kind = classifySqlError(q.lastError());
                    if (encrypted && CryptVfs::authenticationFailures() > failuresBefore) {
                        refuse(Error::Kind::Corrupt, altered);
                    } else {
                        refuse(kind,
                            kind == Error::Kind::NotAStore
                                ? tr("The file %1 is not a Casebook store.").arg(path)
                                : kind == Error::Kind::Locked
                                ? tr("The store %1 is in use by another program.").arg(path)
                                : kind == Error::Kind::Corrupt
                                ? tr("The store %1 is damaged and cannot be opened.").arg(path)
                                : tr("Cannot read the store %1: %2")
                                      .arg(path, q.lastError().text()));
                    }
                } else {
                    appId = q.value(0).toLongLong();
                    q.exec(QStringLiteral("PRAGMA user_version"));
                    version = q.next() ? q.value(0).toLongLong() : 0;
                    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
                    tables = q.next() ? q.value(0).toLongLong() : 0;
                    if (appId != ApplicationId && !(appId == 0 && version == 0 && tables == 0)) {
                        refuse(Error::Kind::NotAStore,
                            tr("The file %1 is not a Casebook store.").arg(path));
                    } else if (version > latestSchemaVersion()) {
                        refuse(Error::Kind::StoreNewer,
                            tr("The store %1 was written by a newer version of Casebook (schema "
                               "%2; this "
                               "version knows up to %3). Please update Casebook.")
                                .arg(path)
                                .arg(version)
                                .arg(latestSchemaVersion()));
                    } else if (!readable(probe, info.size())) {
                        const auto kind = classifySqlError(q.lastError());
                        if (encrypted && CryptVfs::authenticationFailures() > failuresBefore) {
                            refuse(Error::Kind::Corrupt, altered);
                        } else {
                            refuse(kind == Error::Kind::Locked ? kind : Error::Kind::Corrupt,
                                kind == Error::Kind::Locked
                                    ? tr("The store %1 is in use by another program.").arg(path)
                                    : tr("The store %1 is damaged and cannot be opened.")
                                          .arg(path));
                        }
                    }
                }
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!ok)
            return tl::unexpected(problem);
    }

    if (!inMemory && !sibling) { // a sibling's store holds the lock while the sibling lives
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
            return fail(
                Error::Kind::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        }
        store->m_lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        store->m_lock->setStaleLockTime(0);
        if (!store->m_lock->tryLock(0)) {
            store->m_lock.reset();
            return fail(Error::Kind::Locked,
                tr("The store %1 is already open in another Casebook window or program.")
                    .arg(path));
        }
    }

    if (sodium_init() < 0)
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    db.setDatabaseName(sqliteName);
    db.setConnectOptions(uriOption + QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        return fail(
            Error::Kind::Io, tr("Cannot open the store %1: %2").arg(path, db.lastError().text()));
    }
    if (encrypted && !exists && !reserveForEncryption(db))
        return fail(Error::Kind::Io, tr("Cannot prepare the encrypted store %1.").arg(path));
    if (auto r = store->prepare(); !r)
        return tl::unexpected(r.error());
    return store;
}

Result<std::unique_ptr<CaseStore>> CaseStore::openPostgres(
    std::unique_ptr<CaseStore> store, const QString &address)
{
    const PostgresAddress a = PostgresAddress::parse(address);
    if (a.database.isEmpty()) {
        return fail(Error::Kind::Invalid,
            tr("%1 is not a PostgreSQL store's address: write postgresql://user@host:port/database "
               "(the password is never part of it).")
                .arg(address));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(Error::Kind::Io,
            tr("This installation cannot reach PostgreSQL: Qt's PostgreSQL driver (Debian: "
               "libqt6sql6-psql) is missing."));
    }
    if (sodium_init() < 0)
        return fail(Error::Kind::Io, tr("The cryptography library could not start."));
    store->m_dialect = SqlDialect(Engine::Postgres);
    store->m_path = a.toString();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
    db.setHostName(a.host);
    db.setPort(a.port);
    db.setUserName(a.user);
    db.setDatabaseName(a.database);
    if (const QString password = PostgresAddress::passwordFor(a.toString()); !password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=casebook"));
    if (!db.open()) {
        return fail(Error::Kind::Io,
            tr("Cannot reach the PostgreSQL store %1: %2")
                .arg(store->m_path, db.lastError().text()));
    }
    // A database that holds other tables and no Casebook schema is not a store; a newer schema
    // is refused before anything is written.
    {
        QSqlQuery q(db);
        if (!q.exec(store->m_dialect.schemaTables()) || !q.next()) {
            return fail(Error::Kind::Io,
                tr("Cannot read the PostgreSQL store %1: %2")
                    .arg(store->m_path, q.lastError().text()));
        }
        const qint64 tables = q.value(0).toLongLong();
        const bool ours = q.value(1).toLongLong() == 1;
        if (tables > 0 && !ours) {
            return fail(Error::Kind::NotAStore,
                tr("The database %1 holds other tables: it is not a Casebook store.")
                    .arg(store->m_path));
        }
        if (ours) {
            if (!q.exec(QStringLiteral("SELECT version, application_id FROM casebook_schema"))
                || !q.next() || q.value(1).toLongLong() != ApplicationId) {
                return fail(Error::Kind::NotAStore,
                    tr("The database %1 is not a Casebook store.").arg(store->m_path));
            }
            if (q.value(0).toLongLong() > latestSchemaVersion()) {
                return fail(Error::Kind::StoreNewer,
                    tr("The store %1 was written by a newer version of Casebook (schema %2; this "
                       "version knows up to %3). Please update Casebook.")
                        .arg(store->m_path)
                        .arg(q.value(0).toLongLong())
                        .arg(latestSchemaVersion()));
            }
        }
    }
    if (auto r = store->prepare(); !r)
        return tl::unexpected(r.error());
    return store;
}

VoidResult CaseStore::prepare()
{
    if (auto r = configure(); !r)
        return r;
    if (auto r = migrate(); !r)
        return r;
    if (auto r = chainUnhashed(); !r)
        return r;
    return loadIdentity();
}

VoidResult CaseStore::configure()
{
    QSqlQuery q(database());
    for (const QString &setting : m_dialect.sessionSettings()) {
        if (!q.exec(setting))
            return tl::unexpected(dbError(setting));
    }
    if (m_dialect.isPostgres() || m_sibling || m_path == QLatin1String(":memory:"))
        return {};
    if (!m_checkpointer) {
        auto open = sibling();
        if (!open)
            return {}; // none to open: SQLite's commits copy the log themselves
        // On its thread, a connection opened for the checkpoint and closed after it: no file
        // stays open between two (a store converted or moved meanwhile).
        m_checkpointer = std::make_unique<WalCheckpointer>([open = std::move(*open)] {
            auto other = open();
            if (!other)
                return false;
            QSqlQuery checkpoint((*other)->database());
            return checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        });
    }
    m_checkpointer->attach(database());
    return {};
}

void CaseStore::suspend()
{
    if (!m_encrypted || m_suspended)
        return;
    m_queries.clear();
    m_rowWrites.clear();
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    m_checkpointer.reset(); // after the connection that asks it, before the key it holds
    m_reader.reset();
    CryptVfs::forget(m_keyToken);
    m_keyToken.clear();
    m_key.reset(); // the last reference: the key is wiped
    m_suspended = true;
}

VoidResult CaseStore::resume(std::shared_ptr<SecretKey> key)
{
    if (!m_suspended)
        return {};
    if (!key)
        return fail(Error::Kind::NotAllowed, tr("The store is locked: sign in to open it."));
    const int failuresBefore = CryptVfs::authenticationFailures();
    const QString token = CryptVfs::remember(key, m_path);
    QSqlDatabase db = database();
    db.setDatabaseName(CryptVfs::uri(m_path, token));
    QSqlQuery probe(db);
    const bool opened = db.open()
        && probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && probe.next();
    probe.finish();
    if (!opened || CryptVfs::authenticationFailures() > failuresBefore) {
        db.close();
        CryptVfs::forget(token);
        return fail(Error::Kind::NotAllowed, tr("This key does not open the store."));
    }
    m_keyToken = token;
    m_key = std::move(key);
    m_suspended = false;
    return configure();
}

CaseStore::~CaseStore()
{
    m_queries.clear();
    m_rowWrites.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    m_checkpointer.reset(); // after the connection that asks it
    m_reader.reset();
    QSqlDatabase::removeDatabase(m_connection);
    if (!m_keyToken.isEmpty())
        CryptVfs::forget(m_keyToken); // the key is wiped with the last reference to it
}

std::optional<CaseStore::Opener> CaseStore::sibling() const
{
    if (m_suspended || m_showsPast || m_path.isEmpty() || m_path == QLatin1String(":memory:"))
        return std::nullopt;
    return Opener {[path = m_path, clock = m_clock, key = m_key] {
        return CaseStore::openAs(path, *clock, key, true);
    }};
}

ReadThread *CaseStore::readThread()
{
    if (m_sibling)
        return nullptr;
    auto open = sibling();
    if (!open)
        return nullptr;
    if (!m_reader)
        m_reader = std::make_unique<ReadThread>(std::move(*open));
    return m_reader.get();
}

QSqlDatabase CaseStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error CaseStore::dbError(const QString &what) const
{
    Error e = SqlError::of(database().lastError());
    e.message = tr("During %1: %2").arg(what, e.message);
    return e;
}

VoidResult CaseStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    // A new PostgreSQL database has no version table yet: version 0.
    const int current = q.exec(m_dialect.schemaVersion()) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    const QStringList files = migrationFiles();
    for (int i = current; i < files.size(); ++i) {
        QFile file(QStringLiteral(":/casebook/migrations/") + files.at(i));
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::Kind::Io, tr("Missing schema migration %1.").arg(files.at(i)));
        const QString sql = QString::fromUtf8(file.readAll());
        if (!db.transaction())
            return tl::unexpected(dbError(QStringLiteral("BEGIN")));
        QStringList all = m_dialect.migration(splitStatements(sql));
        all << m_dialect.setSchemaVersion(i + 1, i == 0, ApplicationId);
        for (const QString &statement : all) {
            if (!q.exec(statement)) {
                const Error e {Error::Kind::Database,
                    tr("Schema migration %1 failed: %2").arg(files.at(i), q.lastError().text())};
                db.rollback();
                return tl::unexpected(e);
            }
        }
        if (!db.commit())
            return tl::unexpected(dbError(QStringLiteral("COMMIT")));
    }
    auto &cache = columnCache();
    if (cache.isEmpty()) {
        QHash<QString, QStringList> read;
        q.exec(m_dialect.allColumns());
        while (q.next())
            read[q.value(0).toString()] << q.value(1).toString();
        for (const QString &table : domainTables())
            cache.insert(table, read.value(table));
    }
    return {};
}

VoidResult CaseStore::loadIdentity()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT key, value FROM meta"));
    std::map<QString, QString> meta;
    while (q.next())
        meta[q.value(0).toString()] = q.value(1).toString();
    if (meta.count(QStringLiteral("device_id"))) {
        m_identity.deviceId = meta[QStringLiteral("device_id")];
        m_identity.role = roleFromKey(meta[QStringLiteral("role")]).value_or(DeviceRole::Coach);
        m_identity.name = meta[QStringLiteral("name")];
        m_identity.incarnation = meta[QStringLiteral("incarnation")].toLongLong();
        m_lastHlc = meta[QStringLiteral("hlc")].toLongLong();
        q.prepare(
            QStringLiteral("SELECT max(seq) FROM oplog WHERE device_id = ? AND incarnation = ?"));
        q.addBindValue(m_identity.deviceId);
        q.addBindValue(m_identity.incarnation);
        if (!q.exec())
            return tl::unexpected(dbError(QStringLiteral("loading the device sequence")));
        m_nextSeq = q.next() ? q.value(0).toLongLong() + 1 : 1;
        m_lastHash = Operation::chainStart();
        q.prepare(QStringLiteral(
            "SELECT hash FROM oplog WHERE device_id = ? AND incarnation = ? AND seq = ?"));
        q.addBindValue(m_identity.deviceId);
        q.addBindValue(m_identity.incarnation);
        q.addBindValue(m_nextSeq - 1);
        if (!q.exec())
            return tl::unexpected(dbError(QStringLiteral("loading the device sequence")));
        if (q.next())
            m_lastHash = q.value(0).toByteArray();
    }
    return {};
}

VoidResult CaseStore::chainUnhashed()
{
    // Stores written before schema 9 have operations without their chain hashes: each device's log
    // is chained in sequence order once, as its device would have chained it. Done once per store
    // (a flag in meta), so that opening a large store does not scan its log.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'oplog_chained'")))
        return tl::unexpected(dbError(QStringLiteral("reading settings")));
    if (q.next() && q.value(0).toString() == QLatin1String("1"))
        return {};
    q.finish();
    QSqlDatabase db = database();
    if (!db.transaction())
        return tl::unexpected(dbError(QStringLiteral("BEGIN")));
    QSqlQuery all(db);
    all.setForwardOnly(true);
    if (!all.exec(QString::fromLatin1(OpColumns)
            + QStringLiteral("ORDER BY device_id, incarnation, seq"))) {
        db.rollback();
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    }
    QList<Operation> ops;
    while (all.next())
        ops << readOperation(all);
    all.finish();
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE oplog SET prev_hash = ?, hash = ? WHERE op_id = ?"));
    QString device;
    qint64 incarnation = 0;
    QByteArray prev;
    for (Operation &op : ops) {
        if (op.deviceId != device || op.incarnation != incarnation) {
            device = op.deviceId;
            incarnation = op.incarnation;
            prev = Operation::chainStart();
        }
        op.prevHash = prev;
        prev = op.chainHash();
        set.addBindValue(op.prevHash);
        set.addBindValue(prev);
        set.addBindValue(op.opId);
        if (!set.exec()) {
            db.rollback();
            return tl::unexpected(dbError(QStringLiteral("chaining the operation log")));
        }
    }
    QSqlQuery flag(db);
    if (!flag.exec(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('oplog_chained', '1') ON CONFLICT (key) DO "
            "UPDATE SET value = excluded.value"))) {
        db.rollback();
        return tl::unexpected(dbError(QStringLiteral("chaining the operation log")));
    }
    if (!db.commit())
        return tl::unexpected(dbError(QStringLiteral("COMMIT")));
    return {};
}

VoidResult CaseStore::initialize(DeviceRole role, const QString &name)
{
    if (isInitialized()) {
        return fail(Error::Kind::NotAllowed,
            tr("This store is already initialised as %1.").arg(m_identity.name));
    }
    if (name.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("A store needs a name."));
    QSqlDatabase db = database();
    if (!db.transaction())
        return tl::unexpected(dbError(QStringLiteral("BEGIN")));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    const QString deviceId = newUuid();
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("role"), roleKey(role)},
        {QStringLiteral("name"), name.trimmed()},
        {QStringLiteral("incarnation"), QStringLiteral("1")},
        {QStringLiteral("hlc"), QStringLiteral("0")},
    };
    for (const auto &[key, value] : rows) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!q.exec()) {
            const Error e = dbError(QStringLiteral("initialise"));
            db.rollback();
            return tl::unexpected(e);
        }
    }
    if (!db.commit())
        return tl::unexpected(dbError(QStringLiteral("COMMIT")));
    return loadIdentity();
}

Result<QString> CaseStore::metaValue(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return tl::unexpected(dbError(QStringLiteral("reading settings")));
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The store has no setting %1.").arg(key));
    return q.value(0).toString();
}

VoidResult CaseStore::setMetaValue(const QString &key, const QString &value)
{
    static const QStringList Reserved = {QStringLiteral("device_id"), QStringLiteral("role"),
        QStringLiteral("name"), QStringLiteral("incarnation"), QStringLiteral("hlc")};
    if (Reserved.contains(key))
        return fail(Error::Kind::NotAllowed, tr("The setting %1 cannot be changed.").arg(key));
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                             "UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return tl::unexpected(dbError(QStringLiteral("saving settings")));
    return {};
}

VoidResult CaseStore::begin()
{
    if (m_txDepth++ > 0)
        return {};
    m_txFailed = false;
    m_staleWrites.clear();
    if (!database().transaction()) {
        m_txDepth = 0;
        return tl::unexpected(dbError(QStringLiteral("BEGIN")));
    }
    // A shared store (PostgreSQL) has other clients writing as the same store: one writer at a
    // time takes the store's log head under a row lock, so its sequence continues the last one
    // committed (gapless, whoever wrote it) and its clock never goes back.
    if (const QString lock = m_dialect.writerLock(); !lock.isEmpty() && isInitialized()) {
        QSqlQuery q(database());
        if (!q.exec(lock) || !q.next()) {
            const Error e = dbError(QStringLiteral("BEGIN"));
            database().rollback();
            m_txDepth = 0;
            return tl::unexpected(e);
        }
        m_lastHlc = std::max(m_lastHlc, q.value(0).toLongLong());
        q.prepare(QStringLiteral("SELECT seq, hash FROM oplog WHERE device_id = ? AND incarnation "
                                 "= ? ORDER BY seq DESC LIMIT 1"));
        q.addBindValue(m_identity.deviceId);
        q.addBindValue(m_identity.incarnation);
        if (!q.exec()) {
            const Error e = dbError(QStringLiteral("BEGIN"));
            database().rollback();
            m_txDepth = 0;
            return tl::unexpected(e);
        }
        m_nextSeq = q.next() ? q.value(0).toLongLong() + 1 : 1;
        m_lastHash = m_nextSeq > 1 ? q.value(1).toByteArray() : Operation::chainStart();
    }
    m_txSeq = m_nextSeq;
    m_txHlc = m_lastHlc;
    m_txHash = m_lastHash;
    return {};
}

VoidResult CaseStore::commit()
{
    if (m_txDepth <= 0)
        return fail(Error::Kind::Database, tr("Commit without a transaction."));
    if (--m_txDepth > 0)
        return {};
    auto abandon = [this]() {
        database().rollback();
        m_nextSeq = m_txSeq;
        m_lastHlc = m_txHlc;
        m_lastHash = m_txHash;
        m_staleWrites.clear();
        return fail(
            Error::Kind::Database, tr("The change was not saved because part of it failed."));
    };
    if (m_txFailed)
        return abandon();
    if (m_lastHlc != m_txHlc) {
        QSqlQuery &q = cachedQuery(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'hlc'"));
        q.addBindValue(QString::number(m_lastHlc));
        if (!q.exec())
            return abandon();
    }
    if (!database().commit()) {
        const Error e = dbError(QStringLiteral("COMMIT"));
        database().rollback();
        m_nextSeq = m_txSeq;
        m_lastHlc = m_txHlc;
        m_lastHash = m_txHash;
        return tl::unexpected(e);
    }
    return {};
}

void CaseStore::rollback()
{
    if (m_txDepth <= 0)
        return;
    if (--m_txDepth > 0) {
        m_txFailed = true;
        return;
    }
    database().rollback();
    m_nextSeq = m_txSeq;
    m_lastHlc = m_txHlc;
    m_lastHash = m_txHash;
    m_staleWrites.clear();
}

QSqlQuery &CaseStore::cachedQuery(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(database());
        q->prepare(sql);
        it = m_queries.insert(sql, q);
    }
    return *it.value();
}

qint64 CaseStore::nextHlc()
{
    // Merged clocks are bounded (SyncRepository refuses those far ahead), but a damaged store must
    // not overflow.
    const qint64 physical = m_clock->now().toMSecsSinceEpoch() << 16;
    const qint64 next = m_lastHlc < std::numeric_limits<qint64>::max() ? m_lastHlc + 1 : m_lastHlc;
    m_lastHlc = std::max(physical, next);
    return m_lastHlc;
}

Result<QString> CaseStore::appendOperation(const WriteContext &ctx, const QString &entity,
    const QString &rowId, const QString &field, const QString &value, qint64 baseHlc)
{
    Operation op;
    op.opId = newUuid();
    op.deviceId = m_identity.deviceId;
    op.incarnation = m_identity.incarnation;
    op.seq = m_nextSeq;
    op.hlc = nextHlc();
    op.actor = ctx.actor.isEmpty() ? m_identity.name : ctx.actor;
    op.entity = entity;
    op.rowId = rowId;
    op.field = field;
    op.value = value;
    op.baseHlc = baseHlc;
    op.formId = ctx.formId;
    op.formVersion = ctx.formVersion;
    op.prevHash = m_lastHash;
    op.hash = op.chainHash();
    QSqlQuery &q
        = cachedQuery(QStringLiteral("INSERT INTO oplog (op_id, device_id, incarnation, seq, hlc, "
                                     "actor, entity, row_id, field, value, "
                                     "base_hlc, form_id, form_version, prev_hash, hash) VALUES (?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(op.opId);
    q.addBindValue(op.deviceId);
    q.addBindValue(op.incarnation);
    q.addBindValue(op.seq);
    q.addBindValue(op.hlc);
    q.addBindValue(op.actor);
    q.addBindValue(entity);
    q.addBindValue(rowId);
    q.addBindValue(field);
    q.addBindValue(value);
    q.addBindValue(baseHlc == 0 ? QVariant() : QVariant(baseHlc));
    q.addBindValue(ctx.formId.isEmpty() ? QVariant() : QVariant(ctx.formId));
    q.addBindValue(ctx.formVersion.isEmpty() ? QVariant() : QVariant(ctx.formVersion));
    q.addBindValue(op.prevHash);
    q.addBindValue(op.hash);
    if (!q.exec())
        return tl::unexpected(dbError(QStringLiteral("logging an operation")));
    ++m_nextSeq;
    m_lastHash = op.hash;
    return op.opId;
}

VoidResult CaseStore::insert(
    const WriteContext &ctx, const QString &entity, const QString &rowId, const QVariantMap &fields)
{
    if (!isInitialized()) {
        return fail(
            Error::Kind::NotAllowed, tr("The store has no device identity yet; run init first."));
    }
    const QString table = tableFor(entity);
    const QStringList columns = columnCache().value(table);
    if (table.isEmpty())
        return fail(Error::Kind::Invalid, tr("Unknown entity %1.").arg(entity));
    QStringList names;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("id"))
            return fail(Error::Kind::Invalid, tr("Unknown field %1 of %2.").arg(it.key(), entity));
        names << it.key();
    }
    Transaction tx(*this);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    QString sql = QStringLiteral("INSERT INTO %1 (id").arg(table);
    for (const QString &n : names)
        sql += QStringLiteral(", \"") + n + QLatin1Char('"'); // quoted: "window" is reserved
    sql += QStringLiteral(") VALUES (?") + QStringLiteral(", ?").repeated(names.size())
        + QStringLiteral(")");
    QSqlQuery &q = cachedQuery(sql);
    q.addBindValue(rowId);
    QStringList encoded;
    for (const QString &n : names) {
        encoded << encodeValue(fields.value(n));
        q.addBindValue(encoded.last().isNull() ? QVariant() : QVariant(encoded.last()));
    }
    if (!q.exec()) {
        return fail(
            Error::Kind::Database, tr("Cannot save %1: %2").arg(entity, q.lastError().text()));
    }
    for (int i = 0; i < names.size(); ++i) {
        if (auto r = appendOperation(ctx, entity, rowId, names.at(i), encoded.at(i), 0); !r)
            return tl::unexpected(r.error());
    }
    if (names.isEmpty()) {
        if (auto r = appendOperation(
                ctx, entity, rowId, QStringLiteral("deleted"), QStringLiteral("0"), 0);
            !r)
            return tl::unexpected(r.error());
    }
    return tx.commit();
}

struct CaseStore::Seen
{
    bool stale = false;
    QString value;  // the value the writer read (null: none)
    qint64 hlc = 0; // its clock
    QString theirOp;
    QString theirs;
    QString theirDevice;
    QString theirActor;
    qint64 theirHlc = 0;
};

Result<int> CaseStore::update(const WriteContext &ctx, const QString &entity, const QString &rowId,
    const QVariantMap &fields, bool always)
{
    if (!isInitialized()) {
        return fail(
            Error::Kind::NotAllowed, tr("The store has no device identity yet; run init first."));
    }
    const QString table = tableFor(entity);
    if (table.isEmpty())
        return fail(Error::Kind::Invalid, tr("Unknown entity %1.").arg(entity));
    const QStringList columns = columnCache().value(table);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("id"))
            return fail(Error::Kind::Invalid, tr("Unknown field %1 of %2.").arg(it.key(), entity));
    }

    Transaction tx(*this);
    if (!tx.began())
        return tl::unexpected(tx.began().error());
    QSqlQuery &current = cachedQuery(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    current.addBindValue(rowId);
    if (!current.exec())
        return tl::unexpected(dbError(QStringLiteral("reading %1").arg(entity)));
    if (!current.next())
        return fail(Error::Kind::NotFound, tr("No %1 with id %2.").arg(entity, rowId));
    const QSqlRecord record = current.record();
    QVariantMap before;
    for (int i = 0; i < record.count(); ++i)
        before.insert(record.fieldName(i), current.value(i));
    current.finish();

    int changed = 0;
    bool held = false; // a stale write opened a conflict on a legally significant field
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString newValue = encodeValue(it.value());
        const QVariant old = before.value(it.key());
        const QString oldValue = old.isNull() ? QString() : old.toString();
        if (!always && sameValue(newValue, oldValue))
            continue;
        QSqlQuery &base = cachedQuery(QStringLiteral(
            "SELECT max(hlc) FROM oplog WHERE row_id = ? AND entity = ? AND field = ?"));
        base.addBindValue(rowId);
        base.addBindValue(entity);
        base.addBindValue(it.key());
        qint64 baseHlc = 0;
        if (base.exec() && base.next())
            baseHlc = base.value(0).toLongLong();
        base.finish();
        std::optional<Seen> stale;
        if (ctx.seenPosition > 0) {
            auto seen = seenBy(ctx, entity, rowId, it.key());
            if (!seen)
                return tl::unexpected(seen.error());
            if (seen->stale) {
                // Left as the writer read it: the other desk's value stays.
                if (sameValue(newValue, seen->value)) {
                    m_staleWrites << StaleWrite {entity, rowId, it.key(), seen->value, seen->theirs,
                        seen->theirActor, newValue, true, {}};
                    continue;
                }
                baseHlc = seen->hlc;
                stale = *seen;
            }
        }
        QSqlQuery &set = cachedQuery(
            QStringLiteral("UPDATE %1 SET \"%2\" = ? WHERE id = ?").arg(table, it.key()));
        set.addBindValue(newValue.isNull() ? QVariant() : QVariant(newValue));
        set.addBindValue(rowId);
        if (!set.exec()) {
            return fail(Error::Kind::Database,
                tr("Cannot save %1: %2").arg(entity, set.lastError().text()));
        }
        auto mine = appendOperation(ctx, entity, rowId, it.key(), newValue, baseHlc);
        if (!mine)
            return tl::unexpected(mine.error());
        if (stale) {
            // Both changed the field: both writes are kept, the conflict waits for a person.
            QSqlQuery &c = cachedQuery(QStringLiteral(
                "INSERT INTO sync_conflicts (id, entity, row_id, field, op_a, op_b, value_a, "
                "value_b, device_a, device_b, hlc_a, hlc_b, status) VALUES (?, ?, ?, ?, ?, ?, ?, "
                "?, ?, ?, ?, ?, 'open') ON CONFLICT DO NOTHING"));
            for (const QVariant &v : {QVariant(conflictId(stale->theirOp, *mine)), QVariant(entity),
                     QVariant(rowId), QVariant(it.key()), QVariant(stale->theirOp), QVariant(*mine),
                     nullable(stale->theirs), nullable(newValue), QVariant(stale->theirDevice),
                     QVariant(m_identity.deviceId), QVariant(stale->theirHlc), QVariant(m_lastHlc)})
                c.addBindValue(v);
            if (!c.exec())
                return tl::unexpected(dbError(QStringLiteral("recording a conflict")));
            m_staleWrites << StaleWrite {entity, rowId, it.key(), stale->value, stale->theirs,
                stale->theirActor, newValue, false, {}};
            held = held || isLegallySignificant(entity, it.key());
        }
        ++changed;
    }
    if (held) {
        // A legally significant field under the new conflict keeps its confirmed value until a
        // person decides, as after a merge.
        auto values = heldValues();
        if (!values)
            return tl::unexpected(values.error());
        for (const Operation &op : std::as_const(*values)) {
            if (op.entity != entity || op.rowId != rowId)
                continue;
            if (auto r = applyOperation(op, false); !r)
                return tl::unexpected(r.error());
        }
    }
    if (auto r = tx.commit(); !r)
        return tl::unexpected(r.error());
    return changed;
}

Result<CaseStore::Seen> CaseStore::seenBy(
    const WriteContext &ctx, const QString &entity, const QString &rowId, const QString &field)
{
    Seen seen;
    // The last write of the field that reached the log after the writer read it, other than this
    // transaction's own (a form saved makes its instance, then marks it complete).
    QSqlQuery &since = cachedQuery(
        QStringLiteral("SELECT op_id, value, device_id, actor, hlc FROM oplog WHERE row_id = ? "
                       "AND entity = ? AND field = ? AND %1 > ? AND NOT (device_id = ? AND "
                       "incarnation = ? AND seq >= ?) ORDER BY hlc DESC LIMIT 1")
            .arg(m_dialect.logOrder()));
    for (const QVariant &v :
        {QVariant(rowId), QVariant(entity), QVariant(field), QVariant(ctx.seenPosition),
            QVariant(m_identity.deviceId), QVariant(m_identity.incarnation), QVariant(m_txSeq)})
        since.addBindValue(v);
    if (!since.exec())
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    if (!since.next())
        return seen;
    seen.stale = true;
    seen.theirOp = since.value(0).toString();
    seen.theirs = since.value(1).isNull() ? QString() : since.value(1).toString();
    seen.theirDevice = since.value(2).toString();
    seen.theirActor = since.value(3).toString();
    seen.theirHlc = since.value(4).toLongLong();
    since.finish();
    QSqlQuery &read = cachedQuery(
        QStringLiteral("SELECT value, hlc FROM oplog WHERE row_id = ? AND entity = ? AND field = ? "
                       "AND %1 <= ? ORDER BY hlc DESC LIMIT 1")
            .arg(m_dialect.logOrder()));
    for (const QVariant &v :
        {QVariant(rowId), QVariant(entity), QVariant(field), QVariant(ctx.seenPosition)})
        read.addBindValue(v);
    if (!read.exec())
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    if (read.next()) {
        seen.value = read.value(0).isNull() ? QString() : read.value(0).toString();
        seen.hlc = read.value(1).toLongLong();
    }
    read.finish();
    return seen;
}

VoidResult CaseStore::applyOperation(const Operation &op, bool ensureRow)
{
    if (auto ok = checkOperation(op); !ok)
        return ok;
    return applyFields(op.entity, op.rowId, {{op.field, op.value}}, ensureRow);
}

VoidResult CaseStore::checkOperation(const Operation &op) const
{
    const QString table = tableFor(op.entity);
    if (table.isEmpty() || !columnCache().value(table).contains(op.field)
        || op.field == QLatin1String("id")) {
        return fail(Error::Kind::Invalid,
            tr("Operation %1 names an unknown field %2.%3.").arg(op.opId, op.entity, op.field));
    }
    return {};
}

VoidResult CaseStore::applyFields(const QString &entity, const QString &rowId,
    const QList<std::pair<QString, QString>> &fields, bool ensureRow)
{
    if (fields.isEmpty())
        return {};
    const QString table = tableFor(entity);
    QString columns;
    QString marks;
    QString sets;
    for (const auto &field : fields) {
        columns += QStringLiteral(", \"%1\"").arg(field.first);
        marks += QStringLiteral(", ?");
        sets += QStringLiteral("%1\"%2\" = %3")
                    .arg(sets.isEmpty() ? QString() : QStringLiteral(", "), field.first,
                        ensureRow ? QStringLiteral("excluded.\"%1\"").arg(field.first)
                                  : QStringLiteral("?"));
    }
    // A new row and its fields in one upsert (the row may exist: the log is replayed over rows
    // already made); an existing row's fields in one update.
    const QString sql = ensureRow
        ? QStringLiteral("INSERT INTO %1 (id%2) VALUES (?%3) ON CONFLICT (id) DO UPDATE SET %4")
              .arg(table, columns, marks, sets)
        : QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets);
    // A bundle may name fields in any combination: only so many statements are kept prepared.
    constexpr qsizetype KeptStatements = 512;
    std::shared_ptr<LoopStatement> q = m_rowWrites.value(sql);
    if (!q) {
        q = std::make_shared<LoopStatement>(database(), sql);
        if (m_rowWrites.size() < KeptStatements)
            m_rowWrites.insert(sql, q);
    }
    if (ensureRow)
        q->bind(rowId);
    for (const auto &field : fields)
        q->bind(field.second); // a null value is NULL
    if (!ensureRow)
        q->bind(rowId);
    if (!q->exec()) {
        Error e = SqlError::of(q->lastError());
        e.message = tr("During %1: %2").arg(QStringLiteral("replaying an operation"), e.message);
        return tl::unexpected(e);
    }
    return {};
}

Result<QList<Operation>> CaseStore::operations() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(OpColumns) + QStringLiteral("ORDER BY hlc, device_id, seq")))
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    QList<Operation> out;
    while (q.next())
        out << readOperation(q);
    return out;
}

QString CaseStore::conflictId(const QString &opA, const QString &opB)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        (opA + QLatin1Char('|') + opB).toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16));
}

const QList<std::pair<QString, QString>> &CaseStore::caseRecordTables()
{
    static const QList<std::pair<QString, QString>> Tables = [] {
        QList<std::pair<QString, QString>> out;
        for (const char *entity : {"dispatch", "case_event", "form_instance", "se_profile",
                 "placement", "support_day", "follow_up", "adaptation", "extension", "home_service",
                 "se_group_member", "attachment", "attachment_part"}) {
            const QString name = QString::fromLatin1(entity);
            out.append({name, tableFor(name)});
        }
        return out;
    }();
    return Tables;
}

bool CaseStore::isLegallySignificant(const QString &entity, const QString &field)
{
    static const QSet<QString> Fields = {QStringLiteral("person.cert_system"),
        QStringLiteral("person.cert_categories"), QStringLiteral("person.cert_severity"),
        QStringLiteral("person.cert_valid_until"), QStringLiteral("case.status"),
        QStringLiteral("case.closed_on"), QStringLiteral("case.closure_reason"),
        QStringLiteral("case.goal_reached_on"), QStringLiteral("placement.start_date"),
        QStringLiteral("placement.end_date"), QStringLiteral("placement.labour_insurance_from")};
    return Fields.contains(entity + QLatin1Char('.') + field);
}

Result<QList<Operation>> CaseStore::heldValues() const
{
    QSqlQuery open(database());
    if (!open.exec(QStringLiteral(
            "SELECT c.entity, c.row_id, c.field, c.op_a, c.op_b, coalesce(o.base_hlc, 0) FROM "
            "sync_conflicts c LEFT JOIN oplog o ON o.op_id = c.op_b WHERE c.status = 'open' "
            "ORDER BY c.entity, c.row_id, c.field")))
        return tl::unexpected(dbError(QStringLiteral("reading conflicts")));
    struct Held
    {
        QSet<QString>
            conflicting; // both sides of conflicts whose later write had seen an earlier value
        QSet<QString> unseeing; // later writes that claim to have seen nothing (base clock 0)
    };
    QHash<QString, Held> fields; // "entity|row|field"
    while (open.next()) {
        if (!isLegallySignificant(open.value(0).toString(), open.value(2).toString()))
            continue;
        Held &h = fields[open.value(0).toString() + QLatin1Char('|') + open.value(1).toString()
            + QLatin1Char('|') + open.value(2).toString()];
        if (open.value(5).toLongLong() > 0) {
            h.conflicting << open.value(3).toString() << open.value(4).toString();
        } else {
            h.unseeing << open.value(4).toString();
        }
    }
    QList<Operation> out;
    QSqlQuery writes(database());
    writes.prepare(QStringLiteral(
        "SELECT op_id, value FROM oplog WHERE entity = ? AND row_id = ? AND field = ? "
        "ORDER BY hlc, device_id, seq"));
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QStringList key = it.key().split(QLatin1Char('|'));
        writes.addBindValue(key.at(0));
        writes.addBindValue(key.at(1));
        writes.addBindValue(key.at(2));
        if (!writes.exec())
            return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
        Operation held;
        held.entity = key.at(0);
        held.rowId = key.at(1);
        held.field = key.at(2);
        // The value of the last write before the first conflicting one; none when the conflict is
        // the first. A write that claims to have seen nothing pins nothing and is passed over: a
        // claimed base clock never blanks the confirmed value.
        while (writes.next()) {
            const QString id = writes.value(0).toString();
            if (it.value().conflicting.contains(id))
                break;
            if (!it.value().unseeing.contains(id))
                held.value = writes.value(1).isNull() ? QString() : writes.value(1).toString();
        }
        writes.finish();
        out << held;
    }
    return out;
}

Result<QList<Operation>> CaseStore::operationsAfter(
    const QHash<QString, qint64> &held, const Progress &progress) const
{
    QSqlQuery devices(database());
    devices.setForwardOnly(true);
    if (!devices.exec(QStringLiteral("SELECT device_id, count(*) FROM oplog GROUP BY device_id")))
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    QStringList ids;
    qint64 total = 0; // an upper bound: the operations already held are not read
    while (devices.next()) {
        ids << devices.value(0).toString();
        total += devices.value(1).toLongLong();
    }
    QList<Operation> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(OpColumns)
        + QStringLiteral("WHERE device_id = ? AND seq > ? ORDER BY incarnation, seq"));
    constexpr qint64 Every = 8192;
    qint64 read = 0;
    for (const QString &id : std::as_const(ids)) {
        q.addBindValue(id);
        q.addBindValue(held.value(id, 0));
        if (!q.exec())
            return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
        while (q.next()) {
            out << readOperation(q);
            if (++read % Every == 0 && !progress(read, total))
                return tl::unexpected(Progress::cancelled());
        }
    }
    if (!progress(total, total))
        return tl::unexpected(Progress::cancelled());
    return out;
}

Result<QList<Operation>> CaseStore::operationsForRow(const QString &rowId) const
{
    QSqlQuery q(database());
    q.prepare(QString::fromLatin1(OpColumns)
        + QStringLiteral("WHERE row_id = ? ORDER BY hlc, device_id, seq"));
    q.addBindValue(rowId);
    if (!q.exec())
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    QList<Operation> out;
    while (q.next())
        out << readOperation(q);
    return out;
}

Result<qint64> CaseStore::operationCount() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM oplog")) || !q.next())
        return tl::unexpected(dbError(QStringLiteral("counting operations")));
    return q.value(0).toLongLong();
}

Result<QByteArray> CaseStore::domainDigest(bool withAudit) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    for (const QString &table : domainTables()) {
        if (!withAudit && table == QLatin1String("audit_entries"))
            continue;
        hash.addData(table.toUtf8());
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                        .arg(table, m_dialect.bytewise(QStringLiteral("id")))))
            return tl::unexpected(dbError(QStringLiteral("digest")));
        const int n = q.record().count();
        while (q.next()) {
            for (int i = 0; i < n; ++i) {
                const QVariant v = q.value(i);
                hash.addData(v.isNull() ? QByteArrayView("\x01N") : QByteArrayView("\x02"));
                if (!v.isNull())
                    hash.addData(v.toString().toUtf8());
            }
            hash.addData(QByteArrayView("\x03"));
        }
    }
    return hash.result();
}

Result<IntegrityReport> CaseStore::check() const
{
    IntegrityReport report;
    QSqlQuery q(database());
    // PostgreSQL checks its pages and references itself (checksums, foreign keys): what is
    // checked here is the log and the tables it builds.
    if (m_dialect.isPostgres()) {
        report.sqliteOk = true;
    } else {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return tl::unexpected(dbError(QStringLiteral("integrity check")));
        QStringList messages;
        while (q.next())
            messages << q.value(0).toString();
        report.sqliteOk = messages == QStringList {QStringLiteral("ok")};
        if (!report.sqliteOk)
            report.problems << tr("SQLite integrity: %1").arg(messages.join(QStringLiteral("; ")));
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return tl::unexpected(dbError(QStringLiteral("foreign key check")));
        if (q.next()) {
            report.sqliteOk = false;
            report.problems
                << tr("A row refers to a missing row in %1.").arg(q.value(0).toString());
        }
    }

    report.logGapless = true;
    if (!q.exec(
            QStringLiteral("SELECT device_id, incarnation, min(seq), max(seq), count(*) FROM oplog "
                           "GROUP BY device_id, incarnation")))
        return tl::unexpected(dbError(QStringLiteral("log check")));
    while (q.next()) {
        const qint64 lo = q.value(2).toLongLong();
        const qint64 hi = q.value(3).toLongLong();
        const qint64 count = q.value(4).toLongLong();
        report.operations += count;
        // A unit laptop holds only its cases: other stores' logs have gaps there by design.
        const bool partial = q.value(0).toString() != m_identity.deviceId
            && (!metaValue(QStringLiteral("sync_scope")).value_or(QString()).isEmpty()
                || !metaValue(QStringLiteral("sync_scope_coach")).value_or(QString()).isEmpty());
        if (!partial && (lo != 1 || hi != count)) {
            report.logGapless = false;
            report.problems << tr(
                "The operation log of device %1 has gaps (sequence %2 to %3, %4 operations).")
                                   .arg(q.value(0).toString())
                                   .arg(lo)
                                   .arg(hi)
                                   .arg(count);
        }
    }

    // Rebuild the domain tables from the log alone and compare.
    auto replica = CaseStore::open(QStringLiteral(":memory:"), *m_clock);
    if (!replica)
        return tl::unexpected(replica.error());
    auto ops = operations();
    if (!ops)
        return tl::unexpected(ops.error());
    QSqlDatabase rdb = (*replica)->database();
    QSqlQuery(rdb).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    rdb.transaction();
    bool replayOk = true;
    for (const Operation &op : *ops) {
        if (auto r = (*replica)->applyOperation(op); !r) {
            replayOk = false;
            report.problems << r.error().message;
            break;
        }
    }
    // Legally significant fields under an open conflict keep their confirmed value (see
    // heldValues).
    if (auto held = heldValues(); held && replayOk) {
        for (const Operation &op : *held) {
            if (auto r = (*replica)->applyOperation(op, false); !r)
                replayOk = false;
        }
    }
    rdb.commit();
    const auto mine = domainDigest(true);
    const auto theirs = (*replica)->domainDigest(true);
    report.logMatchesTables = replayOk && mine && theirs && *mine == *theirs;
    if (!report.logMatchesTables && replayOk)
        report.problems << tr("The domain tables differ from what the operation log says.");
    return report;
}

Result<qint64> CaseStore::logPosition() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(%1), 0) FROM oplog").arg(m_dialect.logOrder()))
        || !q.next())
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    return q.value(0).toLongLong();
}

Result<qint64> CaseStore::changePosition() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM oplog WHERE entity <> 'audit' ORDER BY %1 DESC "
                               "LIMIT 1")
                    .arg(m_dialect.logOrder())))
        return tl::unexpected(dbError(QStringLiteral("reading the operation log")));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::unique_ptr<PastView>> PastView::open(CaseStore &store, qint64 position)
{
    std::unique_ptr<PastView> view(new PastView(store));
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    const SqlDialect &sql = store.dialect();
    if (q.exec(sql.tempTablesOpen()) && q.next() && q.value(0).toInt() > 0)
        return fail(Error::Kind::NotAllowed, tr("Another view of the past is open on this store."));
    q.finish();
    q.prepare(QStringLiteral("SELECT DISTINCT entity, row_id FROM oplog WHERE %1 > ?")
                  .arg(sql.logOrder()));
    q.addBindValue(position);
    if (!q.exec()) {
        return fail(Error::Kind::Database,
            tr("Cannot read the operation log: %1").arg(q.lastError().text()));
    }
    QHash<QString, QStringList> later; // entity -> rows changed after the moment
    while (q.next()) {
        if (!tableFor(q.value(0).toString()).isEmpty())
            later[q.value(0).toString()] << q.value(1).toString();
    }
    q.finish();
    for (auto it = later.cbegin(); it != later.cend(); ++it) {
        const QString table = tableFor(it.key());
        // A TEMP table of the same name is found first by every unqualified query on this
        // connection.
        QList<std::pair<QString, QString>> schema;
        if (const QString read = sql.tableSchema(); !read.isEmpty()) {
            QSqlQuery r(db);
            r.prepare(read);
            r.addBindValue(table);
            if (!r.exec())
                return SqlError::failure(r);
            while (r.next())
                schema.append({r.value(0).toString(), r.value(1).toString()});
        }
        const QStringList statements = sql.shadow(table, schema);
        view->m_tables << table;
        for (const QString &statement : std::as_const(statements)) {
            if (QSqlQuery create(db); !create.exec(statement)) {
                return fail(Error::Kind::Database,
                    tr("Cannot open the view of the past: %1").arg(create.lastError().text()));
            }
        }
        // Each row that changed since: rebuilt from the operations logged by then, or removed if it
        // did not exist.
        QSqlQuery ops(db);
        ops.prepare(QStringLiteral(
            "SELECT field, value FROM oplog WHERE row_id = ? AND entity = ? AND %1 <= ? "
            "ORDER BY hlc, device_id, seq")
                        .arg(sql.logOrder()));
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(sql.temp(table)));
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (id) VALUES (?)").arg(sql.temp(table)));
        const QStringList columns = columnCache().value(table);
        for (const QString &row : it.value()) {
            ops.addBindValue(row);
            ops.addBindValue(it.key());
            ops.addBindValue(position);
            if (!ops.exec())
                return SqlError::failure(ops);
            QList<std::pair<QString, QVariant>> fields;
            while (ops.next()) {
                if (columns.contains(ops.value(0).toString())
                    && ops.value(0).toString() != QLatin1String("id"))
                    fields.append({ops.value(0).toString(), ops.value(1)});
            }
            drop.addBindValue(row);
            if (!drop.exec())
                return SqlError::failure(drop);
            ++view->m_rows;
            if (fields.isEmpty())
                continue; // created after the moment
            insert.addBindValue(row);
            if (!insert.exec())
                return SqlError::failure(insert);
            for (const auto &[field, value] : fields) {
                QSqlQuery set(db);
                set.prepare(QStringLiteral("UPDATE %1 SET \"%2\" = ? WHERE id = ?")
                                .arg(sql.temp(table), field));
                set.addBindValue(value.isNull() ? QVariant() : value);
                set.addBindValue(row);
                if (!set.exec())
                    return SqlError::failure(set);
            }
        }
    }
    if (!view->m_tables.isEmpty()) {
        QSqlQuery(db).exec(sql.readOnly(true));
        store.m_showsPast = true;
    }
    return view;
}

PastView::~PastView()
{
    if (m_tables.isEmpty())
        return;
    m_store.m_showsPast = false;
    QSqlDatabase db = m_store.database();
    const SqlDialect &sql = m_store.dialect();
    QSqlQuery(db).exec(sql.readOnly(false));
    for (const QString &table : std::as_const(m_tables))
        QSqlQuery(db).exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(sql.temp(table)));
}

} // namespace Casebook::Core
