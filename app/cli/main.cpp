// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "app/common/translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casebook"));
    Casebook::App::installTranslations(app, Casebook::App::preferredLanguage());
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Casebook::App::Cli(stdout, stderr).run(args);
}
