// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/desktop/syncmenu.h"

#include "app/desktop/syncdialogs.h"
#include "app/usecases/acting.h"
#include "app/usecases/casefiles.h"
#include "app/usecases/syncexchange.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Casebook::App {

using namespace Casebook::Core;

SyncMenu::SyncMenu(CaseStore &store, UseCases::ActingSource acting, QMenu *menu, QWidget *window)
    : QObject(window), m_store(store), m_acting(std::move(acting)), m_menu(menu), m_window(window)
{
    setObjectName(QStringLiteral("syncMenu"));
    auto *sync = new SyncController(m_store, m_window);
    sync->acting = m_acting;
    sync->setObjectName(QStringLiteral("syncController"));
    connect(sync, &SyncController::storeChanged, this, &SyncMenu::storeChanged);
    QAction *keys = m_menu->addAction(tr("Create device &keys…"), this, [this, sync] {
        auto r = sync->createKeys();
        if (!r) {
            QMessageBox::warning(m_window, tr("Device keys"), r.error().message);
        } else {
            Q_EMIT message(
                tr("The device keys are made; the bureau can now enrol this store."), 8000);
        }
    });
    keys->setObjectName(QStringLiteral("createKeysAction"));
    QAction *exportAction = m_menu->addAction(tr("&Export bundle…"), this, [this, sync] {
        // Said before the file and the passphrase are asked for, with the way to get there.
        if (auto ready = UseCases::SyncExchange(m_store).readyToExport(); !ready) {
            auto *box = new QMessageBox(QMessageBox::Information, tr("Export bundle"),
                ready.error().message, QMessageBox::Ok, m_window);
            box->setObjectName(QStringLiteral("exportNotReadyMessage"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export a bundle"),
            QDir::home().filePath(
                QStringLiteral("casebook-%1.cbb")
                    .arg(m_store.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm")))),
            tr("Casebook bundles (*.cbb)"));
        if (path.isEmpty())
            return;
        auto r = sync->exportBundle(path);
        if (!r) {
            QMessageBox::warning(m_window, tr("Export bundle"), r.error().message);
        } else {
            done(tr("Export bundle"), *r);
        }
    });
    exportAction->setObjectName(QStringLiteral("exportBundleAction"));
    QAction *exportUnit
        = m_menu->addAction(tr("Export a bundle for a &unit laptop…"), this, [this, sync] {
              const auto laptops = sync->unitLaptops();
              if (laptops.isEmpty()) {
                  QMessageBox::information(
                      m_window, tr("Export bundle"), tr("No laptop has been enrolled for a unit."));
                  return;
              }
              QStringList names;
              for (const auto &l : laptops)
                  names << l.second;
              bool ok = false;
              const QString choice = QInputDialog::getItem(
                  m_window, tr("Export bundle"), tr("For which laptop:"), names, 0, false, &ok);
              if (!ok)
                  return;
              const QString path = QFileDialog::getSaveFileName(m_window, tr("Export a bundle"),
                  QDir::home().filePath(QStringLiteral("casebook-unit.cbb")),
                  tr("Casebook bundles (*.cbb)"));
              if (path.isEmpty())
                  return;
              auto r = sync->exportBundle(
                  path, laptops.at(static_cast<int>(names.indexOf(choice))).first);
              if (!r) {
                  QMessageBox::warning(m_window, tr("Export bundle"), r.error().message);
              } else {
                  done(tr("Export bundle"), *r);
              }
          });
    exportUnit->setObjectName(QStringLiteral("exportUnitBundleAction"));
    QAction *identity = m_menu->addAction(
        tr("Export this device's iden&tity…"), this, [this, sync] {
            const QString path
                = QFileDialog::getSaveFileName(m_window, tr("Export this device's identity"),
                    QDir::home().filePath(QStringLiteral("casebook-identity.json")),
                    tr("Identity (*.json)"));
            if (path.isEmpty())
                return;
            if (auto r = sync->exportIdentity(path); !r) {
                QMessageBox::warning(m_window, tr("Export identity"), r.error().message);
            } else {
                Q_EMIT message(tr("Give %1 to the bureau to enrol this device.").arg(path), 10000);
            }
        });
    identity->setObjectName(QStringLiteral("exportIdentityAction"));
    QAction *enrolAction = m_menu->addAction(tr("E&nrol a device…"), this, [this, sync] {
        const QString from = QFileDialog::getOpenFileName(
            m_window, tr("The device's identity"), QDir::homePath(), tr("Identity (*.json)"));
        if (from.isEmpty())
            return;
        const QString to = QFileDialog::getSaveFileName(m_window, tr("Save the enrolment file"),
            QFileInfo(from).dir().filePath(QStringLiteral("enrolment.json")),
            tr("Enrolment (*.json)"));
        if (to.isEmpty())
            return;
        // A coach's laptop gets its coach's caseload, a unit's laptop the cases dispatched to its
        // unit; the whole store only for a supervisor's or the bureau's.
        QStringList choices;
        QList<EnrolScope> scopes;
        const UseCases::CaseFiles files(m_store);
        if (auto staff = files.coaches()) {
            for (const StaffMember &m : *staff) {
                choices << tr("The laptop of coach %1").arg(m.name);
                scopes << EnrolScope {{}, m.id};
            }
        }
        if (auto units = files.units()) {
            for (const Unit &u : *units) {
                choices << tr("A laptop of %1").arg(u.name);
                scopes << EnrolScope {u.id, {}};
            }
        }
        choices << tr("The whole store (a supervisor's or the bureau's)");
        scopes << EnrolScope {};
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Enrol a device"),
            tr("What the device receives:"), choices, 0, false, &ok);
        if (!ok)
            return;
        auto r = sync->enrol(from, to, scopes.at(static_cast<int>(choices.indexOf(choice))));
        if (!r) {
            QMessageBox::warning(m_window, tr("Enrol a device"), r.error().message);
        } else {
            done(tr("Enrol a device"), *r);
        }
    });
    enrolAction->setObjectName(QStringLiteral("enrolAction"));
    QAction *acceptAction = m_menu->addAction(tr("&Accept an enrolment…"), this, [this, sync] {
        const QString path = QFileDialog::getOpenFileName(m_window,
            tr("The enrolment file from the bureau"), QDir::homePath(), tr("Enrolment (*.json)"));
        if (path.isEmpty())
            return;
        if (auto r = sync->acceptEnrolment(path); !r) {
            QMessageBox::warning(m_window, tr("Accept an enrolment"), r.error().message);
        } else {
            done(tr("Accept an enrolment"), *r);
        }
    });
    acceptAction->setObjectName(QStringLiteral("acceptEnrolmentAction"));
    QAction *devicesAction = m_menu->addAction(tr("De&vices…"), this, [this] {
        auto *dialog = new DevicesDialog(decisions(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    devicesAction->setObjectName(QStringLiteral("devicesAction"));
    QAction *importAction = m_menu->addAction(tr("&Import bundles…"), this, [this, sync] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(m_window, tr("Import bundles"), QDir::homePath(),
                tr("Casebook bundles and receipts (*.cbb *.receipt *.json);;All files (*)"));
        if (paths.isEmpty())
            return;
        QMessageBox::information(
            m_window, tr("Import bundles"), sync->importBundles(paths).join(QLatin1Char('\n')));
    });
    importAction->setObjectName(QStringLiteral("importBundlesAction"));
    QAction *conflicts = m_menu->addAction(tr("&Conflicts…"), this, [this] {
        auto *dialog = new ConflictDialog(decisions(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConflictDialog::decided, this, &SyncMenu::storeChanged);
        dialog->open();
    });
    conflicts->setObjectName(QStringLiteral("conflictsAction"));
    QAction *duplicates = m_menu->addAction(tr("Probable &duplicates…"), this, [this] {
        auto *dialog = new DuplicateDialog(decisions(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DuplicateDialog::changed, this, &SyncMenu::storeChanged);
        dialog->open();
    });
    duplicates->setObjectName(QStringLiteral("duplicatesAction"));
}

void SyncMenu::done(const QString &title, const QString &text)
{
    // What was done stays where it is seen: in a box until it is closed, and in the status bar.
    Q_EMIT message(text, 0);
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("syncDoneMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

UseCases::SyncDecisions SyncMenu::decisions() const
{
    return {m_store, m_acting ? m_acting() : UseCases::acting(m_store)};
}

} // namespace Casebook::App
