// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/progress.h"
#include "core/result.h"
#include "core/store/cryptvfs.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace Casebook::Core {

class CaseStore;

// Turns a plain store into an encrypted one in place: the copy is made into a new file beside it
// (SQLite's VACUUM INTO through CryptVfs), opened with the key and compared with the original
// (the state digest with the audit trail, and an integrity check), and only then swapped in with
// one atomic rename; the plain file's bytes are overwritten first where the platform lets a second
// name hold them (POSIX hard links). A failure at any point leaves the plain store as it was; a
// conversion cut short leaves a stray copy that the next one removes.
class StoreConversion
{
    Q_DECLARE_TR_FUNCTIONS(StoreConversion)

public:
    // The store at path must not be open. progress is told as the copy is written (by its size
    // against the store's) and checked; stopped before the swap, the copy is removed and the store
    // is left as it was (Error::Kind::Cancelled). beforeSwap is given the verified copy to write
    // its key slots into (a store is never swapped in without a way to open it).
    static VoidResult encrypt(const QString &path, const std::shared_ptr<SecretKey> &key,
        const Progress &progress = {},
        const std::function<VoidResult(const QString &copy)> &beforeSwap = {});
    // The copy's name while it is made.
    static QString workingCopy(const QString &path);
    // Writes a plain copy of an open encrypted store (for a data-protection request or forensics).
    static VoidResult decryptCopy(CaseStore &store, const QString &out);
};

} // namespace Casebook::Core
