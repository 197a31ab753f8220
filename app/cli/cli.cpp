// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/usecases/acting.h"
#include "app/usecases/auditlog.h"
#include "app/usecases/casefiles.h"
#include "app/usecases/handover.h"
#include "app/usecases/session.h"
#include "app/usecases/storeaccess.h"
#include "app/usecases/syncexchange.h"
#include "core/accounts/accountrepository.h"
#include "core/accounts/audittrail.h"
#include "core/cases/caserepository.h"
#include "core/cases/caseworkflow.h"
#include "core/common/rocdate.h"
#include "core/crypto/devicekeys.h"
#include "core/demo/demogenerator.h"
#include "core/forms/forminstancerepository.h"
#include "core/persons/codelists.h"
#include "core/persons/personrepository.h"
#include "core/reports/monthlyreport.h"
#include "core/reports/performancereport.h"
#include "core/reports/reportfilings.h"
#include "core/rules/deadlines.h"
#include "core/rules/employmentrules.h"
#include "core/rules/planyearrules.h"
#include "core/services/servicerepository.h"
#include "core/store/casestore.h"
#include "core/store/sqldialect.h"
#include "core/store/storeconversion.h"
#include "core/store/storecopy.h"
#include "core/sync/syncrepository.h"
#include "core/units/unitrepository.h"
#include "forms/model/demoforms.h"
#include "forms/model/formdefinition.h"
#include "forms/model/formrecord.h"
#include "forms/model/monthlyreportforms.h"
#include "forms/model/synccover.h"
#include "forms/print/formprinter.h"
#include "forms/print/reportfiles.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

#include <optional>

namespace Casebook::App {

using namespace Casebook::Core;

namespace {

QJsonArray yearsJson(const QList<int> &years)
{
    QJsonArray out;
    for (int y : years)
        out.append(y);
    return out;
}

// What each case adds to each figure and why: the drill-down of `report performance --json`.
QJsonArray contributionsJson(const QList<Casebook::Core::Contribution> &contributions)
{
    using Figure = Casebook::Core::Contribution::Figure;
    QJsonArray out;
    for (const auto &c : contributions) {
        const char *figure = c.figure == Figure::Placement ? "placement"
            : c.figure == Figure::Supported                ? "supported"
            : c.figure == Figure::General                  ? "general"
            : c.figure == Figure::Caseload                 ? "caseload"
                                                           : "notCounted";
        out.append(QJsonObject {{QStringLiteral("case"), c.caseNo},
            {QStringLiteral("figure"), QString::fromLatin1(figure)},
            {QStringLiteral("credit"), c.credit}, {QStringLiteral("reason"), c.reason}});
    }
    return out;
}

constexpr int ExitBadInput = 2;
constexpr int ExitStoreProblem = 3;
constexpr int ExitUnsound = 4;

// The exit status of a use case's refusal: bad input (a file, an argument) or a problem of the
// store.
int exitFor(const Casebook::Core::Error &e)
{
    using Kind = Casebook::Core::Error::Kind;
    return e.kind == Kind::Invalid || e.kind == Kind::Io ? ExitBadInput : ExitStoreProblem;
}

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject personJson(const Person &p)
{
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("sex"), textValue(p.sex)},
        {QStringLiteral("birthDate"), dateValue(p.birthDate)},
        {QStringLiteral("idNumber"), p.idNumber},
        {QStringLiteral("addressRegistered"), textValue(p.addressRegistered)},
        {QStringLiteral("addressLiving"), textValue(p.addressLiving)},
        {QStringLiteral("district"), textValue(p.district)},
        {QStringLiteral("window"), textValue(CodeLists::windowForDistrict(p.district))},
        {QStringLiteral("phone"), textValue(p.phone)},
        {QStringLiteral("mobile"), textValue(p.mobile)},
        {QStringLiteral("emergencyContact"),
            QJsonObject {{QStringLiteral("name"), textValue(p.emergencyName)},
                {QStringLiteral("relation"), textValue(p.emergencyRelation)},
                {QStringLiteral("phone"), textValue(p.emergencyPhone)}}},
        {QStringLiteral("education"), textValue(p.education)},
        {QStringLiteral("certificate"),
            QJsonObject {{QStringLiteral("system"), textValue(p.certSystem)},
                {QStringLiteral("categories"), QJsonArray::fromStringList(p.certCategories)},
                {QStringLiteral("severity"), textValue(p.certSeverity)},
                {QStringLiteral("validUntil"), dateValue(p.certValidUntil)}}},
        {QStringLiteral("identityTags"), QJsonArray::fromStringList(p.identityTags)},
    };
}

QJsonObject caseJson(const Case &c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("caseNo"), c.caseNo},
        {QStringLiteral("personId"), c.personId},
        {QStringLiteral("status"), CaseWorkflow::statusKey(c.status)},
        {QStringLiteral("intakeSource"), c.intakeSource},
        {QStringLiteral("referralUnitType"), textValue(c.referralUnitType)},
        {QStringLiteral("referralUnitName"), textValue(c.referralUnitName)},
        {QStringLiteral("receivedOn"), dateValue(c.receivedOn)},
        {QStringLiteral("assessedOn"), dateValue(c.assessedOn)},
        {QStringLiteral("assessmentOutcome"), textValue(c.assessmentOutcome)},
        {QStringLiteral("referralTarget"), textValue(c.referralTarget)},
        {QStringLiteral("transitionMeetingOn"), dateValue(c.transitionMeetingOn)},
        {QStringLiteral("planGoal"), textValue(c.planGoal)},
        {QStringLiteral("window"), c.window},
        {QStringLiteral("coachId"), textValue(c.coachId)},
        {QStringLiteral("goalReachedOn"), dateValue(c.goalReachedOn)},
        {QStringLiteral("closedOn"), dateValue(c.closedOn)},
        {QStringLiteral("closureReason"), textValue(c.closureReason)},
    };
}

} // namespace

void Cli::print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

int Cli::error(const QString &message, int status)
{
    const QByteArray bytes = (tr("casebook-cli: ") + message).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), m_err);
    std::fputc('\n', m_err);
    std::fflush(m_err);
    return status;
}

int Cli::usage(int status)
{
    const QString text = tr(
        "Usage: casebook-cli --db PATH [--user NAME] COMMAND [OPTIONS]\n"
        "Commands:\n"
        "  init --role coach|supervisor|window|bureau --name NAME [--admin NAME]\n"
        "  demo --persons N --seed S\n"
        "  persons [--search TEXT] [--json]\n"
        "  cases [--status STATUS] [--json]\n"
        "  due [--today YYYY-MM-DD] [--json]\n"
        "  check\n"
        "  print --case CASE --form FORM|all --out FILE.pdf\n"
        "  forms list [--json]\n"
        "  forms check FILE\n"
        "  report performance --year YEAR [--unit U] [--coach C] [--reading raw|credited] "
        "[--json]\n"
        "  report monthly --month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U] "
        "[--file-report|--current]\n"
        "  report annual --year YEAR --format pdf|xlsx|csv --out FILE [--unit U]\n"
        "  keys init [--passphrase-file FILE]\n"
        "  keys export --out FILE\n"
        "  enroll --device FILE --out FILE [--unit U | --coach STAFF | --whole-store] [--slip "
        "FILE.pdf]\n"
        "         [--passphrase-file FILE]\n"
        "  enroll accept FILE [--fingerprint DIGITS]\n"
        "  devices [--json]\n"
        "  export-bundle --out FILE [--cover FILE.pdf] [--passphrase-file FILE]\n"
        "  import-bundle FILE... [--passphrase-file FILE]\n"
        "  conflicts [--json]\n"
        "  resolve --conflict ID --choose VALUE --reason TEXT\n"
        "  revoke --device DEVICE_ID\n"
        "  send-definitions --dir DIR --out FILE [--passphrase-file FILE]\n"
        "  digest\n"
        "  users [--json]\n"
        "  audit [--person ID] [--actor NAME] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json | "
        "--out FILE]\n"
        "  add-user --name NAME --role ROLE [--staff STAFF] [--unit U] [--window north|south]\n"
        "           --new-password-file FILE\n"
        "  reset-password --account NAME --new-password-file FILE\n"
        "  handover --from-coach STAFF --to-coach STAFF --out FILE.pdf\n"
        "  decrypt-copy --out FILE\n"
        "  migrate-store --from FILE|postgresql://... --to postgresql://...|FILE\n"
        "  password --new-password-file FILE\n"
        "  recover-store --store FILE --account NAME --new-password-file FILE "
        "[--passphrase-file FILE]\n"
        "On a store with accounts every command takes --user NAME, with the password in\n"
        "--password-file FILE or CASEBOOK_PASSWORD; an encrypted store opens only so.");
    if (status == 0) {
        print(text);
        return 0;
    }
    return error(text, status);
}

