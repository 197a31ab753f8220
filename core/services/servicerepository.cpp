// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/servicerepository.h"

#include "core/common/rocdate.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/codelists.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/uuid.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Casebook::Core {

namespace {
// " AND c.id IN (?, …)" for the given cases, nothing for every case.
QString casesIn(const std::optional<QStringList> &caseIds)
{
    if (!caseIds)
        return {};
    return QStringLiteral(" AND c.id IN (") + SqlDialect::marks(caseIds->size()) + QLatin1Char(')');
}

void bindCases(QSqlQuery &q, const std::optional<QStringList> &caseIds)
{
    if (!caseIds)
        return;
    if (caseIds->isEmpty())
        q.addBindValue(QString()); // no case has an empty id: nothing
    for (const QString &id : *caseIds)
        q.addBindValue(id);
}

QVariant opt(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant opt(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}
// Adds a deadline on `today` to `out`.
auto deadlineAdder(QList<Deadline> &out, const QDate &today)
{
    return
        [&out, today](DeadlineKind kind, const QString &caseId, const QString &caseNo,
            const QString &person, const QString &coach, const QString &detail, const QDate &due) {
            Deadline d;
            d.kind = kind;
            d.caseId = caseId;
            d.caseNo = caseNo;
            d.personName = person;
            d.coachName = coach;
            d.detail = detail;
            d.dueOn = due;
            d.daysLeft = today.daysTo(due);
            out << d;
        };
}

QDate dateOf(const QVariant &v)
{
    return isoDate(v.toString());
}

// A profile from the columns opened_on, model, remote, high_support, old_case, from `at` on.
SeProfile profileFrom(const QSqlQuery &q, int at)
{
    SeProfile p;
    p.openedOn = dateOf(q.value(at));
    p.model = q.value(at + 1).toString();
    p.remote = q.value(at + 2).toInt() != 0;
    p.highSupport = q.value(at + 3).toInt() != 0;
    p.oldCase = q.value(at + 4).toInt() != 0;
    return p;
}

// A placement from a row of: id, case_id, employer_id, job_title, weekly_hours, wage, start_date,
// end_date, labour_insurance_from, alternative_evidence, employed_before_service.
Placement placementFrom(const QSqlQuery &q)
{
    Placement p;
    p.id = q.value(0).toString();
    p.caseId = q.value(1).toString();
    p.employerId = q.value(2).toString();
    p.jobTitle = q.value(3).toString();
    p.weeklyHours = q.value(4).toInt();
    p.wage = q.value(5).toInt();
    p.startDate = dateOf(q.value(6));
    p.endDate = dateOf(q.value(7));
    p.labourInsuranceFrom = dateOf(q.value(8));
    p.alternativeEvidence = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.employedBeforeService = q.value(10).toInt() != 0;
    return p;
}

// The rows of one case from `sql` (its one parameter is the case id), each made into a T by `make`.
template<typename T, typename Make>
Result<QList<T>> rowsOfCase(
    const QSqlDatabase &db, const QString &sql, const QString &caseId, Make make)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<T> out;
    while (q.next())
        out << make(q);
    return out;
}

// The day a case closed (invalid while it is open).
Result<QDate> closedOn(const QSqlDatabase &db, const QString &caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT closed_on FROM cases WHERE id = ? AND deleted = 0"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    return q.next() ? dateOf(q.value(0)) : QDate();
}
const QStringList EvidenceKinds
    = {QStringLiteral("employment_insurance"), QStringLiteral("hiring_certificate"),
        QStringLiteral("payroll"), QStringLiteral("time_cards"), QStringLiteral("sign_in")};
} // namespace

QStringList ServiceRepository::sixTables()
{
    return {QStringLiteral("table0c"), QStringLiteral("table2_1"), QStringLiteral("table2_4"),
        QStringLiteral("table3_1"), QStringLiteral("table3_2"), QStringLiteral("table4_1")};
}

Result<QString> ServiceRepository::addEmployer(const WriteContext &ctx, Employer e)
{
    if (e.name.trimmed().isEmpty())
        return fail(Error::Kind::Invalid, tr("Enter the employer's name."));
    if (e.headcount < 1 || e.headcount > 1000000) {
        return fail(
            Error::Kind::Invalid, tr("The number of employees must be between 1 and 1,000,000."));
    }
    if (!e.taxId.isEmpty()
        && (e.taxId.size() != 8
            || !std::all_of(e.taxId.begin(), e.taxId.end(), [](QChar c) { return c.isDigit(); })))
        return fail(Error::Kind::Invalid, tr("A tax ID (統一編號) has 8 digits."));
    if (!e.district.isEmpty() && !CodeLists::contains(CodeLists::districts(), e.district))
        return fail(Error::Kind::Invalid, tr("Unknown district %1.").arg(e.district));
    if (e.id.isEmpty())
        e.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("employer"), e.id,
        {{QStringLiteral("name"), e.name.trimmed()}, {QStringLiteral("tax_id"), opt(e.taxId)},
            {QStringLiteral("district"), opt(e.district)},
            {QStringLiteral("headcount"), e.headcount},
            {QStringLiteral("contact"), opt(e.contact)}});
    if (!r)
        return tl::unexpected(r.error());
    return e.id;
}

Result<Employer> ServiceRepository::employer(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, name, tax_id, district, headcount, contact FROM employers "
                             "WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("No employer with id %1.").arg(id));
    return Employer {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toInt(), q.value(5).toString()};
}

