// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <tl/expected.hpp>

namespace Casebook::Core {

// An error that a caller can branch on (kind) and show to a person (message, already translated).
struct Error
{
    enum class Kind {
        NotFound,
        Invalid,
        NotAllowed,
        StoreNewer,
        NotAStore,
        Corrupt,
        Locked,
        Io,
        Database,
        Cancelled, // the person waiting asked to stop (Progress)
    };
    Kind kind = Kind::Invalid;
    QString message;
};

template<typename T> using Result = tl::expected<T, Error>;

using VoidResult = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(Error::Kind kind, const QString &message)
{
    return tl::unexpected<Error>(Error {kind, message});
}

} // namespace Casebook::Core