const QList<Cli::Command> &Cli::commands()
{
    using S = Command::Store;
    auto list = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    static const QList<Command> table = {
        {QStringLiteral("init"), list({"--role", "--name", "--admin"}), {}, false, S::Any,
            &Cli::checkInit, &Cli::init},
        {QStringLiteral("users"), {}, list({"--json"}), false, S::Initialised, nullptr,
            &Cli::users},
        {QStringLiteral("audit"), list({"--person", "--actor", "--from", "--to", "--out"}),
            list({"--json"}), false, S::Initialised, &Cli::checkAudit, &Cli::auditTrail},
        {QStringLiteral("decrypt-copy"), list({"--out"}), {}, false, S::Initialised,
            &Cli::checkDecryptCopy, &Cli::decryptCopy},
        {QStringLiteral("migrate-store"), list({"--from", "--to"}), {}, false, S::Initialised,
            &Cli::checkMigrateStore, &Cli::migrateStore},
        {QStringLiteral("password"), list({"--new-password-file"}), {}, false, S::Initialised,
            nullptr, &Cli::changePassword},
        {QStringLiteral("recover-store"),
            list({"--store", "--account", "--new-password-file", "--passphrase-file"}), {}, false,
            S::Initialised, nullptr, &Cli::recoverStore},
        {QStringLiteral("add-user"),
            list({"--name", "--role", "--staff", "--unit", "--window", "--new-password-file"}), {},
            false, S::Initialised, &Cli::checkAddUser, &Cli::addUser},
        {QStringLiteral("reset-password"), list({"--account", "--new-password-file"}), {}, false,
            S::Initialised, nullptr, &Cli::resetPassword},
        {QStringLiteral("handover"), list({"--from-coach", "--to-coach", "--out"}), {}, false,
            S::Initialised, &Cli::checkHandover, &Cli::handover},
        {QStringLiteral("demo"), list({"--persons", "--seed"}), list({"--no-accounts"}), false,
            S::Initialised, &Cli::checkDemo, &Cli::demo},
        {QStringLiteral("persons"), list({"--search"}), list({"--json"}), false, S::Initialised,
            nullptr, &Cli::persons},
        {QStringLiteral("cases"), list({"--status"}), list({"--json"}), false, S::Initialised,
            &Cli::checkCases, &Cli::cases},
        {QStringLiteral("due"), list({"--today"}), list({"--json"}), false, S::Initialised,
            &Cli::checkDue, &Cli::due},
        {QStringLiteral("check"), {}, list({"--json"}), false, S::Any, nullptr, &Cli::check},
        {QStringLiteral("print"), list({"--case", "--form", "--out"}), {}, false, S::Initialised,
            &Cli::checkPrint, &Cli::printForms},
        {QStringLiteral("forms"), {}, list({"--json"}), true, S::None, nullptr, &Cli::forms},
        {QStringLiteral("keys"), list({"--out", "--passphrase-file"}), {}, true, S::Initialised,
            &Cli::checkKeys, &Cli::keys},
        {QStringLiteral("enroll"),
            list({"--device", "--out", "--passphrase-file", "--unit", "--coach", "--fingerprint",
                "--slip"}),
            list({"--whole-store"}), true, S::Initialised, &Cli::checkEnroll, &Cli::enroll},
        {QStringLiteral("devices"), {}, list({"--json"}), false, S::Initialised, nullptr,
            &Cli::devices},
        {QStringLiteral("export-bundle"), list({"--out", "--cover", "--passphrase-file", "--to"}),
            {}, false, S::Initialised, &Cli::checkExport, &Cli::exportBundle},
        {QStringLiteral("import-bundle"), list({"--passphrase-file"}), {}, true, S::Initialised,
            &Cli::checkImport, &Cli::importBundle},
        {QStringLiteral("conflicts"), {}, list({"--json"}), false, S::Initialised, nullptr,
            &Cli::conflicts},
        {QStringLiteral("resolve"), list({"--conflict", "--choose", "--reason"}), {}, false,
            S::Initialised, &Cli::checkResolve, &Cli::resolve},
        {QStringLiteral("digest"), {}, {}, false, S::Initialised, nullptr, &Cli::digest},
        {QStringLiteral("revoke"), list({"--device"}), {}, false, S::Initialised, &Cli::checkRevoke,
            &Cli::revoke},
        {QStringLiteral("send-definitions"), list({"--dir", "--out", "--passphrase-file"}), {},
            false, S::Initialised, &Cli::checkSendDefinitions, &Cli::sendDefinitions},
        {QStringLiteral("report"),
            list({"--year", "--unit", "--coach", "--month", "--format", "--out", "--reading"}),
            list({"--json", "--file-report", "--current"}), true, S::Initialised, &Cli::checkReport,
            &Cli::report},
    };
    return table;
}

int Cli::parse(const QStringList &arguments, Invocation &in, const Command *&command)
{
    // The command is the first word that is not an option or an option's value; the options of
    // every command are known, so a value is never mistaken for it.
    QSet<QString> values {
        QStringLiteral("--db"), QStringLiteral("--user"), QStringLiteral("--password-file")};
    QSet<QString> flags;
    for (const Command &c : commands()) {
        values.unite(QSet<QString>(c.values.cbegin(), c.values.cend()));
        flags.unite(QSet<QString>(c.flags.cbegin(), c.flags.cend()));
    }
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            if (!values.contains(a) && !flags.contains(a))
                return error(tr("unknown option %1").arg(a));
            rest << a;
            if (values.contains(a)) {
                if (i + 1 >= arguments.size()
                    || arguments.at(i + 1).startsWith(QLatin1String("--")))
                    return error(tr("the option %1 needs a value").arg(a));
                rest << arguments.at(++i);
            }
        } else if (in.command.isEmpty()) {
            in.command = a;
        } else {
            rest << a;
        }
    }
    if (in.command.isEmpty())
        return usage(ExitBadInput);
    const auto found = std::find_if(commands().cbegin(), commands().cend(),
        [&](const Command &c) { return c.name == in.command; });
    if (found == commands().cend())
        return error(tr("unknown command %1 (try --help)").arg(in.command));
    command = &*found;

    // The command's own parser, with its options only.
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption(QCommandLineOption(QStringLiteral("db"), {}, QStringLiteral("path")));
    // Who acts: every command on a store with accounts (and init --admin) reads these.
    parser.addOption(QCommandLineOption(QStringLiteral("user"), {}, QStringLiteral("name")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("password-file"), {}, QStringLiteral("file")));
    for (const QString &v : command->values)
        parser.addOption(QCommandLineOption(v.mid(2), {}, QStringLiteral("value")));
    for (const QString &f : command->flags)
        parser.addOption(QCommandLineOption(f.mid(2)));
    for (int i = 0; i < rest.size(); ++i) {
        const QString &a = rest.at(i);
        const bool common = a == QLatin1String("--db") || a == QLatin1String("--user")
            || a == QLatin1String("--password-file");
        if (a.startsWith(QLatin1String("--")) && !common && !command->values.contains(a)
            && !command->flags.contains(a))
            return error(tr("the command %1 does not take %2").arg(in.command, a));
        if (values.contains(a))
            ++i; // its value
    }
    if (!parser.parse(QStringList {QStringLiteral("casebook-cli")} + rest))
        return error(parser.errorText());
    for (const QString &name : parser.optionNames()) {
        if (parser.values(name).size() > 1)
            return error(tr("the option %1 is given twice").arg(QStringLiteral("--") + name));
    }
    in.db = parser.value(QStringLiteral("db"));
    if (parser.isSet(QStringLiteral("user")))
        in.options.insert(QStringLiteral("--user"), parser.value(QStringLiteral("user")));
    if (parser.isSet(QStringLiteral("password-file"))) {
        in.options.insert(
            QStringLiteral("--password-file"), parser.value(QStringLiteral("password-file")));
    }
    for (const QString &v : command->values) {
        if (parser.isSet(v.mid(2)))
            in.options.insert(v, parser.value(v.mid(2)));
    }
    for (const QString &f : command->flags) {
        if (parser.isSet(f.mid(2)))
            in.flags << f;
    }
    in.positional = parser.positionalArguments();
    in.json = in.flags.contains(QStringLiteral("--json"));
    if (!command->positional && !in.positional.isEmpty())
        return error(tr("unexpected argument %1").arg(in.positional.first()));
    return 0;
}

int Cli::run(const QStringList &arguments)
{
    // arguments excludes the program name.
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")))
        return usage(0);
    Invocation in;
    const Command *command = nullptr;
    if (const int status = parse(arguments, in, command); status != 0 || !command)
        return status;
    // The arguments are checked before the store is touched.
    if (command->check) {
        if (const int status = (this->*command->check)(in); status != 0)
            return status;
    }
    if (command->store == Command::Store::None)
        return (this->*command->run)(in, nullptr);
    if (in.db.isEmpty() && command->values.contains(QStringLiteral("--from")))
        in.db = in.value("--from"); // migrate-store names the store it moves
    if (in.db.isEmpty())
        return error(tr("--db PATH is required"));
    if (UseCases::StoreAccess::isEncrypted(in.db)) // the sign-in unwraps its key
        return runEncrypted(*command, in);
    auto opened = CaseStore::open(in.db);
    if (!opened)
        return error(opened.error().message, ExitStoreProblem);
    CaseStore &store = **opened;
    if (command->store == Command::Store::Initialised && !store.isInitialized()) {
        return error(
            tr("the store %1 has no identity yet: run init first").arg(in.db), ExitStoreProblem);
    }
    if (command->store == Command::Store::Initialised) {
        if (const int status = signIn(store, in); status != 0)
            return status;
    }
    return (this->*command->run)(in, &store);
}

Result<QByteArray> Cli::signInPassword(const Invocation &in)
{
    return readSecret(in.value("--password-file"), "CASEBOOK_PASSWORD",
        tr("give the password in --password-file FILE or CASEBOOK_PASSWORD"));
}

