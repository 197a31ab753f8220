// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/duepanel.h"

#include "core/common/rocdate.h"

#include <QHeaderView>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTreeWidget>

namespace Casebook::App {

using namespace Casebook::Core;

DuePanel::DuePanel(QWidget *parent) : QDockWidget(tr("Due soon and overdue"), parent)
{
    setObjectName(QStringLiteral("dueDock"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("dueList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Due"), tr("Days left"), tr("What"), tr("Case no."), tr("Name"), tr("Unit / coach")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWidget(m_list);
    // The next page when the list is scrolled (or moved by the keyboard) to its end.
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value >= m_list->verticalScrollBar()->maximum() && m_next < m_shown.size())
            appendPage();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString caseId = item->data(0, Qt::UserRole).toString();
        if (caseId.isEmpty()) { // a unit's monthly or annual report
            Q_EMIT reportRequested(
                item->data(1, Qt::UserRole).toString() == QLatin1String("annual_report"));
        } else {
            Q_EMIT caseRequested(caseId);
        }
    });
}

DuePanel::~DuePanel()
{
    // The list goes after this panel's members: its scroll bar must not ask them for a page.
    disconnect(m_list->verticalScrollBar(), nullptr, this, nullptr);
}

void DuePanel::setDeadlines(QList<Deadline> deadlines)
{
    m_deadlines = std::move(deadlines);
}

void DuePanel::setComputing(bool computing)
{
    m_computing = computing;
    updateTitle();
}

void DuePanel::updateTitle()
{
    setWindowTitle(m_computing ? tr("Due soon and overdue (computing…)")
                               : tr("Due soon and overdue (%1)").arg(m_shown.size()));
}

void DuePanel::render(const CaseListPane::Scope &scope, const QSet<QString> &casesInScope)
{
    // Emptied first: clearing the list moves its scroll bar, which must find no page to add.
    m_shown.clear();
    m_next = 0;
    m_list->clear();
    const bool narrowed = scope.narrowed();
    for (qsizetype i = 0; i < m_deadlines.size(); ++i) {
        const Deadline &d = m_deadlines.at(i);
        if (d.daysLeft > Deadlines::DueSoonDays + 4)
            continue; // the panel shows what needs attention this week
        if (narrowed && !d.caseId.isEmpty() && !casesInScope.contains(d.caseId))
            continue;
        if (narrowed && d.caseId.isEmpty()
            && (!scope.unitId.isEmpty() ? d.detail != scope.unitName : !scope.coachId.isEmpty()))
            continue; // a unit's monthly report: shown for that unit
        m_shown.push_back(i);
    }
    appendPage();
    updateTitle();
}

void DuePanel::appendPage()
{
    if (m_filling)
        return; // adding a page moves the scroll bar too
    const QScopedValueRollback<bool> filling(m_filling, true);
    const size_t end = std::min(m_shown.size(), m_next + PageSize);
    QList<QTreeWidgetItem *> items;
    for (; m_next < end; ++m_next) {
        const Deadline &d = m_deadlines.at(m_shown[m_next]);
        auto *item = new QTreeWidgetItem;
        item->setText(0, RocDate::formatShort(d.dueOn));
        // A follow-up minimum that has passed is not late: the case may now close.
        const bool reached = d.kind == DeadlineKind::FollowUpMinimum && d.isOverdue();
        item->setText(1,
            reached             ? tr("reached %1 days ago").arg(-d.daysLeft)
                : d.isOverdue() ? tr("%1 days overdue").arg(-d.daysLeft)
                                : QString::number(d.daysLeft));
        item->setText(2, Deadlines::kindLabel(d.kind));
        item->setText(3, d.caseNo);
        item->setText(4, d.personName);
        item->setText(5, d.detail.isEmpty() ? d.coachName : d.detail);
        item->setData(0, Qt::UserRole, d.caseId);
        item->setData(1, Qt::UserRole, Deadlines::kindKey(d.kind));
        const QColor colour = reached              ? QColor(0x20, 0x60, 0x20)
            : d.isOverdue()                        ? QColor(0xb0, 0x00, 0x20)
            : d.daysLeft <= Deadlines::DueSoonDays ? QColor(0xa0, 0x50, 0x00)
                                                   : QColor();
        if (colour.isValid()) {
            for (int c = 0; c < 6; ++c)
                item->setForeground(c, colour);
        }
        items << item;
    }
    m_list->addTopLevelItems(items);
}

} // namespace Casebook::App
