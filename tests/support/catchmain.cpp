// SPDX-License-Identifier: GPL-3.0-or-later
// The test runner's main: creates the Qt application only when tests run, never during discovery.
#define CATCH_CONFIG_RUNNER
#include "tests/support/catchtest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

// Each test executable provides the application type it needs (QCoreApplication or QApplication).
std::unique_ptr<QCoreApplication> casebookCreateTestApplication(int &argc, char **argv);

namespace {

// --screen=WIDTHxHEIGHT[@SCALE] (taken off the command line before Catch2 reads it): the offscreen
// platform shows one screen of that size, at that scale factor (1.5 for Windows' 150%).
void useScreen(int &argc, char **argv)
{
    static const QRegularExpression option(
        QStringLiteral("^--screen=(\\d+)x(\\d+)(?:@([0-9.]+))?$"));
    for (int i = 1; i < argc; ++i) {
        const auto m = option.match(QString::fromLocal8Bit(argv[i]));
        if (!m.hasMatch())
            continue;
        const QJsonObject screen {{QStringLiteral("name"), QStringLiteral("laptop")},
            {QStringLiteral("x"), 0}, {QStringLiteral("y"), 0},
            {QStringLiteral("width"), m.captured(1).toInt()},
            {QStringLiteral("height"), m.captured(2).toInt()}, {QStringLiteral("logicalDpi"), 96},
            {QStringLiteral("logicalBaseDpi"), 96}};
        const QJsonObject config {{QStringLiteral("synchronousWindowSystemEvents"), true},
            {QStringLiteral("windowFrameMargins"), true},
            {QStringLiteral("screens"), QJsonArray {screen}}};
        static QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("screen.json"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(config).toJson());
        file.close();
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(path));
        if (!m.captured(3).isEmpty())
            qputenv("QT_SCALE_FACTOR", m.captured(3).toLatin1());
        for (int j = i; j + 1 < argc; ++j)
            argv[j] = argv[j + 1];
        --argc;
        return;
    }
}

} // namespace

int main(int argc, char **argv)
{
    useScreen(argc, argv);
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