Result<QList<Employer>> ServiceRepository::employers() const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT id, name, tax_id, district, headcount, contact FROM "
                               "employers WHERE deleted = 0 "
                               "ORDER BY name")))
        return SqlError::failure(q);
    QList<Employer> out;
    while (q.next()) {
        out << Employer {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt(), q.value(5).toString()};
    }
    return out;
}

VoidResult ServiceRepository::setProfile(
    const WriteContext &ctx, const QString &caseId, const SeProfile &p)
{
    if (p.model != QLatin1String("individual") && p.model != QLatin1String("group"))
        return fail(Error::Kind::Invalid, tr("The service model is individual or group."));
    const QVariantMap fields = {{QStringLiteral("case_id"), caseId},
        {QStringLiteral("opened_on"), opt(p.openedOn)}, {QStringLiteral("model"), p.model},
        {QStringLiteral("remote"), p.remote}, {QStringLiteral("high_support"), p.highSupport},
        {QStringLiteral("old_case"), p.oldCase}};
    // The profile's id is the case's id: one profile per case on every device.
    if (profile(caseId)) {
        auto r = m_store.update(ctx, QStringLiteral("se_profile"), caseId, fields);
        if (!r)
            return tl::unexpected(r.error());
        return {};
    }
    return m_store.insert(ctx, QStringLiteral("se_profile"), caseId, fields);
}

Result<SeProfile> ServiceRepository::profile(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT opened_on, model, remote, high_support, old_case FROM se_profiles "
                       "WHERE id = ? AND deleted = 0"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    if (!q.next()) {
        return fail(Error::Kind::NotFound,
            tr("The case %1 has no supported-employment profile.").arg(caseId));
    }
    return profileFrom(q, 0);
}

VoidResult ServiceRepository::checkPlacement(const Placement &p) const
{
    if (p.employerId.isEmpty() || !employer(p.employerId))
        return fail(Error::Kind::Invalid, tr("Choose the employer of the placement."));
    if (!p.startDate.isValid())
        return fail(Error::Kind::Invalid, tr("Enter the first day at work."));
    if (p.weeklyHours < 1 || p.weeklyHours > 84)
        return fail(Error::Kind::Invalid, tr("Weekly hours must be between 1 and 84."));
    if (p.wage < 0)
        return fail(Error::Kind::Invalid, tr("The wage cannot be negative."));
    if (p.endDate.isValid() && p.endDate < p.startDate)
        return fail(Error::Kind::Invalid, tr("The employment cannot end before it starts."));
    for (const QString &e : std::as_const(p.alternativeEvidence)) {
        if (!EvidenceKinds.contains(e))
            return fail(Error::Kind::Invalid, tr("Unknown kind of employment evidence %1.").arg(e));
    }
    return {};
}

Result<QString> ServiceRepository::addPlacement(const WriteContext &ctx, Placement p)
{
    if (auto r = checkPlacement(p); !r)
        return tl::unexpected(r.error());
    if (p.id.isEmpty())
        p.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("placement"), p.id,
        {{QStringLiteral("case_id"), p.caseId}, {QStringLiteral("employer_id"), p.employerId},
            {QStringLiteral("job_title"), opt(p.jobTitle)},
            {QStringLiteral("weekly_hours"), p.weeklyHours}, {QStringLiteral("wage"), p.wage},
            {QStringLiteral("start_date"), p.startDate},
            {QStringLiteral("end_date"), opt(p.endDate)},
            {QStringLiteral("labour_insurance_from"), opt(p.labourInsuranceFrom)},
            {QStringLiteral("alternative_evidence"),
                opt(p.alternativeEvidence.join(QLatin1Char(',')))},
            {QStringLiteral("employed_before_service"), p.employedBeforeService}});
    if (!r) {
        return fail(
            Error::Kind::Invalid, tr("Cannot save the placement: %1").arg(r.error().message));
    }
    return p.id;
}

Result<QList<Placement>> ServiceRepository::placements(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, case_id, employer_id, job_title, weekly_hours, wage, start_date, end_date, "
        "labour_insurance_from, alternative_evidence, employed_before_service FROM placements "
        "WHERE case_id = ? AND deleted = 0 ORDER BY start_date, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<Placement> out;
    while (q.next())
        out << placementFrom(q);
    return out;
}

VoidResult ServiceRepository::checkSupportDay(const SupportDay &d) const
{
    if (!d.day.isValid())
        return fail(Error::Kind::Invalid, tr("Enter the day of the support."));
    if (d.day > m_store.clock().today())
        return fail(Error::Kind::Invalid, tr("The day of the support lies in the future."));
    // Half hours, as the daily log of 表3-2 records them.
    if (d.hours <= 0 || d.hours > 24 || d.hours * 2 != std::floor(d.hours * 2)) {
        return fail(Error::Kind::Invalid,
            tr("Hours of support are counted in half hours, more than 0 and at most 24."));
    }
    if (!d.place.isEmpty() && d.place != QLatin1String("workplace")
        && d.place != QLatin1String("other"))
        return fail(Error::Kind::Invalid, tr("The place of support is the workplace or other."));
    return {};
}

