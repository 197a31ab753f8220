// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caselistmodel.h"

#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/persons/codelists.h"
#include "core/persons/nationalid.h"

namespace Casebook::Core {

CaseListModel::CaseListModel(QObject *parent) : QAbstractTableModel(parent) { }

void CaseListModel::setRows(QList<CaseListRow> rows)
{
    beginResetModel();
    m_rows.clear();
    m_haystack.clear();
    m_visible.clear();
    endResetModel();
    appendRows(std::move(rows));
}

void CaseListModel::appendRows(QList<CaseListRow> rows)
{
    const int first = static_cast<int>(m_rows.size());
    m_rows += std::move(rows);
    m_haystack.reserve(m_rows.size());
    std::vector<int> shown;
    for (int i = first; i < m_rows.size(); ++i) {
        const CaseListRow &r = m_rows.at(i);
        m_haystack.push_back(
            QString(r.caseNo + QLatin1Char('\n') + r.personName + QLatin1Char('\n') + r.idNumber)
                .toCaseFolded());
        if (matches(i, m_filter))
            shown.push_back(i);
    }
    if (shown.empty())
        return;
    const int at = static_cast<int>(m_visible.size());
    beginInsertRows({}, at, at + static_cast<int>(shown.size()) - 1);
    m_visible.insert(m_visible.end(), shown.begin(), shown.end());
    endInsertRows();
}

bool CaseListModel::matches(int source, const Filter &f) const
{
    const CaseListRow &r = m_rows.at(source);
    if (f.status && r.status != *f.status)
        return false;
    if (!f.district.isEmpty() && r.district != f.district)
        return false;
    if (!f.window.isEmpty() && r.window != f.window)
        return false;
    if (!f.unitId.isEmpty() && !r.unitIds.contains(f.unitId))
        return false;
    if (!f.coachId.isEmpty() && r.coachId != f.coachId)
        return false;
    if (!f.text.isEmpty() && !m_haystack[source].contains(f.text))
        return false;
    return true;
}

void CaseListModel::setFilter(const Filter &input)
{
    Filter f = input;
    f.text = f.text.trimmed().toCaseFolded();
    if (f == m_filter)
        return;
    // Typing one more character only narrows the list: search the rows still shown.
    const bool narrowing = f.status == m_filter.status && f.district == m_filter.district
        && f.window == m_filter.window && f.unitId == m_filter.unitId
        && f.coachId == m_filter.coachId && f.text.startsWith(m_filter.text);
    std::vector<int> next;
    if (narrowing) {
        next.reserve(m_visible.size());
        for (int i : m_visible) {
            if (matches(i, f))
                next.push_back(i);
        }
    } else {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (matches(i, f))
                next.push_back(i);
        }
    }
    beginResetModel();
    m_filter = f;
    m_visible = std::move(next);
    endResetModel();
}

int CaseListModel::rowOfCase(const QString &caseId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible[i]).caseId == caseId)
            return static_cast<int>(i);
    }
    return -1;
}

bool CaseListModel::holds(const QString &caseId) const
{
    return std::any_of(
        m_rows.cbegin(), m_rows.cend(), [&](const CaseListRow &r) { return r.caseId == caseId; });
}

QSet<QString> CaseListModel::casesOf(
    const QString &window, const QString &unitId, const QString &coachId) const
{
    QSet<QString> out;
    for (const CaseListRow &r : m_rows) {
        if ((window.isEmpty() || r.window == window)
            && (unitId.isEmpty() || r.unitIds.contains(unitId))
            && (coachId.isEmpty() || r.coachId == coachId))
            out.insert(r.caseId);
    }
    return out;
}

const CaseListRow *CaseListModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_visible.size()))
        return nullptr;
    return &m_rows.at(m_visible[row]);
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListRow &r = m_rows.at(m_visible[index.row()]);
    if (role == CaseIdRole)
        return r.caseId;
    if (role == PersonIdRole)
        return r.personId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CaseNo:
        return r.caseNo;
    case Name:
        return r.personName;
    case IdNumber:
        return role == Qt::ToolTipRole ? r.idNumber : NationalId::masked(r.idNumber);
    case Status:
        return CaseWorkflow::statusLabel(r.status);
    case District:
        return CodeLists::label(CodeLists::districts(), r.district);
    case Window:
        return CodeLists::label(CodeLists::windows(), r.window);
    case Units:
        return r.unitNames;
    case Coach:
        return r.coachName;
    case Received:
        return RocDate::formatShort(r.receivedOn);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo:
        return tr("Case no.");
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Status:
        return tr("Status");
    case District:
        return tr("District");
    case Window:
        return tr("Window");
    case Units:
        return tr("Units");
    case Coach:
        return tr("Job coach");
    case Received:
        return tr("Received");
    default:
        return {};
    }
}

} // namespace Casebook::Core
