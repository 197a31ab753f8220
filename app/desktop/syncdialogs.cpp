// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/syncdialogs.h"

#include "app/desktop/laptopfit.h"
#include "app/desktop/workprogress.h"
#include "app/usecases/syncexchange.h"
#include "core/cases/caserepository.h"
#include "core/common/rocdate.h"
#include "core/persons/nationalid.h"
#include "core/persons/personrepository.h"
#include "forms/print/reportfiles.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Casebook::App {

using namespace Casebook::Core;

namespace {

QString when(qint64 hlc)
{
    return QDateTime::fromMSecsSinceEpoch(hlc >> 16).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

SyncController::SyncController(CaseStore &store, QWidget *parent)
    : QObject(parent), m_store(store), m_parent(parent)
{
    passphrase = [this](bool confirm) { return askPassphrase(confirm); };
    confirmFingerprint = [this](const QString &enroller, const QString &fingerprint) {
        QMessageBox box(QMessageBox::Question, tr("Accept an enrolment"),
            tr("The enrolment comes from %1. Compare this fingerprint with the one on the "
               "enroller's screen or "
               "printed slip, group by group:\n\n%2\n\nDo all twelve groups match?")
                .arg(enroller, fingerprint),
            QMessageBox::Yes | QMessageBox::No, m_parent);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
}

QString SyncController::askPassphrase(bool confirm)
{
    // A new passphrase: one too short is said at once, a second entry that differs asks again;
    // only Cancel ends the flow.
    QString problem;
    for (;;) {
        bool ok = false;
        const QString ask = confirm
            ? tr("Choose a passphrase for this device's keys (8 characters or more):")
            : tr("The passphrase of this device's keys:");
        QString first = QInputDialog::getText(m_parent, tr("Passphrase"),
            problem.isEmpty() ? ask : problem + QLatin1Char('\n') + ask, QLineEdit::Password, {},
            &ok);
        if (!ok || !confirm)
            return ok ? first : QString();
        if (first.toUtf8().size() < DeviceKeys::MinimumPassphraseBytes) {
            problem = tr("That passphrase is too short.");
            continue;
        }
        const QString again = QInputDialog::getText(m_parent, tr("Passphrase"),
            tr("The same passphrase again:"), QLineEdit::Password, {}, &ok);
        if (!ok)
            return {};
        if (again == first)
            return first;
        problem = tr("The two entries differ.");
    }
}

VoidResult SyncController::createKeys()
{
    UseCases::SyncExchange exchange(m_store);
    if (exchange.hasKeys())
        return fail(Error::Kind::NotAllowed, tr("This store has its keys already."));
    QString pass = passphrase(true);
    QByteArray utf8 = pass.toUtf8();
    std::fill(pass.begin(), pass.end(), QChar(u'\0'));
    auto keys = exchange.createKeys(utf8); // wipes utf8
    if (!keys)
        return tl::unexpected(keys.error());
    return {};
}

VoidResult SyncController::exportIdentity(const QString &path)
{
    return UseCases::SyncExchange(m_store).writeIdentity(path);
}

Result<QString> SyncController::enrol(
    const QString &identityPath, const QString &enrolmentPath, const EnrolScope &scope)
{
    auto device = UseCases::SyncExchange::readIdentity(identityPath);
    if (!device)
        return tl::unexpected(device.error());
    auto keys = unlock();
    if (!keys)
        return tl::unexpected(keys.error());
    // The slip to print: the fingerprint the device's user compares before accepting.
    const QString slipPath = enrolmentPath + QStringLiteral(".pdf");
    auto enrolled
        = UseCases::SyncExchange(m_store).enrol(*keys, *device, scope, enrolmentPath, slipPath);
    if (!enrolled)
        return tl::unexpected(enrolled.error());
    return tr("Enrolled %1. Give it %2 and print the slip %3; on the device, compare this store's "
              "fingerprint: %4")
        .arg(device->name, enrolmentPath, slipPath, enrolled->fingerprint);
}

Result<QString> SyncController::acceptEnrolment(const QString &path)
{
    UseCases::SyncExchange exchange(m_store);
    auto offer = exchange.readEnrolment(path);
    if (!offer)
        return tl::unexpected(offer.error());
    if (!confirmFingerprint(offer->enroller.name, offer->fingerprint)) {
        return fail(Error::Kind::Invalid,
            tr("Not accepted: the fingerprints do not match. Nothing was changed."));
    }
    if (auto r = exchange.acceptEnrolment(*offer, offer->fingerprint); !r)
        return tl::unexpected(r.error());
    Q_EMIT storeChanged();
    return tr("Enrolled by %1.").arg(offer->enroller.name);
}

Result<DeviceKeys> SyncController::unlock()
{
    UseCases::SyncExchange exchange(m_store);
    if (!exchange.hasKeys()) {
        return fail(
            Error::Kind::NotFound, tr("This store has no keys yet: Sync → Create device keys."));
    }
    // On an encrypted store the sign-in has unlocked them (after the passphrase was given once).
    if (auto bySignIn = exchange.unlockBySignIn())
        return bySignIn;
    QString pass = passphrase(false);
    if (pass.isEmpty())
        return fail(Error::Kind::Invalid, tr("Cancelled."));
    QByteArray utf8 = pass.toUtf8();
    std::fill(pass.begin(), pass.end(), QChar(u'\0'));
    return exchange.unlock(utf8); // the passphrase is wiped as soon as it has served
}

Result<QString> SyncController::exportBundle(const QString &path, const QString &toDevice)
{
    auto keys = unlock();
    if (!keys)
        return tl::unexpected(keys.error());
    const QString coverPath = path + QStringLiteral(".pdf");
    WorkProgress work(m_parent, tr("Writing the bundle…"));
    auto bundle = UseCases::SyncExchange(m_store, acting ? std::optional(acting()) : std::nullopt)
                      .exportBundle(*keys, path, toDevice, coverPath, work.progress());
    if (!bundle)
        return tl::unexpected(bundle.error());
    return tr("Wrote %1 (%2 operations) and its cover sheet %3.")
        .arg(path)
        .arg(Bundle::verify(*bundle)->operations)
        .arg(coverPath);
}

QList<std::pair<QString, QString>> SyncController::unitLaptops() const
{
    return SyncRepository(m_store).scopedDevices().value_or(QList<std::pair<QString, QString>>());
}

QStringList SyncController::importBundles(const QStringList &paths)
{
    QStringList lines;
    auto keys = unlock();
    if (!keys)
        return {keys.error().message};
    // A thousand steps a file: a large bundle moves the bar while it is merged, and Stop leaves it
    // out whole.
    constexpr int PerFile = static_cast<int>(Progress::Scale);
    QProgressDialog progress(tr("Importing bundles…"), tr("Stop"), 0,
        static_cast<int>(paths.size()) * PerFile, m_parent);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bool changed = false;
    for (int i = 0; i < paths.size(); ++i) {
        progress.setValue(i * PerFile);
        if (progress.wasCanceled()) {
            lines << tr("Stopped before %1; the files before it are imported.").arg(paths.at(i));
            break;
        }
        const QString name = QFileInfo(paths.at(i)).fileName();
        auto r = UseCases::SyncExchange(m_store).importFile(
            *keys, paths.at(i), [&progress, i](qint64 done, qint64 total) {
                if (total > 0)
                    progress.setValue(i * PerFile + static_cast<int>(done * PerFile / total));
                return !progress.wasCanceled();
            });
        if (!r && r.error().kind == Error::Kind::Cancelled) {
            lines << tr("Stopped during %1: nothing of it is imported (the files before it are).")
                         .arg(name);
            break;
        }
        if (!r) {
            lines << tr("%1: refused. %2").arg(name, r.error().message);
            continue;
        }
        const ImportSummary &s = r->summary;
        switch (r->kind) {
        case UseCases::ImportedFile::Kind::Definitions:
            lines << tr("%1: form definitions installed (%2); they are used from the next start.")
                         .arg(name, r->installed.join(QStringLiteral(", ")));
            break;
        case UseCases::ImportedFile::Kind::Receipt:
            lines << tr("%1: receipt from %2.").arg(name, s.from);
            break;
        case UseCases::ImportedFile::Kind::AlreadyImported:
            lines << tr("%1: imported before; nothing changed.").arg(name);
            break;
        case UseCases::ImportedFile::Kind::Data: {
            changed = true;
            QString line = tr("%1: %2 new, %3 known, %4 waiting, %5 new conflicts (from %6).")
                               .arg(name)
                               .arg(s.applied)
                               .arg(s.known)
                               .arg(s.heldBack)
                               .arg(s.conflicts)
                               .arg(s.from);
            if (!r->receiptWritten)
                line += QLatin1Char(' ') + tr("The receipt could not be written.");
            lines << line;
            break;
        }
        }
    }
    progress.setValue(static_cast<int>(paths.size()) * PerFile);
    if (changed)
        Q_EMIT storeChanged();
    return lines;
}

ConflictDialog::ConflictDialog(UseCases::SyncDecisions decisions, QWidget *parent)
    : QDialog(parent), m_decisions(std::move(decisions))
{
    setWindowTitle(tr("Conflicts to decide"));
    LaptopFit::resize(this, QSize(900, 520));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Earlier value"),
        tr("Later value (shown now)"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_a = new QRadioButton(this);
    m_a->setObjectName(QStringLiteral("choiceA"));
    m_b = new QRadioButton(this);
    m_b->setObjectName(QStringLiteral("choiceB"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(
        tr("Why this value (for example: confirmed with the client by phone)"));
    m_decide = new QPushButton(tr("&Decide"), this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Keep:"), m_a);
    form->addRow(QString(), m_b);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_decide, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_refusals = new QTableWidget(0, 4, this);
    m_refusals->setObjectName(QStringLiteral("refusalsTable"));
    m_refusals->setHorizontalHeaderLabels(
        {tr("When"), tr("From"), tr("What happened"), tr("Reason")});
    m_refusals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refusals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refusals->setWordWrap(false);
    m_refusals->setTextElideMode(Qt::ElideRight);
    m_refusals->horizontalHeader()->setStretchLastSection(true);
    m_refusals->verticalHeader()->setVisible(false);
    auto *refusedLabel
        = new QLabel(tr("Bundles refused or quarantined (nothing of them was imported):"), this);
    refusedLabel->setBuddy(m_refusals);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 3);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(refusedLabel);
    layout->addWidget(m_refusals, 1);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ConflictDialog::showCurrent);
    // The whole reason of a refusal, which the table shortens.
    connect(m_refusals, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_refusals->item(row, 3))
            m_message->setText(m_refusals->item(row, 3)->text());
    });
    connect(m_decide, &QPushButton::clicked, this, &ConflictDialog::decide);
    reload();
}

void ConflictDialog::reload()
{
    const auto refused = m_decisions.refusals().value_or(QList<Refusal>());
    m_refusals->setRowCount(static_cast<int>(refused.size()));
    for (int r = 0; r < refused.size(); ++r) {
        const Refusal &x = refused.at(r);
        const QDateTime at = QDateTime::fromString(x.at, Qt::ISODate);
        m_refusals->setItem(r, 0,
            new QTableWidgetItem(at.isValid() ? RocDate::formatShort(at.toLocalTime().date())
                        + at.toLocalTime().toString(QStringLiteral(" HH:mm"))
                                              : x.at));
        m_refusals->setItem(r, 1, new QTableWidgetItem(x.fromName));
        m_refusals->setItem(r, 2,
            new QTableWidgetItem(x.status == QLatin1String("quarantined")
                    ? tr("quarantined (altered)")
                    : tr("refused")));
        auto *reason = new QTableWidgetItem(x.reason);
        reason->setToolTip(x.reason);
        m_refusals->setItem(r, 3, reason);
    }
    m_refusals->resizeColumnToContents(0);
    m_refusals->resizeColumnToContents(1);
    m_refusals->resizeColumnToContents(2);
    auto all = m_decisions.conflicts(); // the open ones first
    m_conflicts = all ? *all : QList<Conflict>();
    if (!all)
        m_message->setText(all.error().message);
    // Devices by name, records by what a person recognises.
    m_deviceNames = m_decisions.deviceNames();
    m_table->setRowCount(static_cast<int>(m_conflicts.size()));
    for (int r = 0; r < m_conflicts.size(); ++r) {
        const Conflict &c = m_conflicts.at(r);
        const QString record = m_decisions.recordName(c);
        const QStringList cells
            = {record, c.field, tr("%1 (%2, %3)").arg(c.valueA, device(c.deviceA), when(c.hlcA)),
                tr("%1 (%2, %3)").arg(c.valueB, device(c.deviceB), when(c.hlcB)),
                c.status == QLatin1String("open") ? tr("to decide")
                                                  : tr("decided: %1 — %2").arg(c.chosen, c.reason)};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    if (!m_conflicts.isEmpty()) {
        m_table->setCurrentCell(0, 0);
    } else if (all) {
        m_message->setText(tr("No conflicts: the devices' values agree. Nothing to decide."));
    }
    showCurrent();
}

void ConflictDialog::showCurrent()
{
    const int row = m_table->currentRow();
    const bool open = row >= 0 && row < m_conflicts.size()
        && m_conflicts.at(row).status == QLatin1String("open");
    for (QWidget *w : std::initializer_list<QWidget *> {m_a, m_b, m_reason, m_decide})
        w->setEnabled(open);
    if (row < 0 || row >= m_conflicts.size()) {
        m_a->setText({});
        m_b->setText({});
        return;
    }
    const Conflict &c = m_conflicts.at(row);
    m_a->setText(tr("\"%1\", written on %2 at %3").arg(c.valueA, device(c.deviceA), when(c.hlcA)));
    m_b->setText(tr("\"%1\", written on %2 at %3").arg(c.valueB, device(c.deviceB), when(c.hlcB)));
    m_a->setChecked(false);
    m_b->setChecked(false);
}

QString ConflictDialog::device(const QString &deviceId) const
{
    return m_deviceNames.value(deviceId, deviceId.right(8));
}

void ConflictDialog::decide()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    if (!m_a->isChecked() && !m_b->isChecked()) {
        m_message->setText(tr("Choose the value to keep."));
        return;
    }
    const Conflict c = m_conflicts.at(row);
    auto r = m_decisions.resolve(c.id, m_a->isChecked() ? c.valueA : c.valueB, m_reason->text());
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->setText(tr("Decided. The decision travels to the laptops with the next bundle."));
    m_reason->clear();
    reload();
    Q_EMIT decided();
}

DuplicateDialog::DuplicateDialog(UseCases::SyncDecisions decisions, QWidget *parent)
    : QDialog(parent), m_decisions(std::move(decisions))
{
    setWindowTitle(tr("Probable duplicates"));
    LaptopFit::resize(this, QSize(900, 560));
    m_pairs = new QTableWidget(0, 5, this);
    m_pairs->setObjectName(QStringLiteral("duplicatePairs"));
    m_pairs->setHorizontalHeaderLabels(
        {tr("Why"), tr("First record"), tr("ID / birth"), tr("Second record"), tr("ID / birth")});
    m_merges = new QTableWidget(0, 4, this);
    m_merges->setObjectName(QStringLiteral("personMerges"));
    m_merges->setHorizontalHeaderLabels(
        {tr("Merged on"), tr("Kept"), tr("Cases moved"), tr("Reason")});
    for (QTableWidget *t : {m_pairs, m_merges}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->verticalHeader()->setVisible(false);
        t->horizontalHeader()->setStretchLastSection(true);
    }
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(
        tr("Why these are one person (for example: same ID number, confirmed by the coach)"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *keepFirst = new QPushButton(tr("Merge, keep the &first"), this);
    keepFirst->setObjectName(QStringLiteral("keepFirstButton"));
    auto *keepSecond = new QPushButton(tr("Merge, keep the &second"), this);
    keepSecond->setObjectName(QStringLiteral("keepSecondButton"));
    auto *undo = new QPushButton(tr("&Undo the selected merge"), this);
    undo->setObjectName(QStringLiteral("undoMergeButton"));
    // A button acts on a selected row: with none, it is disabled.
    auto enable = [this, keepFirst, keepSecond, undo] {
        const int pair = m_pairs->currentRow();
        const bool hasPair = pair >= 0 && pair < m_found.size();
        keepFirst->setEnabled(hasPair);
        keepSecond->setEnabled(hasPair);
        const int merge = m_merges->currentRow();
        undo->setEnabled(merge >= 0 && merge < m_done.size() && !m_done.at(merge).undone);
    };
    connect(m_pairs, &QTableWidget::currentCellChanged, this, enable);
    connect(m_merges, &QTableWidget::currentCellChanged, this, enable);
    connect(this, &DuplicateDialog::reloaded, this, enable);
    connect(keepFirst, &QPushButton::clicked, this, [this] { mergeSelected(true); });
    connect(keepSecond, &QPushButton::clicked, this, [this] { mergeSelected(false); });
    connect(undo, &QPushButton::clicked, this, &DuplicateDialog::undoSelected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *mergeRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    mergeRow->addWidget(reasonLabel);
    mergeRow->addWidget(m_reason, 1);
    mergeRow->addWidget(keepFirst);
    mergeRow->addWidget(keepSecond);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Probable duplicates"), this));
    layout->addWidget(m_pairs, 2);
    layout->addLayout(mergeRow);
    layout->addWidget(new QLabel(tr("Merges"), this));
    layout->addWidget(m_merges, 1);
    layout->addWidget(undo, 0, Qt::AlignRight);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    reload();
}

void DuplicateDialog::reload()
{
    auto found = m_decisions.probableDuplicates();
    auto done = m_decisions.merges();
    m_found = found ? *found : QList<ProbableDuplicate>();
    m_done = done ? *done : QList<PersonMerge>();
    auto idAndBirth = [](const Person &p) {
        return QStringLiteral("%1 / %2").arg(
            NationalId::masked(p.idNumber), RocDate::formatShort(p.birthDate));
    };
    m_pairs->setRowCount(static_cast<int>(m_found.size()));
    for (int r = 0; r < m_found.size(); ++r) {
        const ProbableDuplicate &d = m_found.at(r);
        const QStringList cells
            = {d.reason == QLatin1String("id_number") ? tr("same ID number")
                                                      : tr("same name and birth date"),
                d.first.name, idAndBirth(d.first), d.second.name, idAndBirth(d.second)};
        for (int c = 0; c < cells.size(); ++c)
            m_pairs->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_merges->setRowCount(static_cast<int>(m_done.size()));
    for (int r = 0; r < m_done.size(); ++r) {
        const PersonMerge &m = m_done.at(r);
        const QStringList cells
            = {RocDate::formatShort(m.mergedOn) + (m.undone ? tr(" (undone)") : QString()),
                m_decisions.personName(m.keptId), QString::number(m.cases.size()), m.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_merges->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_pairs->resizeColumnsToContents();
    if (!m_found.isEmpty()) {
        m_pairs->setCurrentCell(0, 0);
    } else if (found) {
        m_message->setText(tr("No probable duplicates: no two persons share an ID number, or a "
                              "name and birth date."));
    }
    Q_EMIT reloaded();
}

void DuplicateDialog::mergeSelected(bool keepFirst)
{
    const int row = m_pairs->currentRow();
    if (row < 0 || row >= m_found.size()) {
        m_message->setText(tr("Choose a pair first."));
        return;
    }
    const ProbableDuplicate d = m_found.at(row);
    const Person &kept = keepFirst ? d.first : d.second;
    const Person &merged = keepFirst ? d.second : d.first;
    auto r = m_decisions.merge(kept.id, merged.id, m_reason->text());
    if (!r) {
        m_message->setText(r.error().message);
        return;
    }
    m_message->setText(
        tr("Merged into %1. Undo it from the list of merges if it was wrong.").arg(kept.name));
    m_reason->clear();
    reload();
    Q_EMIT changed();
}

void DuplicateDialog::undoSelected()
{
    const int row = m_merges->currentRow();
    if (row < 0 || row >= m_done.size()) {
        m_message->setText(tr("Choose a merge first."));
        return;
    }
    auto r = m_decisions.undoMerge(m_done.at(row).id);
    m_message->setText(r ? tr("The merge is undone: both records and their cases are as before.")
                         : r.error().message);
    reload();
    if (r)
        Q_EMIT changed();
}

DevicesDialog::DevicesDialog(const UseCases::SyncDecisions &decisions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Devices"));
    LaptopFit::resize(this, QSize(900, 360));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("devicesTable"));
    m_table->setHorizontalHeaderLabels({tr("Device"), tr("Role"), tr("Trusted as"), tr("Receives"),
        tr("Revoked"), tr("Fingerprint")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    const auto devices = decisions.devices().value_or(QList<TrustedDevice>());
    m_table->setRowCount(static_cast<int>(devices.size()));
    for (int r = 0; r < devices.size(); ++r) {
        const TrustedDevice &d = devices.at(r);
        const QString as = d.trustedAs == QLatin1String("enroller") ? tr("this store's enroller")
            : d.trustedAs == QLatin1String("enrolled")              ? tr("enrolled here")
                                                       : tr("known through its enroller");
        const QString receives = !d.scope.unit.isEmpty()
            ? tr("unit %1's cases").arg(decisions.scopeName(d.scope))
            : !d.scope.coach.isEmpty() ? tr("coach %1's caseload").arg(decisions.scopeName(d.scope))
                                       : tr("the whole store");
        const QStringList cells {d.identity.name, d.identity.role, as, receives,
            d.revoked ? tr("revoked") : QString(), d.fingerprint};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
}

} // namespace Casebook::App
