// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/agenda.h"

#include <QDockWidget>

class QTreeWidget;

namespace Casebook::App {

// 今日: the coach's day and week (visits and follow-ups due, 表3-2 days still to log, deadlines).
// Passive: the window gives it the agenda. Enter on a day to log opens the daily log for that case.
class TodayPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit TodayPanel(QWidget *parent = nullptr);
    void setAgenda(const QList<UseCases::AgendaItem> &items, const QDate &today);
    // The agenda is being computed (a window's or the bureau's caseload takes seconds): the title
    // says so, the items shown before stay until the new ones come.
    void setComputing(bool computing);
    bool isComputing() const { return m_computing; }
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void caseRequested(const QString &caseId);
    // A day of intensive support to log for the case: the daily-log entry, one key away.
    void logRequested(const QString &caseId);

private:
    QTreeWidget *m_list = nullptr;
    bool m_computing = false;
    int m_todayCount = -1; // the items due today and overdue last shown (-1: none yet)
};

} // namespace Casebook::App
