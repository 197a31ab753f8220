// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/grouprepository.h"

#include "core/common/rocdate.h"
#include "core/forms/forminstancerepository.h"
#include "core/services/servicerepository.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Casebook::Core {

namespace {
QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QDate GroupRepository::stableFrom(
    const QDate &start, const QDate &end, int months, const QDate &asOf)
{
    if (!start.isValid())
        return {};
    const QDate reached
        = monthsPeriodEnd(start, months); // the last day of the 6th month (民法 §121)
    if (reached > asOf || (end.isValid() && end < reached))
        return {};
    return reached;
}

Result<QString> GroupRepository::createGroup(const WriteContext &ctx, SeGroup g)
{
    if (g.name.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("Name the group."));
    if (g.coachId.isEmpty())
        return fail(Error::Kind::Invalid, tr("Choose the job coach who leads the group."));
    if (!g.startedOn.isValid() || g.startedOn > m_store.clock().today()) {
        return fail(Error::Kind::Invalid,
            tr("Enter the day the group began; it cannot lie in the future."));
    }
    if (g.id.isEmpty())
        g.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("se_group"), g.id,
        {{QStringLiteral("name"), g.name.trimmed()}, {QStringLiteral("coach_id"), g.coachId},
            {QStringLiteral("started_on"), g.startedOn}});
    if (!r)
        return tl::unexpected(r.error());
    return g.id;
}

Result<QList<SeGroup>> GroupRepository::groups(const QString &coachId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, name, coach_id, started_on FROM se_groups WHERE deleted = 0 AND (? = '' OR "
        "coach_id = ?) ORDER BY started_on, name"));
    q.addBindValue(coachId.isNull() ? QStringLiteral("") : coachId);
    q.addBindValue(coachId.isNull() ? QStringLiteral("") : coachId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<SeGroup> out;
    while (q.next()) {
        out << SeGroup {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            dateOf(q.value(3))};
    }
    return out;
}

Result<QString> GroupRepository::addMember(
    const WriteContext &ctx, const QString &groupId, const QString &caseId, const QDate &on)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM se_group_members WHERE group_id = ? AND case_id "
                             "= ? AND deleted = 0"));
    q.addBindValue(groupId);
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return SqlError::failure(q);
    if (q.value(0).toInt() > 0)
        return fail(Error::Kind::Invalid, tr("The case is in this group already."));
    q.prepare(QStringLiteral("SELECT count(*) FROM cases WHERE id = ? AND deleted = 0"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
        return fail(Error::Kind::NotFound, tr("There is no such case."));
    if (!on.isValid() || on > m_store.clock().today()) {
        return fail(Error::Kind::Invalid,
            tr("Enter the day the person joined; it cannot lie in the future."));
    }
    const QString id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("se_group_member"), id,
        {{QStringLiteral("group_id"), groupId}, {QStringLiteral("case_id"), caseId},
            {QStringLiteral("joined_on"), on}});
    if (!r)
        return tl::unexpected(r.error());
    return id;
}

Result<QList<GroupMember>> GroupRepository::members(
    const QString &groupId, const QDate &today, int stableMonths) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT m.id, m.case_id, c.case_no, c.person_id, p.name, m.joined_on "
                             "FROM se_group_members m "
                             "JOIN cases c ON c.id = m.case_id JOIN persons p ON p.id = "
                             "c.person_id WHERE m.group_id = ? AND m.deleted = 0 "
                             "ORDER BY m.joined_on, c.case_no"));
    q.addBindValue(groupId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<GroupMember> out;
    while (q.next()) {
        out << GroupMember {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), dateOf(q.value(5)), {}};
    }
    QSqlQuery pl(m_store.database());
    pl.prepare(QStringLiteral("SELECT start_date, end_date FROM placements WHERE case_id = ? AND "
                              "deleted = 0 ORDER BY start_date"));
    for (GroupMember &m : out) {
        pl.addBindValue(m.caseId);
        if (!pl.exec())
            return SqlError::failure(pl);
        while (pl.next()) {
            const QDate reached
                = stableFrom(dateOf(pl.value(0)), dateOf(pl.value(1)), stableMonths, today);
            if (reached.isValid() && (!m.stableFrom.isValid() || reached < m.stableFrom))
                m.stableFrom = reached;
        }
        pl.finish();
    }
    return out;
}

