// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/servicerecords.h"
#include "core/services/servicerepository.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Casebook::App {

// Asks for one supported-employment record: the unit's case profile, a placement, a day of
// intensive support or a follow-up contact. Passive: the window reads the value and saves it
// through the ServiceRecords use case.
class ServiceEntryDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Profile, Placement, SupportDay, FollowUp, Adaptation, Extension, Home };
    ServiceEntryDialog(Kind kind, const QList<Core::Employer> &employers, const QDate &today,
        QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setProfile(const Core::SeProfile &profile);
    Core::SeProfile profile() const;
    // For a placement: the chosen employer, or a new one typed in (employer().id empty).
    Core::Employer employer() const;
    Core::Placement placement() const;
    // Editing a stored placement: its values shown, placement() keeps its id.
    void setPlacement(const Core::Placement &placement);
    Core::Adaptation adaptation() const;
    Core::Extension extension() const;
    Core::HomeService homeService() const;
    Core::SupportDay supportDay() const;
    Core::FollowUp followUp() const;
    // The value of this dialog's kind, for ServiceRecords::add.
    UseCases::ServiceEntry entry() const;
    void showError(const QString &message);
    // A stored column's name as this dialog shows it ("wage" → the wage's label), or empty.
    QString fieldLabel(const QString &column) const;

Q_SIGNALS:
    void saveRequested();

private:
    QLineEdit *line(const char *name, const QString &label, const QString &text = {});
    QDate date(const char *name) const;
    Kind m_kind;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QCheckBox *> m_checks;
    QList<Core::Employer> m_employers;
    Core::SeProfile m_profile;
    QString m_placementId;
    QLabel *m_error = nullptr;
};

} // namespace Casebook::App