int Cli::runEncrypted(const Command &command, Invocation &in)
{
    if (in.value("--user").isEmpty()) {
        return error(tr("the store %1 is encrypted: give --user NAME and the password in "
                        "--password-file FILE or CASEBOOK_PASSWORD")
                         .arg(in.db),
            ExitStoreProblem);
    }
    auto password = signInPassword(in);
    if (!password)
        return error(password.error().message, ExitStoreProblem);
    auto opened = UseCases::StoreAccess::signIn(in.db, SystemClock::instance(), in.value("--user"),
        *password, {}, QStringLiteral("casebook-cli %1").arg(in.command));
    if (!opened)
        return error(opened.error().message, ExitStoreProblem);
    in.account = opened->account;
    return (this->*command.run)(in, opened->store.get());
}

int Cli::signIn(CaseStore &store, Invocation &in)
{
    AccountRepository accounts(store);
    auto all = accounts.accounts();
    if (!all)
        return error(all.error().message, ExitStoreProblem);
    if (all->isEmpty()) {
        if (in.has("--user"))
            return error(tr("the store %1 has no accounts yet").arg(in.db), ExitStoreProblem);
        return 0; // a store from before accounts: it acts as its device until an account is made
    }
    if (in.value("--user").isEmpty()) {
        return error(tr("the store %1 has accounts: give --user NAME and the password in "
                        "--password-file FILE or CASEBOOK_PASSWORD")
                         .arg(in.db),
            ExitStoreProblem);
    }
    auto password = signInPassword(in);
    if (!password)
        return error(password.error().message, ExitStoreProblem);
    auto account = UseCases::Session(store).signIn(
        in.value("--user"), *password, QStringLiteral("casebook-cli %1").arg(in.command));
    if (!account)
        return error(account.error().message, ExitStoreProblem);
    in.account = *account;
    return 0;
}

int Cli::checkInit(const Invocation &in)
{
    if (!roleFromKey(in.value("--role")))
        return error(tr("--role must be one of coach, supervisor, window, bureau"));
    if (in.value("--name").trimmed().isEmpty())
        return error(tr("--name NAME is required"));
    if (in.has("--admin")) {
        // The first administrator: the password is checked before the store is made.
        auto password = readSecret(in.value("--password-file"), "CASEBOOK_PASSWORD",
            tr("give the administrator's password in --password-file FILE or CASEBOOK_PASSWORD"));
        if (!password)
            return error(password.error().message);
        const QStringList problems = AccountRepository::passwordProblems(
            QString::fromUtf8(*password), in.value("--admin"), {});
        if (!problems.isEmpty())
            return error(problems.join(QLatin1Char(' ')));
    }
    return 0;
}

int Cli::init(const Invocation &in, CaseStore *store)
{
    const DeviceRole role = *roleFromKey(in.value("--role"));
    if (auto r = store->initialize(role, in.value("--name")); !r)
        return error(r.error().message, ExitStoreProblem);
    print(tr("Initialised %1 as %2 (device %3).")
              .arg(in.db, roleKey(role), store->identity().deviceId));
    if (in.has("--admin")) {
        auto password = readSecret(in.value("--password-file"), "CASEBOOK_PASSWORD", {});
        auto admin = AccountRepository(*store).createWithPassword(UseCases::acting(*store),
            {{}, in.value("--admin"), {}, UserRole::Administrator},
            password.value_or(QByteArray()));
        if (password)
            sodium_memzero(password->data(), static_cast<size_t>(password->size()));
        if (!admin)
            return error(admin.error().message, ExitStoreProblem);
        print(tr("Made the administrator's account %1.").arg(admin->name));
    }
    return 0;
}

int Cli::users(const Invocation &in, CaseStore *store)
{
    auto list = AccountRepository(*store).accounts();
    if (!list)
        return error(list.error().message, ExitStoreProblem);
    auto staff = UnitRepository(*store).staff();
    QHash<QString, StaffMember> byId;
    for (const StaffMember &m : staff.value_or(QList<StaffMember>()))
        byId.insert(m.id, m);
    if (!in.json) {
        for (const Account &a : *list) {
            print(QStringLiteral("%1\t%2\t%3")
                      .arg(a.name, userRoleKey(a.role), byId.value(a.staffId).name));
        }
        return 0;
    }
    QJsonArray array;
    for (const Account &a : *list) {
        array.append(QJsonObject {{QStringLiteral("name"), a.name},
            {QStringLiteral("role"), userRoleKey(a.role)},
            {QStringLiteral("staffId"), textValue(a.staffId)},
            {QStringLiteral("staff"), textValue(byId.value(a.staffId).name)},
            {QStringLiteral("unit"), textValue(byId.value(a.staffId).unitId)}});
    }
    print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return 0;
}

namespace {

struct DemoSize
{
    int persons = 0;
    quint32 seed = 0;
};

std::optional<DemoSize> demoSize(const Invocation &in, QString &problem)
{
    bool ok = false;
    DemoSize size;
    size.persons = in.options.value(QStringLiteral("--persons"), QStringLiteral("100")).toInt(&ok);
    if (!ok || size.persons < 0 || size.persons > 1000000) {
        problem = Cli::tr("--persons must be a whole number from 0 to 1000000");
        return std::nullopt;
    }
    const qint64 s
        = in.options.value(QStringLiteral("--seed"), QStringLiteral("1")).toLongLong(&ok);
    if (!ok || s < 0 || s > 0xffffffffLL) {
        problem = Cli::tr("--seed must be a whole number from 0 to 4294967295");
        return std::nullopt;
    }
    size.seed = static_cast<quint32>(s);
    return size;
}

} // namespace

int Cli::checkDemo(const Invocation &in)
{
    QString problem;
    return demoSize(in, problem) ? 0 : error(problem);
}

int Cli::demo(const Invocation &in, CaseStore *store)
{
    QString problem;
    const DemoSize size = *demoSize(in, problem);
    QElapsedTimer timer;
    timer.start();
    auto r = DemoGenerator(*store).generate(size.persons, size.seed);
    if (!r)
        return error(r.error().message, ExitStoreProblem);
    // Seven in ten supported-employment cases get their six tables complete, one in eight a job
    // redesign.
    if (auto forms = Forms::DemoForms::completeDemo(*store, r->supportedEmploymentCases); !forms)
        return error(forms.error().message, ExitStoreProblem);
    // Each staff member gets an account named as they are, and "admin" administers them; one
    // Argon2id hash serves them all: the password of --password-file or CASEBOOK_PASSWORD, else
    // the documented demo password (then shown by the sign-in dialog of the store).
    if (!in.has("--no-accounts")) {
        auto given = readSecret(in.value("--password-file"), "CASEBOOK_PASSWORD", {});
        QByteArray password = given ? *given : QByteArray(UseCases::Session::DemoPassword);
        auto made = UseCases::Session(*store).makeDemoAccounts(password, !given);
        sodium_memzero(password.data(), static_cast<size_t>(password.size()));
        if (given)
            sodium_memzero(given->data(), static_cast<size_t>(given->size()));
        if (!made)
            return error(made.error().message, ExitStoreProblem);
        print(given ? tr("Made %n account(s) with the given password.", nullptr, *made)
                    : tr("Made %n account(s) with the demo password %1.", nullptr, *made)
                          .arg(QString::fromLatin1(UseCases::Session::DemoPassword)));
    }
    print(tr("Generated %1 persons, %2 cases, %3 units and %4 staff in %5 s.")
              .arg(r->persons)
              .arg(r->cases)
              .arg(r->units)
              .arg(r->staff)
              .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return 0;
}

WriteContext Cli::acting(const Invocation &in, const CaseStore &store)
{
    WriteContext ctx = UseCases::acting(store);
    if (in.account)
        ctx.actor = in.account->name;
    return ctx;
}

void Cli::audit(const Invocation &in, CaseStore &store, const QString &action,
    const QString &caseId, const QString &detail)
{
    if (auto r = AuditTrail(store).record(acting(in, store), action, {}, caseId, detail); !r)
        error(r.error().message, 0); // said, and the command's own result stands
}

int Cli::auditTrail(const Invocation &in, CaseStore *store)
{
    // The trail is a supervisor's (their unit's), a window's, the bureau's or the administrator's.
    const UseCases::AuditLog log(*store, acting(in, *store), in.account);
    AuditQuery query;
    query.personId = in.value("--person");
    query.actor = in.value("--actor");
    query.from = QDate::fromString(in.value("--from"), Qt::ISODate);
    query.to = QDate::fromString(in.value("--to"), Qt::ISODate);
    auto lines = log.entries(query);
    if (!lines)
        return error(lines.error().message, ExitStoreProblem);
    if (in.has("--out")) { // for a data-protection request; the saving is in the trail
        auto saved = log.save(*lines, in.value("--out"));
        if (!saved)
            return error(saved.error().message, exitFor(saved.error()));
        print(tr("Wrote %n audit entry(ies) to %1.", nullptr, static_cast<int>(lines->size()))
                  .arg(*saved));
        return 0;
    }
    if (!in.json) {
        for (const UseCases::AuditLine &l : *lines) {
            const AuditEntry &e = l.entry;
            print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                      .arg(e.at.toString(Qt::ISODate), e.actor, e.action, l.caseNo, e.detail));
        }
        return 0;
    }
    QJsonArray array;
    for (const UseCases::AuditLine &l : *lines) {
        const AuditEntry &e = l.entry;
        array.append(QJsonObject {{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), e.actor}, {QStringLiteral("action"), e.action},
            {QStringLiteral("person"), textValue(e.personId)},
            {QStringLiteral("personName"), textValue(l.personName)},
            {QStringLiteral("case"), textValue(e.caseId)},
            {QStringLiteral("caseNo"), textValue(l.caseNo)},
            {QStringLiteral("detail"), textValue(e.detail)}});
    }
    print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return 0;
}

