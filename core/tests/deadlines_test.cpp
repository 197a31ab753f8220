// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/deadlines.h"
#include "tests/support/catchtest.h"

using namespace Casebook::Core;

namespace {
CaseTimeline timeline(CaseStatus status, const QDate &received)
{
    CaseTimeline t;
    t.caseId = QStringLiteral("c-") + QString::number(static_cast<int>(status));
    t.caseNo = QStringLiteral("N113-0000") + QString::number(static_cast<int>(status));
    t.status = status;
    t.receivedOn = received;
    t.personName = QStringLiteral("測試");
    return t;
}
} // namespace

TEST_CASE("Assessment is due 14 days after receipt", "[deadlines]")
{
    const auto t = timeline(CaseStatus::Received, QDate(2024, 5, 20));
    auto list = Deadlines::compute({t}, QDate(2024, 5, 31));
    REQUIRE(list.size() == 1);
    CHECK(list.first().kind == DeadlineKind::Assessment);
    CHECK(list.first().dueOn == QDate(2024, 6, 3));
    CHECK(list.first().daysLeft == 3);
    CHECK_FALSE(list.first().isOverdue());
    list = Deadlines::compute({t}, QDate(2024, 6, 3));
    CHECK(list.first().daysLeft == 0);
    CHECK_FALSE(list.first().isOverdue());
    list = Deadlines::compute({t}, QDate(2024, 6, 4));
    CHECK(list.first().isOverdue());
    // Once assessed, the clock stops.
    CHECK(
        Deadlines::compute({timeline(CaseStatus::Planning, QDate(2024, 5, 20))}, QDate(2024, 6, 4))
            .isEmpty());
}

TEST_CASE(
    "Each dispatch is answered within 14 days, closure 6 months after the goal", "[deadlines]")
{
    auto t = timeline(CaseStatus::Dispatched, QDate(2024, 1, 2));
    t.pendingDispatches << Dispatch {QStringLiteral("d1"), t.caseId, QStringLiteral("u1"),
        QStringLiteral("北區中心"), QStringLiteral("05"), QDate(2024, 1, 31), {}};
    t.pendingDispatches << Dispatch {QStringLiteral("d2"), t.caseId, QStringLiteral("u2"),
        QStringLiteral("職訓中心"), QStringLiteral("03"), QDate(2024, 2, 10), {}};
    auto goal = timeline(CaseStatus::Tracking, QDate(2023, 3, 1));
    goal.goalReachedOn = QDate(2023, 8, 31);
    const auto list = Deadlines::compute({t, goal}, QDate(2024, 2, 20));
    REQUIRE(list.size() == 3);
    CHECK(list.at(0).kind == DeadlineKind::DispatchAnswer);
    CHECK(list.at(0).dueOn == QDate(2024, 2, 14));
    CHECK(list.at(0).isOverdue());
    CHECK(list.at(0).detail == QStringLiteral("北區中心"));
    CHECK(list.at(1).dueOn == QDate(2024, 2, 24));
    CHECK(list.at(1).daysLeft == 4);
    CHECK(list.at(2).kind == DeadlineKind::Closure);
    CHECK(list.at(2).dueOn == QDate(2024, 2, 29)); // 31 Aug + 6 months, clamped
}
