// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/progress.h"
#include "core/result.h"
#include "core/rules/clock.h"
#include "core/store/cryptvfs.h"
#include "core/store/operation.h"
#include "core/store/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include <algorithm>
#include <functional>
#include <memory>

class QLockFile;
class QSqlQuery;

namespace Casebook::Core {
class LoopStatement;
class WalCheckpointer;
class ReadThread;
} // namespace Casebook::Core

namespace Casebook::Core {

enum class DeviceRole { Coach, Supervisor, Window, Bureau };
QString roleKey(DeviceRole role);
std::optional<DeviceRole> roleFromKey(const QString &key);

struct DeviceIdentity
{
    QString deviceId;
    DeviceRole role = DeviceRole::Coach;
    QString name;
    qint64 incarnation = 1;
};

// Who makes a change, and through which form, recorded with every operation.
struct WriteContext
{
    QString actor;
    QString formId;
    QString formVersion;
    // Where the log stood (CaseStore::logPosition()) when the writer read the values it now
    // changes; 0: not known, the write is taken as having seen everything. A field another writer
    // changed since is a stale write (see CaseStore::update).
    qint64 seenPosition = 0;
};

// A field another desk changed after the writer read it. Either the writer left it as read (kept:
// the other's value stays, nothing written), or both changed it: both writes are in the log and
// an open conflict waits for a person's decision.
struct StaleWrite
{
    QString entity;
    QString rowId;
    QString field;
    QString seen;   // the value the writer read
    QString theirs; // the value another writer put there since
    QString theirActor;
    QString mine;
    bool kept = false;
    QString label; // what a person calls the field (filled by the layer that knows it)
};

struct IntegrityReport
{
    bool sqliteOk = false;
    bool logGapless = false;
    bool logMatchesTables = false;
    qint64 operations = 0;
    QStringList problems;
    bool isSound() const { return sqliteOk && logGapless && logMatchesTables; }
};

// The embedded SQLite case store: opening and migrating the file, the device identity,
// transactions, and the one write path that changes domain rows and appends to the operation log
// together.
class CaseStore
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    // key: the store key of an encrypted store (CryptVfs); a new file given a key is made
    // encrypted. An encrypted store refuses to open without its key, a plain one with a key.
    // path: a file, ":memory:", or a PostgreSQL address (postgresql://user@host:port/dbname; the
    // password from libpq's PGPASSWORD or password file, never in the address).
    static Result<std::unique_ptr<CaseStore>> open(const QString &path,
        const Clock &clock = SystemClock::instance(), std::shared_ptr<SecretKey> key = nullptr);
    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    static int latestSchemaVersion();
    static qint32 applicationId();

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    bool isEncrypted() const { return m_encrypted; }
    // The engine the store lives on, and where its SQL differs from the other's.
    const SqlDialect &dialect() const { return m_dialect; }
    // Reads the device's identity and log head again (after StoreCopy wrote them).
    VoidResult reloadIdentity() { return loadIdentity(); }
    // Locks an encrypted store: its connection is closed and its key wiped (a plain store stays
    // open: there is nothing to wipe). resume() opens it again with the key a sign-in unwraps;
    // another key is refused and the store stays locked.
    void suspend();
    VoidResult resume(std::shared_ptr<SecretKey> key);
    bool isSuspended() const { return m_suspended; }
    // The store key of an encrypted store (null for a plain one), to give a user a key slot.
    std::shared_ptr<SecretKey> key() const { return m_key; }
    // Opens another connection to this store, for a reader on another thread: the function is
    // made here and called there (the connection lives and dies in the thread that calls it). None
    // for a store in memory (its one connection is all of it), a suspended one, or one that shows
    // the past (a PastView is open: another connection would read the present). The function
    // holds the store's key while it lives.
    using Opener = std::function<Result<std::unique_ptr<CaseStore>>()>;
    std::optional<Opener> sibling() const;
    // What copies a store file's write-ahead log into it on a thread of its own (null on
    // PostgreSQL, in memory and for a sibling).
    WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }
    // The thread whose connection reads beside this one and stays open between reads (made on
    // first use). None where sibling() gives none, and for a sibling itself.
    ReadThread *readThread();
    const Clock &clock() const { return *m_clock; }

    bool isInitialized() const { return !m_identity.deviceId.isEmpty(); }
    VoidResult initialize(DeviceRole role, const QString &name);
    const DeviceIdentity &identity() const { return m_identity; }

    // Device-local settings (not synced, not in the operation log): the device's keys and the like.
    Result<QString> metaValue(const QString &key) const;
    VoidResult setMetaValue(const QString &key, const QString &value);

    VoidResult begin();
    VoidResult commit();
    void rollback();

    // Inserts a new row and logs every given field. Entities: person, unit, staff, case, dispatch,
    // case_event.
    VoidResult insert(const WriteContext &ctx, const QString &entity, const QString &rowId,
        const QVariantMap &fields);
    // Updates the given fields of a row and logs those whose value changed. Returns how many
    // changed. always: log the write even where the value is unchanged (a decision must travel even
    // when it keeps what the table shows).
    // With ctx.seenPosition, each field is merged three ways against the value the writer read: a
    // field another writer changed since and this writer left as it read it keeps the other's
    // value (not written); one both changed, to different values, is written (the later clock
    // wins the table, as in the merge), carries the clock of the value it saw, and opens a
    // conflict in sync_conflicts for a person to decide (never a silent overwrite); see
    // staleWrites().
    Result<int> update(const WriteContext &ctx, const QString &entity, const QString &rowId,
        const QVariantMap &fields, bool always = false);
    // The stale writes of the last transaction (cleared when the next one begins).
    const QList<StaleWrite> &staleWrites() const { return m_staleWrites; }

    // Replays one operation into the domain tables (used to rebuild a store from a log).
    // Sets the operation's field in its table; ensureRow creates the row first when it may not
    // exist yet.
    VoidResult applyOperation(const Operation &op, bool ensureRow = true);
    // Whether applyOperation would take the operation: a known entity and one of its fields.
    VoidResult checkOperation(const Operation &op) const;
    // Sets several fields of one row in one statement (a run of a bundle's operations on a row),
    // creating the row first with ensureRow; a null value is NULL. The fields must have passed
    // checkOperation, each named once.
    VoidResult applyFields(const QString &entity, const QString &rowId,
        const QList<std::pair<QString, QString>> &fields, bool ensureRow);
    // Moves the hybrid logical clock past an operation merged from another device, so that later
    // local writes order after everything this store has seen.
    void observeHlc(qint64 hlc) { m_lastHlc = std::max(m_lastHlc, hlc); }
    Result<QList<Operation>> operations() const;
    // The operations each device wrote after the given sequence (devices not named: all of theirs),
    // in each device's order.
    // Legally significant fields (certificate, case status and closure, employment dates): under an
    // open conflict they keep their confirmed value, the last write before the conflicting ones,
    // until a person decides. One (entity, row, field, value) per held field, the same whatever
    // order bundles arrived in.
    static bool isLegallySignificant(const QString &entity, const QString &field);
    // A conflict's id: the same two operations make the same conflict on every store.
    static QString conflictId(const QString &opA, const QString &opB);
    // A case's records: the entities whose rows name their case in a case_id column, with their
    // tables (a form's values name their instance instead; a case names its person).
    static const QList<std::pair<QString, QString>> &caseRecordTables();
    Result<QList<Operation>> heldValues() const;
    // progress is told as they are read (stopped: Error::Kind::Cancelled).
    Result<QList<Operation>> operationsAfter(
        const QHash<QString, qint64> &held, const Progress &progress = {}) const;
    Result<QList<Operation>> operationsForRow(const QString &rowId) const;
    Result<qint64> operationCount() const;
    // Where the log ends now, in the order this store wrote or merged its operations (see
    // PastView).
    Result<qint64> logPosition() const;
    // Where the last change to the records stands in that order (the audit trail's entries, which
    // reading a case writes, are not changes): cheap, read from the end of the log.
    Result<qint64> changePosition() const;

    // A SHA-256 over every domain table's rows in id order: the case data two stores agree on
    // after sync. The audit trail is left out (each store adds its own entries, and they travel
    // after), unless withAudit is set, as the integrity check does.
    Result<QByteArray> domainDigest(bool withAudit = false) const;
    Result<IntegrityReport> check() const;

    static QStringList domainTables();
    static QString encodeValue(const QVariant &value);

