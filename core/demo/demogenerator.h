// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>

namespace Casebook::Core {

struct DemoSummary
{
    int units = 0;
    int staff = 0;
    int persons = 0;
    int cases = 0;
    QStringList supportedEmploymentCases; // cases with a unit profile, placement and support log
};

// Fills a store with realistic synthetic persons and cases in every SOP state, the same for the
// same seed.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    explicit DemoGenerator(CaseStore &store) : m_store(store) { }
    // Commits every 1,000 persons. progress(done, total) is called now and then; returning false
    // cancels (the batch under way is dropped, earlier batches stay).
    Result<DemoSummary> generate(
        int persons, quint32 seed, const std::function<bool(int, int)> &progress = {});

    // How many job coaches to spread the cases over (8 by default; benchmarks use a city's 25 or a
    // nation's 700).
    void setCoaches(int coaches) { m_coaches = std::max(1, coaches); }

    // A valid national ID made from a letter, a sex digit and seven digits (the check digit is
    // computed).
    static QString makeNationalId(QChar letter, int sexDigit, quint32 sevenDigits);

private:
    VoidResult addDemoGroups(const WriteContext &ctx, const QStringList &caseIds,
        const QDate &today, QRandomGenerator &rng);
    CaseStore &m_store;
    int m_coaches = 8;
};

} // namespace Casebook::Core
