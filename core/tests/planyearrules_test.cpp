// SPDX-License-Identifier: GPL-3.0-or-later
// The worked examples of forms-spec.md §10.3 with the same inputs and the same expected figures.
#include "core/rules/planyearrules.h"
#include "tests/support/catchtest.h"

using namespace Casebook::Core;

namespace {

PlanYearRules rules107(PlanYearRules::RatioReading reading = PlanYearRules::RatioReading::Credited)
{
    auto r = PlanYearRulesLoader::forYear(QStringLiteral("107"));
    REQUIRE(r);
    r->ratioReading = reading;
    return *r;
}

QList<Outcome> persons(const char *prefix, int count, int doubled = 0)
{
    QList<Outcome> out;
    for (int i = 0; i < count; ++i) {
        out << Outcome {
            QStringLiteral("%1-%2").arg(QString::fromLatin1(prefix)).arg(i), i < doubled};
    }
    return out;
}

} // namespace

TEST_CASE("The 107 rule set loads from data and says which reading it uses", "[rules][performance]")
{
    const PlanYearRules r = rules107();
    CHECK(r.planYear == QStringLiteral("107"));
    CHECK(r.placementTarget == 12);
    CHECK(r.supportedTarget == 6);
    CHECK(r.conversionRatio == 3);
    CHECK(r.ratioReading == PlanYearRules::RatioReading::Credited);
    CHECK(r.remoteDistricts.contains(QStringLiteral("68000130")));
    CHECK_FALSE(PlanYearRulesLoader::forYear(QStringLiteral("99")));
    auto bad = PlanYearRulesLoader::fromJson(
        R"({"planYear": "108", "individual": {"ratioReading": "sometimes"}})",
        QStringLiteral("108.json"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("108.json")));
    CHECK(bad.error().message.contains(QStringLiteral("ratioReading")));
}

TEST_CASE("Example 1: on target under the credited reading, not under the raw one",
    "[rules][performance]")
{
    CoachYear y;
    y.placements = persons("p", 13, 2); // 2 of 13 in remote areas
    y.supportedSuccesses = persons("s", 5);
    y.generalSuccesses = persons("g", 3);
    const auto b = PerformanceRules::evaluate(rules107(), y);
    CHECK(b.placementCredits == 15);
    CHECK(b.placementMet);
    CHECK(b.conversionUsed == 1);
    CHECK(b.creditedSupported == 6);
    CHECK(b.supportedShare.num == 5);
    CHECK(b.supportedShare.den == 6);
    CHECK(b.ratioMet);
    CHECK(b.supportedMet);
    const auto a = PerformanceRules::evaluate(rules107(PlanYearRules::RatioReading::Raw), y);
    CHECK(a.creditedSupported == 6);
    CHECK(a.supportedShare.den == 8);
    CHECK_FALSE(a.ratioMet);
    CHECK_FALSE(a.supportedMet);
}

TEST_CASE(
    "Example 2: conversion capped by the ratio, exactly two thirds passes", "[rules][performance]")
{
    CoachYear y;
    y.supportedSuccesses = persons("s", 3);
    y.generalSuccesses = persons("g", 9);
    auto p = PerformanceRules::evaluate(rules107(), y);
    CHECK(p.conversionRaw == 3);
    CHECK(p.conversionUsed == 1);
    CHECK(p.creditedSupported == 4);
    CHECK_FALSE(p.supportedMet);
    CHECK(p.supportedTarget - p.creditedSupported == 2);

    y.supportedSuccesses = persons("s", 4);
    y.generalSuccesses = persons("g", 6);
    p = PerformanceRules::evaluate(rules107(), y);
    CHECK(p.conversionUsed == 2);
    CHECK(p.creditedSupported == 6);
    CHECK(p.ratioMet); // 4/6 is exactly two thirds
    CHECK(p.supportedMet);
}

TEST_CASE("Example 3: high-support cases count double, once per person", "[rules][performance]")
{
    CoachYear y;
    y.supportedSuccesses = persons("s", 3, 3);
    // one of them is also remote: listed twice with the doubling flag, still 2 not 4
    y.supportedSuccesses << Outcome {QStringLiteral("s-0"), true};
    const auto p = PerformanceRules::evaluate(rules107(), y);
    CHECK(p.supportedRaw == 3);
    CHECK(p.supportedCredits == 6);
    CHECK(p.supportedMet);
}

TEST_CASE("Example 4: workplace-adaptation offsets lower the placement target, at most by 2",
    "[rules][performance]")
{
    const std::pair<int, int> table[]
        = {{4, 12}, {5, 11}, {6, 11}, {7, 11}, {8, 10}, {9, 10}, {15, 10}};
    for (const auto &[persons, target] : table) {
        INFO(persons);
        CoachYear y;
        y.adaptationPersons = persons;
        const auto p = PerformanceRules::evaluate(rules107(), y);
        CHECK(p.placementTarget == target);
        CHECK(p.supportedTarget == 6);
    }
}

TEST_CASE("Example 5: caseload of 20 with old cases capped at half", "[rules][performance]")
{
    struct Row
    {
        int fresh, old, countedOld, total;
        bool met;
    };
    for (const Row &r : {Row {12, 15, 12, 24, true}, Row {9, 14, 9, 18, false},
             Row {20, 0, 0, 20, true}, Row {10, 10, 10, 20, true}}) {
        CoachYear y;
        y.newCases = r.fresh;
        y.oldCases = r.old;
        const auto p = PerformanceRules::evaluate(rules107(), y);
        CHECK(p.countedOldCases == r.countedOld);
        CHECK(p.countedCases == r.total);
        CHECK(p.caseloadMet == r.met);
    }
}

TEST_CASE("Example 6: the group model needs 70% stable, rounded up", "[rules][performance]")
{
    CHECK(PerformanceRules::requiredStable(rules107(), 10) == 7);
    CHECK(PerformanceRules::requiredStable(rules107(), 9) == 7);
    CHECK(PerformanceRules::requiredStable(rules107(), 20) == 14);
    CHECK(rules107().groupMinPerSession == 3);
}

TEST_CASE("Example 10: plan level, 22 coaches, the reading decides", "[rules][performance]")
{
    PlanYearRules plan = rules107();
    plan.placementTarget *= 22;
    plan.supportedTarget *= 22;
    CHECK(plan.placementTarget == 264);
    CHECK(plan.supportedTarget == 132);
    CoachYear unit;
    unit.supportedSuccesses = persons("s", 100);
    unit.generalSuccesses = persons("g", 120);
    auto b = PerformanceRules::evaluate(plan, unit);
    CHECK(b.conversionUsed == 40);
    CHECK(b.creditedSupported == 140);
    CHECK(b.ratioMet);
    CHECK(b.supportedMet);
    plan.ratioReading = PlanYearRules::RatioReading::Raw;
    auto a = PerformanceRules::evaluate(plan, unit);
    CHECK_FALSE(a.ratioMet);
    CHECK_FALSE(a.supportedMet);
}
