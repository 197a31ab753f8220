// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/persons/person.h"
#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Casebook::Core {

// One row of the case list: what the list shows and filters on.
// Whose case list rows: one coach's, one window's or one unit's; all when empty.
struct CaseListScope
{
    QString coachId {};
    QString window {};
    QString unitId {};
};

struct CaseListRow
{
    QString caseId;
    QString caseNo;
    QString personId;
    QString personName;
    QString idNumber;
    CaseStatus status = CaseStatus::Received;
    QString district;
    QString window;
    QStringList unitIds;
    QString unitNames;
    QString coachId;
    QString coachName;
    QDate receivedOn;
};

// What the window's deadlines read of an open case (a narrow row: a national due list reads tens
// of thousands).
struct CaseTimeline
{
    QString caseId;
    QString caseNo;
    CaseStatus status = CaseStatus::Received;
    QDate receivedOn;
    QDate goalReachedOn;
    QString personName;
    QString coachName;
    QList<Dispatch> pendingDispatches;
};

// The open cases that hold the earliest deadlines of the window's own kinds. Of each kind at most
// a given number are read, in its order from an index; a case left out has no deadline of that
// kind before the last date read (invalid when none was left out).
struct EarliestTimelines
{
    QList<CaseTimeline> cases;
    QDate receivedFrom;   // waiting for assessment, by receipt
    QDate goalFrom;       // tracking after the goal, by the goal
    QDate dispatchedFrom; // waiting for a unit's answer, by the dispatch
};

// Reads and writes cases, their dispatches and history; applies SOP steps through CaseWorkflow.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(CaseStore &store) : m_store(store) { }

    // Intake (受案): a new case for an existing person. Fills id, case number, window and status. A
    // person the eligibility rules refuse is taken only with c.eligibilityOverride, a written
    // reason, on a window's or the bureau's store (a case manager's decision); the reason is kept
    // with the case and in its history.
    Result<Case> create(const WriteContext &ctx, Case c);
    // The problems of an intake's own fields (how it came in, the referring unit, the date of
    // receipt), each with its field: what create() refuses, for an editor to show beside the field.
    QList<FieldProblem> validate(const Case &c) const;
    // Seed 002 三(一): 15 or older on the day of receipt, with a disability certificate or handbook
    // valid that day, or an occupationally injured worker. Empty when eligible; otherwise each
    // reason.
    static QStringList eligibilityProblems(const Person &person, const QDate &receivedOn);
    // Whether the writer of ctx may accept an intake the rules refuse (with a written reason): on a
    // window's or the bureau's store, and where the store has accounts, a case manager, a bureau
    // clerk or the administrator, not a coach or a supervisor signed in there.
    bool mayAcceptIneligible(const WriteContext &ctx) const;
    // Applies one SOP step, recording it in the case's history. Refused steps change nothing. The
    // rule that reads the supported-employment records (closing only after the follow-up minimum)
    // is the use case's (UseCases::CaseSteps), so that cases do not depend on services.
    Result<Case> perform(const WriteContext &ctx, const QString &caseId, const CaseStep &step);
    // The case's last step, when it may still be undone: an SOP step (not an intake or an undo)
    // taken today on this device. Undoing is cheap only then; later, a step is corrected by the
    // next one.
    Result<std::optional<CaseEvent>> undoableStep(const QString &caseId) const;
    // Undoes that step: the case's fields as they were before it, the dispatch it made withdrawn
    // or its answer cleared, and an "undo" step with the reason in the history.
    Result<Case> undoLastStep(
        const WriteContext &ctx, const QString &caseId, const QString &reason);
    // Edits the descriptive fields that forms may correct: referral_unit_type, referral_unit_name,
    // plan_goal.
    Result<int> updateDetails(
        const WriteContext &ctx, const QString &caseId, const QVariantMap &fields);
    VoidResult setCoach(const WriteContext &ctx, const QString &caseId, const QString &coachId);

    Result<Case> find(const QString &id) const;
    Result<QList<Case>> casesOfPerson(const QString &personId) const;
    Result<QList<Case>> cases(std::optional<CaseStatus> status = std::nullopt) const;
    // The cases a unit opened for supported employment (those with a profile, 表0C): what the
    // reports count.
    Result<QList<Case>> supportedEmploymentCases() const;
    Result<QList<Dispatch>> dispatches(const QString &caseId) const;
    Result<QList<CaseEvent>> events(const QString &caseId) const;
    // The case list's rows, of one coach, window or unit when the scope names one (a caseload
    // read in SQL, so that a coach's list does not load a city's cases first), newest received
    // first. In pages: at most limit rows (-1: all), those after the row `after` in that order
    // (read from the index cases_list_order, so the first screenful does not wait for the rest).
    Result<QList<CaseListRow>> listRows(
        const CaseListScope &scope = {}, int limit = -1, const CaseListRow *after = nullptr) const;
    // The open cases that have a deadline: waiting for assessment, waiting for a unit's answer, or
    // tracking after the goal.
    Result<QList<CaseTimeline>> openTimelines() const;
    // Those of the given cases (a caseload's), by their ids.
    Result<QList<CaseTimeline>> openTimelines(const QStringList &caseIds) const;
    // A caseload up to this many cases is read by its ids (one IN list, within both engines'
    // parameter limits); a larger one from the whole store.
    static constexpr qsizetype ReadByIdsUpTo = 2000;
    // The first `limit` cases of each of those three, in the order of their deadlines (the due
    // panel's first screenful, before the whole list is computed).
    Result<EarliestTimelines> earliestTimelines(int limit) const;
    // The cases whose records changed after `position` of the log (CaseStore::logPosition): the
    // case, its person, or one of its records written since. None (std::nullopt) when the changes
    // name more than `limit` cases, or reach beyond cases (a unit, a coach, an employer, a group,
    // a decision, a merge of persons, a record moved to another case): anything may have changed.
    Result<std::optional<QStringList>> casesChangedSince(qint64 position, qsizetype limit) const;

private:
    // openTimelines(), of every case or of the given ones.
    Result<QList<CaseTimeline>> timelines(const std::optional<QStringList> &caseIds) const;
    Result<QString> nextCaseNo(const QString &window, const QDate &receivedOn) const;
    // The case's last step with what it changed, while it may be undone (see undoableStep).
    Result<std::optional<std::pair<CaseEvent, QJsonObject>>> undoable(const QString &caseId) const;
    // Writes one step of the case's history, with what it changed as it was (for its undo).
    VoidResult recordStep(const WriteContext &ctx, const QString &caseId, const QDate &on,
        const QString &action, const QString &from, const QVariant &to, const QVariant &note,
        const QJsonObject &reverts);
    CaseStore &m_store;
};

} // namespace Casebook::Core
