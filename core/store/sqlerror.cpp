// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sqlerror.h"

#include "core/store/cryptvfs.h"

namespace Casebook::Core {

Error::Kind SqlError::classify(const QSqlError &error)
{
    const QString text = error.databaseText().toLower() + error.driverText().toLower();
    if (text.contains(QLatin1String("not a database")))
        return Error::Kind::NotAStore;
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt")))
        return Error::Kind::Corrupt;
    // SQLITE_IOERR_DATA: a page of an encrypted store failed authentication (CryptVfs).
    if (error.nativeErrorCode() == QLatin1String("8202")
        || (text.contains(QLatin1String("disk i/o error"))
            && CryptVfs::authenticationFailures() > 0))
        return Error::Kind::Corrupt;
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return Error::Kind::Locked;
    return Error::Kind::Database;
}

Error SqlError::of(const QSqlError &error)
{
    const Error::Kind kind = classify(error);
    const QString detail = error.text().trimmed();
    QString message;
    switch (kind) {
    case Error::Kind::Locked:
        message = tr("The store is in use by another program; try again in a moment.");
        break;
    case Error::Kind::Corrupt:
        message = tr("The store is damaged or has been altered: nothing was changed. Run "
                     "\"casebook-cli check\" and restore the last backup.");
        break;
    case Error::Kind::NotAStore:
        message = tr("The file is not a Casebook store.");
        break;
    default:
        message = tr("The store could not carry out the request; nothing was changed.");
        break;
    }
    return Error {kind,
        detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')')};
}

} // namespace Casebook::Core
