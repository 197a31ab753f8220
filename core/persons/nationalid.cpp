// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/persons/nationalid.h"

#include <array>

namespace Casebook::Core::NationalId {

namespace {

// Letter values of the Taiwanese ID scheme, A = 10 … Z = 33 in the official (non-alphabetic) order.
int letterValue(QChar c)
{
    static constexpr std::array<int, 26> Values = {10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20,
        21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33};
    const char16_t u = c.toUpper().unicode();
    if (u < u'A' || u > u'Z')
        return -1;
    return Values[u - u'A'];
}

bool checksumOk(int letter, int secondDigit, const QString &rest)
{
    // rest: 8 digits, positions 3..10 of the number
    int sum = (letter / 10) + (letter % 10) * 9 + secondDigit * 8;
    static constexpr std::array<int, 8> Weights = {7, 6, 5, 4, 3, 2, 1, 1};
    for (int i = 0; i < 8; ++i)
        sum += rest.at(i).digitValue() * Weights[i];
    return sum % 10 == 0;
}

bool allDigits(const QString &s)
{
    for (QChar c : s) {
        if (!c.isDigit() || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

Kind classify(const QString &input)
{
    const QString n = input.trimmed().toUpper();
    if (n.size() != 10)
        return Kind::Invalid;
    const int letter = letterValue(n.at(0));
    if (letter < 0)
        return Kind::Invalid;
    const QString rest = n.mid(2);
    if (!allDigits(rest))
        return Kind::Invalid;
    const QChar second = n.at(1);
    if (second.isDigit() && second.unicode() < 0x80) {
        const int d = second.digitValue();
        if (!checksumOk(letter, d, rest))
            return Kind::Invalid;
        if (d == 1 || d == 2)
            return Kind::NationalId;
        if (d == 8 || d == 9)
            return Kind::ResidentNew;
        return Kind::Invalid;
    }
    // Old resident certificate: the second letter (A-D) stands for its value's last digit.
    const int secondLetter = letterValue(second);
    if (secondLetter < 0 || second > QLatin1Char('D'))
        return Kind::Invalid;
    return checksumOk(letter, secondLetter % 10, rest) ? Kind::ResidentOld : Kind::Invalid;
}

QString masked(const QString &number)
{
    if (number.size() < 5)
        return {number.size(), QLatin1Char('*')};
    return number.left(1) + QString(number.size() - 5, QLatin1Char('*')) + number.right(4);
}

} // namespace Casebook::Core::NationalId
