// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook::Core {

// A time-ordered, globally unique row id (UUID version 7: 48 bits of Unix milliseconds, then random
// bits).
QString newUuid();

} // namespace Casebook::Core
