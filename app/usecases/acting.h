// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/casestore.h"

#include <functional>

namespace Casebook::UseCases {

// Who the writes are made as when no one is signed in: the store's device (a store without
// accounts, or the command line's own steps before a sign-in). A signed-in user's context comes
// from Session::context.
inline Core::WriteContext acting(const Core::CaseStore &store)
{
    return Core::WriteContext {store.identity().name, {}, {}};
}

// Where a long-lived part of a window asks who acts now (the user may sign in as another).
using ActingSource = std::function<Core::WriteContext()>;

} // namespace Casebook::UseCases
