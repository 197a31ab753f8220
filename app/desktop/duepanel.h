// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/desktop/caselistpane.h"
#include "core/rules/deadlines.h"

#include <QDockWidget>

class QTreeWidget;

namespace Casebook::App {

// The panel of what is due this week and what is overdue, narrowed to the window, unit and coach
// chosen above the case list. Passive: the window gives it the deadlines.
class DuePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit DuePanel(QWidget *parent = nullptr);
    void setDeadlines(QList<Core::Deadline> deadlines);
    // Shows the deadlines of the cases in scope (casesInScope: the ids when the scope is narrowed).
    void render(const CaseListPane::Scope &scope, const QSet<QString> &casesInScope);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void caseRequested(const QString &caseId);
    // A unit's monthly report (annual false) or annual report is due.
    void reportRequested(bool annual);

private:
    QTreeWidget *m_list = nullptr;
    QList<Core::Deadline> m_deadlines;
};

} // namespace Casebook::App