Result<QString> ServiceRepository::logSupportDay(
    const WriteContext &ctx, const QString &caseId, SupportDay d)
{
    if (auto r = checkSupportDay(d); !r)
        return tl::unexpected(r.error());
    if (d.id.isEmpty())
        d.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("support_day"), d.id,
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("day"), d.day},
            {QStringLiteral("hours"), d.hours}, {QStringLiteral("place"), opt(d.place)},
            {QStringLiteral("content"), opt(d.content)},
            {QStringLiteral("performance"), opt(d.performance)},
            {QStringLiteral("next_focus"), opt(d.nextFocus)}});
    if (!r) {
        return fail(
            Error::Kind::Invalid, tr("Cannot save the support day: %1").arg(r.error().message));
    }
    return d.id;
}

VoidResult ServiceRepository::updateSupportDay(const WriteContext &ctx, const SupportDay &d)
{
    if (auto r = checkSupportDay(d); !r)
        return r;
    auto r = m_store.update(ctx, QStringLiteral("support_day"), d.id,
        {{QStringLiteral("day"), d.day}, {QStringLiteral("hours"), d.hours},
            {QStringLiteral("place"), opt(d.place)}, {QStringLiteral("content"), opt(d.content)},
            {QStringLiteral("performance"), opt(d.performance)},
            {QStringLiteral("next_focus"), opt(d.nextFocus)}});
    if (!r)
        return fail(r.error().kind, tr("Cannot save the support day: %1").arg(r.error().message));
    return {};
}

Result<QList<SupportDay>> ServiceRepository::supportDays(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, day, hours, place, content, performance, next_focus FROM support_days "
        "WHERE case_id = ? AND deleted = 0 ORDER BY day, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<SupportDay> out;
    while (q.next()) {
        out << SupportDay {q.value(0).toString(), dateOf(q.value(1)), q.value(2).toDouble(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
    }
    return out;
}

VoidResult ServiceRepository::checkFollowUp(const FollowUp &f) const
{
    if (!f.day.isValid() || f.day > m_store.clock().today()) {
        return fail(Error::Kind::Invalid,
            tr("Enter the day of the follow-up; it cannot lie in the future."));
    }
    if (!CodeLists::contains(CodeLists::followUpManners(), f.manner))
        return fail(Error::Kind::Invalid, tr("Choose how the follow-up was made."));
    if (!CodeLists::contains(CodeLists::employmentStatuses(), f.employmentStatus))
        return fail(Error::Kind::Invalid, tr("Choose the person's employment status."));
    if (f.weeklyHours < 0 || f.weeklyHours > 84)
        return fail(Error::Kind::Invalid, tr("Weekly hours must be between 1 and 84."));
    if (f.wage < 0)
        return fail(Error::Kind::Invalid, tr("The wage cannot be negative."));
    return {};
}

Result<QString> ServiceRepository::addFollowUp(
    const WriteContext &ctx, const QString &caseId, FollowUp f)
{
    if (auto r = checkFollowUp(f); !r)
        return tl::unexpected(r.error());
    if (f.id.isEmpty())
        f.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("follow_up"), f.id,
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("day"), f.day},
            {QStringLiteral("manner"), f.manner},
            {QStringLiteral("employment_status"), f.employmentStatus},
            {QStringLiteral("notes"), opt(f.notes)},
            {QStringLiteral("weekly_hours"),
                f.weeklyHours > 0 ? QVariant(f.weeklyHours) : QVariant()},
            {QStringLiteral("wage"), f.wage > 0 ? QVariant(f.wage) : QVariant()}});
    if (!r) {
        return fail(
            Error::Kind::Invalid, tr("Cannot save the follow-up: %1").arg(r.error().message));
    }
    return f.id;
}

VoidResult ServiceRepository::updateFollowUp(const WriteContext &ctx, const FollowUp &f)
{
    if (auto r = checkFollowUp(f); !r)
        return r;
    auto r = m_store.update(ctx, QStringLiteral("follow_up"), f.id,
        {{QStringLiteral("day"), f.day}, {QStringLiteral("manner"), f.manner},
            {QStringLiteral("employment_status"), f.employmentStatus},
            {QStringLiteral("notes"), opt(f.notes)},
            {QStringLiteral("weekly_hours"),
                f.weeklyHours > 0 ? QVariant(f.weeklyHours) : QVariant()},
            {QStringLiteral("wage"), f.wage > 0 ? QVariant(f.wage) : QVariant()}});
    if (!r)
        return fail(r.error().kind, tr("Cannot save the follow-up: %1").arg(r.error().message));
    return {};
}

