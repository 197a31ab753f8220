// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/casestore.h"
#include "core/tests/scratchstore.h"
#include "tests/support/catchtest.h"

#include <memory>

namespace Casebook::Core::Test {

inline const FixedClock &testClock()
{
    static FixedClock clock(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    return clock;
}

inline std::unique_ptr<CaseStore> memoryStore(
    const Clock &clock = testClock(), DeviceRole role = DeviceRole::Window)
{
    auto store = CaseStore::open(scratchAddress(), clock);
    REQUIRE(store.has_value());
    REQUIRE((*store)->initialize(role, QStringLiteral("北區職重窗口")).has_value());
    return std::move(*store);
}

} // namespace Casebook::Core::Test
