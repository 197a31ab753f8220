// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/todaypanel.h"

#include "core/common/rocdate.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace Casebook::App {

using namespace Casebook::Core;
using UseCases::AgendaItem;

TodayPanel::TodayPanel(QWidget *parent) : QDockWidget(tr("Today"), parent)
{
    setObjectName(QStringLiteral("todayDock"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("todayList"));
    m_list->setHeaderLabels({tr("Day"), tr("What"), tr("Case no."), tr("Name")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    setWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString caseId = item->data(0, Qt::UserRole).toString();
        if (caseId.isEmpty())
            return; // a heading
        if (item->data(1, Qt::UserRole).toInt() == static_cast<int>(AgendaItem::Kind::SupportDay)) {
            Q_EMIT logRequested(caseId);
        } else {
            Q_EMIT caseRequested(caseId);
        }
    });
}

void TodayPanel::setAgenda(const QList<AgendaItem> &items, const QDate &today)
{
    m_list->clear();
    auto *now = new QTreeWidgetItem(m_list, {tr("Today and overdue")});
    auto *week = new QTreeWidgetItem(m_list, {tr("This week")});
    for (QTreeWidgetItem *heading : {now, week}) {
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
    }
    int todayCount = 0;
    for (const AgendaItem &i : items) {
        QTreeWidgetItem *parent = i.dueOn <= today ? now : week;
        if (parent == now)
            ++todayCount;
        auto *row = new QTreeWidgetItem(parent);
        row->setText(0,
            i.dueOn == today      ? tr("today")
                : i.dueOn < today ? tr("%1 (overdue)").arg(RocDate::formatShort(i.dueOn))
                                  : RocDate::formatShort(i.dueOn));
        row->setText(1, i.what);
        row->setText(2, i.caseNo);
        row->setText(3, i.personName);
        row->setData(0, Qt::UserRole, i.caseId);
        row->setData(1, Qt::UserRole, static_cast<int>(i.kind));
        if (i.isOverdue(today)) {
            for (int c = 0; c < 4; ++c)
                row->setForeground(c, QColor(0xb0, 0x00, 0x20));
        }
    }
    now->setText(0, tr("Today and overdue (%1)").arg(todayCount));
    week->setText(0, tr("This week (%1)").arg(items.size() - todayCount));
    m_list->expandAll();
    if (now->childCount() > 0)
        m_list->setCurrentItem(now->child(0));
    m_todayCount = todayCount;
    setComputing(false);
}

void TodayPanel::setComputing(bool computing)
{
    m_computing = computing;
    if (computing) {
        setWindowTitle(tr("Today (computing…)"));
    } else if (m_todayCount >= 0) {
        setWindowTitle(tr("Today (%1)").arg(m_todayCount));
    } else {
        setWindowTitle(tr("Today"));
    }
}

} // namespace Casebook::App