private:
    CaseStore() = default;
    // sibling: another connection of a store open in this process (which holds its lock file).
    static Result<std::unique_ptr<CaseStore>> openAs(
        const QString &path, const Clock &clock, std::shared_ptr<SecretKey> key, bool sibling);
    static Result<std::unique_ptr<CaseStore>> openPostgres(
        std::unique_ptr<CaseStore> store, const QString &address);
    // Once open, on either engine: the connection's settings, the migrations, the log's chain and
    // the device's identity.
    VoidResult prepare();
    VoidResult migrate();
    VoidResult loadIdentity();
    VoidResult configure();
    VoidResult chainUnhashed();
    // Returns the new operation's id.
    Result<QString> appendOperation(const WriteContext &ctx, const QString &entity,
        const QString &rowId, const QString &field, const QString &value, qint64 baseHlc);
    // With ctx.seenPosition: whether a field's write is stale, and what the writer saw.
    struct Seen;
    Result<Seen> seenBy(
        const WriteContext &ctx, const QString &entity, const QString &rowId, const QString &field);
    qint64 nextHlc();
    QSqlQuery &cachedQuery(const QString &sql);
    Error dbError(const QString &what) const;

    QString m_path;
    QString m_connection;
    QString m_keyToken; // CryptVfs's token for the key of an encrypted store
    std::shared_ptr<SecretKey> m_key;
    bool m_encrypted = false;
    SqlDialect m_dialect;
    bool m_suspended = false;
    bool m_showsPast = false; // a PastView is open on this connection (a sibling would not show it)
    bool m_sibling = false;   // another connection of a store open in this process
    // Copies the write-ahead log into the file off the committing thread (a store in a file).
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<ReadThread> m_reader;
    friend class PastView;
    const Clock *m_clock = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    DeviceIdentity m_identity;
    qint64 m_nextSeq = 1;
    qint64 m_lastHlc = 0;
    int m_txDepth = 0;
    qint64 m_txSeq = 1;
    qint64 m_txHlc = 0;
    QByteArray m_lastHash;
    QByteArray m_txHash;
    bool m_txFailed = false;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    // applyFields' statements (a row's fields set together), by their SQL.
    QHash<QString, std::shared_ptr<LoopStatement>> m_rowWrites;
    QList<StaleWrite> m_staleWrites;
};

