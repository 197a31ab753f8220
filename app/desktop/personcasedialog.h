// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/cases/case.h"
#include "core/persons/person.h"
#include "core/units/unitrepository.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Casebook::App {

// Edits a person and, for an intake, the new case: passive, it emits saveRequested and shows the
// problems that the window reports back.
class PersonCaseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Intake, EditPerson };
    PersonCaseDialog(Mode mode, const QList<Core::StaffMember> &coaches, const QDate &today,
        QWidget *parent = nullptr);

    void setPerson(const Core::Person &person);
    Core::Person person() const;
    Core::Case intakeCase() const;
    Mode mode() const { return m_mode; }
    bool isDirty() const { return m_dirty; }
    // Shows each problem beside its field; an empty list clears them.
    void showProblems(const QList<Core::FieldProblem> &problems);
    // What the dialog calls a person's or a case's column (without its shortcut mark).
    QString fieldLabel(const QString &field) const { return m_labels.value(field); }
    // For tests: answers the "unsaved changes" question instead of a message box.
    void setDiscardQuestion(std::function<int()> ask) { m_ask = std::move(ask); }

Q_SIGNALS:
    void saveRequested();

public Q_SLOTS:
    void reject() override;

private:
    void requestSave();
    void fillCategories();
    QList<Core::FieldProblem> localProblems() const;
    void addRow(QFormLayout *form, const QString &field, const QString &label, QWidget *editor);

    Mode m_mode;
    bool m_dirty = false;
    std::function<int()> m_ask;
    QHash<QString, QLabel *> m_problemLabels;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QString> m_labels;
    QLineEdit *m_name = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_addressRegistered = nullptr;
    QLineEdit *m_addressLiving = nullptr;
    QComboBox *m_district = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_mobile = nullptr;
    QLineEdit *m_emergencyName = nullptr;
    QLineEdit *m_emergencyRelation = nullptr;
    QLineEdit *m_emergencyPhone = nullptr;
    QComboBox *m_education = nullptr;
    QComboBox *m_certSystem = nullptr;
    QListWidget *m_categories = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_certValidUntil = nullptr;
    QListWidget *m_tags = nullptr;
    QGroupBox *m_intakeBox = nullptr;
    QComboBox *m_intakeSource = nullptr;
    QComboBox *m_referralType = nullptr;
    QLineEdit *m_referralName = nullptr;
    QLineEdit *m_receivedOn = nullptr;
    QComboBox *m_coach = nullptr;
    QLabel *m_summary = nullptr;
    QString m_personId;
    QStringList m_pendingCategories;
};

} // namespace Casebook::App
