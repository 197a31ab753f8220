// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/casestore.h"

namespace Casebook::UseCases {

// Who the writes of this session are made as: for now the store's device name (accounts and
// their roles come with issue 12's "who acts"); the one place every front end takes it from.
inline Core::WriteContext acting(const Core::CaseStore &store)
{
    return Core::WriteContext {store.identity().name, {}, {}};
}

} // namespace Casebook::UseCases
