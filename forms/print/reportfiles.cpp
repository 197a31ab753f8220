// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/print/reportfiles.h"

#include "forms/model/synccover.h"
#include "forms/print/formprinter.h"

#include <QDir>
#include <QFileInfo>

namespace Casebook::Forms::ReportFiles {

using namespace Casebook::Core;

namespace {

// A report as pdf (its records through the form renderer), xlsx (a sheet per table) or csv (the
// table keyed `main` to path, each other beside it as NAME-KEY.csv).
Result<QStringList> writeReport(const QList<const FormRecord *> &records, const QString &main,
    const QString &format, const QString &path)
{
    if (format == QLatin1String("pdf")) {
        auto pages = FormPrinter::writePdf(path, records, {});
        if (!pages)
            return tl::unexpected(pages.error());
        return QStringList {path};
    }
    QList<ReportTable> tables;
    for (const FormRecord *r : records)
        tables += MonthlyReportForms::tables(*r);
    if (format == QLatin1String("xlsx")) {
        if (auto r = ReportExport::writeXlsx(path, tables); !r)
            return tl::unexpected(r.error());
        return QStringList {path};
    }
    QStringList written;
    const QFileInfo info(path);
    for (const ReportTable &t : std::as_const(tables)) {
        const QString file = t.key == main ? path
                                           : info.dir().filePath(info.completeBaseName()
                                               + QLatin1Char('-') + t.key + QStringLiteral(".csv"));
        if (auto r = ReportExport::writeCsv(file, t); !r)
            return tl::unexpected(r.error());
        written << file;
    }
    return written;
}

} // namespace

Result<QStringList> writeMonthly(
    const MonthlyReportForms::Records &records, const QString &format, const QString &path)
{
    return writeReport({&records.table61, &records.table62}, QStringLiteral("6-1"), format, path);
}

Result<QStringList> writeAnnual(
    const FormRecord &record, const QString &format, const QString &path)
{
    return writeReport({&record}, QStringLiteral("annual-coaches"), format, path);
}

VoidResult writeCover(
    const QByteArray &bundle, const QList<PublicIdentity> &recipients, const QString &path)
{
    QHash<QString, QString> names;
    for (const PublicIdentity &d : recipients)
        names.insert(d.deviceId, d.name);
    auto cover = SyncCover::fill(bundle, names);
    if (!cover)
        return tl::unexpected(cover.error());
    if (auto pages = FormPrinter::writePdf(path, {&*cover}, {}); !pages)
        return tl::unexpected(pages.error());
    return {};
}

VoidResult writeEnrolmentSlip(CaseStore &store, const QByteArray &enrolment, const QString &path)
{
    auto slip = EnrolmentSlip::fill(store, enrolment);
    if (!slip)
        return tl::unexpected(slip.error());
    if (auto pages = FormPrinter::writePdf(path, {&*slip}, {}); !pages)
        return tl::unexpected(pages.error());
    return {};
}

} // namespace Casebook::Forms::ReportFiles
