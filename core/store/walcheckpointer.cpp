// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/walcheckpointer.h"

#include "core/store/loopstatement.h"

#include <QDeadlineTimer>
#include <QMutexLocker>
#include <QThread>

#include <sqlite3.h>

namespace Casebook::Core {

WalCheckpointer::WalCheckpointer(Checkpoint checkpoint, int pages)
    : m_checkpoint(std::move(checkpoint)), m_pages(pages)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("casebook-checkpoint"));
    m_thread->start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void WalCheckpointer::attach(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteOf(db))
        sqlite3_wal_hook(handle, &WalCheckpointer::committed, this);
}

int WalCheckpointer::checkpoints() const
{
    const QMutexLocker lock(&m_mutex);
    return m_done;
}

void WalCheckpointer::hold(bool held)
{
    const QMutexLocker lock(&m_mutex);
    m_held = held;
    m_wake.wakeAll();
}

bool WalCheckpointer::waitIdle(int ms)
{
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&m_mutex);
    while ((m_asked && !m_held && !m_failed) || m_running) {
        if (!m_idle.wait(&m_mutex, deadline))
            return false;
    }
    return true;
}

int WalCheckpointer::committed(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *me = static_cast<WalCheckpointer *>(self);
    if (pages < me->m_pages)
        return SQLITE_OK;
    {
        const QMutexLocker lock(&me->m_mutex);
        if (!me->m_failed) {
            me->m_asked = true;
            me->m_wake.wakeAll();
            return SQLITE_OK;
        }
    }
    // No connection of its own: what SQLite does without this (its result is not the commit's).
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && (!m_asked || m_held))
                m_wake.wait(&m_mutex);
            if (m_stop)
                return;
            m_asked = false;
            m_running = true;
        }
        const bool ok = m_checkpoint();
        const QMutexLocker lock(&m_mutex);
        m_running = false;
        if (ok) {
            ++m_done;
        } else {
            m_failed = true;
        }
        m_idle.wakeAll();
    }
}

} // namespace Casebook::Core
