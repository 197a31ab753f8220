// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/readthread.h"

#include "core/store/casestore.h"

#include <QMutexLocker>
#include <QThread>

namespace Casebook::Core {

ReadThread::ReadThread(Opener open) : m_open(std::move(open))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("casebook-read"));
    m_thread->start();
}

ReadThread::~ReadThread()
{
    {
        const QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

void ReadThread::post(Read read)
{
    const QMutexLocker lock(&m_mutex);
    m_reads.push_back(std::move(read));
    m_wake.wakeAll();
}

int ReadThread::opened() const
{
    const QMutexLocker lock(&m_mutex);
    return m_opened;
}

void ReadThread::run()
{
    std::unique_ptr<CaseStore> store; // opened, used and closed on this thread
    for (;;) {
        Read read;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stop && m_reads.empty())
                m_wake.wait(&m_mutex);
            if (m_reads.empty())
                return; // stopped, nothing left to run: the connection closes with `store`
            read = std::move(m_reads.front());
            m_reads.pop_front();
        }
        if (!store) {
            auto opened = m_open();
            if (!opened) {
                read(tl::unexpected(opened.error()));
                continue;
            }
            store = std::move(*opened);
            const QMutexLocker lock(&m_mutex);
            ++m_opened;
        }
        read(store.get());
    }
}

} // namespace Casebook::Core
