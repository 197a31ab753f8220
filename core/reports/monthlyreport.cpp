// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/monthlyreport.h"

#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"
#include "core/persons/personrepository.h"
#include "core/reports/reportfilings.h"
#include "core/rules/employmentrules.h"
#include "core/services/servicerepository.h"
#include "core/store/beside.h"
#include "core/units/unitrepository.h"

#include <QRegularExpression>

#include <map>

namespace Casebook::Core {

Result<QDate> MonthlyReport::parseMonth(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{2,3})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?\\s*$"));
    const auto m = re.match(text);
    const int year = m.hasMatch() ? m.captured(1).toInt() : 0;
    const int month = m.hasMatch() ? m.captured(2).toInt() : 0;
    if (year < 1 || month < 1 || month > 12) {
        return fail(Error::Kind::Invalid,
            tr("\"%1\" is not a month: write the ROC year and the month, for example 107-05.")
                .arg(text));
    }
    return RocDate::monthStart(year, month);
}

namespace {

void addUp(CoachYear &sum, const CoachYear &y)
{
    sum.placements += y.placements;
    sum.supportedSuccesses += y.supportedSuccesses;
    sum.generalSuccesses += y.generalSuccesses;
    sum.adaptationPersons += y.adaptationPersons;
    sum.newCases += y.newCases;
    sum.oldCases += y.oldCases;
}

} // namespace

