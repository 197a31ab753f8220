// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/clock.h"

namespace Casebook::Test {

// The day the window tests live on: Monday 3 June 2024, 09:00 UTC.
inline const Core::FixedClock &fixedClock()
{
    static Core::FixedClock c(QDateTime(QDate(2024, 6, 3), QTime(9, 0), Qt::UTC));
    return c;
}

} // namespace Casebook::Test
