// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/desktop/caselistpane.h"
#include "core/rules/deadlines.h"

#include <QDockWidget>

#include <vector>

class QTreeWidget;

namespace Casebook::App {

// The panel of what is due this week and what is overdue, narrowed to the window, unit and coach
// chosen above the case list. Passive: the window gives it the deadlines.
class DuePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit DuePanel(QWidget *parent = nullptr);
    ~DuePanel() override;
    void setDeadlines(QList<Core::Deadline> deadlines);
    // Says in its title that the list is being computed (the rows shown are the last computed, or
    // the first screenful of the one being computed).
    void setComputing(bool computing);
    // Shows the deadlines of the cases in scope (casesInScope: the ids when the scope is narrowed).
    void render(const CaseListPane::Scope &scope, const QSet<QString> &casesInScope);
    QTreeWidget *list() const { return m_list; }
    const QList<Core::Deadline> &deadlines() const { return m_deadlines; }
    static constexpr int PageSize = 200;

Q_SIGNALS:
    void caseRequested(const QString &caseId);
    // A unit's monthly report (annual false) or annual report is due.
    void reportRequested(bool annual);

private:
    // The rows of the list go in pages of PageSize: the first at once, the next when the list is
    // scrolled to its end (a bureau's due list holds thousands).
    void appendPage();
    void updateTitle();
    QTreeWidget *m_list = nullptr;
    bool m_computing = false;
    QList<Core::Deadline> m_deadlines;
    std::vector<qsizetype> m_shown; // the deadlines the scope lets through, in order
    size_t m_next = 0;              // the first of them not yet in the list
    bool m_filling = false;
};

} // namespace Casebook::App
