// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"
#include "forms/model/formrecord.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Casebook::UseCases {

// What "print all" wrote.
struct PrintedCase
{
    QString path;
    int forms = 0;
    int pages = 0;
    QStringList notPrinted; // "表二: reason", each named, never skipped silently
};

// A case's forms: open one (an instance or a new one of a definition), and print them all with
// the list of documents. Saving and printing one form go through the FormRecord it returns.
class CaseForms
{
    Q_DECLARE_TR_FUNCTIONS(CaseForms)

public:
    // ctx: who prints (kept in the audit trail).
    explicit CaseForms(Core::CaseStore &store, Core::WriteContext ctx = {})
        : m_store(store), m_context(std::move(ctx))
    { }

    // The shipped definitions a new form can be started from, in catalogue order.
    static QList<const Forms::FormDefinition *> definitions();
    static QString title(const QString &formId);

    Core::Result<Forms::FormRecord> open(
        const QString &caseId, const QString &formId, const QString &instanceId = {}) const;
    // Prints the list of documents and every form of the case to one PDF. choosePath is given
    // the suggested file name and returns the path (empty: the person cancelled, and nothing is
    // written: the result is then empty).
    Core::Result<std::optional<PrintedCase>> printAll(const QString &caseId, const QDate &today,
        const std::function<QString(const QString &suggested)> &choosePath) const;

private:
    Core::CaseStore &m_store;
    Core::WriteContext m_context;
};

} // namespace Casebook::UseCases
