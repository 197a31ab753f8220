// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caserepository.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace Casebook::Core {

// The case list: every case with its person, filtered in memory as the user types.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CaseNo,
        Name,
        IdNumber,
        Status,
        District,
        Window,
        Units,
        Coach,
        Received,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1, PersonIdRole };

    struct Filter
    {
        QString text; // name, ID number or case number
        std::optional<CaseStatus> status;
        QString district;
        QString window;
        QString unitId;
        QString coachId;
        bool operator==(const Filter &) const = default;
    };

    explicit CaseListModel(QObject *parent = nullptr);

    void setRows(QList<CaseListRow> rows);
    // The next page of rows, in the list's order after those held (the rest of the list read in
    // pages after the first screenful): those the filter lets through are shown at the end.
    void appendRows(QList<CaseListRow> rows);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    int totalCount() const { return static_cast<int>(m_rows.size()); }
    int rowOfCase(const QString &caseId) const;
    // Whether the case's row is held, shown or not.
    bool holds(const QString &caseId) const;
    // The cases of a window, unit and coach (empty: any), whatever the other filters: what the due
    // list follows.
    QSet<QString> casesOf(
        const QString &window, const QString &unitId, const QString &coachId) const;
    const CaseListRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool matches(int source, const Filter &f) const;
    QList<CaseListRow> m_rows;
    std::vector<QString> m_haystack; // case number, name and ID number, case-folded
    std::vector<int> m_visible;
    Filter m_filter;
};

} // namespace Casebook::Core