int Cli::checkDecryptCopy(const Invocation &in)
{
    if (in.value("--out").isEmpty())
        return error(tr("decrypt-copy needs --out FILE"));
    if (QFileInfo::exists(in.value("--out")))
        return error(tr("%1 exists already: choose a new file").arg(in.value("--out")));
    return 0;
}

int Cli::checkMigrateStore(const Invocation &in)
{
    const QString from = in.db.isEmpty() ? in.value("--from") : in.db;
    const QString to = in.value("--to");
    if (from.isEmpty() || to.isEmpty())
        return error(tr("migrate-store needs --from STORE and --to STORE"));
    if (from == to)
        return error(tr("--from and --to name the same store"));
    if (!PostgresAddress::isAddress(to) && QFileInfo(to).exists() && QFileInfo(to).size() > 0)
        return error(tr("%1 exists already: a store is moved only into a new one").arg(to));
    return 0;
}

int Cli::migrateStore(const Invocation &in, CaseStore *store)
{
    if (in.account && in.account->role != UserRole::Administrator)
        return error(tr("only an administrator moves the store"), ExitStoreProblem);
    const QString to = in.value("--to");
    auto target = CaseStore::open(to);
    if (!target)
        return error(target.error().message, ExitStoreProblem);
    // Kept in the trail before the copy, so the moved store holds its own move.
    if (auto r = AuditTrail(*store).record(
            acting(in, *store), QStringLiteral("export"), {}, {}, tr("store moved → %1").arg(to));
        !r)
        return error(r.error().message, ExitStoreProblem);
    auto copied = StoreCopy::copy(*store, **target);
    if (!copied) {
        // A new file that holds nothing useful is not left behind.
        const bool file = !PostgresAddress::isAddress(to);
        target->reset();
        if (file)
            QFile::remove(to);
        return error(copied.error().message, exitFor(copied.error()));
    }
    auto digest = (*target)->domainDigest(true);
    print(tr("Moved %1 to %2: %3 rows with the whole operation log (%4 operations); both hold the "
             "same state (digest %5).")
              .arg(in.db, (*target)->path())
              .arg(*copied)
              .arg((*target)->operationCount().value_or(0))
              .arg(digest ? QString::fromLatin1(digest->toHex().left(16)) : QString()));
    return 0;
}

int Cli::decryptCopy(const Invocation &in, CaseStore *store)
{
    if (!store->isEncrypted())
        return error(tr("the store %1 is not encrypted: copy the file itself").arg(in.db), 2);
    if (!in.account || in.account->role != UserRole::Administrator) {
        return error(
            tr("only an administrator writes a plain copy of the store"), ExitStoreProblem);
    }
    const QString out = in.value("--out");
    // Kept in the trail before the copy exists, so that no plain copy leaves without a trace.
    if (auto r = AuditTrail(*store).record(
            acting(in, *store), QStringLiteral("export"), {}, {}, tr("plain copy → %1").arg(out));
        !r)
        return error(r.error().message, ExitStoreProblem);
    if (auto r = StoreConversion::decryptCopy(*store, out); !r)
        return error(r.error().message, exitFor(r.error()));
    print(tr("Wrote a plain, unencrypted copy of the store to %1 (readable by you only). It holds "
             "every client's data in clear: keep it on an encrypted disk and delete it when the "
             "request is answered.")
              .arg(out));
    return 0;
}

int Cli::changePassword(const Invocation &in, CaseStore *store)
{
    if (!in.account)
        return error(tr("password needs --user NAME: the account whose password changes"));
    auto current = signInPassword(in);
    auto next = readSecret(in.value("--new-password-file"), "CASEBOOK_NEW_PASSWORD",
        tr("give the new password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD"));
    if (!current || !next)
        return error((current ? next : current).error().message);
    const VoidResult changed
        = UseCases::StoreAccess::changePassword(*store, in.account->name, *current, *next);
    sodium_memzero(current->data(), static_cast<size_t>(current->size()));
    sodium_memzero(next->data(), static_cast<size_t>(next->size()));
    if (!changed)
        return error(changed.error().message, exitFor(changed.error()));
    print(tr("The password of %1 is changed on this store.").arg(in.account->name));
    return 0;
}

int Cli::recoverStore(const Invocation &in, CaseStore *store)
{
    // Run at the bureau: its device keys open the laptop store's recovery slot.
    if (in.account && in.account->role != UserRole::Administrator
        && in.account->role != UserRole::BureauClerk)
        return error(tr("only the bureau recovers a store"), ExitStoreProblem);
    if (in.value("--store").isEmpty() || in.value("--account").isEmpty())
        return error(tr("recover-store needs --store FILE and --account NAME"));
    auto next = readSecret(in.value("--new-password-file"), "CASEBOOK_NEW_PASSWORD",
        tr("give the new password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD"));
    if (!next)
        return error(next.error().message);
    int status = 0;
    const auto keys = unlockKeys(*store, in, status);
    if (!keys)
        return status;
    const VoidResult recovered
        = UseCases::StoreAccess::recover(in.value("--store"), *keys, in.value("--account"), *next);
    sodium_memzero(next->data(), static_cast<size_t>(next->size()));
    if (!recovered)
        return error(recovered.error().message, exitFor(recovered.error()));
    audit(in, *store, QStringLiteral("account"), {},
        tr("recovered %1's password on %2").arg(in.value("--account"), in.value("--store")));
    print(tr("%1 can sign in to %2 with the new password.")
              .arg(in.value("--account"), in.value("--store")));
    return 0;
}

int Cli::checkAddUser(const Invocation &in)
{
    if (in.value("--name").isEmpty() || in.value("--role").isEmpty())
        return error(tr("add-user needs --name NAME and --role ROLE"));
    const auto role = userRoleFromKey(in.value("--role"));
    if (!role) {
        return error(tr("unknown role %1: coach, supervisor, case_manager, bureau_clerk or "
                        "administrator")
                         .arg(in.value("--role")));
    }
    if (*role != UserRole::Administrator && in.value("--staff").isEmpty())
        return error(tr("an account belongs to a member of staff: give --staff NAME or ID"));
    if (in.has("--window") && in.value("--window") != QLatin1String("north")
        && in.value("--window") != QLatin1String("south"))
        return error(tr("--window is north or south"));
    return 0;
}

int Cli::addUser(const Invocation &in, CaseStore *store)
{
    if (!in.account || in.account->role != UserRole::Administrator)
        return error(tr("only an administrator makes accounts"), ExitStoreProblem);
    Account account {{}, in.value("--name"), {}, *userRoleFromKey(in.value("--role")),
        in.value("--unit"), in.value("--window")};
    if (account.role != UserRole::Administrator) {
        for (const StaffMember &m : UnitRepository(*store).staff().value_or(QList<StaffMember>())) {
            if (m.id == in.value("--staff") || m.name == in.value("--staff"))
                account.staffId = m.id;
        }
        if (account.staffId.isEmpty())
            return error(tr("there is no member of staff %1").arg(in.value("--staff")));
    }
    auto password = readSecret(in.value("--new-password-file"), "CASEBOOK_NEW_PASSWORD",
        tr("give the new account's password in --new-password-file FILE or "
           "CASEBOOK_NEW_PASSWORD"));
    if (!password)
        return error(password.error().message);
    auto made
        = AccountRepository(*store).createWithPassword(acting(in, *store), account, *password);
    sodium_memzero(password->data(), static_cast<size_t>(password->size()));
    if (!made)
        return error(made.error().message, exitFor(made.error()));
    UseCases::StoreAccess::grantAccounts(*store); // an encrypted store: the new account opens it
    audit(in, *store, QStringLiteral("account"), {},
        tr("account %1 made (%2)").arg(made->name, userRoleKey(made->role)));
    print(tr("Made the account %1 (%2). It reaches the enrolled devices with the next bundle.")
              .arg(made->name, userRoleLabel(made->role)));
    return 0;
}

int Cli::resetPassword(const Invocation &in, CaseStore *store)
{
    if (!in.account || in.account->role != UserRole::Administrator)
        return error(tr("only an administrator sets another account's password"), ExitStoreProblem);
    if (in.value("--account").isEmpty())
        return error(tr("reset-password needs --account NAME"));
    auto password = readSecret(in.value("--new-password-file"), "CASEBOOK_NEW_PASSWORD",
        tr("give the new password in --new-password-file FILE or CASEBOOK_NEW_PASSWORD"));
    if (!password)
        return error(password.error().message);
    const VoidResult reset = UseCases::StoreAccess::resetPassword(
        *store, acting(in, *store), in.value("--account"), *password);
    sodium_memzero(password->data(), static_cast<size_t>(password->size()));
    if (!reset)
        return error(reset.error().message, exitFor(reset.error()));
    audit(in, *store, QStringLiteral("account"), {},
        tr("password of %1 set by the administrator").arg(in.value("--account")));
    print(tr("The password of %1 is set. It reaches the enrolled devices with the next bundle, "
             "and opens their encrypted stores from then on.")
              .arg(in.value("--account")));
    return 0;
}

