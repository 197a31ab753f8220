// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Casebook::Core {

// A monthly report filed (報送): when, by whom, and where the store's log stood, so the report can
// be rebuilt exactly as filed.
struct ReportFiling
{
    QString period; // ROC month "115-10"
    QString unitId; // empty: all units
    QDateTime filedAt;
    QString filedBy;
    qint64 logPosition = 0;
};

class ReportFilings
{
    Q_DECLARE_TR_FUNCTIONS(ReportFilings)

public:
    explicit ReportFilings(CaseStore &store) : m_store(store) { }
    // Files the month's report of a unit (or of all units): only after the month has ended, and
    // once.
    Result<ReportFiling> file(
        const QString &actor, const QString &period, const QDate &monthEnd, const QString &unitId);
    Result<std::optional<ReportFiling>> find(const QString &period, const QString &unitId) const;
    // How many records were written or merged since the log stood at `position`.
    Result<int> changesSince(qint64 position) const;

private:
    CaseStore &m_store;
};

} // namespace Casebook::Core