Result<QList<FollowUp>> ServiceRepository::followUps(const QString &caseId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT id, day, manner, employment_status, notes, coalesce(weekly_hours, 0), "
        "coalesce(wage, 0) FROM follow_ups WHERE case_id = ? AND deleted = 0 ORDER BY day, id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return SqlError::failure(q);
    QList<FollowUp> out;
    while (q.next()) {
        out << FollowUp {q.value(0).toString(), dateOf(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt()};
    }
    return out;
}

Result<CaseOutcome> ServiceRepository::outcome(
    const QString &caseId, const QDate &today, const HolidayCalendar &calendar) const
{
    // One case's records, then the same computation as for a whole store.
    auto r = records(caseId);
    if (!r)
        return tl::unexpected(r.error());
    return outcomeOf(caseId, *r, today, calendar);
}

CaseOutcome ServiceRepository::outcomeOf(const QString &caseId, const ServiceRecords &records,
    const QDate &today, const HolidayCalendar &calendar, const MinimumWage &minimumWage)
{
    CaseOutcome o;
    const SeProfile p = records.profiles.value(caseId);
    o.district = records.districts.value(caseId);
    if (const QDate on = records.completedOn.value(caseId).value(highSupportForm()); on.isValid())
        o.highSupportOn = on;
    o.highSupportValues = records.highSupportValues.value(caseId);
    const QList<QDate> dates = records.supportDays.value(caseId);
    for (const QDate &d : dates)
        o.intensiveEnd = std::max(o.intensiveEnd, d);
    o.intensiveWorkingDays = calendar.countWorkingDays(dates);
    o.missingCalendarYears = calendar.missingYears(dates);
    const QSet<QString> complete = records.completedForms.value(caseId);
    const QStringList six = sixTables();
    o.sixTablesComplete = std::all_of(
        six.begin(), six.end(), [&](const QString &f) { return complete.contains(f); });
    o.classification = EmploymentRules::classify(o.intensiveWorkingDays, o.sixTablesComplete);

    for (const Placement &pl : records.placements.value(caseId)) {
        const int headcount = records.employers.value(pl.employerId).headcount;
        const auto atWork = EmploymentRules::placementDate(pl.startDate, pl.labourInsuranceFrom,
            headcount, !pl.alternativeEvidence.isEmpty(), today);
        if (!atWork)
            continue;
        // 推介成功 needs a referral by the coach: a job held before the case opened counts only
        // toward 就業成功.
        const bool before
            = pl.employedBeforeService || (p.openedOn.isValid() && pl.startDate < p.openedOn);
        if (before) {
            o.notPlaced = tr("employed before the service (%1): counts toward 就業成功 only")
                              .arg(RocDate::formatShort(pl.startDate));
        } else if (!o.placementDate || *atWork < *o.placementDate) {
            o.placementDate = atWork;
        }
        const auto success = EmploymentRules::employmentSuccessDate(
            pl.startDate, pl.weeklyHours, before, p.openedOn);
        if (!success) {
            if (pl.weeklyHours < EmploymentRules::PartTimeMinimumHours) {
                o.notSuccess = tr("%1 hours a week: 就業成功 needs at least %2")
                                   .arg(pl.weeklyHours)
                                   .arg(EmploymentRules::PartTimeMinimumHours);
            }
            continue;
        }
        // Still employed on the day the success is reached (an end date before it breaks the 3
        // months).
        if (pl.endDate.isValid() && pl.endDate < success->addDays(-1))
            continue;
        // Lawful pay: the wage agreed for the job against the minimum wage in force when the period
        // began.
        const QDate from = before ? p.openedOn : pl.startDate;
        int required = 0;
        if (minimumWage.lawful(pl.wage, pl.weeklyHours, from, &required) == false) {
            o.notSuccess
                = tr("wage NT$%1 for %2 hours a week is below the minimum wage of %3 (NT$%4)")
                      .arg(pl.wage)
                      .arg(pl.weeklyHours)
                      .arg(RocDate::formatShort(from))
                      .arg(required);
            continue;
        }
        if (!o.successExpected || *success < *o.successExpected)
            o.successExpected = success;
        if (*success <= today && (!o.successDate || *success < *o.successDate))
            o.successDate = success;
    }
    if (o.successExpected)
        o.notSuccess.clear(); // another job of the case counts
    // follow-up after intensive support (supported) or after stable employment (general).
    const QDate followFrom = o.classification == EmploymentRules::Classification::Supported
        ? o.intensiveEnd
        : o.successDate.value_or(QDate());
    if (followFrom.isValid())
        o.followUpMinimumEnd = EmploymentRules::followUpMinimumEnd(followFrom);
    return o;
}

Result<ServiceRecords> ServiceRepository::allRecords() const
{
    return recordsOf(std::nullopt);
}

Result<ServiceRecords> ServiceRepository::records(const QString &caseId) const
{
    return recordsOf(QStringList {caseId});
}

Result<ServiceRecords> ServiceRepository::recordsOf(const std::optional<QStringList> &caseIds) const
{
    ServiceRecords r;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // Each query reads the whole store, or the given cases a chunk at a time: `filter` says how a
    // row belongs to the chunk's cases, `%in` standing for its list of parameters.
    constexpr qsizetype Chunk = 500;
    auto each = [&](const QString &sql, const QString &filter,
                    const std::function<void(const QSqlQuery &)> &row) {
        const qsizetype total = caseIds ? caseIds->size() : 1;
        for (qsizetype from = 0; from < total; from += Chunk) {
            if (!caseIds) {
                q.prepare(sql.arg(QString()));
            } else {
                const QStringList chunk = caseIds->mid(from, Chunk);
                QString in = filter;
                q.prepare(sql.arg(QStringLiteral(" AND ")
                    + in.replace(QStringLiteral("%in"), SqlDialect::marks(chunk.size()))));
                for (const QString &id : chunk)
                    q.addBindValue(id);
            }
            if (!q.exec())
                return false;
            while (q.next())
                row(q);
        }
        return true;
    };
    if (!each(QStringLiteral("SELECT case_id, opened_on, model, remote, high_support, old_case "
                             "FROM se_profiles WHERE deleted = 0%1"),
            QStringLiteral("case_id IN (%in)"), [&](const QSqlQuery &v) {
                r.profiles.insert(v.value(0).toString(), profileFrom(v, 1));
            }))
        return SqlError::failure(q);
    // A case's days in one row (a nation's store holds hundreds of thousands), in order.
    const QString days = QStringLiteral("SELECT case_id, %1 FROM %2 WHERE deleted = 0%3 GROUP BY "
                                        "case_id")
                             .arg(m_store.dialect().listOf(QStringLiteral("day")));
    for (const auto &tableInto :
        {std::pair {"support_days", &r.supportDays}, std::pair {"follow_ups", &r.followUpDays}}) {
        auto *into = tableInto.second; // a lambda may not capture a structured binding (clang 14)
        if (!each(days.arg(QLatin1String(tableInto.first), QStringLiteral("%1")),
                QStringLiteral("case_id IN (%in)"), [&](const QSqlQuery &v) {
                    into->insert(v.value(0).toString(),
                        isoDates(v.value(1).toString(), QChar(SqlDialect::ListSeparator)));
                }))
            return SqlError::failure(q);
    }
    if (!each(QStringLiteral("SELECT case_id, form_id, min(completed_on) FROM form_instances WHERE "
                             "deleted = 0 AND "
                             "status = 'complete'%1 GROUP BY case_id, form_id"),
            QStringLiteral("case_id IN (%in)"), [&](const QSqlQuery &v) {
                r.completedForms[v.value(0).toString()].insert(v.value(1).toString());
                r.completedOn[v.value(0).toString()].insert(
                    v.value(1).toString(), dateOf(v.value(2)));
            }))
        return SqlError::failure(q);
    // The values of each case's latest completed 附表1, so the plan year's criteria can be checked.
    // The ordered join keeps this order: the few 附表1 first, then their values by index.
    const QString ordered = m_store.dialect().orderedJoin();
    QHash<QString, QString>
        instanceOf; // the case's instance being read: a later one replaces an earlier
    if (!each(QStringLiteral("SELECT fi.case_id, v.field_id, v.value, fi.id FROM form_instances fi "
                             "%3 form_values v ON v.instance_id = fi.id AND v.deleted = 0 "
                             "WHERE fi.deleted = 0 AND fi.status = 'complete' AND fi.form_id = "
                             "'%2'%1 ORDER BY fi.completed_on, fi.id")
                  .replace(QStringLiteral("%2"), highSupportForm())
                  .replace(QStringLiteral("%3"), ordered),
            QStringLiteral("fi.case_id IN (%in)"), [&](const QSqlQuery &v) {
                QString &seen = instanceOf[v.value(0).toString()];
                QHash<QString, QString> &values = r.highSupportValues[v.value(0).toString()];
                if (seen != v.value(3).toString()) {
                    seen = v.value(3).toString();
                    values.clear();
                }
                values.insert(v.value(1).toString(), v.value(2).toString());
            }))
        return SqlError::failure(q);
    // The districts of the supported-employment cases (the others have no outcome to decide).
    if (!each(QStringLiteral("SELECT c.id, coalesce(p.district, '') FROM se_profiles sp %3 cases c "
                             "ON c.id = sp.case_id JOIN persons p ON p.id = c.person_id WHERE "
                             "sp.deleted = 0 AND c.deleted = 0%1")
                  .replace(QStringLiteral("%3"), ordered),
            QStringLiteral("sp.case_id IN (%in)"), [&](const QSqlQuery &v) {
                r.districts.insert(v.value(0).toString(), v.value(1).toString());
            }))
        return SqlError::failure(q);
    if (!each(QStringLiteral("SELECT id, name, tax_id, district, headcount, contact FROM employers "
                             "WHERE deleted = 0%1"),
            QStringLiteral("id IN (SELECT employer_id FROM placements WHERE case_id IN (%in))"),
            [&](const QSqlQuery &v) {
                r.employers.insert(v.value(0).toString(),
                    Employer {v.value(0).toString(), v.value(1).toString(), v.value(2).toString(),
                        v.value(3).toString(), v.value(4).toInt(), v.value(5).toString()});
            }))
        return SqlError::failure(q);
    if (!each(QStringLiteral("SELECT id, case_id, employer_id, job_title, weekly_hours, wage, "
                             "start_date, end_date, "
                             "labour_insurance_from, alternative_evidence, employed_before_service "
                             "FROM placements "
                             "WHERE deleted = 0%1 ORDER BY start_date, id"),
            QStringLiteral("case_id IN (%in)"), [&](const QSqlQuery &v) {
                const Placement p = placementFrom(v);
                r.placements[p.caseId] << p;
            }))
        return SqlError::failure(q);
    return r;
}

Result<QList<Deadline>> ServiceRepository::deadlines(
    const QDate &today, const std::optional<QStringList> &caseIds) const
{
    auto out = followUpDeadlines(today, caseIds);
    if (!out)
        return out;
    auto certificates = certificateDeadlines(today, caseIds);
    if (!certificates)
        return certificates;
    *out += *certificates;
    // Post-employment support extensions that end within 30 days (or ended in the last 30).
    if (auto r = windowedDeadlines(*out, DeadlineKind::ExtensionEnd,
            QStringLiteral("SELECT c.id, c.case_no, p.name, coalesce(s.name, ''), e.ends_on FROM "
                           "support_extensions e JOIN cases c ON c.id = e.case_id JOIN persons p "
                           "ON p.id = c.person_id LEFT JOIN staff s ON s.id = c.coach_id WHERE "
                           "e.deleted = 0 AND c.deleted = 0 AND e.ends_on <= ? AND e.ends_on >= ?"),
            today, ExtensionShownDays, ExtensionShownDays, caseIds);
        !r)
        return tl::unexpected(r.error());
    const auto add = deadlineAdder(*out, today);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // each unit with supported-employment cases reports the previous month by the 10th. A
    // unit's staff, their cases, a profile: from indexes (schema 17), unit by unit, the first
    // found enough.
    const QDate reportDue
        = EmploymentRules::monthlyReportDue(today.day() <= 10 ? today.addMonths(-1) : today);
    if (!q.exec(QStringLiteral(
            "SELECT DISTINCT u.name FROM units u WHERE EXISTS (SELECT 1 FROM staff s %1 cases c "
            "ON c.coach_id = s.id %1 se_profiles sp ON sp.case_id = c.id WHERE s.unit_id = u.id "
            "AND sp.deleted = 0 AND c.deleted = 0) ORDER BY u.name")
                    .arg(m_store.dialect().orderedJoin())))
        return SqlError::failure(q);
    while (q.next()) {
        add(DeadlineKind::MonthlyReport, {}, {}, {}, {}, q.value(0).toString(), reportDue);
        // Seed 002 二(二)9: the annual work report by 31 December, shown through December.
        if (today.month() == 12) {
            add(DeadlineKind::AnnualReport, {}, {}, {}, {}, q.value(0).toString(),
                QDate(today.year(), 12, 31));
        }
    }
    return out;
}

Result<QList<Deadline>> ServiceRepository::followUpDeadlines(
    const QDate &today, const std::optional<QStringList> &caseIds) const
{
    QList<Deadline> out;
    const auto add = deadlineAdder(out, today);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    // the follow-up minimum of open cases, from the end of intensive support (supported) or
    // from the employment success (general): the same outcome the closure gate reads. Shown when
    // it ends within two weeks or ended in the last month. Only cases that can be in that window
    // are read (a national store holds tens of thousands of open cases): the end is three months
    // after the last support day (supported), or after the success, itself three months after a
    // job's start or the service's (general); every case with a support day, a job's start or a
    // service's start in those windows (a week's margin each side) is decided by the rules below,
    // the others cannot be shown.
    const QDate shownFrom = today.addDays(-FollowUpShownPastDays);
    const QDate shownTo = today.addDays(FollowUpShownAheadDays);
    constexpr int Margin = 7;
    auto window = [&](int months) {
        return std::pair {shownFrom.addMonths(-months).addDays(-Margin),
            shownTo.addMonths(-months).addDays(Margin)};
    };
    const auto [supportFrom, supportTo] = window(EmploymentRules::FollowUpMonths);
    const auto [startFrom, startTo]
        = window(EmploymentRules::FollowUpMonths + EmploymentRules::SuccessMonths);
    const QString open
        = QStringLiteral("SELECT c.id, c.case_no, p.name, coalesce(s.name, '') FROM cases c "
                         "JOIN persons p ON p.id = c.person_id "
                         "JOIN se_profiles sp ON sp.case_id = c.id AND sp.deleted = 0 LEFT "
                         "JOIN staff s ON s.id = c.coach_id "
                         "WHERE c.deleted = 0 AND c.status <> 'closed'");
    if (caseIds) {
        // A caseload's few cases: all of their records, decided by the same rules.
        q.prepare(open + casesIn(caseIds));
        bindCases(q, caseIds);
    } else {
        q.prepare(open
            + QStringLiteral(
                " AND c.id IN (SELECT case_id FROM support_days WHERE deleted = 0 AND day >= ? "
                "AND day <= ? UNION SELECT case_id FROM placements WHERE deleted = 0 AND "
                "start_date >= ? AND start_date <= ? UNION SELECT case_id FROM se_profiles WHERE "
                "deleted = 0 AND opened_on >= ? AND opened_on <= ?)"));
        for (const QDate &d : {supportFrom, supportTo, startFrom, startTo, startFrom, startTo})
            q.addBindValue(d.toString(Qt::ISODate));
    }
    if (!q.exec())
        return SqlError::failure(q);
    struct Candidate
    {
        QString id, caseNo, person, coach;
    };
    QList<Candidate> candidates;
    QStringList ids;
    while (q.next()) {
        candidates << Candidate {q.value(0).toString(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString()};
        ids << candidates.last().id;
    }
    auto records = recordsOf(ids);
    if (!records)
        return tl::unexpected(records.error());
    for (const Candidate &c : std::as_const(candidates)) {
        const CaseOutcome o = outcomeOf(c.id, *records, today, HolidayCalendar::shipped());
        const QDate end = o.followUpMinimumEnd;
        if (end.isValid() && end >= shownFrom && end <= shownTo)
            add(DeadlineKind::FollowUpMinimum, c.id, c.caseNo, c.person, c.coach, {}, end);
    }
    return out;
}

Result<QList<Deadline>> ServiceRepository::certificateDeadlines(
    const QDate &today, const std::optional<QStringList> &caseIds) const
{
    // Certificates of persons with an open case.
    QList<Deadline> out;
    if (auto r = windowedDeadlines(out, DeadlineKind::Certificate,
            QStringLiteral(
                "SELECT c.id, c.case_no, p.name, coalesce(s.name, ''), "
                "p.cert_valid_until FROM cases c JOIN persons p ON p.id = c.person_id "
                "LEFT JOIN staff s ON s.id = c.coach_id WHERE c.deleted = 0 AND "
                "p.deleted = 0 AND c.status <> 'closed' AND coalesce(p.cert_valid_until, "
                "'') <> '' AND p.cert_valid_until <= ? AND p.cert_valid_until >= ?"),
            today, CertificateShownAheadDays, CertificateShownPastDays, caseIds);
        !r)
        return tl::unexpected(r.error());
    return out;
}

VoidResult ServiceRepository::windowedDeadlines(QList<Deadline> &out, DeadlineKind kind,
    const QString &sql, const QDate &today, int ahead, int past,
    const std::optional<QStringList> &caseIds) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(sql + casesIn(caseIds));
    q.addBindValue(today.addDays(ahead).toString(Qt::ISODate));
    q.addBindValue(today.addDays(-past).toString(Qt::ISODate));
    bindCases(q, caseIds);
    if (!q.exec())
        return SqlError::failure(q);
    const auto add = deadlineAdder(out, today);
    while (q.next()) {
        add(kind, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), {}, dateOf(q.value(4)));
    }
    return {};
}