int Cli::checkHandover(const Invocation &in)
{
    for (const char *required : {"--from-coach", "--to-coach", "--out"}) {
        if (in.value(required).isEmpty())
            return error(tr("handover needs %1").arg(QString::fromLatin1(required)));
    }
    return 0;
}

int Cli::handover(const Invocation &in, CaseStore *store)
{
    auto done = UseCases::Handover(*store, acting(in, *store), in.account)
                    .run(in.value("--from-coach"), in.value("--to-coach"), in.value("--out"));
    if (!done)
        return error(done.error().message, exitFor(done.error()));
    print(tr("Handed over %n case(s); the list to sign is %1.", nullptr,
        static_cast<int>(done->caseNos.size()))
              .arg(done->listPath));
    return 0;
}

int Cli::checkAudit(const Invocation &in)
{
    for (const char *day : {"--from", "--to"}) {
        if (in.has(day) && !QDate::fromString(in.value(day), Qt::ISODate).isValid())
            return error(tr("%1 must be a date written YYYY-MM-DD").arg(QString::fromLatin1(day)));
    }
    return 0;
}

UseCases::CaseFiles Cli::files(const Invocation &in, CaseStore &store)
{
    return UseCases::CaseFiles(
        store, in.account ? Caseload::of(*in.account) : Caseload::everything());
}

int Cli::persons(const Invocation &in, CaseStore *store)
{
    auto list = files(in, *store).persons(in.value("--search"));
    if (!list)
        return error(list.error().message, ExitStoreProblem);
    audit(in, *store, QStringLiteral("search"), {},
        QStringLiteral("persons %1: %2").arg(in.value("--search")).arg(list->size()));
    if (in.json) {
        QJsonArray array;
        for (const Person &p : *list)
            array.append(personJson(p));
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        print(tr("%n person(s).", nullptr, static_cast<int>(list->size())));
    }
    return 0;
}

int Cli::checkCases(const Invocation &in)
{
    if (in.has("--status") && !CaseWorkflow::statusFromKey(in.value("--status"))) {
        return error(tr("--status must be one of received, evaluation, planning, dispatched, "
                        "tracking, unsuitable, closed"));
    }
    return 0;
}

int Cli::cases(const Invocation &in, CaseStore *store)
{
    const std::optional<CaseStatus> status
        = in.has("--status") ? CaseWorkflow::statusFromKey(in.value("--status")) : std::nullopt;
    auto visible = files(in, *store).cases(status);
    if (!visible)
        return error(visible.error().message, ExitStoreProblem);
    const QList<Case> *list = &*visible;
    audit(in, *store, QStringLiteral("search"), {},
        QStringLiteral("cases %1: %2").arg(in.value("--status")).arg(list->size()));
    if (in.json) {
        QJsonArray array;
        for (const Case &c : *list)
            array.append(caseJson(c));
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        print(tr("%n case(s).", nullptr, static_cast<int>(list->size())));
    }
    return 0;
}

int Cli::checkDue(const Invocation &in)
{
    if (in.has("--today") && !QDate::fromString(in.value("--today"), Qt::ISODate).isValid())
        return error(tr("--today must be a date written YYYY-MM-DD"));
    return 0;
}

int Cli::due(const Invocation &in, CaseStore *store)
{
    const QDate today = in.has("--today") ? QDate::fromString(in.value("--today"), Qt::ISODate)
                                          : store->clock().today();
    auto deadlines = files(in, *store).due(today);
    if (!deadlines)
        return error(deadlines.error().message, ExitStoreProblem);
    if (in.json) {
        QJsonArray array;
        for (const Deadline &d : *deadlines) {
            array.append(QJsonObject {{QStringLiteral("kind"), Deadlines::kindKey(d.kind)},
                {QStringLiteral("caseId"), d.caseId}, {QStringLiteral("caseNo"), d.caseNo},
                {QStringLiteral("person"), d.personName},
                {QStringLiteral("coach"), textValue(d.coachName)},
                {QStringLiteral("detail"), textValue(d.detail)},
                {QStringLiteral("dueOn"), dateValue(d.dueOn)},
                {QStringLiteral("daysLeft"), d.daysLeft},
                {QStringLiteral("overdue"), d.isOverdue()}});
        }
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        const auto overdue = std::count_if(
            deadlines->begin(), deadlines->end(), [](const Deadline &d) { return d.isOverdue(); });
        print(tr("%1 deadlines open, %2 overdue.").arg(deadlines->size()).arg(overdue));
    }
    return 0;
}

int Cli::check(const Invocation &in, CaseStore *store)
{
    auto report = store->check();
    if (!report)
        return error(report.error().message, ExitStoreProblem);
    if (in.json) {
        print(QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("sound"), report->isSound()},
                {QStringLiteral("sqlite"), report->sqliteOk},
                {QStringLiteral("logGapless"), report->logGapless},
                {QStringLiteral("logMatchesTables"), report->logMatchesTables},
                {QStringLiteral("operations"), report->operations},
                {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}})
                                    .toJson(QJsonDocument::Indented)));
    } else if (report->isSound()) {
        print(tr("The store is sound: %1 operations, the tables match the log.")
                  .arg(report->operations));
    } else {
        print(tr("The store is NOT sound: %1").arg(report->problems.join(QStringLiteral("; "))));
    }
    return report->isSound() ? 0 : ExitUnsound;
}

int Cli::checkPrint(const Invocation &in)
{
    for (const char *required : {"--case", "--form", "--out"}) {
        if (in.value(required).isEmpty())
            return error(tr("print needs %1").arg(QString::fromLatin1(required)));
    }
    const QString form = in.value("--form");
    if (form != QLatin1String("all") && !Forms::DefinitionLoader::shipped().find(form))
        return error(tr("unknown form %1 (see: casebook-cli forms list)").arg(form));
    return 0;
}

int Cli::checkKeys(const Invocation &in)
{
    if (in.positional != QStringList {QStringLiteral("init")}
        && in.positional != QStringList {QStringLiteral("export")})
        return error(tr("use: keys init [--passphrase-file FILE], or keys export --out FILE"));
    if (in.positional.first() == QLatin1String("export") && in.value("--out").isEmpty())
        return error(tr("keys export needs --out FILE"));
    return 0;
}

int Cli::checkEnroll(const Invocation &in)
{
    if (!in.positional.isEmpty()) {
        if (in.positional.size() != 2 || in.positional.first() != QLatin1String("accept"))
            return error(tr("use: enroll accept FILE [--fingerprint DIGITS]"));
        return 0;
    }
    for (const char *required : {"--device", "--out"}) {
        if (in.value(required).isEmpty())
            return error(tr("enroll needs %1").arg(QString::fromLatin1(required)));
    }
    const int scopes = (in.has("--unit") ? 1 : 0) + (in.has("--coach") ? 1 : 0)
        + (in.has("--whole-store") ? 1 : 0);
    if (scopes > 1)
        return error(tr("enroll takes one of --unit, --coach and --whole-store"));
    return 0;
}

int Cli::checkExport(const Invocation &in)
{
    return in.value("--out").isEmpty() ? error(tr("export-bundle needs --out FILE")) : 0;
}

int Cli::checkImport(const Invocation &in)
{
    return in.positional.isEmpty() ? error(tr("import-bundle needs one or more bundle files")) : 0;
}

int Cli::checkResolve(const Invocation &in)
{
    for (const char *required : {"--conflict", "--choose", "--reason"}) {
        if (!in.has(required))
            return error(tr("resolve needs %1").arg(QString::fromLatin1(required)));
    }
    return 0;
}

int Cli::checkRevoke(const Invocation &in)
{
    return in.value("--device").isEmpty() ? error(tr("revoke needs --device DEVICE_ID")) : 0;
}

int Cli::checkSendDefinitions(const Invocation &in)
{
    for (const char *required : {"--dir", "--out"}) {
        if (in.value(required).isEmpty())
            return error(tr("send-definitions needs %1").arg(QString::fromLatin1(required)));
    }
    return 0;
}

