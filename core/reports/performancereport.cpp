// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/performancereport.h"

#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"
#include "core/services/servicerepository.h"
#include "core/units/unitrepository.h"

#include <map>

namespace Casebook::Core {

QDate PerformanceReport::yearStart(const PlanYearRules &rules)
{
    return {RocDate::gregorianYear(rules.planYear.toInt()), 1, 1};
}

QDate PerformanceReport::yearEnd(const PlanYearRules &rules)
{
    return {RocDate::gregorianYear(rules.planYear.toInt()), 12, 31};
}

CaseCredit PerformanceReport::credit(const PlanYearRules &rules, const CaseOutcome &o, bool explain)
{
    CaseCredit c;
    if (!o.district.isEmpty() && rules.remoteDistricts.contains(o.district)) {
        c.doubled = true;
        if (explain) {
            c.reason = tr("×2: remote district (偏鄉) %1")
                           .arg(CodeLists::label(CodeLists::districts(), o.district));
        }
        return c;
    }
    if (!o.highSupportOn)
        return c;
    int ticked = 0;
    for (const QString &field : rules.highSupportIndicators)
        ticked += o.highSupportValues.value(field) == QLatin1String("1") ? 1 : 0;
    const bool meets
        = o.highSupportValues.value(rules.highSupportDecisionField) == rules.highSupportMeets;
    c.doubled = meets && ticked >= rules.highSupportMinIndicators;
    if (!explain)
        return c;
    if (c.doubled) {
        c.reason = tr("×2: 附表1 completed %1 (%2 indicators)")
                       .arg(RocDate::formatShort(*o.highSupportOn))
                       .arg(ticked);
    } else if (!meets) {
        c.refused = tr("附表1 completed %1 decides that the criteria are not met")
                        .arg(RocDate::formatShort(*o.highSupportOn));
    } else {
        c.refused = tr("附表1 completed %1 has %2 indicators; %3 are needed")
                        .arg(RocDate::formatShort(*o.highSupportOn))
                        .arg(ticked)
                        .arg(rules.highSupportMinIndicators);
    }
    return c;
}

bool PerformanceReport::count(CoachYear &y, PerformanceRow &r, const Case &c,
    const SeProfile &profile, const CaseOutcome &o, const QDate &from, const QDate &to,
    const QDate &yearFrom, const PlanYearRules &rules, bool explain)
{
    if (!profile.openedOn.isValid() || profile.openedOn > to
        || (c.closedOn.isValid() && c.closedOn < from))
        return false;
    // The reasons are written only for a row that explains itself (the monthly report's counts need
    // none).
    auto add = [&](Contribution::Figure figure, int credit, const auto &reason) {
        if (explain)
            r.contributions << Contribution {c.id, c.caseNo, figure, credit, reason()};
    };
    // The group model counts under P-07, not in the individual model's targets or caseload.
    if (profile.model == QLatin1String("group")) {
        add(Contribution::Figure::NotCounted, 0, [&] {
            return QString(tr("group model: counted under P-07, not in the individual targets"));
        });
        return true;
    }
    for (int year : o.missingCalendarYears) {
        if (!r.missingCalendarYears.contains(year))
            r.missingCalendarYears << year;
    }
    // Old in this plan year when opened before it (not by a flag relative to today).
    if (profile.openedOn < yearFrom) {
        ++y.oldCases;
        r.oldCases << c.caseNo;
        add(Contribution::Figure::Caseload, 1, [&] {
            return QString(tr("old case: opened %1, before the plan year")
                               .arg(RocDate::formatShort(profile.openedOn)));
        });
    } else {
        ++y.newCases;
        r.newCases << c.caseNo;
        add(Contribution::Figure::Caseload, 1, [&] {
            return QString(tr("new case: opened %1").arg(RocDate::formatShort(profile.openedOn)));
        });
    }
    const CaseCredit cc = credit(rules, o, explain);
    const Outcome outcome {c.personId, cc.doubled};
    const int weight = cc.doubled ? rules.doubleCredit : 1;
    auto why = [&](const QString &what) {
        QStringList parts {what};
        if (cc.doubled) {
            parts << cc.reason;
        } else if (!cc.refused.isEmpty()) {
            parts << tr("×1: %1").arg(cc.refused);
        }
        return parts.join(QStringLiteral("; "));
    };
    if (o.placementDate && *o.placementDate >= from && *o.placementDate <= to) {
        y.placements << outcome;
        r.placementCases << c.caseNo;
        add(Contribution::Figure::Placement, weight, [&] {
            return QString(why(tr("placed %1").arg(RocDate::formatShort(*o.placementDate))));
        });
    } else if (!o.notPlaced.isEmpty()) {
        add(Contribution::Figure::NotCounted, 0,
            [&] { return QString(tr("not a placement: %1").arg(o.notPlaced)); });
    }
    auto days = [&] {
        QString text
            = tr("%n working day(s) of intensive support", nullptr, o.intensiveWorkingDays);
        if (!o.missingCalendarYears.isEmpty()) {
            QStringList years;
            for (int year : o.missingCalendarYears)
                years << QString::number(year);
            text += tr(" (provisional: no holiday calendar for %1)")
                        .arg(years.join(QStringLiteral(", ")));
        }
        return text;
    };
    if (o.successDate && *o.successDate >= from && *o.successDate <= to) {
        auto on = [&] { return RocDate::formatShort(*o.successDate); };
        if (o.classification == EmploymentRules::Classification::Supported) {
            y.supportedSuccesses << outcome;
            r.supportedCases << c.caseNo;
            add(Contribution::Figure::Supported, weight, [&] {
                return QString(
                    why(tr("supported success %1: %2, six tables complete").arg(on(), days())));
            });
        } else {
            y.generalSuccesses << outcome;
            r.generalCases << c.caseNo;
            add(Contribution::Figure::General, weight, [&] {
                const QString because
                    = o.intensiveWorkingDays < EmploymentRules::IntensiveWorkingDays
                    ? days()
                    : tr("the six tables are not all complete");
                return why(tr("general success %1: %2").arg(on(), because));
            });
        }
    } else if (!o.notSuccess.isEmpty()) {
        add(Contribution::Figure::NotCounted, 0,
            [&] { return QString(tr("not a success: %1").arg(o.notSuccess)); });
    }
    return true;
}

QStringList PerformanceReport::remarks(
    const PlanYearRules &rules, const CoachYear &y, const CoachPerformance &p)
{
    QStringList out;
    if (p.conversionUsed < p.conversionRaw) {
        out << tr("conversion capped by the two-thirds rule: %1 of %2 conversions used")
                   .arg(p.conversionUsed)
                   .arg(p.conversionRaw);
    }
    if (p.conversionRaw > 0) {
        out << tr("%1 general credits convert to %2 supported (%3:1)")
                   .arg(p.generalCredits)
                   .arg(p.conversionRaw)
                   .arg(rules.conversionRatio);
    }
    if (p.countedOldCases < y.oldCases) {
        out << tr("not counted: %n old case(s) over the share of old cases", nullptr,
            y.oldCases - p.countedOldCases);
    }
    if (p.adaptationOffset > 0) {
        out << tr(
            "placement target lowered by %1 for %2 persons given workplace-adaptation service")
                   .arg(p.adaptationOffset)
                   .arg(y.adaptationPersons);
    }
    if (!p.placementMet) {
        out << tr("%n more placement credit(s) to reach %1", nullptr,
            p.placementTarget - p.placementCredits)
                   .arg(p.placementTarget);
    }
    if (p.creditedSupported < p.supportedTarget) {
        out << tr("%n more supported success(es) to reach %1", nullptr,
            p.supportedTarget - p.creditedSupported)
                   .arg(p.supportedTarget);
    }
    if (!p.ratioMet && p.supportedShare.den > 0) {
        out << tr("supported successes are %1 of %2, under the share of %3/%4")
                   .arg(p.supportedShare.num)
                   .arg(p.supportedShare.den)
                   .arg(rules.supportedShareMin.num)
                   .arg(rules.supportedShareMin.den);
    }
    if (!p.caseloadMet) {
        out << tr(
            "%n more case(s) to reach the caseload of %1", nullptr, rules.minCases - p.countedCases)
                   .arg(rules.minCases);
    }
    return out;
}

Result<QList<PerformanceRow>> PerformanceReport::build(CaseStore &store, const PlanYearRules &rules,
    const QDate &today, const QString &unitId, const QString &coachId, const Progress &progress)
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
        for (const Unit &u : *units) {
            if (u.id == s.unitId)
                r.unitName = u.name;
        }
        rows.emplace(s.id, r);
        years.emplace(s.id, CoachYear());
    }
    // The steps' shares of the time, as measured on the 100,000-person store.
    if (!progress(0, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    auto cases = CaseRepository(store).supportedEmploymentCases();
    if (!cases)
        return tl::unexpected(cases.error());
    if (!progress(250, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    ServiceRepository services(store);
    // Every case's service records in a few queries, then the rules in memory.
    auto records = services.allRecords();
    if (!records)
        return tl::unexpected(records.error());
    const Progress counting = progress.part(750, 950);
    qint64 seen = 0;
    for (const Case &c : *cases) {
        if (++seen % ProgressEvery == 0 && !counting(seen, cases->size()))
            return tl::unexpected(Progress::cancelled());
        const auto row = rows.find(c.coachId);
        if (row == rows.end())
            continue;
        const auto profile = records->profiles.constFind(c.id);
        if (profile == records->profiles.constEnd() || !profile->openedOn.isValid())
            continue; // not a supported-employment case
        if (profile->openedOn > to || (c.closedOn.isValid() && c.closedOn < from))
            continue;
        const CaseOutcome o = ServiceRepository::outcomeOf(c.id, *records, asOf);
        count(years[c.coachId], row->second, c, *profile, o, from, to, from, rules);
    }
    // Workplace-adaptation service during the year offsets the placement target (5 persons -> 1, 8
    // -> 2).
    auto adapted = services.adaptationPersons(from, to);
    if (!adapted)
        return tl::unexpected(adapted.error());
    for (auto &[id, y] : years) {
        y.adaptationPersons = static_cast<int>(adapted->value(id).size());
        rows[id].adaptationPersons = y.adaptationPersons;
    }
    if (!progress(950, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
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
        r.remarks = remarks(rules, years[id], r.figures);
        std::sort(r.missingCalendarYears.begin(), r.missingCalendarYears.end());
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const PerformanceRow &a, const PerformanceRow &b) {
        return a.unitName != b.unitName ? a.unitName < b.unitName : a.coachName < b.coachName;
    });
    progress(Progress::Scale, Progress::Scale);
    return out;
}

} // namespace Casebook::Core
