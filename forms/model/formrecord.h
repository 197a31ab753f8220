// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/person.h"
#include "core/result.h"
#include "core/services/servicerepository.h"
#include "core/store/casestore.h"
#include "forms/model/formdefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace Casebook::Forms {

// One form of one case being filled in: bound fields read and write the person and case records
// (entered once, shown on every form), the others are stored with the form instance.
// Values are text: dates ISO (YYYY-MM-DD), numbers in decimal, choices as codes (multi:
// comma-separated), yes/no as 1/0, a repeating table as a JSON array of objects.
class FormRecord
{
    Q_DECLARE_TR_FUNCTIONS(FormRecord)

public:
    // Opens an existing instance, or starts a new one when instanceId is empty (not stored until
    // saved).
    static Core::Result<FormRecord> open(Core::CaseStore &store, const FormDefinition &definition,
        const QString &caseId, const QString &instanceId = {});

    // A record of no case: a report layout filled from computed figures, to print or export; never
    // saved.
    static FormRecord detached(const FormDefinition &definition);

    const FormDefinition &definition() const { return m_definition; }
    const Core::Person &person() const { return m_person; }
    const Core::Case &caseData() const { return m_case; }
    const Core::FormInstance &instance() const { return m_instance; }
    bool isStored() const { return !m_instance.id.isEmpty(); }

    QString value(const QString &fieldId) const;
    void setValue(const QString &fieldId, const QString &value);
    QJsonArray rows(const QString &fieldId) const;
    void setRows(const QString &fieldId, const QJsonArray &rows);
    bool isVisible(const FieldDef &field) const;
    // The choices of a field; the disability categories follow the person's certificate (new 8 or
    // old 16 classes).
    QList<Choice> choicesFor(const FieldDef &field) const;
    bool isDirty() const { return !m_changed.isEmpty(); }
    // For a form not stored yet: the day it was begun on paper, when it is typed in later.
    void setStartedOn(const QDate &day) { m_startedOn = day; }

    // Every problem that keeps the form from being complete, at its field ("field" or
    // "table.row.column").
    QList<Core::FieldProblem> problems(const QDate &today) const;
    // Saves bound and local values in one transaction; marks the form complete when asked and no
    // problem stands. A complete form saved with markComplete keeps its completion day and is
    // recorded as amended; saved without it, it returns to draft (ask first: draftConsequence()
    // says what that changes).
    // Saved against what the record read (ctx.seenPosition, or where the log stood when it was
    // opened): what another desk changed since is kept or becomes a conflict (staleWrites()).
    Core::VoidResult save(const Core::WriteContext &ctx, bool markComplete = false);
    // The fields of the last save another desk had changed since this record was read, each
    // labelled as the form names it. After such a save, open the record again to see them.
    const QList<Core::StaleWrite> &staleWrites() const { return m_staleWrites; }
    // What returning this complete form to draft changes, in words for the user; empty for a draft.
    QString draftConsequence() const;

    // Print text of a value, as the official (zh_TW) form shows it: ROC dates, choice labels, NT$
    // amounts, masked where the definition says so and mask is set.
    QString displayText(const FieldDef &field, const QString &value, bool mask = false) const;

private:
    QList<Core::StaleWrite> labelled(QList<Core::StaleWrite> stale) const;
    FormRecord(Core::CaseStore *store, FormDefinition definition)
        : m_store(store), m_definition(std::move(definition))
    { }
    QString boundValue(const QString &binding) const;
    void setBoundValue(const QString &binding, const QString &value);
    void validateValue(const FieldDef &field, const QString &value, const QString &where,
        const QDate &today, QList<Core::FieldProblem> &out) const;
    QString conditionValue(const QString &field) const;
    Core::VoidResult loadRecords();
    Core::VoidResult saveRecords(const Core::WriteContext &ctx, const FieldDef &table);

    Core::CaseStore *m_store;
    FormDefinition m_definition;
    Core::Person m_person;
    Core::Case m_case;
    Core::FormInstance m_instance;
    QHash<QString, QString> m_local;
    QHash<QString, QString> m_changed; // field id -> new value
    qint64 m_seenPosition = 0;         // where the store's log stood when the record was read
    QList<Core::StaleWrite> m_staleWrites;
    QHash<QString, QString> m_records; // "records.supportDays" -> the rows shown (JSON), as edited
    QHash<QString, QString> m_recordsStored; // the same rows as they were read from the store
    QHash<QString, QString>
        m_derived;             // "placement.employer", "placement.placedOn": from the records
    Core::SeProfile m_profile; // 表0C's profile.* bindings
    bool m_hasProfile = false; // the case has a profile (or the form has set one)
    QDate m_startedOn;         // a new instance's start day; today when not set
};

} // namespace Casebook::Forms