QDate ServiceRepository::earliestBesideCertificates(const QDate &today)
{
    // The units' reports are due today or later.
    return today.addDays(-std::max(FollowUpShownPastDays, ExtensionShownDays));
}

VoidResult ServiceRepository::updatePlacement(const WriteContext &ctx, const Placement &p)
{
    if (auto r = checkPlacement(p); !r)
        return r;
    auto r = m_store.update(ctx, QStringLiteral("placement"), p.id,
        {{QStringLiteral("employer_id"), p.employerId},
            {QStringLiteral("job_title"), opt(p.jobTitle)},
            {QStringLiteral("weekly_hours"), p.weeklyHours}, {QStringLiteral("wage"), p.wage},
            {QStringLiteral("start_date"), p.startDate},
            {QStringLiteral("end_date"), opt(p.endDate)},
            {QStringLiteral("labour_insurance_from"), opt(p.labourInsuranceFrom)},
            {QStringLiteral("alternative_evidence"),
                opt(p.alternativeEvidence.join(QLatin1Char(',')))},
            {QStringLiteral("employed_before_service"), p.employedBeforeService}});
    if (!r)
        return fail(r.error().kind, tr("Cannot save the placement: %1").arg(r.error().message));
    return {};
}

VoidResult ServiceRepository::withdraw(
    const WriteContext &ctx, const QString &entity, const QString &id)
{
    static const QStringList Withdrawable = {QStringLiteral("placement"),
        QStringLiteral("support_day"), QStringLiteral("follow_up"), QStringLiteral("adaptation"),
        QStringLiteral("extension"), QStringLiteral("home_service")};
    if (!Withdrawable.contains(entity))
        return fail(Error::Kind::NotAllowed, tr("Only service records can be withdrawn here."));
    auto r = m_store.update(ctx, entity, id, {{QStringLiteral("deleted"), 1}});
    if (!r)
        return tl::unexpected(r.error());
    if (*r == 0)
        return fail(Error::Kind::NotAllowed, tr("The record was withdrawn already."));
    return {};
}

