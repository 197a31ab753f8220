// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace Casebook::Core {

// One filled-in form of a case, kept with the definition version it was started with.
struct FormInstance
{
    QString id;
    QString caseId;
    QString formId;
    QString formVersion;
    QString status; // draft / complete
    QDate createdOn;
    QDate completedOn;   // the day it was last marked complete; invalid while a draft
    QString completedBy; // who marked it complete
    QDate amendedOn;     // the day of the last correction that kept it complete
};

// Stores form instances and their form-local values; knows nothing of what a form contains.
class FormInstanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(FormInstanceRepository)

public:
    explicit FormInstanceRepository(CaseStore &store) : m_store(store) { }

    // startedOn: the day the form was begun, when it is typed in later from paper (never in the
    // future); today when not given.
    Result<FormInstance> create(const WriteContext &ctx, const QString &caseId,
        const QString &formId, const QString &formVersion, const QDate &startedOn = {});
    Result<FormInstance> find(const QString &id) const;
    Result<QList<FormInstance>> instances(const QString &caseId) const;
    Result<QHash<QString, QString>> values(const QString &instanceId) const;
    // Writes the given values (null QString clears); returns how many changed.
    Result<int> saveValues(
        const WriteContext &ctx, const QString &instanceId, const QHash<QString, QString> &values);
    // The ids of the forms of a case that have an instance marked complete ("the six tables are
    // complete").
    Result<QSet<QString>> completedForms(const QString &caseId) const;
    // Marks a form complete (recording the day and ctx.actor) or returns it to draft.
    VoidResult setStatus(const WriteContext &ctx, const QString &instanceId, const QString &status);
    // Records a correction of a complete form that keeps it valid: it stays complete, with the day
    // of the amendment.
    VoidResult markAmended(const WriteContext &ctx, const QString &instanceId);

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
