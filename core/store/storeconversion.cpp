// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/storeconversion.h"

#include "core/common/ownerfiles.h"
#include "core/store/casestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <filesystem>
#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace Casebook::Core {

namespace {

QString quoted(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

// Overwrites a file's bytes with zeros and syncs them (the best a program can do on a file
// system that does not copy on write).
void scrub(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    const QByteArray zeros(1 << 20, '\0');
    for (qint64 left = f.size(); left > 0; left -= zeros.size())
        f.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
    f.flush();
#if defined(Q_OS_UNIX)
    ::fsync(f.handle());
#elif defined(Q_OS_WIN)
    ::_commit(f.handle());
#endif
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

// While a long statement runs on a connection, SQLite calls back every so many steps: the waiter
// is told how far the copy has grown against the store, and may stop the statement.
class Watch
{
public:
    Watch(sqlite3 *connection, const Progress &progress, QString copy, qint64 expected)
        : m_connection(connection), m_progress(progress), m_copy(std::move(copy)),
          m_expected(std::max<qint64>(expected, 1))
    {
        if (m_connection)
            sqlite3_progress_handler(m_connection, Steps, &Watch::tick, this);
    }
    ~Watch()
    {
        if (m_connection)
            sqlite3_progress_handler(m_connection, 0, nullptr, nullptr);
    }
    Watch(const Watch &) = delete;
    Watch &operator=(const Watch &) = delete;
    bool stopped() const { return m_stopped; }

private:
    static constexpr int Steps = 200000; // virtual-machine steps between two calls
    static int tick(void *self)
    {
        auto *w = static_cast<Watch *>(self);
        const qint64 grown = w->m_copy.isEmpty() ? 0 : QFileInfo(w->m_copy).size();
        w->m_stopped = !w->m_progress(std::min(grown, w->m_expected), w->m_expected);
        return w->m_stopped ? 1 : 0; // non-zero interrupts the statement
    }

    sqlite3 *m_connection;
    const Progress &m_progress;
    QString m_copy;
    qint64 m_expected;
    bool m_stopped = false;
};

} // namespace

QString StoreConversion::workingCopy(const QString &path)
{
    return path + QStringLiteral(".encrypting");
}

VoidResult StoreConversion::encrypt(const QString &path, const std::shared_ptr<SecretKey> &key,
    const Progress &progress, const std::function<VoidResult(const QString &copy)> &beforeSwap)
{
    // The copy is most of the time, the check of the copy most of the rest.
    const Progress copying = progress.part(0, 700);
    const Progress checking = progress.part(700, 950);
    if (CryptVfs::isEncrypted(path))
        return {};
    if (!key || !CryptVfs::ensureRegistered())
        return fail(Error::Kind::Io, tr("The store's encryption could not start."));
    const QString copy = workingCopy(path);
    removeWithSidecars(copy); // what a conversion cut short left
    if (!progress(0, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    QByteArray digest;
    {
        // The plain store, opened as any store is (checked, migrated), and its digest.
        auto plain = CaseStore::open(path);
        if (!plain)
            return tl::unexpected(plain.error());
        auto d = (*plain)->domainDigest(true);
        if (!d)
            return tl::unexpected(d.error());
        digest = *d;
        QFile header(copy);
        if (!header.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || header.write(CryptVfs::newHeader()) != CryptVfs::HeaderSize || !header.flush()) {
            QFile::remove(copy);
            return fail(Error::Kind::Io, tr("Cannot write the encrypted copy %1.").arg(copy));
        }
        restrictToOwner(header);
        header.close();
        const QString token = CryptVfs::remember(key, copy);
        QSqlDatabase db = (*plain)->database();
        sqlite3 *connection = handleOf(db);
        int reserve = CryptVfs::ReservedBytes;
        if (connection)
            sqlite3_file_control(connection, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        QSqlQuery q(db);
        bool copied = false;
        bool stopped = false;
        {
            Watch watch(connection, copying, copy, QFileInfo(path).size());
            copied = connection
                && q.exec(QStringLiteral("VACUUM INTO %1").arg(quoted(CryptVfs::uri(copy, token))));
            stopped = watch.stopped();
        }
        const QString why = q.lastError().text();
        CryptVfs::forget(token);
        if (!copied || stopped) {
            removeWithSidecars(copy);
            if (stopped)
                return tl::unexpected(Progress::cancelled());
            return fail(Error::Kind::Io, tr("The encrypted copy could not be made: %1").arg(why));
        }
    }
    if (!progress(700, Progress::Scale)) {
        removeWithSidecars(copy);
        return tl::unexpected(Progress::cancelled());
    }
    {
        // The copy opens with the key, is sound, and holds the same state.
        auto encrypted = CaseStore::open(copy, SystemClock::instance(), key);
        if (!encrypted) {
            removeWithSidecars(copy);
            return tl::unexpected(encrypted.error());
        }
        Result<IntegrityReport> report;
        bool stopped = false;
        {
            // The check reads every page; the waiter may stop it (no size to measure it by).
            Watch watch(handleOf((*encrypted)->database()), checking, {}, 1);
            report = (*encrypted)->check();
            stopped = watch.stopped();
        }
        if (stopped) {
            encrypted->reset();
            removeWithSidecars(copy);
            return tl::unexpected(Progress::cancelled());
        }
        auto d = (*encrypted)->domainDigest(true);
        if (!report || !report->sqliteOk || !d || *d != digest) {
            encrypted->reset();
            removeWithSidecars(copy);
            return fail(Error::Kind::Corrupt,
                tr("The encrypted copy does not match the store; the store is left as it was."));
        }
    }
    if (!progress(950, Progress::Scale)) { // the last moment to stop
        removeWithSidecars(copy);
        return tl::unexpected(Progress::cancelled());
    }
    if (beforeSwap) {
        if (auto r = beforeSwap(copy); !r) {
            removeWithSidecars(copy);
            return r;
        }
    }
    // The swap: one rename. The plain bytes are kept under a second name first, a hard link (POSIX
    // file systems and NTFS have them), so that they can be overwritten once nothing needs them. On
    // a file system without hard links (FAT) the old blocks are only freed.
    const QString old = path + QStringLiteral(".plain");
    QFile::remove(old);
    std::error_code ec;
    std::filesystem::create_hard_link(path.toStdWString(), old.toStdWString(), ec);
    const bool linked = !ec;
    ec.clear();
    std::filesystem::rename(copy.toStdWString(), path.toStdWString(), ec);
    if (ec) {
        if (linked)
            QFile::remove(old);
        removeWithSidecars(copy);
        return fail(Error::Kind::Io,
            tr("The encrypted copy could not replace the store: %1")
                .arg(QString::fromStdString(ec.message())));
    }
    QFile::remove(copy + QStringLiteral(".lock"));
    if (linked) {
        scrub(old);
        QFile::remove(old);
    }
    progress(Progress::Scale, Progress::Scale); // done: nothing to stop any more
    return {};
}

VoidResult StoreConversion::decryptCopy(CaseStore &store, const QString &out)
{
    if (QFileInfo::exists(out))
        return fail(Error::Kind::Invalid, tr("%1 exists already: choose a new file.").arg(out));
    // Through the platform's own VFS: the connection's default is the encrypting one.
    const QString target
        = QUrl::fromLocalFile(QFileInfo(out).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?vfs=") + QString::fromUtf8(sqlite3_vfs_find(nullptr)->zName);
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("VACUUM INTO %1").arg(quoted(target)))) {
        QFile::remove(out);
        return fail(Error::Kind::Io,
            tr("The plain copy could not be written: %1").arg(q.lastError().text()));
    }
    restrictToOwner(out);
    return {};
}

} // namespace Casebook::Core
