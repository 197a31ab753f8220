// SPDX-License-Identifier: GPL-3.0-or-later
// The test runner's main: creates the Qt application only when tests run, never during discovery.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catchtest.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>
#include <memory>

// Each test executable provides the application type it needs (QCoreApplication or QApplication).
std::unique_ptr<QCoreApplication> casebookCreateTestApplication(int &argc, char **argv);

int main(int argc, char **argv)
{
    Catch::Session session;
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0)
        return rc;
    const auto &cfg = session.configData();
    if (cfg.listTestNamesOnly || cfg.listTests || cfg.listTags || cfg.listReporters)
        return session.run();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto app = casebookCreateTestApplication(argc, argv);
    return session.run();
}
