// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Casebook::App {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QString preferredLanguage()
{
    QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (saved == QLatin1String("zh_TW") || saved == QLatin1String("en"))
        return saved;
    QString env = qEnvironmentVariable("CASEBOOK_LANG");
    if (env == QLatin1String("zh_TW") || env == QLatin1String("en"))
        return env;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("zh_TW");
}

void setPreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    for (auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    const bool chinese = language != QLatin1String("en");
    const QLocale locale = chinese
        ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
        : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/casebook_%1.qm")
                      .arg(chinese ? QStringLiteral("zh_TW") : QStringLiteral("en"))))
        QCoreApplication::installTranslator(own.get());
    installed().push_back(std::move(own));
    if (chinese) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    Q_UNUSED(app);
}

QString defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("casebook.db"));
}

} // namespace Casebook::App