Result<QString> ServiceRepository::addAdaptation(
    const WriteContext &ctx, const QString &caseId, Adaptation a)
{
    if (!a.startedOn.isValid() || a.startedOn > m_store.clock().today()) {
        return fail(Error::Kind::Invalid,
            tr("Enter the day the adaptation service began; it cannot lie in the future."));
    }
    if (a.endedOn.isValid() && a.endedOn < a.startedOn)
        return fail(Error::Kind::Invalid, tr("The service cannot end before it begins."));
    if (a.id.isEmpty())
        a.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("adaptation"), a.id,
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("started_on"), a.startedOn},
            {QStringLiteral("ended_on"), opt(a.endedOn)}, {QStringLiteral("notes"), opt(a.notes)}});
    if (!r) {
        return fail(Error::Kind::Invalid,
            tr("Cannot save the adaptation service: %1").arg(r.error().message));
    }
    return a.id;
}

Result<QList<Adaptation>> ServiceRepository::adaptations(const QString &caseId) const
{
    return rowsOfCase<Adaptation>(m_store.database(),
        QStringLiteral(
            "SELECT id, started_on, ended_on, notes FROM adaptation_services WHERE case_id = ? AND "
            "deleted = 0 ORDER BY started_on, id"),
        caseId, [](const QSqlQuery &q) {
            return Adaptation {q.value(0).toString(), dateOf(q.value(1)), dateOf(q.value(2)),
                q.value(3).toString()};
        });
}