Result<QString> GroupRepository::addSession(
    const WriteContext &ctx, const QString &groupId, GroupSession s)
{
    if (!s.day.isValid() || s.day > m_store.clock().today()) {
        return fail(
            Error::Kind::Invalid, tr("Enter the day of the session; it cannot lie in the future."));
    }
    if (s.persons < 1 || s.persons > 50)
        return fail(Error::Kind::Invalid, tr("Enter how many persons took part (1 to 50)."));
    s.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("se_group_session"), s.id,
        {{QStringLiteral("group_id"), groupId}, {QStringLiteral("day"), s.day},
            {QStringLiteral("persons"), s.persons},
            {QStringLiteral("topic"),
                s.topic.trimmed().isEmpty() ? QVariant() : QVariant(s.topic.trimmed())}});
    if (!r)
        return tl::unexpected(r.error());
    return s.id;
}

Result<QList<GroupSession>> GroupRepository::sessions(
    const QString &groupId, int minimumPersons) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, day, persons, topic FROM se_group_sessions WHERE group_id "
                             "= ? AND deleted = 0 ORDER BY day, id"));
    q.addBindValue(groupId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<GroupSession> out;
    while (q.next()) {
        GroupSession s {q.value(0).toString(), dateOf(q.value(1)), q.value(2).toInt(),
            q.value(3).toString(), false};
        s.tooSmall = s.persons < minimumPersons;
        out << s;
    }
    return out;
}

Result<GroupYear> GroupRepository::evaluate(const PlanYearRules &rules, const QString &coachId,
    const QDate &from, const QDate &to, const QDate &asOf) const
{
    auto gs = groups(coachId);
    if (!gs)
        return tl::unexpected(gs.error());
    GroupYear y;
    QSet<QString> served;
    QSet<QString> stable;
    for (const SeGroup &g : std::as_const(*gs)) {
        auto ms = members(g.id, asOf, rules.groupStableMonths);
        auto ss = sessions(g.id, rules.groupMinPerSession);
        if (!ms || !ss)
            return fail(Error::Kind::Database, tr("Cannot read the groups."));
        for (const GroupMember &m : std::as_const(*ms)) {
            if (m.joinedOn > to || served.contains(m.personId))
                continue;
            served.insert(m.personId);
            y.servedCases << m.caseNo;
            if (m.stableFrom.isValid() && !stable.contains(m.personId)) {
                // P-07 also needs the six system tables of the case completed.
                auto complete = FormInstanceRepository(m_store).completedForms(m.caseId);
                if (!complete)
                    return tl::unexpected(complete.error());
                const QStringList six = ServiceRepository::sixTables();
                if (!std::all_of(six.begin(), six.end(),
                        [&](const QString &f) { return complete->contains(f); })) {
                    y.stableWithoutTables << m.caseNo;
                    continue;
                }
                stable.insert(m.personId);
                y.stableCases << m.caseNo;
            }
        }
        for (const GroupSession &s : std::as_const(*ss)) {
            if (s.day < from || s.day > to)
                continue;
            ++y.sessions;
            y.tooSmallSessions += s.tooSmall ? 1 : 0;
        }
    }
    y.served = static_cast<int>(served.size());
    y.stable = static_cast<int>(stable.size());
    y.requiredStable = PerformanceRules::requiredStable(rules, y.served);
    y.minimumServed = rules.groupMinPersons;
    y.met = y.served >= y.minimumServed && y.stable >= y.requiredStable && y.tooSmallSessions == 0;
    return y;
}

} // namespace Casebook::Core
