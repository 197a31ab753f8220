// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/progress.h"
#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

namespace Casebook::Core {

// Moves a store to another engine or place (casebook-cli migrate-store): every table with its whole
// log, in the log's own order, into an empty store of the same schema, in one transaction; then
// both digests (with the audit trail) must agree or nothing is kept.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    // to must be new: migrated, with no identity and no rows. Returns the rows copied.
    static Result<qint64> copy(CaseStore &from, CaseStore &to, const Progress &progress = {});
};

} // namespace Casebook::Core
