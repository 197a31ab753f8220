// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Casebook::Core {

// The SQLite connection under a Qt one; null on another engine (or a connection not open).
sqlite3 *sqliteOf(const QSqlDatabase &db);

// A statement run thousands of times in one loop (the merge's insert into the log, its reads of a
// row's writes). QSqlQuery names every value it binds (a QString built per value) and converts
// each QVariant; on SQLite this binds through the engine's own statement API instead, the text as
// UTF-8 held until the statement is reset. On PostgreSQL it is a QSqlQuery. The SQL is the same
// on both engines (one text per statement, as everywhere).
//
// Bind the values in order, exec(), then next() through a query's rows; finish() (or the next
// exec) resets it. A failure is a QSqlError, so SqlError classifies it as it does any other.
class LoopStatement
{
public:
    LoopStatement(const QSqlDatabase &db, const QString &sql);
    ~LoopStatement();
    LoopStatement(const LoopStatement &) = delete;
    LoopStatement &operator=(const LoopStatement &) = delete;
    LoopStatement(LoopStatement &&) = delete;
    LoopStatement &operator=(LoopStatement &&) = delete;

    bool isValid() const;
    // A null QString or QByteArray binds NULL (as QSqlQuery binds them on Qt 6).
    LoopStatement &bind(const QString &text);
    LoopStatement &bind(qint64 number);
    LoopStatement &bindBlob(const QByteArray &bytes);
    LoopStatement &bindNull();

    bool exec();
    bool next();
    // The current row's columns; a NULL reads as a null QString, 0, or an empty QByteArray.
    QString text(int column) const;
    qint64 number(int column) const;
    QByteArray blob(int column) const;
    // Rows changed by the last exec of an INSERT, UPDATE or DELETE.
    qint64 rowsAffected() const;
    void finish();
    QSqlError lastError() const;

private:
    void fail();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query; // PostgreSQL (or any other driver)
    QList<QByteArray> m_held;         // the bound texts, until the statement is reset
    int m_bound = 0;
    bool m_rowReady = false; // exec stepped onto a row that next() has not handed out yet
    bool m_done = false;
    qint64 m_changes = 0;
    QSqlError m_error;
};

} // namespace Casebook::Core