// The store as it stood when its log held the operations up to `position`
// (CaseStore::logPosition(): the order in which this store wrote or merged them, so an operation
// merged later with an older clock is not in it): on this connection the domain tables that changed
// since are shadowed by TEMP copies rewound to those operations (the last write by hlc, device and
// sequence wins, as in the merge), so every repository reads the past without knowing it. Read only
// while it lives (a write fails rather than land in a copy); one at a time per store.
class PastView
{
    Q_DECLARE_TR_FUNCTIONS(PastView)

public:
    static Result<std::unique_ptr<PastView>> open(CaseStore &store, qint64 position);
    ~PastView();
    PastView(const PastView &) = delete;
    PastView &operator=(const PastView &) = delete;
    // How many rows differ from today's (rewound, removed or brought back).
    int rewoundRows() const { return m_rows; }

private:
    explicit PastView(CaseStore &store) : m_store(store) { }
    CaseStore &m_store;
    QStringList m_tables; // the TEMP copies
    int m_rows = 0;
};

// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(CaseStore &store) : m_store(store), m_begun(store.begin()) { }
    ~Transaction()
    {
        if (m_begun && !m_done)
            m_store.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    const VoidResult &began() const { return m_begun; }
    VoidResult commit()
    {
        m_done = true;
        return m_store.commit();
    }

private:
    CaseStore &m_store;
    VoidResult m_begun;
    bool m_done = false;
};

} // namespace Casebook::Core
