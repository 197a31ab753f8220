// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/groupdialog.h"

#include "app/desktop/laptopfit.h"
#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/reports/performancereport.h"
#include "core/units/unitrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

namespace {
QTableWidget *table(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

GroupDialog::GroupDialog(UseCases::GroupWork groups, QWidget *parent)
    : QDialog(parent), m_work(std::move(groups))
{
    setWindowTitle(tr("Group model (群組服務模式)"));
    LaptopFit::resize(this, QSize(980, 640));
    const QString today = RocDate::formatShort(m_work.today());
    m_groups = table(this, "groupTable",
        {tr("Group"), tr("Job coach"), tr("Began"), tr("Members"), tr("Sessions")});
    m_members = table(this, "memberTable",
        {tr("Case no."), tr("Name"), tr("Joined"), tr("Employed 6 months on")});
    m_sessions = table(this, "sessionTable", {tr("Date"), tr("Persons"), tr("Topic")});
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("groupSummary"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->setWordWrap(true);

    // New group
    auto *name = new QLineEdit(this);
    name->setPlaceholderText(tr("Name of the new group"));
    m_coach = new QComboBox(this);
    if (auto coaches = m_work.coaches()) {
        for (const StaffMember &s : *coaches)
            m_coach->addItem(s.name, s.id);
    }
    auto *began = new QLineEdit(today, this);
    auto *addGroupButton = new QPushButton(tr("Add &group"), this);
    connect(addGroupButton, &QPushButton::clicked, this, [=, this] {
        if (addGroup(name->text(), m_coach->currentData().toString(), began->text()))
            name->clear();
    });
    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(name, 2);
    groupRow->addWidget(m_coach, 1);
    groupRow->addWidget(began);
    groupRow->addWidget(addGroupButton);

    // Members and sessions of the selected group
    auto *caseNo = new QLineEdit(this);
    caseNo->setPlaceholderText(tr("Case no."));
    auto *joined = new QLineEdit(today, this);
    auto *addMemberButton = new QPushButton(tr("Add &member"), this);
    connect(addMemberButton, &QPushButton::clicked, this, [=, this] {
        if (addMember(caseNo->text(), joined->text()))
            caseNo->clear();
    });
    auto *day = new QLineEdit(today, this);
    auto *persons = new QSpinBox(this);
    persons->setRange(1, 50);
    persons->setValue(3);
    auto *topic = new QLineEdit(this);
    topic->setPlaceholderText(tr("Topic"));
    auto *addSessionButton = new QPushButton(tr("Add &session"), this);
    connect(addSessionButton, &QPushButton::clicked, this, [=, this] {
        if (addSession(day->text(), persons->value(), topic->text()))
            topic->clear();
    });
    auto *memberBox = new QGroupBox(tr("Members"), this);
    auto *memberLayout = new QVBoxLayout(memberBox);
    memberLayout->addWidget(m_members);
    auto *memberRow = new QHBoxLayout;
    memberRow->addWidget(caseNo);
    memberRow->addWidget(joined);
    memberRow->addWidget(addMemberButton);
    memberLayout->addLayout(memberRow);
    auto *sessionBox = new QGroupBox(tr("Sessions (at least 3 persons each)"), this);
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    sessionLayout->addWidget(m_sessions);
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(day);
    sessionRow->addWidget(persons);
    sessionRow->addWidget(topic, 1);
    sessionRow->addWidget(addSessionButton);
    sessionLayout->addLayout(sessionRow);
    auto *lower = new QHBoxLayout;
    lower->addWidget(memberBox, 1);
    lower->addWidget(sessionBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_groups, 1);
    layout->addLayout(groupRow);
    layout->addLayout(lower, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_groups, &QTableWidget::currentCellChanged, this, &GroupDialog::showGroup);
    reloadGroups();
}

QDate GroupDialog::parse(const QString &text)
{
    return RocDate::parse(text).value_or(QDate());
}

QString GroupDialog::currentGroupId() const
{
    const int row = m_groups->currentRow();
    return row >= 0 && row < m_list.size() ? m_list.at(row).id : QString();
}

void GroupDialog::reloadGroups()
{
    const QString keep = currentGroupId();
    m_list = m_work.groups().value_or(QList<SeGroup>());
    m_groups->setRowCount(static_cast<int>(m_list.size()));
    int select = m_list.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_list.size(); ++r) {
        const SeGroup &g = m_list.at(r);
        const int members
            = static_cast<int>(m_work.members(g.id).value_or(QList<GroupMember>()).size());
        const int sessions
            = static_cast<int>(m_work.sessions(g.id).value_or(QList<GroupSession>()).size());
        const QStringList cells = {g.name, m_coach->itemText(m_coach->findData(g.coachId)),
            RocDate::formatShort(g.startedOn), QString::number(members), QString::number(sessions)};
        for (int c = 0; c < cells.size(); ++c)
            m_groups->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        if (g.id == keep)
            select = r;
    }
    if (select >= 0)
        m_groups->setCurrentCell(select, 0);
    showGroup();
}

void GroupDialog::showGroup()
{
    const int row = m_groups->currentRow();
    m_members->setRowCount(0);
    m_sessions->setRowCount(0);
    m_summary->clear();
    if (row < 0 || row >= m_list.size())
        return;
    const SeGroup g = m_list.at(row);
    const int minimum = m_work.minimumPerSession();
    const auto members = m_work.members(g.id).value_or(QList<GroupMember>());
    m_members->setRowCount(static_cast<int>(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        const GroupMember &m = members.at(r);
        const QStringList cells = {m.caseNo, m.personName, RocDate::formatShort(m.joinedOn),
            m.stableFrom.isValid() ? RocDate::formatShort(m.stableFrom) : tr("not yet")};
        for (int c = 0; c < cells.size(); ++c)
            m_members->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    const auto sessions = m_work.sessions(g.id).value_or(QList<GroupSession>());
    m_sessions->setRowCount(static_cast<int>(sessions.size()));
    for (int r = 0; r < sessions.size(); ++r) {
        const GroupSession &s = sessions.at(r);
        const QStringList cells = {RocDate::formatShort(s.day), QString::number(s.persons),
            s.tooSmall ? tr("%1 (fewer than %2 persons)").arg(s.topic).arg(minimum) : s.topic};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (s.tooSmall)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_sessions->setItem(r, c, item);
        }
    }
    {
        if (const auto y = m_work.year(g.coachId)) {
            m_summary->setText(
                tr("%1's year (all groups): %2 persons served (at least %3), %4 employed 6 months "
                   "(at least %5), %6 sessions, %7 with too few persons: %8")
                    .arg(m_coach->itemText(m_coach->findData(g.coachId)))
                    .arg(y->served)
                    .arg(y->minimumServed)
                    .arg(y->stable)
                    .arg(y->requiredStable)
                    .arg(y->sessions)
                    .arg(y->tooSmallSessions)
                    .arg(y->met ? tr("met") : tr("not met yet")));
        }
    }
}

bool GroupDialog::addGroup(const QString &name, const QString &coachId, const QString &startedOn)
{
    auto r = m_work.createGroup(SeGroup {{}, name, coachId, parse(startedOn)});
    m_message->setText(r ? QString() : r.error().message);
    if (r) {
        reloadGroups();
        for (int i = 0; i < m_list.size(); ++i) {
            if (m_list.at(i).id == *r)
                m_groups->setCurrentCell(i, 0);
        }
    }
    return r.has_value();
}

bool GroupDialog::addMember(const QString &caseNo, const QString &joinedOn)
{
    const QString groupId = currentGroupId();
    if (groupId.isEmpty()) {
        m_message->setText(tr("Choose a group first."));
        return false;
    }
    auto r = m_work.addMember(groupId, caseNo, parse(joinedOn));
    m_message->setText(r ? QString() : r.error().message);
    if (r)
        reloadGroups();
    return r.has_value();
}

bool GroupDialog::addSession(const QString &day, int persons, const QString &topic)
{
    const QString groupId = currentGroupId();
    if (groupId.isEmpty()) {
        m_message->setText(tr("Choose a group first."));
        return false;
    }
    auto r = m_work.addSession(groupId, GroupSession {{}, parse(day), persons, topic, false});
    m_message->setText(r ? QString() : r.error().message);
    if (r)
        reloadGroups();
    return r.has_value();
}

} // namespace Casebook::App
