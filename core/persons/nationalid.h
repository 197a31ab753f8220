// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Casebook::Core::NationalId {

enum class Kind { Invalid, NationalId, ResidentNew, ResidentOld };

// 身分證統一編號 (A123456789) or 居留證統一證號, new (A800000014) and old (AB12345678) formats,
// each checked by its check digit.
Kind classify(const QString &number);
inline bool isValid(const QString &number)
{
    return classify(number) != Kind::Invalid;
}
// Masks for print and lists: A12345**89 style keeps the first letter and the last four digits.
QString masked(const QString &number);

} // namespace Casebook::Core::NationalId
