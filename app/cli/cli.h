// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/usecases/casefiles.h"
#include "app/usecases/reports.h"
#include "core/accounts/accountrepository.h"
#include "core/crypto/devicekeys.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <cstdio>

namespace Casebook::Core {
class CaseStore;
}

namespace Casebook::App {

// One command line, parsed by the command's own QCommandLineParser: what each command reads.
struct Invocation
{
    QString command;
    QString db;
    QHash<QString, QString> options; // "--out" → value
    QStringList flags;               // "--json"
    QStringList positional;
    bool json = false;
    std::optional<Core::Account> account; // who signed in (stores with accounts)
    QString value(const char *option) const { return options.value(QString::fromLatin1(option)); }
    bool has(const char *option) const
    {
        return options.contains(QString::fromLatin1(option))
            || flags.contains(QString::fromLatin1(option));
    }
};

// casebook-cli: the headless command line over a case store. Each command is one row of a table
// (commands()): its options, whether it takes arguments, a check of its arguments made before the
// store is opened, and what it does. The common --db, --json, passphrase and exit-code handling is
// shared. Returns the process exit status.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(FILE *out, FILE *err) : m_out(out), m_err(err) { }
    int run(const QStringList &arguments);

private:
    // A command: its value options and flags (with the dashes), whether it takes positional
    // arguments, whether it needs a store, and its check (0: the arguments are fine) and run.
    struct Command
    {
        QString name;
        QStringList values;
        QStringList flags;
        bool positional = false;
        enum class Store { None, Any, Initialised } store = Store::Initialised;
        int (Cli::*check)(const Invocation &) = nullptr;
        int (Cli::*run)(const Invocation &, Core::CaseStore *) = nullptr;
    };
    static const QList<Command> &commands();
    int parse(const QStringList &arguments, Invocation &in, const Command *&command);

    int checkInit(const Invocation &in);
    int checkDemo(const Invocation &in);
    int checkCases(const Invocation &in);
    int checkDue(const Invocation &in);
    int checkPrint(const Invocation &in);
    int checkKeys(const Invocation &in);
    int checkEnroll(const Invocation &in);
    int checkExport(const Invocation &in);
    int checkImport(const Invocation &in);
    int checkResolve(const Invocation &in);
    int checkRevoke(const Invocation &in);
    int checkSendDefinitions(const Invocation &in);
    int checkReport(const Invocation &in);

    int init(const Invocation &in, Core::CaseStore *store);
    int users(const Invocation &in, Core::CaseStore *store);
    int checkAudit(const Invocation &in);
    int checkHandover(const Invocation &in);
    int handover(const Invocation &in, Core::CaseStore *store);
    int auditTrail(const Invocation &in, Core::CaseStore *store);
    // Who this command acts as: the signed-in account, or the store's device.
    static Core::WriteContext acting(const Invocation &in, const Core::CaseStore &store);
    // Records what the command showed, printed or exported in the audit trail.
    void audit(const Invocation &in, Core::CaseStore &store, const QString &action,
        const QString &caseId, const QString &detail);
    int demo(const Invocation &in, Core::CaseStore *store);
    int persons(const Invocation &in, Core::CaseStore *store);
    int cases(const Invocation &in, Core::CaseStore *store);
    int due(const Invocation &in, Core::CaseStore *store);
    int check(const Invocation &in, Core::CaseStore *store);
    int printForms(const Invocation &in, Core::CaseStore *store);
    int forms(const Invocation &in, Core::CaseStore *store);
    int keys(const Invocation &in, Core::CaseStore *store);
    int enroll(const Invocation &in, Core::CaseStore *store);
    int devices(const Invocation &in, Core::CaseStore *store);
    int exportBundle(const Invocation &in, Core::CaseStore *store);
    int importBundle(const Invocation &in, Core::CaseStore *store);
    int conflicts(const Invocation &in, Core::CaseStore *store);
    int resolve(const Invocation &in, Core::CaseStore *store);
    int digest(const Invocation &in, Core::CaseStore *store);
    int revoke(const Invocation &in, Core::CaseStore *store);
    int sendDefinitions(const Invocation &in, Core::CaseStore *store);
    int report(const Invocation &in, Core::CaseStore *store);

    int performance(Core::CaseStore &store, const Invocation &in);
    int monthlyReport(Core::CaseStore &store, const Invocation &in);
    int annualReport(Core::CaseStore &store, const Invocation &in);
    // The device keys, unlocked with the passphrase of --passphrase-file or CASEBOOK_PASSPHRASE;
    // on failure the message is printed and status set.
    std::optional<Core::DeviceKeys> unlockKeys(
        Core::CaseStore &store, const Invocation &in, int &status);
    static Core::Result<QByteArray> readPassphrase(const QString &file);
    static Core::Result<QByteArray> readSecret(
        const QString &file, const char *variable, const QString &missing);
    // The case files as the signed-in user may see them (everything on a store without accounts).
    static UseCases::CaseFiles files(const Invocation &in, Core::CaseStore &store);
    // The reports as the signed-in user may see them, filed and exported as them.
    static UseCases::Reports reports(const Invocation &in, Core::CaseStore &store);
    // Signs in the --user of a store that has accounts (exit 3 when it cannot).
    int signIn(Core::CaseStore &store, Invocation &in);
    // Runs a command on an encrypted store: --user and the password unlock it.
    int runEncrypted(const Command &command, Invocation &in);
    // The sign-in password of --password-file or CASEBOOK_PASSWORD.
    static Core::Result<QByteArray> signInPassword(const Invocation &in);
    int checkDecryptCopy(const Invocation &in);
    int checkMigrateStore(const Invocation &in);
    int migrateStore(const Invocation &in, Core::CaseStore *store);
    int decryptCopy(const Invocation &in, Core::CaseStore *store);
    int changePassword(const Invocation &in, Core::CaseStore *store);
    int recoverStore(const Invocation &in, Core::CaseStore *store);
    int checkAddUser(const Invocation &in);
    int addUser(const Invocation &in, Core::CaseStore *store);
    int resetPassword(const Invocation &in, Core::CaseStore *store);
    int usage(int status);
    int error(const QString &message, int status = 2);
    void print(const QString &text);
    FILE *m_out;
    FILE *m_err;
};

} // namespace Casebook::App
