// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/acting.h"
#include "app/usecases/syncdecisions.h"
#include "core/persons/duplicaterepository.h"
#include "core/store/casestore.h"
#include "core/sync/syncrepository.h"

#include <QDialog>
#include <QObject>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Casebook::App {

// The client's side of sync: device keys, exporting a bundle with its cover sheet, importing many
// bundles with progress (each answered with a receipt beside it), all asking for the passphrase
// when the keys are needed.
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(Core::CaseStore &store, QWidget *parent);

    // Asks for the passphrase (twice when confirm is set); empty when cancelled. Replaceable for
    // tests.
    std::function<QString(bool confirm)> passphrase;
    // Who exports and decides (the signed-in user); the store's device when not set.
    UseCases::ActingSource acting;

    Core::VoidResult createKeys();
    // This store's public identity, for the bureau to enrol it (no passphrase needed).
    Core::VoidResult exportIdentity(const QString &path);
    // At the bureau or window: trusts the device whose identity is in `identityPath` and writes its
    // enrolment file. With a unit, the device is that unit's laptop: it gets only the cases
    // dispatched to the unit. With a coach, the laptop receives that coach's caseload.
    Core::Result<QString> enrol(const QString &identityPath, const QString &enrolmentPath,
        const Core::EnrolScope &scope = {});
    // On a laptop: reads an enrolment file and shows the enroller's fingerprint; accepted only when
    // the person says it matches the enroller's screen or slip. Replaceable for tests: returns
    // whether they match.
    std::function<bool(const QString &enroller, const QString &fingerprint)> confirmFingerprint;
    Core::Result<QString> acceptEnrolment(const QString &path);
    // Writes the bundle and, beside it, FILE.pdf, its cover sheet. Returns the summary line.
    // toDevice: a bundle for one unit's laptop (enrolled with a unit) instead of the general one.
    Core::Result<QString> exportBundle(const QString &path, const QString &toDevice = {});
    // The unit laptops this store enrolled: device id -> "name (unit)".
    QList<std::pair<QString, QString>> unitLaptops() const;
    // Imports the files in turn with a progress dialog; returns one line per file (refusals
    // included).
    QStringList importBundles(const QStringList &paths);

Q_SIGNALS:
    void storeChanged();

private:
    Core::Result<Core::DeviceKeys> unlock();
    QString askPassphrase(bool confirm);
    Core::CaseStore &m_store;
    QWidget *m_parent;
};

// Sync → Conflicts: the two values of each conflict side by side with device and time; a choice and
// a reason make the decision, a write that travels back to the laptops.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictDialog(UseCases::SyncDecisions decisions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    QRadioButton *choiceA() const { return m_a; }
    QRadioButton *choiceB() const { return m_b; }
    QLineEdit *reason() const { return m_reason; }
    QPushButton *decideButton() const { return m_decide; }
    QLabel *message() const { return m_message; }
    // Bundles refused (a write their sender may not make, a forged author) or quarantined, with the
    // reason.
    QTableWidget *refusals() const { return m_refusals; }

Q_SIGNALS:
    void decided();

private:
    void reload();
    void showCurrent();
    void decide();
    QString device(const QString &deviceId) const;
    UseCases::SyncDecisions m_decisions;
    QHash<QString, QString> m_deviceNames;
    QList<Core::Conflict> m_conflicts;
    QTableWidget *m_table = nullptr;
    QRadioButton *m_a = nullptr;
    QRadioButton *m_b = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_decide = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_refusals = nullptr;
};

// Sync → Devices: the stores this one trusts, with what each receives (a coach's caseload, a unit's
// cases or the whole store), whether it is revoked, and its fingerprint to compare.
class DevicesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DevicesDialog(const UseCases::SyncDecisions &decisions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

// Sync → Probable duplicates: pairs of person records with the same ID number, or the same name and
// birth date. Merging keeps one record and moves the other's cases to it; a merge can be undone
// from the list below.
class DuplicateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DuplicateDialog(UseCases::SyncDecisions decisions, QWidget *parent = nullptr);
    QTableWidget *pairs() const { return m_pairs; }
    QTableWidget *merges() const { return m_merges; }
    QLineEdit *reason() const { return m_reason; }
    QLabel *message() const { return m_message; }
    // Merges the selected pair keeping its first (keepFirst) or second record.
    void mergeSelected(bool keepFirst);
    void undoSelected();

Q_SIGNALS:
    void reloaded(); // the lists were read again
    void changed();

private:
    void reload();
    UseCases::SyncDecisions m_decisions;
    QList<Core::ProbableDuplicate> m_found;
    QList<Core::PersonMerge> m_done;
    QTableWidget *m_pairs = nullptr;
    QTableWidget *m_merges = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Casebook::App
