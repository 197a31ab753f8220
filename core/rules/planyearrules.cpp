// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/planyearrules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Casebook::Core {

namespace {

std::optional<Fraction> fraction(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    const qint64 num = o.value(QStringLiteral("num")).toInteger(-1);
    const qint64 den = o.value(QStringLiteral("den")).toInteger(0);
    if (num < 0 || den <= 0 || num > den)
        return std::nullopt;
    return Fraction {num, den};
}

int credits(const QList<Outcome> &outcomes, int doubleCredit)
{
    // One credit per person, doubled at most once however many reasons apply.
    QHash<QString, bool> persons;
    for (const Outcome &o : outcomes)
        persons[o.personId] = persons.value(o.personId) || o.doubled;
    int total = 0;
    for (bool doubled : std::as_const(persons))
        total += doubled ? doubleCredit : 1;
    return total;
}

int distinct(const QList<Outcome> &outcomes)
{
    QSet<QString> ids;
    for (const Outcome &o : outcomes)
        ids.insert(o.personId);
    return static_cast<int>(ids.size());
}

} // namespace

Result<PlanYearRules> PlanYearRulesLoader::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Error::Kind::Invalid,
            tr("%1: not valid JSON: %2").arg(source, parseError.errorString()));
    }
    PlanYearRules r;
    r.planYear = root.value(QStringLiteral("planYear")).toString();
    const QJsonObject ind = root.value(QStringLiteral("individual")).toObject();
    const QJsonObject group = root.value(QStringLiteral("group")).toObject();
    QStringList problems;
    auto positive = [&](const QJsonObject &o, const char *key, int &out) {
        const int v = o.value(QString::fromLatin1(key)).toInt(-1);
        if (v < 0) {
            problems << tr("%1 must be a whole number of 0 or more").arg(QString::fromLatin1(key));
        } else {
            out = v;
        }
    };
    auto share = [&](const QJsonObject &o, const char *key, Fraction &out) {
        if (auto f = fraction(o.value(QString::fromLatin1(key)))) {
            out = *f;
        } else {
            problems << tr("%1 must be a fraction {num, den} between 0 and 1")
                            .arg(QString::fromLatin1(key));
        }
    };
    if (r.planYear.isEmpty())
        problems << tr("planYear is missing");
    positive(ind, "placementTarget", r.placementTarget);
    positive(ind, "supportedTarget", r.supportedTarget);
    positive(ind, "conversionRatio", r.conversionRatio);
    positive(ind, "doubleCredit", r.doubleCredit);
    positive(ind, "maxOffset", r.maxOffset);
    positive(ind, "minCases", r.minCases);
    share(ind, "supportedShareMin", r.supportedShareMin);
    share(ind, "oldCaseMaxShare", r.oldCaseMaxShare);
    positive(group, "minPersons", r.groupMinPersons);
    positive(group, "minPerSession", r.groupMinPerSession);
    positive(group, "stableMonths", r.groupStableMonths);
    share(group, "stableShare", r.groupStableShare);
    if (r.conversionRatio == 0)
        problems << tr("conversionRatio must be at least 1");
    const QString reading = ind.value(QStringLiteral("ratioReading")).toString();
    if (reading == QLatin1String("credited")) {
        r.ratioReading = PlanYearRules::RatioReading::Credited;
    } else if (reading == QLatin1String("raw")) {
        r.ratioReading = PlanYearRules::RatioReading::Raw;
    } else {
        problems << tr("ratioReading must be \"credited\" or \"raw\"");
    }
    for (const auto &v : ind.value(QStringLiteral("adaptationOffsets")).toArray()) {
        const QJsonObject o = v.toObject();
        r.adaptationOffsets.append({o.value(QStringLiteral("persons")).toInt(),
            o.value(QStringLiteral("offset")).toInt()});
    }
    for (const auto &v : root.value(QStringLiteral("remoteDistricts")).toArray())
        r.remoteDistricts << v.toString();
    const QJsonObject high = root.value(QStringLiteral("highSupport")).toObject();
    const QJsonObject decision = high.value(QStringLiteral("decision")).toObject();
    r.highSupportDecisionField = decision.value(QStringLiteral("field")).toString();
    r.highSupportMeets = decision.value(QStringLiteral("meets")).toString();
    for (const auto &v : high.value(QStringLiteral("indicators")).toArray())
        r.highSupportIndicators << v.toString();
    positive(high, "minIndicators", r.highSupportMinIndicators);
    if (r.highSupportDecisionField.isEmpty() || r.highSupportMeets.isEmpty()
        || r.highSupportIndicators.isEmpty())
        problems << tr("highSupport needs its decision {field, meets} and its indicators");
    if (!problems.isEmpty()) {
        return fail(
            Error::Kind::Invalid, tr("%1: %2").arg(source, problems.join(QStringLiteral("; "))));
    }
    return r;
}

