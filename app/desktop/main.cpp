// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/translations.h"
#include "app/desktop/connectdialog.h"
#include "app/desktop/mainwindow.h"
#include "app/desktop/signindialog.h"
#include "app/desktop/workprogress.h"
#include "app/usecases/session.h"
#include "app/usecases/storeaccess.h"
#include "core/demo/demogenerator.h"
#include "core/store/casestore.h"
#include "forms/model/demoforms.h"

#include <QApplication>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>

#include <optional>
#include <utility>

using namespace Casebook;

namespace {
constexpr int DemoPersons = 300;
constexpr quint32 DemoSeed = 2018;
constexpr int Cancelled = -1; // a connection or sign-in given up

// Opens the store at path (a file, or a shared store's address), signs in, shows the window until
// it closes; next: the shared store the window asked for instead. screenshot: a picture of the
// window saved there, then the end.
int runStore(
    QApplication &app, QString path, const QString &screenshot, std::optional<QString> &next)
{
    QSettings settings;
    // A shared store on a server is set up by the bureau (casebook-cli init or migrate-store),
    // never filled with demo data.
    const bool shared = Core::PostgresAddress::isAddress(path);
    const bool firstStart = !shared && !QFileInfo::exists(path);

    // An encrypted store opens only with its key, which the sign-in unwraps.
    std::unique_ptr<Core::CaseStore> owned;
    std::optional<Core::Account> user;
    if (shared) {
        // Refused or out of reach (a wrong password, a server down): asked again, Cancel ends.
        for (;;) {
            auto opened = Core::CaseStore::open(path);
            if (opened) {
                owned = std::move(*opened);
                break;
            }
            App::ConnectDialog ask(path, opened.error().message);
            if (ask.exec() != QDialog::Accepted)
                return Cancelled;
            path = ask.address();
            Core::PostgresAddress::usePassword(path, ask.password());
        }
        settings.setValue(QStringLiteral("sharedStore"), path); // the address, never the password
    } else if (!UseCases::StoreAccess::isEncrypted(path)) {
        auto opened = Core::CaseStore::open(path);
        if (!opened) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Casebook"), opened.error().message);
            return 1;
        }
        owned = std::move(*opened);
    }
    if (owned) {
        Core::CaseStore &store = *owned;
        if (!store.isInitialized() && shared) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Casebook"),
                QCoreApplication::translate("main",
                    "The shared store %1 is not set up yet: the bureau sets it up with "
                    "casebook-cli "
                    "init or migrate-store.")
                    .arg(store.path()));
            return 1;
        }
        if (!store.isInitialized()) {
            if (auto r = store.initialize(
                    Core::DeviceRole::Window, QCoreApplication::translate("main", "Demo window"));
                !r) {
                QMessageBox::critical(
                    nullptr, QCoreApplication::translate("main", "Casebook"), r.error().message);
                return 1;
            }
        }
        if (firstStart) {
            // A newcomer sees a working system: the first store is filled with synthetic demo data.
            QProgressDialog progress(
                QCoreApplication::translate("main", "Creating a demo store with sample cases…"),
                QCoreApplication::translate("main", "Skip"), 0, DemoPersons);
            progress.setWindowModality(Qt::ApplicationModal);
            progress.setMinimumDuration(300);
            auto r = Core::DemoGenerator(store).generate(
                DemoPersons, DemoSeed, [&progress](int done, int total) {
                    progress.setMaximum(total);
                    progress.setValue(done);
                    return !progress.wasCanceled();
                });
            if (!r && r.error().kind != Core::Error::Kind::Invalid) {
                QMessageBox::warning(
                    nullptr, QCoreApplication::translate("main", "Casebook"), r.error().message);
            }
            if (r) {
                Forms::DemoForms::completeDemo(store, r->supportedEmploymentCases);
                // The demo's people sign in with one password, shown in the sign-in dialog.
                if (auto accounts = UseCases::Session(store).makeDemoAccounts(
                        UseCases::Session::DemoPassword, true);
                    !accounts) {
                    QMessageBox::warning(nullptr, QCoreApplication::translate("main", "Casebook"),
                        accounts.error().message);
                }
            }
        }
    }

    // A store with accounts shows nothing before its user signs in; a plain one is encrypted at
    // that first sign-in (with progress), an encrypted one is unlocked by it.
    if (!owned || UseCases::Session(*owned).hasAccounts()) {
        const QString hint
            = owned ? UseCases::Session(*owned).demoHint() : UseCases::StoreAccess::hint(path);
        owned.reset(); // the sign-in opens it again, with its key
        App::SignInDialog signIn(
            [&](const QString &name, QByteArray &password) -> Core::Result<Core::Account> {
                // Shown when the store is being rewritten (the first sign-in); 取消 leaves it as
                // it was.
                App::WorkProgress work(
                    nullptr, QCoreApplication::translate("main", "Encrypting the store…"));
                auto opened = UseCases::StoreAccess::signIn(
                    path, Core::SystemClock::instance(), name, password, work.progress());
                if (!opened)
                    return tl::unexpected(opened.error());
                owned = std::move(opened->store);
                return opened->account;
            },
            hint);
        if (signIn.exec() != QDialog::Accepted || !signIn.account() || !owned)
            return Cancelled;
        user = signIn.account();
    }
    Core::CaseStore &store = *owned;

    QPointer<App::MainWindow> window;
    std::function<void()> createWindow;
    createWindow = [&] {
        auto *w = new App::MainWindow(store, user);
        w->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(
            w, &App::MainWindow::languageChangeRequested, &app, [&, w](const QString &language) {
                App::setPreferredLanguage(language);
                App::installTranslations(app, language);
                const QString caseId = w->currentCaseId();
                const QVariantMap filters = w->filterState(); // the search and filters stay
                const QRect geometry = w->geometry();
                w->setAttribute(Qt::WA_DeleteOnClose, false);
                w->deleteLater();
                createWindow();
                window->setGeometry(geometry);
                window->setFilterState(filters);
                window->selectCase(caseId);
            });
        // The shared store asked for from the menu: this window and store close, it opens.
        QObject::connect(
            w, &App::MainWindow::connectRequested, &app, [&, w](const QString &address) {
                if (w->close()) // a window that refuses to close stays, with its store
                    next = address;
            });
        window = w;
        w->rememberFilters();
        w->show();
    };
    createWindow();
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(300, &app, [&] {
            if (window)
                window->grab().save(screenshot);
            QApplication::quit();
        });
    }
    const int code = QApplication::exec();
    delete window.data(); // before its store
    return code;
}

} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    // Everything this program creates (stores, their WAL, bundles, exports, temporary files) is
    // its user's alone.
    ::umask(077);
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Casebook"));
    QApplication::setApplicationName(QStringLiteral("casebook"));
    QApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
    App::installTranslations(app, App::preferredLanguage());
    // Name the Traditional Chinese family explicitly: fallback would pick Japanese glyph forms.
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK TC"))) {
        QFont font = QApplication::font();
        font.setFamilies({QStringLiteral("Noto Sans CJK TC"), font.family()});
        QApplication::setFont(font);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Casebook desktop client"));
    parser.addHelpOption();
    QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main", "The case store to open."), QStringLiteral("PATH"),
        App::defaultStorePath());
    parser.addOption(dbOption);
    QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOption(shotOption);
    QCommandLineOption connectOption(QStringLiteral("connect"),
        QCoreApplication::translate("main",
            "Connect to the bureau's shared store: asks its server and the password (the last "
            "address is remembered, the password never)."));
    parser.addOption(connectOption);
    parser.process(app);
    QString path = parser.value(dbOption);
    if (parser.isSet(connectOption)) {
        App::ConnectDialog ask(QSettings().value(QStringLiteral("sharedStore")).toString());
        if (ask.exec() != QDialog::Accepted)
            return 0;
        path = ask.address();
        Core::PostgresAddress::usePassword(path, ask.password());
    }
    // One store a run of the window; the menu's 連線到共用資料庫 closes it and opens the shared
    // one (a connection or sign-in given up there, or a store not set up, opens the one before
    // again).
    QString before;
    for (;;) {
        std::optional<QString> next;
        const int code = runStore(app, path, parser.value(shotOption), next);
        if (!next && code != 0 && !before.isEmpty()) {
            path = std::exchange(before, QString());
            continue;
        }
        if (!next)
            return code == Cancelled ? 0 : code;
        before = path;
        path = *next;
    }
}