Result<QHash<QString, QSet<QString>>> ServiceRepository::adaptationPersons(
    const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT c.coach_id, c.person_id FROM adaptation_services a JOIN cases c ON c.id = "
        "a.case_id WHERE a.deleted = 0 AND c.deleted = 0 AND a.started_on <= ? AND "
        "(coalesce(a.ended_on, '') = '' OR a.ended_on >= ?)"));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(from.toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::failure(q);
    QHash<QString, QSet<QString>> out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString());
    return out;
}

Result<QString> ServiceRepository::addExtension(
    const WriteContext &ctx, const QString &caseId, Extension e)
{
    const auto closedDay = closedOn(m_store.database(), caseId);
    if (!closedDay)
        return tl::unexpected(closedDay.error());
    const QDate closed = *closedDay;
    if (!closed.isValid()) {
        return fail(Error::Kind::NotAllowed,
            tr("An extension follows the closure of the case: close the case first."));
    }
    if (!e.startedOn.isValid() || e.startedOn < closed || e.startedOn > m_store.clock().today()) {
        return fail(Error::Kind::Invalid,
            tr("The extension begins on or after the closure (%1) and not in the future.")
                .arg(RocDate::formatShort(closed)));
    }
    const QDate latest = closed.addMonths(ExtensionMonths);
    if (!e.endsOn.isValid())
        e.endsOn = latest;
    if (e.endsOn < e.startedOn || e.endsOn > latest) {
        return fail(Error::Kind::Invalid,
            tr("An extension ends at the latest 18 months after the closure, on %1.")
                .arg(RocDate::formatShort(latest)));
    }
    if (e.id.isEmpty())
        e.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("extension"), e.id,
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("started_on"), e.startedOn},
            {QStringLiteral("ends_on"), e.endsOn}, {QStringLiteral("notes"), opt(e.notes)}});
    if (!r)
        return tl::unexpected(r.error());
    return e.id;
}

