// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/loopstatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Casebook::Core {

sqlite3 *sqliteOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

LoopStatement::LoopStatement(const QSqlDatabase &db, const QString &sql) : m_db(sqliteOf(db))
{
    if (!m_db) {
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(sql))
            m_error = m_query->lastError();
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(
            m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        fail();
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

LoopStatement::~LoopStatement()
{
    sqlite3_finalize(m_stmt); // a no-op for nullptr
}

bool LoopStatement::isValid() const
{
    return m_stmt || (m_query && !m_error.isValid());
}

void LoopStatement::fail()
{
    m_error = QSqlError(QStringLiteral("Unable to execute statement"),
        QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(m_db)));
}

LoopStatement &LoopStatement::bind(const QString &text)
{
    if (text.isNull())
        return bindNull();
    if (m_query) {
        m_query->addBindValue(text);
        return *this;
    }
    if (m_stmt) {
        m_held.append(text.toUtf8());
        const QByteArray &held = m_held.constLast();
        sqlite3_bind_text(m_stmt, ++m_bound, held.constData(), int(held.size()), SQLITE_STATIC);
    }
    return *this;
}

LoopStatement &LoopStatement::bind(qint64 number)
{
    if (m_query) {
        m_query->addBindValue(number);
        return *this;
    }
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, ++m_bound, number);
    return *this;
}

LoopStatement &LoopStatement::bindBlob(const QByteArray &bytes)
{
    if (bytes.isNull())
        return bindNull();
    if (m_query) {
        m_query->addBindValue(bytes);
        return *this;
    }
    if (m_stmt) {
        m_held.append(bytes);
        const QByteArray &held = m_held.constLast();
        // A zero-length blob, not NULL, for an empty (not null) array, as QSqlQuery binds it.
        sqlite3_bind_blob(m_stmt, ++m_bound, held.isEmpty() ? "" : held.constData(),
            int(held.size()), SQLITE_STATIC);
    }
    return *this;
}

LoopStatement &LoopStatement::bindNull()
{
    if (m_query) {
        m_query->addBindValue(QVariant());
        return *this;
    }
    if (m_stmt)
        sqlite3_bind_null(m_stmt, ++m_bound);
    return *this;
}

bool LoopStatement::exec()
{
    m_error = QSqlError();
    if (m_query) {
        if (m_query->exec())
            return true;
        m_error = m_query->lastError();
        return false;
    }
    if (!m_stmt) {
        m_error = QSqlError(QStringLiteral("Unable to execute statement"),
            QStringLiteral("statement not prepared"), QSqlError::StatementError);
        return false;
    }
    m_rowReady = false;
    m_done = false;
    const int rc = sqlite3_step(m_stmt);
    m_bound = 0;
    if (rc == SQLITE_ROW) {
        m_rowReady = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes64(m_db);
        finish();
        m_done = true;
        return true;
    }
    fail();
    finish();
    return false;
}

bool LoopStatement::next()
{
    if (m_query)
        return m_query->next();
    if (!m_stmt || m_done)
        return false;
    if (m_rowReady) {
        m_rowReady = false;
        return true;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail();
    finish();
    m_done = true;
    return false;
}

QString LoopStatement::text(int column) const
{
    if (m_query)
        return m_query->value(column).toString();
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column));
}

qint64 LoopStatement::number(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray LoopStatement::blob(int column) const
{
    if (m_query)
        return m_query->value(column).toByteArray();
    const void *bytes = sqlite3_column_blob(m_stmt, column);
    return {static_cast<const char *>(bytes), sqlite3_column_bytes(m_stmt, column)};
}

qint64 LoopStatement::rowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_changes;
}

void LoopStatement::finish()
{
    if (m_query) {
        m_query->finish();
        return;
    }
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_held.clear();
    m_bound = 0;
    m_rowReady = false;
}

QSqlError LoopStatement::lastError() const
{
    return m_error;
}

} // namespace Casebook::Core