int Cli::checkReport(const Invocation &in)
{
    static const QStringList Formats
        = {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv")};
    const QString sub = in.positional.size() == 1 ? in.positional.first() : QString();
    if (sub == QLatin1String("annual")) {
        for (const char *opt : {"--month", "--coach", "--reading", "--file-report", "--current"}) {
            if (in.has(opt) || in.json)
                return error(tr("report annual takes --year, --format, --out and --unit"));
        }
        for (const char *required : {"--year", "--format", "--out"}) {
            if (in.value(required).isEmpty())
                return error(tr("report annual needs %1").arg(QString::fromLatin1(required)));
        }
        if (auto rules = PlanYearRulesLoader::forYearOrEarlier(in.value("--year")); !rules)
            return error(rules.error().message);
        if (!Formats.contains(in.value("--format")))
            return error(tr("--format must be pdf, xlsx or csv"));
        return 0;
    }
    if (sub == QLatin1String("monthly")) {
        for (const char *opt : {"--year", "--coach"}) {
            if (in.has(opt) || in.json)
                return error(tr("report monthly takes --month, --format, --out and --unit"));
        }
        if (in.has("--file-report") && in.has("--current")) {
            return error(tr("a report is filed from the records as they are: --file-report and "
                            "--current do not go "
                            "together"));
        }
        for (const char *required : {"--month", "--format", "--out"}) {
            if (in.value(required).isEmpty())
                return error(tr("report monthly needs %1").arg(QString::fromLatin1(required)));
        }
        if (auto m = MonthlyReport::parseMonth(in.value("--month")); !m)
            return error(m.error().message);
        if (!Formats.contains(in.value("--format")))
            return error(tr("--format must be pdf, xlsx or csv"));
        return 0;
    }
    if (sub == QLatin1String("performance")) {
        for (const char *opt : {"--file-report", "--current", "--month", "--format", "--out"}) {
            if (in.has(opt)) {
                return error(
                    tr("report performance does not take %1").arg(QString::fromLatin1(opt)));
            }
        }
        if (in.value("--year").isEmpty())
            return error(tr("report performance needs --year (an ROC year such as 107)"));
        if (auto rules = PlanYearRulesLoader::forYearOrEarlier(in.value("--year")); !rules)
            return error(rules.error().message);
        const QString reading = in.value("--reading");
        if (!reading.isEmpty() && reading != QLatin1String("raw")
            && reading != QLatin1String("credited"))
            return error(tr("--reading must be raw or credited"));
        return 0;
    }
    return error(tr("use: report performance --year YEAR [--unit U] [--coach C] [--reading "
                    "raw|credited] [--json], "
                    "or report monthly "
                    "--month YYY-MM --format pdf|xlsx|csv --out FILE [--unit U]"));
}

int Cli::report(const Invocation &in, CaseStore *store)
{
    const QString sub = in.positional.first();
    if (sub == QLatin1String("annual"))
        return annualReport(*store, in);
    if (sub == QLatin1String("monthly"))
        return monthlyReport(*store, in);
    return performance(*store, in);
}

UseCases::Reports Cli::reports(const Invocation &in, CaseStore &store)
{
    return UseCases::Reports(
        store, acting(in, store), in.account ? Caseload::of(*in.account) : Caseload::everything());
}

int Cli::annualReport(CaseStore &store, const Invocation &in)
{
    auto written = reports(in, store).writeAnnual(
        in.value("--year").toInt(), in.value("--unit"), in.value("--out"), in.value("--format"));
    if (!written)
        return error(written.error().message, exitFor(written.error()));
    print(tr("Annual report of plan year %1 written to %2.")
              .arg(in.value("--year"), written->join(QStringLiteral(", "))));
    return 0;
}

int Cli::printForms(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    const QString caseRef = in.value("--case");
    const QString form = in.value("--form");
    const QString out = in.value("--out");
    CaseRepository cases(store);
    QString caseId;
    if (auto byId = cases.find(caseRef)) {
        caseId = byId->id;
    } else if (auto all = cases.cases()) {
        for (const Case &c : *all) {
            if (c.caseNo == caseRef)
                caseId = c.id;
        }
    }
    if (caseId.isEmpty())
        return error(tr("no case %1 in the store").arg(caseRef), ExitStoreProblem);
    if (auto allowed = files(in, store).mayOpen(caseId); !allowed)
        return error(allowed.error().message, ExitStoreProblem);
    const auto &catalogue = Forms::DefinitionLoader::shipped();
    auto instances = FormInstanceRepository(store).instances(caseId);
    if (!instances)
        return error(instances.error().message, ExitStoreProblem);
    QList<const Forms::FormDefinition *> defs;
    if (form == QLatin1String("all")) {
        // The forms this case uses, not a blank copy of every form there is.
        for (const Forms::FormDefinition &d : catalogue.forms) {
            const bool used = std::any_of(instances->cbegin(), instances->cend(),
                [&d](const FormInstance &i) { return i.formId == d.id; });
            if (used)
                defs << &d;
        }
        if (defs.isEmpty())
            return error(tr("case %1 has no forms to print yet").arg(caseRef), ExitStoreProblem);
    } else {
        defs << catalogue.find(form);
    }
    std::vector<std::unique_ptr<Forms::FormRecord>> records;
    QList<const Forms::FormRecord *> toPrint;
    for (const Forms::FormDefinition *d : std::as_const(defs)) {
        QString
            instanceId; // the latest instance of the form, else a blank form with the bound data
        for (const FormInstance &i : *instances) {
            if (i.formId == d->id)
                instanceId = i.id;
        }
        auto r = Forms::FormRecord::open(store, *d, caseId, instanceId);
        if (!r)
            return error(r.error().message, ExitStoreProblem);
        records.push_back(std::make_unique<Forms::FormRecord>(std::move(*r)));
        toPrint << records.back().get();
    }
    auto pages = Forms::FormPrinter::writePdf(out, toPrint, {});
    if (!pages)
        return error(pages.error().message, ExitStoreProblem);
    audit(in, store, QStringLiteral("print"), caseId, QStringLiteral("%1 → %2").arg(form, out));
    print(tr("Printed %1 form(s), %2 page(s), to %3.").arg(toPrint.size()).arg(*pages).arg(out));
    return 0;
}

int Cli::performance(CaseStore &store, const Invocation &in)
{
    const QString year = in.value("--year");
    const QString unit = in.value("--unit");
    const QString coach = in.value("--coach");
    const bool json = in.json;
    const QString reading = in.value("--reading");
    UseCases::PerformanceQuery query {year.toInt(), unit, coach};
    // The rule set names its reading of the two-thirds rule; the other one can be asked for.
    if (reading == QLatin1String("raw")) {
        query.reading = PlanYearRules::RatioReading::Raw;
    } else if (reading == QLatin1String("credited")) {
        query.reading = PlanYearRules::RatioReading::Credited;
    }
    auto performance = reports(in, store).performance(query);
    if (!performance) {
        const Error &e = performance.error();
        return error(e.message, exitFor(e));
    }
    const PlanYearRules *rules = &performance->rules;
    const QList<PerformanceRow> *table = &performance->rows;
    if (!json) {
        for (const PerformanceRow &r : *table) {
            print(tr("%1 (%2): placements %3/%4, supported successes %5/%6, cases %7/%8")
                      .arg(r.coachName, r.unitName)
                      .arg(r.figures.placementCredits)
                      .arg(r.figures.placementTarget)
                      .arg(r.figures.creditedSupported)
                      .arg(r.figures.supportedTarget)
                      .arg(r.figures.countedCases)
                      .arg(rules->minCases));
        }
        return 0;
    }
    QJsonArray rows;
    for (const PerformanceRow &r : *table) {
        const CoachPerformance &f = r.figures;
        rows.append(QJsonObject {{QStringLiteral("coachId"), r.coachId},
            {QStringLiteral("coach"), r.coachName}, {QStringLiteral("unitId"), textValue(r.unitId)},
            {QStringLiteral("unit"), textValue(r.unitName)},
            {QStringLiteral("placements"),
                QJsonObject {{QStringLiteral("raw"), f.placementsRaw},
                    {QStringLiteral("credited"), f.placementCredits},
                    {QStringLiteral("adaptationOffset"), f.adaptationOffset},
                    {QStringLiteral("adaptationPersons"), r.adaptationPersons},
                    {QStringLiteral("target"), f.placementTarget},
                    {QStringLiteral("met"), f.placementMet},
                    {QStringLiteral("cases"), QJsonArray::fromStringList(r.placementCases)}}},
            {QStringLiteral("supported"),
                QJsonObject {{QStringLiteral("raw"), f.supportedRaw},
                    {QStringLiteral("credited"), f.supportedCredits},
                    {QStringLiteral("generalRaw"), f.generalRaw},
                    {QStringLiteral("generalCredited"), f.generalCredits},
                    {QStringLiteral("conversionRaw"), f.conversionRaw},
                    {QStringLiteral("conversionUsed"), f.conversionUsed},
                    {QStringLiteral("creditedTotal"), f.creditedSupported},
                    {QStringLiteral("target"), f.supportedTarget},
                    {QStringLiteral("shareNum"), f.supportedShare.num},
                    {QStringLiteral("shareDen"), f.supportedShare.den},
                    {QStringLiteral("ratioMet"), f.ratioMet},
                    {QStringLiteral("met"), f.supportedMet},
                    {QStringLiteral("supportedCases"),
                        QJsonArray::fromStringList(r.supportedCases)},
                    {QStringLiteral("generalCases"), QJsonArray::fromStringList(r.generalCases)}}},
            {QStringLiteral("caseload"),
                QJsonObject {{QStringLiteral("new"), r.newCases.size()},
                    {QStringLiteral("old"), r.oldCases.size()},
                    {QStringLiteral("countedOld"), f.countedOldCases},
                    {QStringLiteral("counted"), f.countedCases},
                    {QStringLiteral("minimum"), rules->minCases},
                    {QStringLiteral("met"), f.caseloadMet},
                    {QStringLiteral("newCases"), QJsonArray::fromStringList(r.newCases)},
                    {QStringLiteral("oldCases"), QJsonArray::fromStringList(r.oldCases)}}},
            {QStringLiteral("group"),
                QJsonObject {{QStringLiteral("served"), r.group.served},
                    {QStringLiteral("stable"), r.group.stable},
                    {QStringLiteral("requiredStable"), r.group.requiredStable},
                    {QStringLiteral("minimumServed"), r.group.minimumServed},
                    {QStringLiteral("sessions"), r.group.sessions},
                    {QStringLiteral("tooSmallSessions"), r.group.tooSmallSessions},
                    {QStringLiteral("met"), r.group.met},
                    {QStringLiteral("servedCases"),
                        QJsonArray::fromStringList(r.group.servedCases)},
                    {QStringLiteral("stableCases"),
                        QJsonArray::fromStringList(r.group.stableCases)},
                    {QStringLiteral("stableWithoutTables"),
                        QJsonArray::fromStringList(r.group.stableWithoutTables)}}},
            {QStringLiteral("contributions"), contributionsJson(r.contributions)},
            {QStringLiteral("remarks"), QJsonArray::fromStringList(r.remarks)},
            {QStringLiteral("provisional"), !r.missingCalendarYears.isEmpty()},
            {QStringLiteral("missingCalendarYears"), yearsJson(r.missingCalendarYears)}});
    }
    const QJsonObject doc {{QStringLiteral("planYear"), rules->planYear},
        {QStringLiteral("rulesFrom"), rules->rulesFrom},
        {QStringLiteral("ratioReading"),
            rules->ratioReading == PlanYearRules::RatioReading::Credited
                ? QStringLiteral("credited")
                : QStringLiteral("raw")},
        {QStringLiteral("coaches"), rows}};
    print(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
    return 0;
}

int Cli::monthlyReport(CaseStore &store, const Invocation &in)
{
    const QString month = in.value("--month");
    const QString format = in.value("--format");
    const QString out = in.value("--out");
    const QString unit = in.value("--unit");
    const bool fileIt = in.has("--file-report");
    const bool current = in.has("--current");
    const UseCases::Reports reports = this->reports(in, store);
    if (fileIt) {
        if (auto f = reports.fileMonthly(month, unit); !f)
            return error(f.error().message, exitFor(f.error()));
    }
    auto view = reports.monthly(month, unit, current);
    if (!view) { // an unknown month or unit is the command line's
        const Error::Kind kind = view.error().kind;
        return error(view.error().message,
            kind == Error::Kind::Database || kind == Error::Kind::NotAllowed ? ExitStoreProblem
                                                                             : ExitBadInput);
    }
    const MonthlyReportData *data = &view->data;
    if (data->filedAt.isValid()) {
        print(data->asFiled
                ? tr("As filed on %1 by %2 (%3 record(s) changed since are not in it).")
                      .arg(RocDate::formatShort(data->filedAt.toLocalTime().date()), data->filedBy)
                      .arg(data->laterChanges)
                : tr("With today's records; filed on %1 by %2, %3 record(s) changed since.")
                      .arg(RocDate::formatShort(data->filedAt.toLocalTime().date()), data->filedBy)
                      .arg(data->laterChanges));
    }
    auto written = reports.writeMonthly(*view, format, out);
    if (!written)
        return error(written.error().message, ExitStoreProblem);
    print(tr("Monthly report %1 (%2 cases, %3 coaches) written to %4.")
              .arg(data->month)
              .arg(data->cases.size())
              .arg(data->coaches.size())
              .arg(written->join(QStringLiteral(", "))));
    return 0;
}

Result<QByteArray> Cli::readPassphrase(const QString &file)
{
    return readSecret(file, "CASEBOOK_PASSPHRASE",
        tr("give the passphrase in --passphrase-file FILE or CASEBOOK_PASSPHRASE"));
}

Result<QByteArray> Cli::readSecret(
    const QString &file, const char *variable, const QString &missing)
{
    // A secret comes from a file or the environment, never from the command line itself.
    QByteArray secret = qgetenv(variable);
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Error::Kind::Io, tr("cannot read the file %1").arg(file));
        secret = f.readAll().trimmed();
    }
    if (secret.isEmpty())
        return fail(Error::Kind::Invalid, missing);
    return secret;
}

