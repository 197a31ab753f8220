// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

class QThread;

namespace Casebook::Core {

class CaseStore;

// A store's reads beside its own connection (Beside), on one thread with a connection of its own
// that stays open between them: SQLite keeps its pages in a connection, so a report's cases and
// persons read a second time come from memory instead of the file (on a nation's store, a tenth
// of a second instead of half a second). The connection is opened by the first read and closed
// with the thread (the store closes or locks). Reads run in the order they were asked for.
class ReadThread
{
public:
    using Opener = std::function<Result<std::unique_ptr<CaseStore>>()>;
    // The read gets the thread's store, or why it could not be opened (tried again next time).
    using Read = std::function<void(Result<CaseStore *>)>;
    explicit ReadThread(Opener open);
    // Runs the reads already asked for, then closes the connection on the thread.
    ~ReadThread();
    ReadThread(const ReadThread &) = delete;
    ReadThread &operator=(const ReadThread &) = delete;
    ReadThread(ReadThread &&) = delete;
    ReadThread &operator=(ReadThread &&) = delete;

    void post(Read read);
    // How many times the thread opened its connection.
    int opened() const;

private:
    void run();

    Opener m_open;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Read> m_reads;
    bool m_stop = false;
    int m_opened = 0;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Casebook::Core
