// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sqldialect.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace Casebook::Core {

namespace {

// The pieces of the migrations that PostgreSQL spells otherwise, replaced where they occur.
struct Piece
{
    const char *sqlite;
    const char *postgres;
};
constexpr Piece Pieces[] = {
    // The log's own order: an explicit column where SQLite has its rowid.
    {"CREATE TABLE oplog (\n", "CREATE TABLE oplog (\n    pos BIGSERIAL UNIQUE,\n"},
    // A form completed before schema 10: the day of its operation, Taiwan time.
    {"date((o.hlc >> 16) / 1000, 'unixepoch', '+8 hours')",
        "to_char(to_timestamp((o.hlc >> 16) / 1000) AT TIME ZONE 'UTC' + interval '8 hours', "
        "'YYYY-MM-DD')"},
    {"ifnull(", "coalesce("},
    // A reserved word in PostgreSQL, quoted (as every statement in core quotes it).
    {"\n    window TEXT,", "\n    \"window\" TEXT,"},
};

// Column types: SQLite's INTEGER is 64 bits.
const QList<std::pair<QRegularExpression, QString>> &types()
{
    static const QList<std::pair<QRegularExpression, QString>> Types = {
        {QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA")},
        {QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("DOUBLE PRECISION")},
        // References that a merge may defer to its commit (SqlDialect::deferForeignKeys).
        {QRegularExpression(QStringLiteral("(REFERENCES \\w+ \\(\\w+\\))")),
            QStringLiteral("\\1 DEFERRABLE INITIALLY IMMEDIATE")},
    };
    return Types;
}

} // namespace

QStringList SqlDialect::sessionSettings() const
{
    if (isPostgres()) {
        return {QStringLiteral("SET client_encoding = 'UTF8'"),
            QStringLiteral("SET standard_conforming_strings = on"),
            QStringLiteral("SET client_min_messages = warning"),
            // No JIT compilation: the planner takes a query over part of the log by a bound
            // parameter (the changes since a position) for one over a third of it and compiles it,
            // 200 ms for a query that reads five rows; the store's queries are a window's.
            QStringLiteral("SET jit = off")};
    }
    // Temporary tables stay in memory: nothing of them reaches the disk in clear.
    // recursive_triggers: a REPLACE that deletes a trust record fires its guard.
    // cache_size: up to 256 MB of pages kept by a connection, used only as a store that large is
    // read (a laptop's store is a few MB): the month's reports of a nation's store read some 150
    // MB, and a connection that keeps 64 MB reads most of them from the file again every month.
    return {QStringLiteral("PRAGMA temp_store=MEMORY"), QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA recursive_triggers=ON"), QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA cache_size=-262144")};
}

QString SqlDialect::schemaVersion() const
{
    if (isPostgres()) {
        return QStringLiteral("SELECT max(version) FROM casebook_schema");
    }
    return QStringLiteral("PRAGMA user_version");
}

QStringList SqlDialect::setSchemaVersion(int version, bool first, qint32 applicationId) const
{
    if (isPostgres()) {
        QStringList out;
        if (first) {
            out << QStringLiteral("CREATE TABLE casebook_schema (version BIGINT NOT NULL, "
                                  "application_id BIGINT NOT NULL)");
        }
        out << QStringLiteral("DELETE FROM casebook_schema")
            << QStringLiteral(
                   "INSERT INTO casebook_schema (version, application_id) VALUES (%1, %2)")
                   .arg(version)
                   .arg(applicationId);
        return out;
    }
    QStringList out {QStringLiteral("PRAGMA user_version = %1").arg(version)};
    if (first)
        out << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
    return out;
}

QString SqlDialect::tableColumns(const QString &table) const
{
    if (isPostgres()) {
        return QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                              "table_schema = current_schema() AND table_name = '%1' "
                              "ORDER BY ordinal_position")
            .arg(table);
    }
    return QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table);
}

QString SqlDialect::allColumns() const
{
    if (isPostgres()) {
        return QStringLiteral("SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON "
                              "c.oid = a.attrelid WHERE c.relnamespace = "
                              "current_schema()::regnamespace AND c.relkind IN ('r', 'p') AND "
                              "a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum");
    }
    return QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                          "WHERE m.type = 'table' ORDER BY m.name, p.cid");
}

