// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdio>

namespace Casebook::Core {
class CaseStore;
}

namespace Casebook::App {

// casebook-cli: the headless command line over a case store. Returns the process exit status.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(FILE *out, FILE *err) : m_out(out), m_err(err) { }
    int run(const QStringList &arguments);

private:
    int print(
        Core::CaseStore &store, const QString &caseRef, const QString &form, const QString &out);
    int forms(const QStringList &positional, bool json);
    int keys(Core::CaseStore &store, const QString &action, const QString &passphraseFile,
        const QString &out);
    int performance(Core::CaseStore &store, const QString &year, const QString &unit,
        const QString &coach, bool json, const QString &reading = {});
    int monthlyReport(Core::CaseStore &store, const QString &month, const QString &format,
        const QString &out, const QString &unit, bool fileIt = false, bool current = false);
    int sync(Core::CaseStore &store, const QString &command, const QStringList &files,
        const QHash<QString, QString> &options, bool json);
    static Core::Result<QByteArray> readPassphrase(const QString &file);
    int usage(int status);
    int error(const QString &message, int status = 2);
    void print(const QString &text);
    FILE *m_out;
    FILE *m_err;
};

} // namespace Casebook::App