Result<MonthlyReportData> MonthlyReport::build(CaseStore &store, const QString &month,
    const QString &unitId, Records recordsOf, bool explain, const Progress &progress)
{
    auto first = parseMonth(month);
    if (!first)
        return tl::unexpected(first.error());
    MonthlyReportData data;
    data.from = *first;
    data.to = first->addMonths(1).addDays(-1);
    data.due = EmploymentRules::monthlyReportDue(data.from);
    const QString period = RocDate::monthKey(data.from);
    // A filed month: the records as the store held them when it was filed (later corrections do not
    // move it).
    std::unique_ptr<PastView> past;
    ReportFilings filings(store);
    auto filing = filings.find(period, unitId);
    if (!filing)
        return tl::unexpected(filing.error());
    if (*filing) {
        data.filedAt = (*filing)->filedAt;
        data.filedBy = (*filing)->filedBy;
        auto later = filings.changesSince((*filing)->logPosition);
        if (!later)
            return tl::unexpected(later.error());
        data.laterChanges = *later;
        if (recordsOf == Records::AsFiled && data.laterChanges > 0) {
            auto view = PastView::open(store, (*filing)->logPosition);
            if (!view)
                return tl::unexpected(view.error());
            past = std::move(*view);
        }
        data.asFiled = recordsOf == Records::AsFiled;
    }
    data.month = RocDate::monthKey(data.from);
    data.planYear = QString::number(RocDate::year(data.from));
    auto rules = PlanYearRulesLoader::forYearOrEarlier(data.planYear);
    if (!rules)
        return tl::unexpected(rules.error());
    // The year's targets are those of the reported year, whichever file supplies them.
    PlanYearRules yearRules = *rules;
    data.rulesFrom = yearRules.rulesFrom;
    yearRules.planYear = data.planYear;
    const QDate yearFrom = PerformanceReport::yearStart(yearRules);

    UnitRepository unitsRepo(store);
    auto staff = unitsRepo.staff(QStringLiteral("coach"));
    auto units = unitsRepo.units();
    if (!staff || !units)
        return fail(Error::Kind::Database, tr("Cannot read the units and staff."));
    if (!unitId.isEmpty()) {
        const auto u = std::find_if(
            units->begin(), units->end(), [&](const Unit &x) { return x.id == unitId; });
        if (u == units->end())
            return fail(Error::Kind::NotFound, tr("There is no unit %1.").arg(unitId));
        data.unitId = u->id;
        data.unitName = u->name;
    }
    std::map<QString, MonthlyCoachRow> coaches;
    for (const StaffMember &s : *staff) {
        if (!unitId.isEmpty() && s.unitId != unitId)
            continue;
        MonthlyCoachRow r;
        r.coachId = s.id;
        r.coachName = s.name;
        coaches.emplace(s.id, r);
    }

    // The steps' shares of the time, as measured on the 100,000-person store. The cases and their
    // persons are read beside the records, on a second connection when the store has one.
    if (!progress(0, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    struct CasesAndPersons
    {
        QList<Case> cases;
        QList<Person> persons;
    };
    Beside<CasesAndPersons> beside(store, [](CaseStore &s) -> Result<CasesAndPersons> {
        auto cases = CaseRepository(s).supportedEmploymentCases();
        if (!cases)
            return tl::unexpected(cases.error());
        auto persons = PersonRepository(s).ofSupportedEmployment();
        if (!persons)
            return tl::unexpected(persons.error());
        return CasesAndPersons {std::move(*cases), std::move(*persons)};
    });
    ServiceRepository services(store);
    // Every case's service records and every person in a few queries; the rules run in memory.
    auto records = services.allRecords();
    if (!records)
        return tl::unexpected(records.error());
    if (!progress(550, Progress::Scale))
        return tl::unexpected(Progress::cancelled());
    auto read = beside.get();
    if (!read)
        return tl::unexpected(read.error());
    const QList<Case> *cases = &read->cases;
    const QList<Person> *everyone = &read->persons;
    QHash<QString, const Person *> personById;
    for (const Person &p : *everyone)
        personById.insert(p.id, &p);
    const Progress counting = progress.part(700, 1000);
    qint64 seen = 0;
    for (const Case &c : *cases) {
        if (++seen % PerformanceReport::ProgressEvery == 0 && !counting(seen, cases->size()))
            return tl::unexpected(Progress::cancelled());
        const auto coach = coaches.find(c.coachId);
        if (coach == coaches.end())
            continue;
        const auto profile = records->profiles.constFind(c.id);
        if (profile == records->profiles.constEnd() || !profile->openedOn.isValid()
            || profile->openedOn > data.to)
            continue;
        if (c.closedOn.isValid() && c.closedOn < yearFrom)
            continue;
        const CaseOutcome outcome = ServiceRepository::outcomeOf(c.id, *records, data.to);
        const CaseOutcome *o = &outcome;
        PerformanceRow ignored;
        PerformanceReport::count(coach->second.yearInput, ignored, c, *profile, *o, yearFrom,
            data.to, yearFrom, yearRules, explain);
        coach->second.yearContributions += ignored.contributions;
        PerformanceRow monthRow;
        if (!PerformanceReport::count(coach->second.monthInput, monthRow, c, *profile, *o,
                data.from, data.to, yearFrom, yearRules, explain))
            continue; // served earlier in the year, not in this month
        coach->second.monthContributions += monthRow.contributions;

        MonthlyCaseRow row;
        row.caseId = c.id;
        row.caseNo = c.caseNo;
        row.coachId = c.coachId;
        row.coachName = coach->second.coachName;
        if (const Person *p = personById.value(c.personId)) {
            row.personName = p->name;
            row.idNumber = p->idNumber;
            const auto &list = p->certSystem == QLatin1String("old") ? CodeLists::disabilityOld()
                                                                     : CodeLists::disabilityNew();
            QStringList labels;
            // The report is the official zh_TW form: 第二類 rather than the whole label. A handbook
            // of the old system (16 classes by name) says so, so that one column never mixes the
            // two vocabularies unmarked.
            const bool old = p->certSystem == QLatin1String("old");
            for (const QString &code : p->certCategories) {
                for (const CodeItem &i : list) {
                    if (i.code == code) {
                        labels << (old ? QStringLiteral("舊制") + i.zh
                                       : i.zh.section(QLatin1Char(' '), 0, 0));
                    }
                }
            }
            row.disability = labels.join(QStringLiteral("、"));
            row.severity = p->certSeverity;
            row.district = p->district;
        }
        // The doubling from its evidence (the 偏鄉 list, a completed 附表1 that meets the
        // criteria).
        row.remote = !o->district.isEmpty() && yearRules.remoteDistricts.contains(o->district);
        row.highSupport = !row.remote && PerformanceReport::credit(yearRules, *o, false).doubled;
        for (int year : ignored.missingCalendarYears) {
            if (!data.missingCalendarYears.contains(year))
                data.missingCalendarYears << year;
        }
        row.oldCase = profile->openedOn < yearFrom; // old in this plan year when opened before it
        row.openedOn = profile->openedOn;
        row.model = profile->model;
        if (o->intensiveWorkingDays > 0 || o->placementDate) {
            row.serviceType = o->classification == EmploymentRules::Classification::Supported
                ? QStringLiteral("supported")
                : QStringLiteral("general");
        }
        if (o->placementDate && *o->placementDate <= data.to)
            row.placementDate = *o->placementDate;
        // The latest placement begun by the month's end is the one the row describes.
        for (const Placement &pl : records->placements.value(c.id)) {
            if (!pl.startDate.isValid() || pl.startDate > data.to)
                continue;
            row.jobTitle = pl.jobTitle;
            row.weeklyHours = pl.weeklyHours;
            row.wage = pl.wage;
            row.insuranceFrom
                = pl.labourInsuranceFrom.isValid() && pl.labourInsuranceFrom <= data.to
                ? pl.labourInsuranceFrom
                : QDate();
            row.employer = records->employers.value(pl.employerId).name;
        }
        row.intensiveDays = o->intensiveWorkingDays;
        row.success = o->successDate.has_value();
        row.successDate = o->successDate ? *o->successDate : o->successExpected.value_or(QDate());
        for (const QDate &day : records->followUpDays.value(c.id)) {
            if (day > data.to)
                continue;
            if (!row.followUpFrom.isValid())
                row.followUpFrom = day;
            row.followUpTo = day;
        }
        const QSet<QString> complete = records->completedForms.value(c.id);
        for (const QString &t : ServiceRepository::sixTables()) {
            if (complete.contains(t))
                row.tablesComplete << t;
        }
        if (c.closedOn.isValid() && c.closedOn <= data.to) {
            row.closedOn = c.closedOn;
            row.closureReason = c.closureReason;
        }
        data.cases << row;
    }

    // Workplace-adaptation service: persons served in the month, and in the year so far (the target
    // offset).
    auto adaptedMonth = services.adaptationPersons(data.from, data.to);
    auto adaptedYear = services.adaptationPersons(yearFrom, data.to);
    if (!adaptedMonth || !adaptedYear)
        return fail(Error::Kind::Database, tr("Cannot read the workplace-adaptation services."));
    auto redesignMonth = services.jobRedesigns(data.from, data.to);
    auto redesignYear = services.jobRedesigns(yearFrom, data.to);
    if (!redesignMonth || !redesignYear)
        return fail(Error::Kind::Database, tr("Cannot read the job-redesign reports."));
    for (auto &[id, r] : coaches) {
        r.monthInput.adaptationPersons = static_cast<int>(adaptedMonth->value(id).size());
        r.yearInput.adaptationPersons = static_cast<int>(adaptedYear->value(id).size());
        r.redesignsMonth = redesignMonth->value(id).cases;
        r.redesignAmountMonth = redesignMonth->value(id).amount;
        r.redesignsYear = redesignYear->value(id).cases;
        r.redesignAmountYear = redesignYear->value(id).amount;
        data.total.redesignsMonth += r.redesignsMonth;
        data.total.redesignAmountMonth += r.redesignAmountMonth;
        data.total.redesignsYear += r.redesignsYear;
        data.total.redesignAmountYear += r.redesignAmountYear;
    }
    CoachYear monthSum;
    CoachYear yearSum;
    for (auto &[id, r] : coaches) {
        r.month = PerformanceRules::evaluate(yearRules, r.monthInput);
        r.year = PerformanceRules::evaluate(yearRules, r.yearInput);
        // Targets are annual: the month is measured against the year's target and offset.
        r.month.placementTarget = r.year.placementTarget;
        r.month.supportedTarget = r.year.supportedTarget;
        r.month.adaptationOffset = r.year.adaptationOffset;
        if (explain)
            r.yearRemarks = PerformanceReport::remarks(yearRules, r.yearInput, r.year);
        addUp(monthSum, r.monthInput);
        addUp(yearSum, r.yearInput);
        data.coaches << r;
    }
    std::sort(data.coaches.begin(), data.coaches.end(),
        [](const MonthlyCoachRow &a, const MonthlyCoachRow &b) {
            return a.coachName < b.coachName;
        });
    std::sort(
        data.cases.begin(), data.cases.end(), [](const MonthlyCaseRow &a, const MonthlyCaseRow &b) {
            return a.coachName != b.coachName ? a.coachName < b.coachName : a.caseNo < b.caseNo;
        });
    data.total.monthInput = monthSum;
    data.total.yearInput = yearSum;
    data.total.month = PerformanceRules::evaluate(yearRules, monthSum);
    data.total.year = PerformanceRules::evaluate(yearRules, yearSum);
    // The unit's targets and counted caseload are the sums of its coaches' (the caps apply per
    // coach).
    for (auto [total, part] : {std::pair {&data.total.month, &MonthlyCoachRow::month},
             std::pair {&data.total.year, &MonthlyCoachRow::year}}) {
        total->placementTarget = 0;
        total->supportedTarget = 0;
        total->countedCases = 0;
        total->countedOldCases = 0;
        total->adaptationOffset = 0;
        for (const MonthlyCoachRow &r : std::as_const(data.coaches)) {
            total->placementTarget += (r.*part).placementTarget;
            total->supportedTarget += (r.*part).supportedTarget;
            total->countedCases += (r.*part).countedCases;
            total->countedOldCases += (r.*part).countedOldCases;
            total->adaptationOffset += (r.*part).adaptationOffset;
        }
    }
    progress(Progress::Scale, Progress::Scale);
    return data;
}

} // namespace Casebook::Core