QString SqlDialect::schemaTables() const
{
    if (isPostgres()) {
        return QStringLiteral("SELECT count(*), count(*) FILTER (WHERE c.relname = "
                              "'casebook_schema') FROM pg_class c WHERE c.relnamespace = "
                              "current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v', "
                              "'m', 'f')");
    }
    return QStringLiteral("SELECT count(*), 0 FROM sqlite_master WHERE type = 'table'");
}

QString SqlDialect::tables() const
{
    if (isPostgres()) {
        return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema "
                              "= current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                              "'casebook_schema' ORDER BY table_name");
    }
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite_%' ORDER BY name");
}

QString SqlDialect::logOrder() const
{
    return isPostgres() ? QStringLiteral("pos") : QStringLiteral("rowid");
}

QString SqlDialect::orderedJoin() const
{
    return isPostgres() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString SqlDialect::wholeTable() const
{
    return isPostgres() ? QString() : QStringLiteral(" NOT INDEXED");
}

QString SqlDialect::statistics() const
{
    return isPostgres() ? QStringLiteral("VACUUM ANALYZE") : QString();
}

QString SqlDialect::marks(qsizetype count)
{
    return QStringList(std::max<qsizetype>(count, 1), QStringLiteral("?")).join(QLatin1Char(','));
}

QString SqlDialect::listOf(const QString &column) const
{
    return (isPostgres() ? QStringLiteral("string_agg(coalesce(%1, ''), chr(31))")
                         : QStringLiteral("group_concat(coalesce(%1, ''), char(31))"))
        .arg(column);
}

QString SqlDialect::bytewise(const QString &column) const
{
    return isPostgres() ? column + QStringLiteral(" COLLATE \"C\"") : column;
}

QString SqlDialect::writerLock() const
{
    return isPostgres() ? QStringLiteral("SELECT value FROM meta WHERE key = 'hlc' FOR UPDATE")
                        : QString();
}

QString SqlDialect::deferForeignKeys() const
{
    return isPostgres() ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                        : QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

QString SqlDialect::contains(const QString &haystack, const QString &needle) const
{
    return (
        isPostgres() ? QStringLiteral("strpos(%1, %2) > 0") : QStringLiteral("instr(%1, %2) > 0"))
        .arg(haystack, needle);
}

QVariant SqlDialect::limit(int n) const
{
    if (n >= 0)
        return n;
    return isPostgres() ? QVariant() : QVariant(-1); // LIMIT NULL / LIMIT -1: all rows
}

QString SqlDialect::tempTablesOpen() const
{
    return isPostgres() ? QStringLiteral("SELECT count(*) FROM pg_class WHERE relnamespace = "
                                         "pg_my_temp_schema() AND relkind = 'r'")
                        : QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE type = "
                                         "'table'");
}

QString SqlDialect::temp(const QString &table) const
{
    return (isPostgres() ? QStringLiteral("pg_temp.") : QStringLiteral("temp.")) + table;
}

QString SqlDialect::tableSchema() const
{
    if (isPostgres())
        return {};
    return QStringLiteral("SELECT type, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT "
                          "NULL AND type IN ('table', 'index') ORDER BY type DESC");
}

QStringList SqlDialect::shadow(
    const QString &table, const QList<std::pair<QString, QString>> &schema) const
{
    // PostgreSQL searches the session's TEMP schema first for every unqualified name, as SQLite
    // does its temp database.
    if (isPostgres()) {
        return {QStringLiteral("CREATE TEMP TABLE %1 (LIKE public.%1 INCLUDING DEFAULTS INCLUDING "
                               "INDEXES)")
                    .arg(table),
            QStringLiteral("INSERT INTO pg_temp.%1 SELECT * FROM public.%1").arg(table)};
    }
    QStringList out;
    for (const auto &[type, statement] : schema) {
        QString sql = statement;
        if (type == QLatin1String("table")) {
            sql.replace(
                0, QStringLiteral("CREATE TABLE").size(), QStringLiteral("CREATE TEMP TABLE"));
            // A TEMP table cannot refer to the main schema's tables; the copy only reads.
            sql.remove(QRegularExpression(QStringLiteral("REFERENCES\\s+\\w+\\s*\\([^)]*\\)")));
        } else {
            sql.replace(QRegularExpression(QStringLiteral("^CREATE (UNIQUE )?INDEX (\\w+)")),
                QStringLiteral("CREATE \\1INDEX temp.\\2"));
        }
        out << sql;
    }
    out.insert(std::min<qsizetype>(1, out.size()),
        QStringLiteral("INSERT INTO temp.%1 SELECT * FROM main.%1").arg(table));
    return out;
}

QString SqlDialect::readOnly(bool on) const
{
    if (isPostgres()) {
        return on ? QStringLiteral("SET default_transaction_read_only = on")
                  : QStringLiteral("SET default_transaction_read_only = off");
    }
    return on ? QStringLiteral("PRAGMA query_only = ON")
              : QStringLiteral("PRAGMA query_only = OFF");
}

QStringList SqlDialect::migration(const QStringList &statements) const
{
    if (!isPostgres())
        return statements;
    QStringList out;
    for (const QString &s : statements)
        out << translated(s);
    return out;
}

QStringList SqlDialect::translated(const QString &statement) const
{
    // SQLite's guard triggers (BEFORE … WHEN … BEGIN SELECT RAISE(ABORT, '…'); END;) become a
    // PL/pgSQL function and its trigger.
    static const QRegularExpression Trigger(
        QStringLiteral(
            "^CREATE TRIGGER (\\w+) BEFORE (UPDATE OF [\\w, ]+|DELETE) ON (\\w+)(?: WHEN (.*?))? "
            "BEGIN SELECT RAISE\\(ABORT, '([^']*)'\\); END;$"),
        QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = Trigger.match(statement.trimmed()); m.hasMatch()) {
        const QString name = m.captured(1);
        const bool deleting = m.captured(2) == QLatin1String("DELETE");
        QString when = m.captured(4);
        when.replace(QStringLiteral(" IS NOT "), QStringLiteral(" IS DISTINCT FROM "));
        const QString raise
            = QStringLiteral("RAISE EXCEPTION '%1' USING ERRCODE = 'check_violation';")
                  .arg(m.captured(5));
        const QString body
            = when.isEmpty() ? raise : QStringLiteral("IF %1 THEN %2 END IF;").arg(when, raise);
        return {QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $body$ "
                               "BEGIN %2 RETURN %3; END $body$")
                    .arg(name, body, deleting ? QStringLiteral("OLD") : QStringLiteral("NEW")),
            QStringLiteral("CREATE TRIGGER %1 BEFORE %2 ON %3 FOR EACH ROW EXECUTE FUNCTION %1()")
                .arg(name, m.captured(2), m.captured(3))};
    }
    QString s = statement;
    for (const Piece &p : Pieces)
        s.replace(QString::fromUtf8(p.sqlite), QString::fromUtf8(p.postgres));
    for (const auto &[pattern, replacement] : types())
        s.replace(pattern, replacement);
    return {s};
}

bool PostgresAddress::isAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"));
}

PostgresAddress PostgresAddress::parse(const QString &text)
{
    PostgresAddress a;
    if (!isAddress(text))
        return a;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || !url.password().isEmpty() || !url.query().isEmpty())
        return a; // a password is never written in an address
    a.user = url.userName();
    a.host = url.host();
    a.port = url.port(5432);
    a.database = url.path().mid(1);
    if (a.database.contains(QLatin1Char('/')))
        a.database.clear();
    return a;
}

QString PostgresAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

namespace {

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

} // namespace

void PostgresAddress::usePassword(const QString &address, const QString &password)
{
    const QString key = parse(address).toString();
    QString &kept = sessionPasswords()[key];
    kept.fill(QLatin1Char(' ')); // the one it replaces, overwritten
    kept = password;
}

QString PostgresAddress::passwordFor(const QString &address)
{
    return sessionPasswords().value(parse(address).toString());
}

void PostgresAddress::forgetPasswords()
{
    for (QString &p : sessionPasswords())
        p.fill(QLatin1Char(' '));
    sessionPasswords().clear();
}

} // namespace Casebook::Core
