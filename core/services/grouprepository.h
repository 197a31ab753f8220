// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/rules/planyearrules.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Casebook::Core {

// A group of the group model (群組服務模式), led by one coach.
struct SeGroup
{
    QString id;
    QString name;
    QString coachId;
    QDate startedOn;
};

struct GroupMember
{
    QString id;
    QString caseId;
    QString caseNo;
    QString personId;
    QString personName;
    QDate joinedOn;
    QDate
        stableFrom; // 6 months of continuous employment reached on this day; invalid when not (yet)
};

struct GroupSession
{
    QString id;
    QDate day;
    int persons = 0;
    QString topic;
    bool tooSmall = false; // fewer persons than the rule set's minimum per session (3)
};

// P-07 for one coach and plan year: persons served in groups, how many stayed employed 6 months,
// how many must.
struct GroupYear
{
    int served = 0;
    int stable = 0;
    int requiredStable = 0;
    int minimumServed = 0;
    int sessions = 0;
    int tooSmallSessions = 0;
    bool met = false;
    QStringList servedCases;
    QStringList stableCases;
    QStringList
        stableWithoutTables; // stable long enough, but the six tables are not complete: not counted
};

class GroupRepository
{
    Q_DECLARE_TR_FUNCTIONS(GroupRepository)

public:
    explicit GroupRepository(CaseStore &store) : m_store(store) { }

    Result<QString> createGroup(const WriteContext &ctx, SeGroup group);
    Result<QList<SeGroup>> groups(const QString &coachId = {}) const;
    // A case joins a group (once).
    Result<QString> addMember(
        const WriteContext &ctx, const QString &groupId, const QString &caseId, const QDate &on);
    // The members with the day each reached `stableMonths` of continuous employment by `today`.
    Result<QList<GroupMember>> members(
        const QString &groupId, const QDate &today, int stableMonths = 6) const;
    // A session is kept even with too few persons, and flagged.
    Result<QString> addSession(
        const WriteContext &ctx, const QString &groupId, GroupSession session);
    Result<QList<GroupSession>> sessions(const QString &groupId, int minimumPersons = 3) const;

    // P-07 for a coach's plan year [from, to], counted on `asOf`.
    Result<GroupYear> evaluate(const PlanYearRules &rules, const QString &coachId,
        const QDate &from, const QDate &to, const QDate &asOf) const;

    // 6 months of continuous employment in one placement (the group model's 穩定就業): the day it
    // is reached.
    static QDate stableFrom(const QDate &start, const QDate &end, int months, const QDate &asOf);

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
