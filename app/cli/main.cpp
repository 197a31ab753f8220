// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/common/translations.h"

#include <QGuiApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
// The CLI speaks through its own one-line messages; Qt's platform chatter (XDG_RUNTIME_DIR, fonts)
// would break the one-line promise on standard error, so it is shown only with CASEBOOK_DEBUG set.
void quietHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("CASEBOOK_DEBUG"))
        std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

int main(int argc, char **argv)
{
#ifdef Q_OS_UNIX
    // Everything this program creates (stores, their WAL, bundles, exports, temporary files) is
    // its user's alone.
    ::umask(077);
#endif
    qInstallMessageHandler(quietHandler);
    // A GUI application for fonts and PDF printing, on the offscreen platform: the CLI never opens
    // a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
    Casebook::App::installTranslations(app, Casebook::App::preferredLanguage());
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Casebook::App::Cli(stdout, stderr).run(args);
}
