// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sync/syncrepository.h"

#include <QCoreApplication>

namespace Casebook::Forms {

// What importing one file did; the client and the command line word it each in their own way.
struct ImportedFile
{
    enum class Kind { Definitions, Receipt, AlreadyImported, Data };
    Kind kind = Kind::Data;
    Core::ImportSummary summary;
    QStringList installed; // Definitions: the files installed
    QString receiptPath;   // Data: where the signed receipt was written
    bool receiptWritten = false;
};

// Imports one file of any kind that travels between stores (not an enrolment: that is accepted
// explicitly): a data bundle (answered with a receipt written beside it), a receipt, or form
// definitions (checked and installed). All or nothing per file.
class SyncImport
{
    Q_DECLARE_TR_FUNCTIONS(SyncImport)

public:
    static Core::Result<ImportedFile> importFile(
        Core::CaseStore &store, const Core::DeviceKeys &keys, const QString &path);
};

} // namespace Casebook::Forms
