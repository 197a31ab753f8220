// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"
#include "forms/model/formrecord.h"

namespace Casebook::Forms::DemoForms {

// Fills the empty fields a form keeps itself with plausible values; a table of records (3-2, 4-1)
// only when asked, since the demo's records are entered as records.
void fill(FormRecord &record, int repeatRows = 2, bool recordTables = false);
// Fills and marks complete the six supported-employment tables (0C, 2-1, 2-4, 3-1, 3-2, 4-1) of
// each case.
Core::Result<int> completeSixTables(Core::CaseStore &store, const QStringList &caseIds);
// Files a complete 附表3 (small job redesign, NT$1,500) for each case, done on a recent day.
Core::Result<int> completeJobRedesigns(Core::CaseStore &store, const QStringList &caseIds);
// The forms of a demo store: the six tables for 7 in 10 supported-employment cases, a job redesign
// for 1 in 8.
Core::VoidResult completeDemo(Core::CaseStore &store, const QStringList &supportedEmploymentCases);

} // namespace Casebook::Forms::DemoForms
