// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/caselistpane.h"

#include "core/cases/caseworkflow.h"
#include "core/persons/codelists.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace Casebook::App {

using namespace Casebook::Core;

namespace {

void refill(QComboBox *c, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QSignalBlocker block(c);
    const QString current = c->currentData().toString();
    c->clear();
    c->addItem(all, QString());
    for (const auto &[code, label] : items)
        c->addItem(label, code);
    c->setCurrentIndex(std::max(0, c->findData(current)));
}

QList<std::pair<QString, QString>> codes(const QList<CodeItem> &list)
{
    QList<std::pair<QString, QString>> items;
    for (const CodeItem &i : list)
        items.append({i.code, CodeLists::label(list, i.code)});
    return items;
}

} // namespace

CaseListPane::CaseListPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseListPane"));
    m_model = new CaseListModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The filters sit above the list and the case view (the window places the bar).
    m_filterBar = new QWidget(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    auto *filters = new QHBoxLayout(m_filterBar);
    filters->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(m_filterBar);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Search by name, ID number or case number (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    filters->addWidget(m_filterEdit, 3);
    // Ctrl+E (edit the person) works from the search box too: the line edit would take it as
    // "end of line" on X11.
    m_filterEdit->installEventFilter(this);
    auto combo = [&](const char *name, const QString &tip) {
        auto *c = new QComboBox(m_filterBar);
        c->setObjectName(QString::fromLatin1(name));
        c->setToolTip(tip);
        filters->addWidget(c, 1);
        connect(c, &QComboBox::currentIndexChanged, this, &CaseListPane::applyFilter);
        return c;
    };
    m_statusFilter = combo("statusFilter", tr("Status"));
    m_districtFilter = combo("districtFilter", tr("District"));
    m_windowFilter = combo("windowFilter", tr("Window"));
    m_unitFilter = combo("unitFilter", tr("Unit"));
    m_coachFilter = combo("coachFilter", tr("Job coach"));
    for (QComboBox *c : {m_windowFilter, m_unitFilter, m_coachFilter})
        connect(c, &QComboBox::currentIndexChanged, this, &CaseListPane::scopeChanged);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the case view; arrows move in it
    m_table->setColumnWidth(CaseListModel::CaseNo, 100);
    m_table->setColumnWidth(CaseListModel::Name, 80);
    m_table->setColumnWidth(CaseListModel::IdNumber, 100);
    m_table->setColumnWidth(CaseListModel::Status, 90);
    m_table->setColumnWidth(CaseListModel::District, 70);
    m_table->setColumnWidth(CaseListModel::Window, 50);
    m_table->setColumnWidth(CaseListModel::Units, 150);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &CaseListPane::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_current = current.isValid()
                ? m_model->data(current, CaseListModel::CaseIdRole).toString()
                : QString();
            if (!m_selecting)
                Q_EMIT currentCaseChanged(m_current);
        });

    QList<std::pair<QString, QString>> statuses;
    for (CaseStatus s : CaseWorkflow::allStatuses())
        statuses.append({CaseWorkflow::statusKey(s), CaseWorkflow::statusLabel(s)});
    refill(m_statusFilter, tr("All statuses"), statuses);
    refill(m_districtFilter, tr("All districts"), codes(CodeLists::districts()));
    refill(m_windowFilter, tr("Both windows"), codes(CodeLists::windows()));
    setChoices({}, {});
}

bool CaseListPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E))
            return true; // left unaccepted: the window's shortcut takes it
    }
    return QWidget::eventFilter(watched, event);
}

void CaseListPane::setRows(QList<CaseListRow> rows)
{
    m_model->setRows(std::move(rows));
}

void CaseListPane::appendRows(QList<CaseListRow> rows)
{
    m_model->appendRows(std::move(rows));
}

void CaseListPane::setChoices(const QList<Unit> &units, const QList<StaffMember> &coaches)
{
    QList<std::pair<QString, QString>> unitItems;
    for (const Unit &u : units)
        unitItems.append({u.id, u.name});
    refill(m_unitFilter, tr("All units"), unitItems);
    QList<std::pair<QString, QString>> coachItems;
    for (const StaffMember &s : coaches)
        coachItems.append({s.id, s.name});
    refill(m_coachFilter, tr("All coaches"), coachItems);
}

