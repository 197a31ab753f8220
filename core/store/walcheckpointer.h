// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QWaitCondition>

#include <functional>
#include <memory>

class QThread;
struct sqlite3;

namespace Casebook::Core {

// Copies a SQLite store's write-ahead log into the store file on a thread and a connection of its
// own. SQLite does it by default in the commit that leaves the log past 1,000 pages: a merge or an
// import that writes a few megabytes then also waits for them to be copied again (a tenth of a
// coach's month merged at the bureau). Attached to a connection, its commits only ask; the thread
// opens its connection, copies what no reader still needs (a passive checkpoint, as SQLite's own),
// and closes it again, so that no file stays open between two checkpoints. Where the thread's
// connection cannot be opened, the asking commit copies the log itself, as before.
class WalCheckpointer
{
public:
    // Opens the thread's connection (called on the thread) and runs one checkpoint on it; false
    // when it could not.
    using Checkpoint = std::function<bool()>;
    explicit WalCheckpointer(Checkpoint checkpoint, int pages = 1000);
    // Waits for a checkpoint under way; one only asked for is left to the next connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;
    WalCheckpointer(WalCheckpointer &&) = delete;
    WalCheckpointer &operator=(WalCheckpointer &&) = delete;

    // The connection's commits ask this thread from now on (until the connection closes).
    void attach(const QSqlDatabase &db);
    // Checkpoints run on the thread since it started.
    int checkpoints() const;
    // While held, requests wait (a test looks at the store between a commit and its checkpoint).
    void hold(bool held);
    // Waits until no checkpoint is asked for or under way (not while held); false after `ms`.
    bool waitIdle(int ms);

private:
    static int committed(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    Checkpoint m_checkpoint;
    int m_pages;
    mutable QMutex m_mutex;
    QWaitCondition m_wake; // a request, a release or the end (for the thread)
    QWaitCondition m_idle; // a checkpoint done (for waitIdle)
    bool m_asked = false;
    bool m_running = false;
    bool m_held = false;
    bool m_stop = false;
    bool m_failed = false; // the thread's connection did not open: commits copy the log themselves
    int m_done = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Casebook::Core
