// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/groupwork.h"
#include "core/services/grouprepository.h"
#include "core/store/casestore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Casebook::App {

// The group model (群組服務模式): a coach's groups, their members and sessions; a session with
// fewer than 3 persons is flagged, and the coach's year shows against P-07 (9 persons, 70% stable 6
// months).
class GroupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GroupDialog(UseCases::GroupWork groups, QWidget *parent = nullptr);

    QTableWidget *groupTable() const { return m_groups; }
    QTableWidget *memberTable() const { return m_members; }
    QTableWidget *sessionTable() const { return m_sessions; }
    QLabel *summary() const { return m_summary; }
    QLabel *message() const { return m_message; }

    bool addGroup(const QString &name, const QString &coachId, const QString &startedOn);
    bool addMember(const QString &caseNo, const QString &joinedOn);
    bool addSession(const QString &day, int persons, const QString &topic);

private:
    void reloadGroups();
    void showGroup();
    QString currentGroupId() const;
    QDate parse(const QString &text);
    UseCases::GroupWork m_work;
    QList<Core::SeGroup> m_list;
    QTableWidget *m_groups = nullptr;
    QTableWidget *m_members = nullptr;
    QTableWidget *m_sessions = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_coach = nullptr;
};

} // namespace Casebook::App
