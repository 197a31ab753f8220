// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/sync/bundle.h"
#include "forms/model/monthlyreportforms.h"

namespace Casebook::Forms::ReportFiles {

// 表6-1/6-2 as pdf (both tables, landscape), xlsx (a sheet per table) or csv (表6-1 to path,
// 表6-2's two tables beside it as NAME-6-2-month.csv and NAME-6-2-year.csv). Returns the files
// written.
Core::Result<QStringList> writeMonthly(
    const MonthlyReportForms::Records &records, const QString &format, const QString &path);

// The annual work report as pdf, xlsx (a sheet per table) or csv (the coaches' table to path, the
// group model beside it as NAME-annual-groups.csv). Returns the files written.
Core::Result<QStringList> writeAnnual(
    const FormRecord &record, const QString &format, const QString &path);

// The one-page cover sheet of a bundle; `recipients` names the devices it may be sealed to.
Core::VoidResult writeCover(
    const QByteArray &bundle, const QList<Core::PublicIdentity> &recipients, const QString &path);

// The one-page slip of an enrolment with the enroller's fingerprint, for the device's user to
// compare.
Core::VoidResult writeEnrolmentSlip(
    Core::CaseStore &store, const QByteArray &enrolment, const QString &path);

} // namespace Casebook::Forms::ReportFiles
