// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place that names the Catch2 header, so moving to Catch2 v3 changes this file only.
#include <QString>

#include <catch2/catch.hpp>

#include <ostream>

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}
