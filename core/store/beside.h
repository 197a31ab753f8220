// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"
#include "core/store/readthread.h"

#include <functional>
#include <future>

namespace Casebook::Core {

// Reads done on a second connection of a store in a thread of their own, while the caller goes on
// with its own reads on the store (a report's cases and persons beside its records: two cores for
// a nation's store). A store in a file or on a server has a reading thread for them whose
// connection stays open (CaseStore::readThread); a sibling store opens one for the work. Without a
// second connection (CaseStore::sibling: a store in memory, a locked one, or one that shows the
// past) the work is done on the store itself when its result is asked for. The work gets only the
// store it is given; its result is asked for once.
template<typename T> class Beside
{
public:
    using Work = std::function<Result<T>(CaseStore &)>;
    Beside(CaseStore &store, Work work) : m_store(store), m_work(std::move(work))
    {
        if (ReadThread *reader = store.readThread()) {
            // The store's own reading thread, whose connection keeps what it read last time.
            auto promise = std::make_shared<std::promise<Result<T>>>();
            m_result = promise->get_future();
            reader->post([promise, work = m_work](Result<CaseStore *> other) {
                promise->set_value(
                    other ? work(**other) : Result<T>(tl::unexpected(other.error())));
            });
        } else if (auto open = store.sibling()) {
            m_result = std::async(std::launch::async, [open = std::move(*open), work = m_work] {
                auto other = open();
                if (!other)
                    return Result<T>(tl::unexpected(other.error()));
                return work(**other); // its connection is closed here, in the thread that opened it
            });
        }
    }
    // Waits for the work (a future of std::async waits when it goes; the reading thread's is
    // waited for here).
    ~Beside()
    {
        if (m_result.valid())
            m_result.wait();
    }
    Beside(const Beside &) = delete;
    Beside &operator=(const Beside &) = delete;

    Result<T> get() { return m_result.valid() ? m_result.get() : m_work(m_store); }

private:
    CaseStore &m_store;
    Work m_work;
    std::future<Result<T>> m_result;
};

} // namespace Casebook::Core
