// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/caselistmodel.h"
#include "core/units/unitrepository.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace Casebook::App {

// The filterable case list: the search field, the status, district, window, unit and coach
// filters, and the table. Passive: the window gives it the rows and the units and coaches, and
// follows currentCaseChanged.
class CaseListPane : public QWidget
{
    Q_OBJECT

public:
    // The window, unit and coach chosen above the list: what the due panel follows.
    struct Scope
    {
        QString window;
        QString unitId;
        QString unitName;
        QString coachId;
        bool narrowed() const
        {
            return !window.isEmpty() || !unitId.isEmpty() || !coachId.isEmpty();
        }
    };

    explicit CaseListPane(QWidget *parent = nullptr);

    Core::CaseListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The search field and the filters, for the window to place above the list and the case.
    QWidget *filterBar() const { return m_filterBar; }
    void setRows(QList<Core::CaseListRow> rows);
    void appendRows(QList<Core::CaseListRow> rows);
    void setChoices(const QList<Core::Unit> &units, const QList<Core::StaffMember> &coaches);
    // Selects the case's row (clearing the search text when it hides it).
    void selectCase(const QString &caseId);
    // Shows the case with this case number and returns its id (empty when there is none).
    QString showCaseNo(const QString &caseNo);
    void clearFilters();
    void focusSearch();
    Scope scope() const;
    // From now on the job coach chosen is remembered across starts, and the last one is chosen.
    void rememberCoachFilter();
    // The search text and the filters, to carry over to a window made anew (a language change).
    QVariantMap filterState() const;
    void setFilterState(const QVariantMap &state);
    QSet<QString> casesIn(const Scope &scope) const;

Q_SIGNALS:
    void currentCaseChanged(const QString &caseId);
    void scopeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    Core::CaseListModel *m_model = nullptr;
    QString m_current;
    bool m_selecting = false;
    QWidget *m_filterBar = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_districtFilter = nullptr;
    QComboBox *m_windowFilter = nullptr;
    QComboBox *m_unitFilter = nullptr;
    QComboBox *m_coachFilter = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Casebook::App