std::optional<DeviceKeys> Cli::unlockKeys(CaseStore &store, const Invocation &in, int &status)
{
    // An encrypted store's sign-in unlocks them, once the passphrase has been given there.
    if (!in.has("--passphrase-file") && qEnvironmentVariableIsEmpty("CASEBOOK_PASSPHRASE")) {
        if (auto bySignIn = UseCases::SyncExchange(store).unlockBySignIn())
            return std::move(*bySignIn);
    }
    auto passphrase = readPassphrase(in.value("--passphrase-file"));
    if (!passphrase) {
        status = error(passphrase.error().message);
        return std::nullopt;
    }
    auto keys = UseCases::SyncExchange(store).unlock(*passphrase);
    if (!keys) {
        status = error(keys.error().message, ExitStoreProblem);
        return std::nullopt;
    }
    return std::move(*keys);
}

int Cli::digest(const Invocation &in, CaseStore *opened)
{
    Q_UNUSED(in);
    CaseStore &store = *opened;

    auto d = store.domainDigest();
    if (!d)
        return error(d.error().message, ExitStoreProblem);
    print(QString::fromLatin1(d->toHex()));
    return 0;
}

int Cli::conflicts(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    SyncRepository sync(store);
    const bool json = in.json;

    auto list = sync.conflicts(false);
    if (!list)
        return error(list.error().message, ExitStoreProblem);
    auto refused = sync.refusals();
    if (!refused)
        return error(refused.error().message, ExitStoreProblem);
    if (!json) {
        for (const Conflict &c : *list) {
            print(tr("%1 %2 %3.%4: \"%5\" (%6) or \"%7\" (%8) — %9")
                      .arg(c.id, c.status, c.entity, c.field, c.valueA, c.deviceA, c.valueB,
                          c.deviceB, c.status == QLatin1String("open") ? tr("open") : c.chosen));
        }
        for (const Refusal &r : *refused) {
            print(tr("bundle %1 from %2 %3 on %4: %5")
                      .arg(r.bundleId, r.fromName,
                          r.status == QLatin1String("refused") ? tr("refused") : tr("quarantined"),
                          r.at, r.reason));
        }
        return 0;
    }
    QJsonArray array;
    for (const Conflict &c : *list) {
        array.append(QJsonObject {{QStringLiteral("id"), c.id},
            {QStringLiteral("status"), c.status}, {QStringLiteral("entity"), c.entity},
            {QStringLiteral("row"), c.rowId}, {QStringLiteral("field"), c.field},
            {QStringLiteral("a"),
                QJsonObject {{QStringLiteral("value"), c.valueA},
                    {QStringLiteral("device"), c.deviceA}, {QStringLiteral("op"), c.opA}}},
            {QStringLiteral("b"),
                QJsonObject {{QStringLiteral("value"), c.valueB},
                    {QStringLiteral("device"), c.deviceB}, {QStringLiteral("op"), c.opB}}},
            {QStringLiteral("chosen"), textValue(c.chosen)},
            {QStringLiteral("reason"), textValue(c.reason)}});
    }
    QJsonArray refusals;
    for (const Refusal &r : *refused) {
        refusals.append(QJsonObject {{QStringLiteral("bundle"), r.bundleId},
            {QStringLiteral("from"), r.fromDevice}, {QStringLiteral("name"), r.fromName},
            {QStringLiteral("at"), r.at}, {QStringLiteral("status"), r.status},
            {QStringLiteral("reason"), r.reason}});
    }
    print(QString::fromUtf8(QJsonDocument(
        QJsonObject {{QStringLiteral("conflicts"), array}, {QStringLiteral("refusals"), refusals}})
                                .toJson(QJsonDocument::Indented)));
    return 0;
}

int Cli::devices(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    SyncRepository sync(store);
    const bool json = in.json;

    auto list = sync.devices();
    if (!list)
        return error(list.error().message, ExitStoreProblem);
    QJsonArray array;
    for (const TrustedDevice &d : *list) {
        const QString scope = !d.scope.unit.isEmpty() ? tr("unit %1").arg(d.scope.unit)
            : !d.scope.coach.isEmpty()                ? tr("coach %1").arg(d.scope.coach)
                                                      : tr("whole store");
        if (json) {
            array.append(QJsonObject {{QStringLiteral("device"), d.identity.deviceId},
                {QStringLiteral("name"), d.identity.name},
                {QStringLiteral("role"), d.identity.role},
                {QStringLiteral("trustedAs"), d.trustedAs}, {QStringLiteral("unit"), d.scope.unit},
                {QStringLiteral("coach"), d.scope.coach},
                {QStringLiteral("wholeStore"), d.scope.isWhole()},
                {QStringLiteral("revoked"), d.revoked},
                {QStringLiteral("fingerprint"), d.fingerprint}});
        } else {
            print(tr("%1 %2 (%3) %4, %5%6 — %7")
                      .arg(d.identity.deviceId, d.identity.name, d.identity.role, d.trustedAs,
                          scope, d.revoked ? tr(", revoked") : QString(), d.fingerprint));
        }
    }
    if (json)
        print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return 0;
}

int Cli::revoke(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    SyncRepository sync(store);
    const QHash<QString, QString> &options = in.options;

    if (options.value(QStringLiteral("--device")).isEmpty())
        return error(tr("revoke needs --device DEVICE_ID"));
    if (auto r = sync.revoke(options.value(QStringLiteral("--device"))); !r)
        return error(r.error().message, ExitBadInput);
    print(tr("Revoked %1: its bundles are refused from now on, and the next bundles tell the "
             "other stores.")
              .arg(options.value(QStringLiteral("--device"))));
    return 0;
}

int Cli::resolve(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    SyncRepository sync(store);
    const QHash<QString, QString> &options = in.options;

    auto r = sync.resolve({}, options.value(QStringLiteral("--conflict")),
        options.value(QStringLiteral("--choose")), options.value(QStringLiteral("--reason")));
    if (!r) {
        return error(r.error().message,
            r.error().kind == Error::Kind::Database ? ExitStoreProblem : ExitBadInput);
    }
    print(tr("Decided: %1.").arg(options.value(QStringLiteral("--choose"))));
    return 0;
}

