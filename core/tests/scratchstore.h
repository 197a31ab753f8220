// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

#include <stdexcept>

namespace Casebook::Core::Test {

// Where a test's throw-away store lives: SQLite memory, or — when the suite runs under
// pg_virtualenv with CASEBOOK_TEST_POSTGRES=1 — a new database on that PostgreSQL server (PGHOST,
// PGPORT, PGUSER and PGPASSWORD as pg_virtualenv sets them), so the same tests run on both engines.
inline bool onPostgres()
{
    return qEnvironmentVariable("CASEBOOK_TEST_POSTGRES") == QLatin1String("1");
}

// ":memory:", or the address of a new, empty PostgreSQL database.
inline QString scratchAddress()
{
    if (!onPostgres())
        return QStringLiteral(":memory:");
    PostgresAddress a;
    a.host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    const int port = qEnvironmentVariableIntValue("PGPORT");
    a.port = port > 0 ? port : 5432;
    a.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    a.database = QStringLiteral("casebook_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString connection = QStringLiteral("scratch-") + a.database;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(a.host);
        db.setPort(a.port);
        db.setUserName(a.user);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open())
            throw std::runtime_error(db.lastError().text().toStdString());
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0")
                        .arg(a.database)))
            throw std::runtime_error(q.lastError().text().toStdString());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return a.toString();
}

} // namespace Casebook::Core::Test