Result<PlanYearRules> PlanYearRulesLoader::forYear(const QString &planYear)
{
    QFile f(QStringLiteral(":/casebook/rules/planyear-%1.json").arg(planYear));
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(Error::Kind::NotFound,
            tr("There are no counting rules for plan year %1.").arg(planYear));
    }
    auto r = fromJson(f.readAll(), f.fileName());
    if (r)
        r->rulesFrom = r->planYear;
    return r;
}

Result<PlanYearRules> PlanYearRulesLoader::forYearOrEarlier(const QString &planYear)
{
    bool ok = false;
    const int year = planYear.toInt(&ok);
    if (!ok || year < 1 || year > 999) {
        return fail(Error::Kind::Invalid,
            tr("%1 is not a plan year (an ROC year such as 107).").arg(planYear));
    }
    for (int y = year; y >= 100; --y) {
        auto r = forYear(QString::number(y));
        if (r) {
            r->planYear = planYear;
            return r;
        }
        if (r.error().kind != Error::Kind::NotFound)
            return r;
    }
    return fail(
        Error::Kind::NotFound, tr("There are no counting rules for plan year %1.").arg(planYear));
}

bool PerformanceRules::atLeast(const Fraction &value, const Fraction &minimum)
{
    if (value.den == 0)
        return false;
    return value.num * minimum.den >= minimum.num * value.den;
}

int PerformanceRules::requiredStable(const PlanYearRules &rules, int served)
{
    const qint64 n = static_cast<qint64>(served) * rules.groupStableShare.num;
    return static_cast<int>((n + rules.groupStableShare.den - 1) / rules.groupStableShare.den);
}

CoachPerformance PerformanceRules::evaluate(const PlanYearRules &rules, const CoachYear &year)
{
    CoachPerformance p;
    // P-01, P-04, P-05: placements
    p.placementsRaw = distinct(year.placements);
    p.placementCredits = credits(year.placements, rules.doubleCredit);
    for (const auto &[persons, offset] : rules.adaptationOffsets) {
        if (year.adaptationPersons >= persons)
            p.adaptationOffset = std::max(p.adaptationOffset, offset);
    }
    p.adaptationOffset = std::min(p.adaptationOffset, rules.maxOffset);
    p.placementTarget = rules.placementTarget - p.adaptationOffset;
    p.placementMet = p.placementCredits >= p.placementTarget;

    // P-02, P-03: supported successes, conversion and the ratio gate
    p.supportedRaw = distinct(year.supportedSuccesses);
    p.generalRaw = distinct(year.generalSuccesses);
    p.supportedCredits = credits(year.supportedSuccesses, rules.doubleCredit);
    p.generalCredits = credits(year.generalSuccesses, rules.doubleCredit);
    p.conversionRaw = p.generalCredits / rules.conversionRatio;
    const qint64 s = p.supportedCredits;
    if (rules.ratioReading == PlanYearRules::RatioReading::Credited) {
        // s >= share * (s + c)  <=>  c <= s * (1 - share) / share
        const Fraction &m = rules.supportedShareMin;
        const qint64 cap = m.num == 0 ? p.conversionRaw : (s * (m.den - m.num)) / m.num;
        p.conversionUsed = static_cast<int>(std::min<qint64>(p.conversionRaw, cap));
        p.supportedShare = Fraction {s, s + p.conversionUsed};
    } else {
        p.conversionUsed = p.conversionRaw;
        p.supportedShare = Fraction {s, s + p.generalCredits};
    }
    p.creditedSupported = p.supportedCredits + p.conversionUsed;
    p.supportedTarget = rules.supportedTarget;
    p.ratioMet = p.supportedShare.den > 0 && atLeast(p.supportedShare, rules.supportedShareMin);
    p.supportedMet = p.creditedSupported >= p.supportedTarget && p.ratioMet;

    // P-06: caseload with old cases capped
    const Fraction &o = rules.oldCaseMaxShare;
    const qint64 oldCap = o.num >= o.den
        ? year.oldCases
        : (static_cast<qint64>(year.newCases) * o.num) / (o.den - o.num);
    p.countedOldCases = static_cast<int>(std::min<qint64>(year.oldCases, oldCap));
    p.countedCases = year.newCases + p.countedOldCases;
    p.caseloadMet = p.countedCases >= rules.minCases;
    return p;
}

} // namespace Casebook::Core