QVariantMap CaseListPane::filterState() const
{
    QVariantMap state {{QStringLiteral("text"), m_filterEdit->text()}};
    for (QComboBox *c :
        {m_statusFilter, m_districtFilter, m_windowFilter, m_unitFilter, m_coachFilter})
        state.insert(c->objectName(), c->currentData());
    return state;
}

void CaseListPane::setFilterState(const QVariantMap &state)
{
    for (QComboBox *c :
        {m_statusFilter, m_districtFilter, m_windowFilter, m_unitFilter, m_coachFilter}) {
        if (const int i = c->findData(state.value(c->objectName())); i >= 0)
            c->setCurrentIndex(i);
    }
    m_filterEdit->setText(state.value(QStringLiteral("text")).toString());
}

void CaseListPane::rememberCoachFilter()
{
    // The job coach chosen above the list is kept for the next start (a coach's own caseload on a
    // unit's laptop, a supervisor's coach).
    connect(m_coachFilter, &QComboBox::activated, this, [this] {
        QSettings().setValue(QStringLiteral("caseList/coach"), m_coachFilter->currentData());
    });
    const QString saved = QSettings().value(QStringLiteral("caseList/coach")).toString();
    if (const int i = m_coachFilter->findData(saved); !saved.isEmpty() && i > 0)
        m_coachFilter->setCurrentIndex(i);
}

void CaseListPane::applyFilter()
{
    CaseListModel::Filter f;
    f.text = m_filterEdit->text();
    f.status = CaseWorkflow::statusFromKey(m_statusFilter->currentData().toString());
    f.district = m_districtFilter->currentData().toString();
    f.window = m_windowFilter->currentData().toString();
    f.unitId = m_unitFilter->currentData().toString();
    f.coachId = m_coachFilter->currentData().toString();
    const QString keep = m_current;
    m_model->setFilter(f);
    const int row = m_model->rowOfCase(keep);
    if (row >= 0) {
        m_table->selectRow(row);
    } else if (m_model->rowCount() > 0 && !keep.isEmpty()) {
        m_current.clear();
        Q_EMIT currentCaseChanged({});
    }
}

void CaseListPane::selectCase(const QString &caseId)
{
    m_current = caseId;
    int row = m_model->rowOfCase(caseId);
    if (row < 0 && !m_model->filter().text.isEmpty()) {
        m_filterEdit->clear();
        row = m_model->rowOfCase(caseId);
    }
    if (row < 0) { // hidden by a filter: the filters go, so the case shown is the one selected
        clearFilters();
        row = m_model->rowOfCase(caseId);
    }
    if (row < 0) {
        m_table->clearSelection(); // never another case's row highlighted beside it
        return;
    }
    {
        m_selecting = true; // the window shows the case itself
        m_table->selectRow(row);
        m_selecting = false;
        m_table->scrollTo(m_model->index(row, 0));
    }
}

QString CaseListPane::showCaseNo(const QString &caseNo)
{
    m_filterEdit->setText(caseNo);
    return m_model->rowCount() > 0 ? m_model->rowAt(0)->caseId : QString();
}

void CaseListPane::clearFilters()
{
    m_filterEdit->clear();
    for (QComboBox *c :
        {m_statusFilter, m_districtFilter, m_windowFilter, m_unitFilter, m_coachFilter})
        c->setCurrentIndex(0);
}

void CaseListPane::focusSearch()
{
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

CaseListPane::Scope CaseListPane::scope() const
{
    return {m_windowFilter->currentData().toString(), m_unitFilter->currentData().toString(),
        m_unitFilter->currentIndex() > 0 ? m_unitFilter->currentText() : QString(),
        m_coachFilter->currentData().toString()};
}

QSet<QString> CaseListPane::casesIn(const Scope &scope) const
{
    return m_model->casesOf(scope.window, scope.unitId, scope.coachId);
}

} // namespace Casebook::App
