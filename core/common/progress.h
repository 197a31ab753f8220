// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <functional>
#include <type_traits>

namespace Casebook::Core {

// How far a long piece of work has come, and the way to stop it. Whoever waits (a progress
// dialog, a test) is told done of total and answers false to stop; the work then returns
// Error::Kind::Cancelled (Progress::cancelled()) and leaves the store as it was. An empty Progress
// asks nothing and never stops.
class Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    using Callback = std::function<bool(qint64 done, qint64 total)>;

    Progress() = default;
    // Any callable bool(done, total): a lambda is a Progress.
    template<typename F>
    requires std::is_invocable_r_v<bool, F, qint64, qint64> Progress(
        F callback) // NOLINT(google-explicit-constructor)
        : m_callback(std::move(callback))
    { }

    // Tells the waiter; false when they asked to stop.
    bool operator()(qint64 done, qint64 total) const;
    // The stretch [from, to] (in thousandths of this one) as a progress of its own: a step of a
    // longer piece of work reports 0…n of its own and the waiter sees it move from from to to.
    Progress part(int fromPermille, int toPermille) const;

    static Error cancelled();
    static constexpr qint64 Scale = 1000;

private:
    Callback m_callback;
};

} // namespace Casebook::Core
