// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

// The one translation of a failed SQL statement: what kind of failure it is (the store busy,
// damaged, not a store, or another database error) and a message a person can act on, with the
// driver's text kept at the end for support.
class SqlError
{
    Q_DECLARE_TR_FUNCTIONS(SqlError)

public:
    static Error::Kind classify(const QSqlError &error);
    static Error of(const QSqlError &error);
    static tl::unexpected<Error> failure(const QSqlError &error)
    {
        return tl::unexpected<Error>(of(error));
    }
    static tl::unexpected<Error> failure(const QSqlQuery &query)
    {
        return failure(query.lastError());
    }
};

} // namespace Casebook::Core
