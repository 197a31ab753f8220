// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/performancereport.h"

#include "core/cases/caserepository.h"
#include "core/services/servicerepository.h"
#include "core/units/unitrepository.h"

#include <map>

namespace Casebook::Core {

QDate PerformanceReport::yearStart(const PlanYearRules &rules)
{
    return QDate(rules.planYear.toInt() + 1911, 1, 1);
}

QDate PerformanceReport::yearEnd(const PlanYearRules &rules)
{
    return QDate(rules.planYear.toInt() + 1911, 12, 31);
}

bool PerformanceReport::count(CoachYear &y, PerformanceRow &r, const Case &c, const SeProfile &profile,
    const CaseOutcome &o, const QDate &from, const QDate &to, const QDate &yearFrom)
{
    if (!profile.openedOn.isValid() || profile.openedOn > to || (c.closedOn.isValid() && c.closedOn < from))
        return false;
    // Old in this plan year when opened before it (not by a flag relative to today).
    if (profile.openedOn < yearFrom) {
        ++y.oldCases;
        r.oldCases << c.caseNo;
    } else {
        ++y.newCases;
        r.newCases << c.caseNo;
    }
    const Outcome credit {c.personId, o.doubled};
    if (o.placementDate && *o.placementDate >= from && *o.placementDate <= to) {
        y.placements << credit;
        r.placementCases << c.caseNo;
    }
    if (o.successDate && *o.successDate >= from && *o.successDate <= to) {
        if (o.classification == EmploymentRules::Classification::Supported) {
            y.supportedSuccesses << credit;
            r.supportedCases << c.caseNo;
        } else {
            y.generalSuccesses << credit;
            r.generalCases << c.caseNo;
        }
    }
    return true;
}

Result<QList<PerformanceRow>> PerformanceReport::build(
    CaseStore &store, const PlanYearRules &rules, const QDate &today, const QString &unitId, const QString &coachId)
{
    const QDate from = yearStart(rules);
    const QDate to = yearEnd(rules);
    if (!from.isValid() || rules.planYear.toInt() < 1)
        return fail(Error::Kind::Invalid, tr("%1 is not a plan year.").arg(rules.planYear));
    const QDate asOf = std::min(today, to);
    UnitRepository unitsRepo(store);
    auto staff = unitsRepo.staff(QStringLiteral("coach"));
    auto units = unitsRepo.units();
    if (!staff || !units)
        return fail(Error::Kind::Database, tr("Cannot read the units and staff."));
    std::map<QString, PerformanceRow> rows;
    std::map<QString, CoachYear> years;
    for (const StaffMember &s : *staff) {
        if ((!coachId.isEmpty() && s.id != coachId) || (!unitId.isEmpty() && s.unitId != unitId))
            continue;
        PerformanceRow r;
        r.coachId = s.id;
        r.coachName = s.name;
        r.unitId = s.unitId;
        for (const Unit &u : *units)
            if (u.id == s.unitId)
                r.unitName = u.name;
        rows.emplace(s.id, r);
        years.emplace(s.id, CoachYear());
    }
    auto cases = CaseRepository(store).cases();
    if (!cases)
        return tl::unexpected(cases.error());
    ServiceRepository services(store);
    // Every case's service records in a few queries, then the rules in memory.
    auto records = services.allRecords();
    if (!records)
        return tl::unexpected(records.error());
    for (const Case &c : *cases) {
        const auto row = rows.find(c.coachId);
        if (row == rows.end())
            continue;
        const auto profile = records->profiles.constFind(c.id);
        if (profile == records->profiles.constEnd() || !profile->openedOn.isValid())
            continue; // not a supported-employment case
        if (profile->openedOn > to || (c.closedOn.isValid() && c.closedOn < from))
            continue;
        const CaseOutcome o = ServiceRepository::outcomeOf(c.id, *records, asOf);
        count(years[c.coachId], row->second, c, *profile, o, from, to, from);
    }
    // Workplace-adaptation service during the year offsets the placement target (5 persons -> 1, 8 -> 2).
    auto adapted = services.adaptationPersons(from, to);
    if (!adapted)
        return tl::unexpected(adapted.error());
    for (auto &[id, y] : years) {
        y.adaptationPersons = static_cast<int>(adapted->value(id).size());
        rows[id].adaptationPersons = y.adaptationPersons;
    }
    GroupRepository groups(store);
    for (auto &[id, r] : rows) {
        auto g = groups.evaluate(rules, id, from, to, asOf);
        if (!g)
            return tl::unexpected(g.error());
        r.group = *g;
    }
    QList<PerformanceRow> out;
    for (auto &[id, r] : rows) {
        r.figures = PerformanceRules::evaluate(rules, years[id]);
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const PerformanceRow &a, const PerformanceRow &b) {
        return a.unitName != b.unitName ? a.unitName < b.unitName : a.coachName < b.coachName;
    });
    return out;
}

} // namespace Casebook::Core
