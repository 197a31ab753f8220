// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Casebook::App {

// "zh_TW" or "en": the saved choice, else CASEBOOK_LANG, else English for an English system locale,
// else Traditional Chinese.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);
// Installs Casebook's and Qt's translators for the language (replacing earlier ones) and sets the
// default locale.
void installTranslations(QCoreApplication &app, const QString &language);
// The default store: casebook.db at the platform's application-data location.
QString defaultStorePath();

} // namespace Casebook::App