int Cli::enroll(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    UseCases::SyncExchange exchange(store);
    const QHash<QString, QString> &options = in.options;
    if (!in.positional.isEmpty()) {

        // enroll accept FILE: this store takes its one enroller, once the user has compared the
        // fingerprint.
        auto offer = exchange.readEnrolment(in.positional.at(1));
        if (!offer)
            return error(offer.error().message);
        if (!options.contains(QStringLiteral("--fingerprint"))) {
            print(tr("The enrolment comes from %1 (%2). Compare this fingerprint with the "
                     "enroller's screen or slip:")
                      .arg(offer->enroller.name, offer->enroller.deviceId));
            print(offer->fingerprint);
            return error(
                tr("nothing was changed: run again with --fingerprint \"DIGITS\" once they match"));
        }
        if (auto r
            = exchange.acceptEnrolment(*offer, options.value(QStringLiteral("--fingerprint")));
            !r)
            return error(r.error().message, ExitBadInput);
        print(tr("Enrolled by %1 (fingerprint %2).").arg(offer->enroller.name, offer->fingerprint));
        return 0;
    }
    int status = 0;
    const auto keys = unlockKeys(store, in, status);
    if (!keys)
        return status;

    auto device = UseCases::SyncExchange::readIdentity(options.value(QStringLiteral("--device")));
    if (!device) {
        return error(tr("cannot read the device identity %1: %2")
                         .arg(options.value(QStringLiteral("--device")), device.error().message));
    }
    const EnrolScope scope {
        options.value(QStringLiteral("--unit")), options.value(QStringLiteral("--coach"))};
    // A coach's laptop receives its coach's caseload (or its unit's); the whole store only when
    // asked.
    if (scope.isWhole() && !in.has("--whole-store") && device->role == roleKey(DeviceRole::Coach)) {
        return error(tr("a coach's laptop is enrolled for its coach (--coach STAFF) or its "
                        "unit (--unit UNIT); "
                        "--whole-store gives it every case"));
    }
    auto enrolled = exchange.enrol(*keys, *device, scope, options.value(QStringLiteral("--out")),
        options.value(QStringLiteral("--slip")));
    if (!enrolled)
        return error(enrolled.error().message, exitFor(enrolled.error()));
    print(tr("Enrolled %1 (%2); give it %3. This store's fingerprint, to compare on the device: %4")
              .arg(device->name, device->deviceId, options.value(QStringLiteral("--out")),
                  enrolled->fingerprint));
    if (options.contains(QStringLiteral("--slip"))) {
        print(tr("Wrote the fingerprint slip %1.").arg(options.value(QStringLiteral("--slip"))));
    }
    return 0;
}

int Cli::exportBundle(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    UseCases::SyncExchange exchange(store, acting(in, store));
    const QHash<QString, QString> &options = in.options;
    int status = 0;
    const auto keys = unlockKeys(store, in, status);
    if (!keys)
        return status;

    // --to: a bundle for one unit's laptop, with the cases dispatched to its unit.
    auto bundle = exchange.exportBundle(*keys, options.value(QStringLiteral("--out")),
        options.value(QStringLiteral("--to")), options.value(QStringLiteral("--cover")));
    if (!bundle)
        return error(bundle.error().message, exitFor(bundle.error()));
    print(tr("Wrote the bundle %1 (%2 bytes).")
              .arg(options.value(QStringLiteral("--out")))
              .arg(bundle->size()));
    if (options.contains(QStringLiteral("--cover")))
        print(tr("Wrote the cover sheet %1.").arg(options.value(QStringLiteral("--cover"))));
    return 0;
}

int Cli::sendDefinitions(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    UseCases::SyncExchange exchange(store);
    const QHash<QString, QString> &options = in.options;
    int status = 0;
    const auto keys = unlockKeys(store, in, status);
    if (!keys)
        return status;

    auto sent = exchange.sendDefinitions(*keys, QDir(options.value(QStringLiteral("--dir"))),
        options.value(QStringLiteral("--out")));
    if (!sent)
        return error(sent.error().message, exitFor(sent.error()));
    print(tr("Wrote %1 definition(s) for the enrolled devices to %2.")
              .arg(*sent)
              .arg(options.value(QStringLiteral("--out"))));
    return 0;
}

int Cli::importBundle(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    UseCases::SyncExchange exchange(store);
    const QStringList &files = in.positional;
    int status = 0;
    const auto keys = unlockKeys(store, in, status);
    if (!keys)
        return status;
    // import-bundle: data, receipts, enrolments and definitions alike; each is all or nothing.
    int failed = 0;
    for (const QString &path : files) {
        auto r = exchange.importFile(*keys, path);
        if (!r) {
            error(tr("%1: %2").arg(path, r.error().message));
            ++failed;
            continue;
        }
        const ImportSummary &s = r->summary;
        switch (r->kind) {
        case UseCases::ImportedFile::Kind::Definitions:
            print(tr("%1: installed %2 from %3; they are used from the next start.")
                      .arg(path, r->installed.join(QStringLiteral(", ")), s.from));
            break;
        case UseCases::ImportedFile::Kind::Receipt:
            print(tr("%1: receipt from %2; the next export leaves out what it holds.")
                      .arg(path, s.from));
            break;
        case UseCases::ImportedFile::Kind::AlreadyImported:
            print(tr("%1: imported before; nothing changed.").arg(path));
            break;
        case UseCases::ImportedFile::Kind::Data:
            if (!r->receiptWritten) {
                error(tr("%1: imported, but the receipt could not be written to %2")
                          .arg(path, r->receiptPath));
            }
            print(tr("%1: from %2, %3 new operations, %4 known, %5 waiting for earlier ones, %6 "
                     "new conflicts.")
                      .arg(path, s.from)
                      .arg(s.applied)
                      .arg(s.known)
                      .arg(s.heldBack)
                      .arg(s.conflicts));
            for (const QString &device : s.clockWarnings) {
                error(tr("%1: the clock of device %2 runs ahead of this computer's; check it.")
                          .arg(path, device));
            }
            break;
        }
    }
    return failed == 0 ? 0 : ExitBadInput;
}

int Cli::keys(const Invocation &in, CaseStore *opened)
{
    CaseStore &store = *opened;
    const QString action = in.positional.first();
    const QString passphraseFile = in.value("--passphrase-file");
    const QString out = in.value("--out");
    UseCases::SyncExchange exchange(store);
    if (action == QLatin1String("init")) {
        if (exchange.hasKeys())
            return error(tr("this store has its keys already"), ExitStoreProblem);
        // The passphrase comes from a file or the environment, never from the command line itself.
        auto passphrase = readPassphrase(passphraseFile);
        if (!passphrase)
            return error(passphrase.error().message);
        auto keys = exchange.createKeys(*passphrase);
        if (!keys)
            return error(keys.error().message, exitFor(keys.error()));
        print(tr("Created the keys of device %1; signing key %2.")
                  .arg(store.identity().deviceId,
                      QString::fromLatin1(keys->signPublicKey().toBase64())));
        return 0;
    }
    // export: the store's public identity, for the bureau to enrol this device
    if (!exchange.hasKeys())
        return error(tr("this store has no keys yet: run keys init first"), ExitStoreProblem);
    if (auto r = exchange.writeIdentity(out); !r)
        return error(tr("cannot write %1").arg(out));
    print(tr("Wrote the public identity of %1 to %2.").arg(store.identity().name, out));
    return 0;
}

int Cli::forms(const Invocation &in, CaseStore *)
{
    const QStringList &positional = in.positional;
    const bool json = in.json;
    const QString sub = positional.value(0);
    if (sub == QLatin1String("list") && positional.size() == 1) {
        const auto &catalogue = Forms::DefinitionLoader::shipped();
        if (json) {
            QJsonArray array;
            for (const Forms::FormDefinition &d : catalogue.forms) {
                array.append(QJsonObject {{QStringLiteral("id"), d.id},
                    {QStringLiteral("code"), d.code}, {QStringLiteral("version"), d.version},
                    {QStringLiteral("title"), d.title.zh},
                    {QStringLiteral("aliases"), QJsonArray::fromStringList(d.aliases)}});
            }
            print(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            for (const Forms::FormDefinition &d : catalogue.forms) {
                print(
                    QStringLiteral("%1\t%2\tv%3\t%4").arg(d.id, d.code, d.version, d.title.text()));
            }
        }
        for (const QString &p : catalogue.problems)
            error(p, 0);
        return catalogue.problems.isEmpty() ? 0 : ExitStoreProblem;
    }
    if (sub == QLatin1String("check") && positional.size() == 2) {
        auto def = Forms::DefinitionLoader::fromFile(positional.at(1));
        if (!def) {
            return error(
                def.error().message.replace(QLatin1Char('\n'), QStringLiteral("; ")), ExitBadInput);
        }
        print(tr("%1: %2 (%3, version %4) is a valid form definition with %n field(s).", nullptr,
            static_cast<int>(def->allFields().size()))
                  .arg(positional.at(1), def->title.text(), def->code, def->version));
        return 0;
    }
    return error(tr("use: forms list, or forms check FILE"));
}

} // namespace Casebook::App