Result<QList<Extension>> ServiceRepository::extensions(const QString &caseId) const
{
    return rowsOfCase<Extension>(m_store.database(),
        QStringLiteral(
            "SELECT id, started_on, ends_on, notes FROM support_extensions WHERE case_id = ? AND "
            "deleted = 0 ORDER BY started_on, id"),
        caseId, [](const QSqlQuery &q) {
            return Extension {q.value(0).toString(), dateOf(q.value(1)), dateOf(q.value(2)),
                q.value(3).toString()};
        });
}

Result<QHash<QString, ServiceRepository::Redesigns>> ServiceRepository::jobRedesigns(
    const QDate &from, const QDate &to) const
{
    // The report form (附表3) carries the completion date and the total of the items (at most
    // NT$2,000).
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        // The ordered join keeps this order: the few 附表3 first, then their values by index (not
        // a scan of every value).
        "SELECT c.coach_id, total.value FROM form_instances fi "
        "%1 form_values done ON done.instance_id = fi.id AND done.field_id = 'done_date' "
        "AND done.deleted = 0 "
        "JOIN cases c ON c.id = fi.case_id "
        "LEFT JOIN form_values total ON total.instance_id = fi.id AND total.field_id = 'total' AND "
        "total.deleted = 0 "
        "WHERE fi.form_id = 'annex3' AND fi.status = 'complete' AND fi.deleted = 0 AND c.deleted = "
        "0 "
        "AND done.value >= ? AND done.value <= ? "
        // The redesign needs its assessment first: a completed 附表2 of the case visited on or
        // before 附表3's day.
        "AND EXISTS (SELECT 1 FROM form_instances a2 JOIN form_values visit ON visit.instance_id = "
        "a2.id "
        "AND visit.field_id = 'visit_date' AND visit.deleted = 0 WHERE a2.case_id = fi.case_id "
        "AND a2.form_id = 'annex2' AND a2.status = 'complete' AND a2.deleted = 0 AND visit.value "
        "<= done.value)")
                  .arg(m_store.dialect().orderedJoin()));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return SqlError::failure(q);
    QHash<QString, Redesigns> out;
    while (q.next()) {
        Redesigns &r = out[q.value(0).toString()];
        ++r.cases;
        r.amount += q.value(1).toString().toLongLong();
    }
    return out;
}

Result<QString> ServiceRepository::addHomeService(
    const WriteContext &ctx, const QString &caseId, HomeService h)
{
    if (!CodeLists::contains(CodeLists::homeServiceKinds(), h.kind)) {
        return fail(Error::Kind::Invalid,
            tr("Choose what was done: plan, home assessment, visit or follow-up."));
    }
    if (!h.day.isValid() || h.day > m_store.clock().today())
        return fail(Error::Kind::Invalid, tr("Enter the day; it cannot lie in the future."));
    auto existing = homeServices(caseId);
    if (!existing)
        return tl::unexpected(existing.error());
    const bool planned = std::any_of(existing->begin(), existing->end(),
        [&](const HomeService &e) { return e.kind == QLatin1String("plan") && e.day <= h.day; });
    if (h.kind != QLatin1String("plan") && !planned) {
        return fail(Error::Kind::NotAllowed,
            tr("Home employment starts with its plan: record the plan first."));
    }
    const auto closedDay = closedOn(m_store.database(), caseId);
    if (!closedDay)
        return tl::unexpected(closedDay.error());
    const QDate closed = *closedDay;
    if (closed.isValid() && h.day > closed && h.kind != QLatin1String("follow_up")) {
        return fail(Error::Kind::NotAllowed,
            tr("After the closure (%1) only follow-up is recorded.")
                .arg(RocDate::formatShort(closed)));
    }
    if (h.id.isEmpty())
        h.id = newUuid();
    auto r = m_store.insert(ctx, QStringLiteral("home_service"), h.id,
        {{QStringLiteral("case_id"), caseId}, {QStringLiteral("kind"), h.kind},
            {QStringLiteral("day"), h.day}, {QStringLiteral("notes"), opt(h.notes)}});
    if (!r)
        return tl::unexpected(r.error());
    return h.id;
}

Result<QList<HomeService>> ServiceRepository::homeServices(const QString &caseId) const
{
    return rowsOfCase<HomeService>(m_store.database(),
        QStringLiteral("SELECT id, kind, day, notes FROM home_services WHERE case_id = ? AND "
                       "deleted = 0 ORDER BY day, id"),
        caseId, [](const QSqlQuery &q) {
            return HomeService {q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                q.value(3).toString()};
        });
}

} // namespace Casebook::Core
