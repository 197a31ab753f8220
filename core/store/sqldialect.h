// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace Casebook::Core {

// The two engines a store lives on: SQLite (a laptop's file, the default) and PostgreSQL (the
// bureau's shared store).
enum class Engine { Sqlite, Postgres };

// Where the SQL of the two engines differs, in one place: the statements and pieces that are not
// the same text on both, and the translation of the numbered migrations (written once, in the
// shared subset SQLite reads) for PostgreSQL. Every other statement in core is the same on both.
class SqlDialect
{
public:
    explicit SqlDialect(Engine engine = Engine::Sqlite) : m_engine(engine) { }
    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // The connection's settings, run after every open.
    QStringList sessionSettings() const;
    // The store's schema version (one row, one column) and the statements that set it after a
    // migration (the first also marks the store as Casebook's).
    QString schemaVersion() const;
    QStringList setSchemaVersion(int version, bool first, qint32 applicationId) const;
    // A table's column names, in order (the name in the first column of the result).
    QString tableColumns(const QString &table) const;
    // Every table's column names in one query: rows of (table, column), each table's in order
    // (PostgreSQL's information_schema takes milliseconds a table: read once at the first open).
    QString allColumns() const;
    // How many tables the store's schema holds, and whether one is the schema version's: one row
    // of two counts.
    QString schemaTables() const;
    // The store's tables (not the engine's own, not the schema version's).
    QString tables() const;
    // The log's own order (the order this store wrote or merged its operations): SQLite's rowid,
    // PostgreSQL's pos column.
    QString logOrder() const;
    // A join whose left side is read first (SQLite's planner keeps a CROSS JOIN's order; PostgreSQL
    // plans a plain JOIN itself).
    QString orderedJoin() const;
    // Said after a table in FROM: the table is read whole, not through an index. SQLite's planner
    // has no statistics and takes an index for a condition that most of the rows meet, then reads
    // them in the index's order, one seek each (the due list's open cases on a nation's store:
    // 700 ms instead of 250 ms); PostgreSQL plans it itself from its statistics.
    QString wholeTable() const;
    // Gathers the planner's statistics of every table (after a store is moved in): PostgreSQL's
    // VACUUM ANALYZE (its visibility map too, so that the server does not vacuum the moved rows
    // in the background while the first clerks read); none on SQLite, whose statements are
    // written for its planner without them.
    QString statistics() const;
    // An aggregate: the group's values of a text column (NULL as empty) in one text, joined by
    // ListSeparator, in no given order (RocDate's isoDates reads dates from it).
    QString listOf(const QString &column) const;
    static constexpr char16_t ListSeparator = 0x1f; // the unit separator: in no value typed or read
    // The parameters of an IN list, "?,?,?" (count of them; at least one): the same on both
    // engines.
    static QString marks(qsizetype count);
    // A text column ordered by its bytes (SQLite's order; PostgreSQL's follows the database's
    // locale unless told), so that both engines list rows alike.
    QString bytewise(const QString &column) const;
    // Foreign keys checked at commit for the rest of the transaction (a merge's rows may refer to
    // rows later in the bundle).
    QString deferForeignKeys() const;
    // Taken at the start of every write transaction, returning the store's clock: on a shared
    // store (PostgreSQL) a row lock that makes writers take turns; none on SQLite, whose file one
    // program holds at a time (its lock file).
    QString writerLock() const;
    // Whether the text haystack holds needle (both SQL expressions), as a condition.
    QString contains(const QString &haystack, const QString &needle) const;
    // The value bound to LIMIT ?: n, or no limit when n is negative.
    QVariant limit(int n) const;
    // The view of the past (PastView) shadows a table by a TEMP copy of itself on its connection:
    // whether this connection has TEMP tables already, the copy's qualified name, the statement
    // that reads a table's schema (SQLite: its CREATE statements; none on PostgreSQL), the
    // statements that make the copy from them, and the connection made read-only or not.
    QString tempTablesOpen() const;
    QString temp(const QString &table) const;
    QString tableSchema() const;
    QStringList shadow(
        const QString &table, const QList<std::pair<QString, QString>> &schema) const;
    QString readOnly(bool on) const;
    // A migration's statements as this engine runs them.
    QStringList migration(const QStringList &statements) const;

private:
    QStringList translated(const QString &statement) const;
    Engine m_engine;
};

// A PostgreSQL store's address, postgresql://user@host:port/dbname (the password never in it: it
// comes from the sign-in, a password file or libpq's own PGPASSWORD / ~/.pgpass).
struct PostgresAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString database;

    static bool isAddress(const QString &text);
    // Empty database when the text is not a usable address.
    static PostgresAddress parse(const QString &text);
    QString toString() const;

    // The password a person typed for a server (the connection dialog), kept in this process's
    // memory only and used when a store at that address is opened; never written anywhere.
    // Without one, libpq's PGPASSWORD or password file (~/.pgpass) serve.
    static void usePassword(const QString &address, const QString &password);
    static QString passwordFor(const QString &address);
    static void forgetPasswords();
};

} // namespace Casebook::Core
