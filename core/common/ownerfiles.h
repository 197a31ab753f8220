// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QFileDevice>
#include <QString>

namespace Casebook::Core {

// Files Casebook writes (stores, bundles, receipts, keys, exports) are the user's alone: mode 0600
// on POSIX systems. On Windows the user's profile folder's ACL already keeps others out; Qt maps
// these permissions to the read-only attribute only, so nothing more is done there.
inline constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner
    | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

inline bool restrictToOwner(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return file.setPermissions(OwnerOnly);
#else
    Q_UNUSED(file);
    return true;
#endif
}

inline bool restrictToOwner(const QString &path)
{
#ifdef Q_OS_UNIX
    return QFile::setPermissions(path, OwnerOnly);
#else
    Q_UNUSED(path);
    return true;
#endif
}

} // namespace Casebook::Core
