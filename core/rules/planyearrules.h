// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Casebook::Core {

// An exact fraction, so that "at least two thirds" has no rounding at its boundary.
struct Fraction
{
    qint64 num = 0;
    qint64 den = 1;
};

// How a plan year counts a coach's work (forms-spec.md §10), loaded from data: one file per plan
// year.
struct PlanYearRules
{
    enum class RatioReading { Raw, Credited };

    QString planYear;
    QString rulesFrom; // the plan year whose rule file is applied (an earlier one when a year has
                       // none yet)
    int placementTarget = 12;
    int supportedTarget = 6;
    int conversionRatio = 3;
    Fraction supportedShareMin {2, 3};
    RatioReading ratioReading = RatioReading::Credited;
    int doubleCredit = 2;
    QList<std::pair<int, int>> adaptationOffsets; // (persons served, placement target offset)
    int maxOffset = 2;
    int minCases = 20;
    Fraction oldCaseMaxShare {1, 2};
    int groupMinPersons = 9;
    int groupMinPerSession = 3;
    Fraction groupStableShare {7, 10};
    int groupStableMonths = 6;
    QStringList remoteDistricts; // CL-04 codes of the districts the city counts as 偏鄉 (the
                                 // person's district)
    // 附表1: a high-support case when the completed form's decision meets and enough indicators are
    // ticked.
    QString highSupportDecisionField = QStringLiteral("decision");
    QString highSupportMeets = QStringLiteral("yes");
    QStringList highSupportIndicators;
    int highSupportMinIndicators = 2;
};

class PlanYearRulesLoader
{
    Q_DECLARE_TR_FUNCTIONS(PlanYearRulesLoader)

public:
    static Result<PlanYearRules> fromJson(const QByteArray &json, const QString &source);
    // The shipped rule set of a plan year ("107").
    static Result<PlanYearRules> forYear(const QString &planYear);
    // The year's own rule set, or else the newest earlier one (named in rulesFrom), so next year
    // counts before its plan is loaded.
    static Result<PlanYearRules> forYearOrEarlier(const QString &planYear);
};

// One credited outcome of a coach's year: a person counts once, twice when remote or high-support
// (附表1).
struct Outcome
{
    QString personId;
    bool doubled = false; // 偏鄉 or 高度支持需求困難個案; doubling does not stack
};

// What a coach did in a plan year, as counted persons.
struct CoachYear
{
    QList<Outcome> placements;         // 推介成功
    QList<Outcome> supportedSuccesses; // 支持性就業成功
    QList<Outcome> generalSuccesses;   // 一般性就業成功
    int adaptationPersons = 0;         // distinct persons given 職場適應服務
    int newCases = 0;
    int oldCases = 0;
};

// The year's figures with every step kept, so that a table can explain each number.
struct CoachPerformance
{
    int placementsRaw = 0;
    int placementCredits = 0;
    int adaptationOffset = 0;
    int placementTarget = 0;
    bool placementMet = false;

    int supportedRaw = 0;
    int supportedCredits = 0; // s
    int generalRaw = 0;
    int generalCredits = 0;    // g
    int conversionRaw = 0;     // floor(g / 3)
    int conversionUsed = 0;    // c: capped by the ratio under the credited reading
    int creditedSupported = 0; // s + c
    int supportedTarget = 0;
    Fraction supportedShare; // s / (s + c) credited, or s / (s + g) raw
    bool ratioMet = false;
    bool supportedMet = false;

    int countedOldCases = 0;
    int countedCases = 0;
    bool caseloadMet = false;
};

// The counting rules of P-01 … P-06, with the interpretation the rule set names.
class PerformanceRules
{
public:
    static CoachPerformance evaluate(const PlanYearRules &rules, const CoachYear &year);
    // P-07: how many of `served` group-model persons must stay employed for the stable period.
    static int requiredStable(const PlanYearRules &rules, int served);
    static bool atLeast(const Fraction &value, const Fraction &minimum);
};

} // namespace Casebook::Core
