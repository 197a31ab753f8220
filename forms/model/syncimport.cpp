// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/model/syncimport.h"

#include "forms/model/formdefinition.h"

#include <QFile>
#include <QSaveFile>

namespace Casebook::Forms {

using namespace Casebook::Core;

Result<ImportedFile> SyncImport::importFile(
    CaseStore &store, const DeviceKeys &keys, const QString &path)
{
    // Capped whatever the file claims to be: a device, a pipe or a file that grows is refused.
    auto read = Bundle::readCapped(path);
    if (!read)
        return tl::unexpected(read.error());
    const QByteArray &data = *read;
    SyncRepository sync(store);
    ImportedFile out;
    if (SyncRepository::enrolmentEnroller(data))
        return fail(Error::Kind::Invalid,
            tr("This is an enrolment file, not a bundle: accept it explicitly (Sync → Accept "
               "enrolment, or "
               "casebook-cli enroll accept FILE) after comparing the enroller's fingerprint."));
    auto r = sync.importBundle(data, keys);
    if (!r)
        return tl::unexpected(r.error());
    out.summary = *r;
    if (!r->files.isEmpty()) {
        auto installed = DefinitionLoader::install(r->files);
        if (!installed)
            return tl::unexpected(installed.error());
        out.kind = ImportedFile::Kind::Definitions;
        out.installed = *installed;
    } else if (r->receipt) {
        out.kind = ImportedFile::Kind::Receipt;
    } else if (r->alreadyImported) {
        out.kind = ImportedFile::Kind::AlreadyImported;
    } else {
        // The signed receipt goes back with the stick: the laptop's next export carries only what
        // is new.
        out.receiptPath = path + QStringLiteral(".receipt");
        if (auto receipt = sync.receipt(keys, *r, store.clock().now())) {
            QSaveFile file(out.receiptPath);
            out.receiptWritten = file.open(QIODevice::WriteOnly)
                && file.write(*receipt) == receipt->size() && file.commit();
        }
    }
    return out;
}

} // namespace Casebook::Forms
