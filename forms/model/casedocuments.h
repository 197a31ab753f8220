// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"
#include "forms/model/formrecord.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <vector>

namespace Casebook::Forms {

// What "print all" prints for a case: first the list of the case's documents
// (forms/reports/case_documents-v1.json: every form with its state and completion, every attachment
// with its type, size and digest), then each form. A form that cannot be opened is not skipped
// silently: it is listed with the reason and named in `skipped`.
struct CaseDocuments
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocuments)

public:
    FormRecord list;
    std::vector<std::unique_ptr<FormRecord>> forms;
    QStringList skipped; // "表二: reason"
    int attachments = 0;

    static Core::Result<CaseDocuments> collect(
        Core::CaseStore &store, const QString &caseId, const QDate &today);
    QList<const FormRecord *> pages() const;

private:
    explicit CaseDocuments(FormRecord l) : list(std::move(l)) { }
};

} // namespace Casebook::Forms
