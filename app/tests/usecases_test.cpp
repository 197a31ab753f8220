// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases without widgets: SyncExchange as the window and the command line call it, with real
// keys and real files, each refusal leaving the store as it was.
#include "app/usecases/acting.h"
#include "app/usecases/agenda.h"
#include "app/usecases/auditlog.h"
#include "app/usecases/casefiles.h"
#include "app/usecases/caseforms.h"
#include "app/usecases/casesteps.h"
#include "app/usecases/handover.h"
#include "app/usecases/intake.h"
#include "app/usecases/reports.h"
#include "app/usecases/servicerecords.h"
#include "app/usecases/session.h"
#include "app/usecases/storeaccess.h"
#include "app/usecases/syncexchange.h"
#include "core/accounts/audittrail.h"
#include "core/common/rocdate.h"
#include "core/crypto/devicekeys.h"
#include "core/demo/demogenerator.h"
#include "core/store/storekeys.h"
#include "core/tests/monthlyfixture.h"
#include "core/units/unitrepository.h"
#include "tests/support/catchtest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Casebook;
using namespace Casebook::Core;

namespace {

std::unique_ptr<CaseStore> store(DeviceRole role, const QString &name)
{
    auto s = CaseStore::open(QStringLiteral(":memory:"));
    REQUIRE(s);
    REQUIRE((*s)->initialize(role, name));
    return std::move(*s);
}

QByteArray secret()
{
    return QByteArrayLiteral("a long enough passphrase");
}

} // namespace

TEST_CASE("SyncExchange: keys, identity, enrolment, export and import between two stores",
    "[usecases][sync]")
{
    QTemporaryDir dir;
    auto bureau = store(DeviceRole::Bureau, QStringLiteral("勞動局"));
    auto laptop = store(DeviceRole::Coach, QStringLiteral("筆電"));
    REQUIRE(DemoGenerator(*bureau).generate(20, 4));
    UseCases::SyncExchange atBureau(*bureau);
    UseCases::SyncExchange atLaptop(*laptop);

    // Keys: made once, the passphrase wiped; a second time is refused and the keys stay.
    QByteArray pass = secret();
    auto bureauKeys = atBureau.createKeys(pass);
    REQUIRE(bureauKeys);
    CHECK(pass.isEmpty());
    const QString stored = *bureau->metaValue(QStringLiteral("keys"));
    QByteArray again = secret();
    auto twice = atBureau.createKeys(again);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().kind == Error::Kind::NotAllowed);
    CHECK(*bureau->metaValue(QStringLiteral("keys")) == stored);
    QByteArray wrong("not the passphrase");
    CHECK_FALSE(atBureau.unlock(wrong));
    QByteArray empty;
    CHECK_FALSE(UseCases::SyncExchange(*laptop).unlock(empty)); // no keys yet
    pass = secret();
    auto laptopKeys = atLaptop.createKeys(pass);
    REQUIRE(laptopKeys);

    // The identity file is PublicIdentity's JSON; an oversized or foreign one is refused.
    const QString identity = dir.filePath(QStringLiteral("laptop.json"));
    REQUIRE(atLaptop.writeIdentity(identity));
    auto device = UseCases::SyncExchange::readIdentity(identity);
    REQUIRE(device);
    CHECK(device->deviceId == laptop->identity().deviceId);
    QFile big(dir.filePath(QStringLiteral("big.json")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(UseCases::SyncExchange::IdentityFileCap + 1, ' '));
    big.close();
    CHECK_FALSE(UseCases::SyncExchange::readIdentity(big.fileName()));
    CHECK_FALSE(UseCases::SyncExchange::readIdentity(dir.path())); // a folder, not a file

    // Enrolment: the file and the slip written; the laptop accepts only with the enroller's
    // fingerprint.
    const QString enrolment = dir.filePath(QStringLiteral("laptop.enrol"));
    const QString slip = dir.filePath(QStringLiteral("slip.pdf"));
    auto enrolled = atBureau.enrol(*bureauKeys, *device, EnrolScope {}, enrolment, slip);
    REQUIRE(enrolled);
    CHECK(QFileInfo(slip).size() > 0);
    auto offer = UseCases::SyncExchange::readEnrolment(enrolment);
    REQUIRE(offer);
    CHECK(offer->fingerprint == enrolled->fingerprint);
    const QByteArray before = *laptop->domainDigest();
    CHECK_FALSE(atLaptop.acceptEnrolment(*offer, QStringLiteral("12345")));
    CHECK(*laptop->domainDigest() == before);
    // An enrolment is never imported as a bundle.
    auto asBundle = atLaptop.importFile(*laptopKeys, enrolment);
    REQUIRE_FALSE(asBundle);
    CHECK(asBundle.error().message.contains(QStringLiteral("enrolment file")));
    REQUIRE(atLaptop.acceptEnrolment(*offer, offer->fingerprint));

    // Export with its cover sheet, import with its receipt; a second import changes nothing.
    const QString bundle = dir.filePath(QStringLiteral("to-laptop.bundle"));
    const QString cover = dir.filePath(QStringLiteral("cover.pdf"));
    REQUIRE(atBureau.exportBundle(*bureauKeys, bundle, {}, cover));
    CHECK(QFileInfo(cover).size() > 0);
    auto imported = atLaptop.importFile(*laptopKeys, bundle);
    INFO((imported ? QString() : imported.error().message).toStdString());
    REQUIRE(imported);
    CHECK(imported->kind == UseCases::ImportedFile::Kind::Data);
    CHECK(imported->summary.applied > 0);
    CHECK(imported->receiptWritten);
    CHECK(*laptop->domainDigest() == *bureau->domainDigest());
    auto twiceImported = atLaptop.importFile(*laptopKeys, bundle);
    REQUIRE(twiceImported);
    CHECK(twiceImported->kind == UseCases::ImportedFile::Kind::AlreadyImported);

    // A file that cannot be written is an error, not a half file, and no export in the trail.
    const int exports = static_cast<int>(AuditTrail(*bureau).entries()->size());
    CHECK(exports == 1); // the bundle above, as the device
    CHECK_FALSE(
        atBureau.exportBundle(*bureauKeys, dir.filePath(QStringLiteral("no/such/dir/b")), {}, {}));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no/such/dir/b"))));
    CHECK(AuditTrail(*bureau).entries()->size() == exports);
    // A signed-in user's export is theirs in the trail.
    const QString second = dir.filePath(QStringLiteral("again.bundle"));
    REQUIRE(UseCases::SyncExchange(*bureau,
        WriteContext {QStringLiteral("clerk"), {},
            {}}).exportBundle(*bureauKeys, second, {}, {}));
    auto theirs = AuditTrail(*bureau).entries({{}, QStringLiteral("clerk"), {}, {}});
    REQUIRE(theirs);
    REQUIRE(theirs->size() == 1);
    CHECK(theirs->first().action == QStringLiteral("export"));
    CHECK(theirs->first().detail.contains(second));
#ifdef Q_OS_UNIX
    // A bundle is its owner's alone.
    CHECK((QFileInfo(second).permissions()
              & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther))
        == QFileDevice::Permissions {});
#endif
}

TEST_CASE("SyncExchange sends only definitions that load", "[usecases][sync][definitions]")
{
    QTemporaryDir dir;
    auto bureau = store(DeviceRole::Bureau, QStringLiteral("勞動局"));
    UseCases::SyncExchange exchange(*bureau);
    QByteArray pass = secret();
    auto keys = exchange.createKeys(pass);
    REQUIRE(keys);
    QDir defs(dir.filePath(QStringLiteral("defs")));
    REQUIRE(defs.mkpath(QStringLiteral(".")));
    const QString out = dir.filePath(QStringLiteral("defs.bundle"));
    auto none = exchange.sendDefinitions(*keys, defs, out);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("no form definition")));
    QFile broken(defs.filePath(QStringLiteral("broken-v1.json")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"id\": \"broken\"");
    broken.close();
    CHECK_FALSE(exchange.sendDefinitions(*keys, defs, out));
    CHECK_FALSE(QFileInfo::exists(out));
    REQUIRE(QFile::remove(broken.fileName()));
    // Definitions go to the enrolled devices: enrol one.
    auto laptop = store(DeviceRole::Coach, QStringLiteral("筆電"));
    QByteArray laptopPass = secret();
    REQUIRE(UseCases::SyncExchange(*laptop).createKeys(laptopPass));
    const QString identity = dir.filePath(QStringLiteral("laptop.json"));
    REQUIRE(UseCases::SyncExchange(*laptop).writeIdentity(identity));
    REQUIRE(exchange.enrol(*keys, *UseCases::SyncExchange::readIdentity(identity), EnrolScope {},
        dir.filePath(QStringLiteral("laptop.enrol")), {}));
    REQUIRE(QFile::copy(QStringLiteral(CASEBOOK_SOURCE_DIR "/forms/definitions/table1-v1.json"),
        defs.filePath(QStringLiteral("table1-v1.json"))));
    auto sent = exchange.sendDefinitions(*keys, defs, out);
    INFO((sent ? QString() : sent.error().message).toStdString());
    REQUIRE(sent);
    CHECK(*sent == 1);
    CHECK(QFileInfo(out).size() > 0);
}

TEST_CASE("CaseSteps: a supported case closes as goal reached only after the follow-up minimum",
    "[usecases][closure]")
{
    Test::MonthlyFixture f;
    // Intensive support from 2 September 2024: 10 working days end on 13 September; follow-up until
    // 12 December.
    const QString caseNo = f.addCase(
        "A123456789", QStringLiteral("王小明"), QDate(2024, 1, 3), QDate(2024, 9, 2), false, true);
    CaseRepository cases(*f.store);
    QString caseId;
    const auto all = cases.cases();
    REQUIRE(all);
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    auto step = [&](CaseAction action, const QDate &on) {
        CaseStep s;
        s.action = action;
        s.on = on;
        s.planGoal = QStringLiteral("穩定就業");
        s.unitId = f.unit;
        s.serviceType = QStringLiteral("05");
        s.closureReason = QStringLiteral("01");
        if (action == CaseAction::AnswerDispatch)
            s.dispatchId = cases.dispatches(caseId)->first().id;
        return UseCases::CaseSteps(*f.store).perform({}, caseId, s);
    };
    REQUIRE(step(CaseAction::Assess, QDate(2024, 1, 5)));
    REQUIRE(step(CaseAction::Dispatch, QDate(2024, 1, 6)));
    REQUIRE(step(CaseAction::AnswerDispatch, QDate(2024, 1, 10)));
    REQUIRE(step(CaseAction::ReachGoal, QDate(2024, 6, 1)));
    auto early = step(
        CaseAction::Close, QDate(2024, 12, 12)); // 6 months after the goal, but follow-up runs
    REQUIRE_FALSE(early);
    CHECK(early.error().kind == Error::Kind::NotAllowed);
    CHECK(early.error().message.contains(QStringLiteral("113/12/12")));
    CHECK(cases.find(caseId)->status == CaseStatus::Tracking);
    REQUIRE(step(CaseAction::Close, QDate(2024, 12, 13)));
    CHECK(cases.find(caseId)->status == CaseStatus::Closed);
}

namespace {

Person applicant(const char *idNumber)
{
    Person p;
    p.name = QStringLiteral("林小華");
    p.sex = QStringLiteral("F");
    p.birthDate = QDate(1990, 5, 1);
    p.idNumber = QString::fromLatin1(idNumber);
    p.district = QStringLiteral("68000010");
    p.certSystem = QStringLiteral("new");
    p.certCategories = {QStringLiteral("1")};
    return p;
}

Case referral(const QDate &receivedOn)
{
    Case c;
    c.intakeSource = QStringLiteral("form1");
    c.referralUnitType = QStringLiteral("medical");
    c.referralUnitName = QStringLiteral("桃園療養院");
    c.receivedOn = receivedOn;
    return c;
}

} // namespace

TEST_CASE("Intake: the field problems come from core, the person and the case are saved together",
    "[usecases][intake]")
{
    auto window = Test::memoryStore(Test::testClock(), DeviceRole::Window);
    UseCases::Intake intake(*window);
    const QDate today = Test::testClock().today();

    // A referral without its unit and dated tomorrow: each problem names its field.
    Case bad = referral(today.addDays(1));
    bad.referralUnitType.clear();
    bad.referralUnitName = QStringLiteral("  ");
    QStringList fields;
    for (const FieldProblem &p : intake.check(applicant("F131232216"), bad))
        fields << p.field;
    CHECK(fields
        == QStringList {QStringLiteral("referral_unit_type"), QStringLiteral("referral_unit_name"),
            QStringLiteral("received_on")});
    auto refused = intake.save({}, applicant("F131232216"), bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(*PersonRepository(*window).count() == 0);

    auto saved = intake.save({}, applicant("F131232216"), referral(today));
    REQUIRE(saved);
    CHECK(saved->status == CaseStatus::Received);
    CHECK(CaseRepository(*window).find(saved->id)->personId == saved->personId);

    // Not eligible (the certificate expired): the window's case manager is asked why; no answer
    // leaves neither a person nor a case behind.
    Person expired = applicant("A123456789");
    expired.certValidUntil = today.addDays(-10);
    int asked = 0;
    auto unanswered = intake.save({}, expired, referral(today), [&](const QString &reasons) {
        ++asked;
        CHECK(reasons.contains(QStringLiteral("113/05/24")));
        return QString();
    });
    REQUIRE_FALSE(unanswered);
    CHECK(asked == 1);
    CHECK(*PersonRepository(*window).count() == 1);
    CHECK(CaseRepository(*window).cases()->size() == 1);
    auto accepted = intake.save({}, expired, referral(today),
        [](const QString &) { return QStringLiteral("證明換發中，已見收據"); });
    REQUIRE(accepted);
    CHECK(accepted->eligibilityOverride == QStringLiteral("證明換發中，已見收據"));

    // A coach's laptop may not accept it, whatever the reason.
    auto laptop = Test::memoryStore(Test::testClock(), DeviceRole::Coach);
    UseCases::Intake atLaptop(*laptop);
    CHECK_FALSE(atLaptop.mayAcceptIneligible({}));
    bool laptopAsked = false;
    auto notHere = atLaptop.save({}, expired, referral(today), [&](const QString &) {
        laptopAsked = true;
        return QStringLiteral("理由");
    });
    REQUIRE_FALSE(notHere);
    CHECK_FALSE(laptopAsked);
    CHECK(*PersonRepository(*laptop).count() == 0);
}

TEST_CASE(
    "Intake: on a window's store with accounts, only a case manager accepts an ineligible one",
    "[usecases][intake][accounts]")
{
    auto window = Test::memoryStore(Test::testClock(), DeviceRole::Window);
    const QDate today = Test::testClock().today();
    UnitRepository units(*window);
    auto staff
        = units.createStaff({}, {{}, QStringLiteral("林督導"), QStringLiteral("supervisor"), {}});
    REQUIRE(staff);
    auto manager
        = units.createStaff({}, {{}, QStringLiteral("倪美玲"), QStringLiteral("case_manager"), {}});
    REQUIRE(manager);
    // The hash is not signed in with here, only its form is checked.
    const QString hash = QStringLiteral("$argon2id$v=19$m=262144,t=3,p=1$c2FsdA$aGFzaA");
    AccountRepository accounts(*window);
    REQUIRE(accounts.create({}, {{}, QStringLiteral("sup"), *staff, UserRole::Supervisor}, hash));
    REQUIRE(accounts.create({},
        {{}, QStringLiteral("cm"), *manager, UserRole::CaseManager, {}, QStringLiteral("north")},
        hash));
    UseCases::Intake intake(*window);
    const WriteContext supervisor {QStringLiteral("sup"), {}, {}};
    const WriteContext caseManager {QStringLiteral("cm"), {}, {}};
    CHECK_FALSE(intake.mayAcceptIneligible(supervisor));
    CHECK_FALSE(intake.mayAcceptIneligible({})); // the device, on a store with accounts
    CHECK(intake.mayAcceptIneligible(caseManager));
    Person expired = applicant("A123456789");
    expired.certValidUntil = today.addDays(-10);
    Case draft = referral(today);
    draft.eligibilityOverride = QStringLiteral("證明換發中"); // typed in, but not theirs to give
    auto refused = intake.save(supervisor, expired, draft);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotAllowed);
    CHECK(*PersonRepository(*window).count() == 0);
    REQUIRE(intake.save(caseManager, expired, draft));
}

TEST_CASE("ServiceRecords: a new employer and its placement are saved together or not at all",
    "[usecases][services]")
{
    Test::MonthlyFixture f;
    const QString caseNo = f.addCase(
        "B123456780", QStringLiteral("張大同"), QDate(2024, 3, 1), QDate(), false, false);
    QString caseId;
    const auto all = CaseRepository(*f.store).cases();
    REQUIRE(all);
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    UseCases::ServiceRecords records(*f.store);
    const qsizetype employersBefore = records.employers()->size();
    UseCases::NewPlacement placement;
    placement.placement.jobTitle = QStringLiteral("包裝員");
    placement.placement.startDate = QDate(2024, 4, 1);
    placement.placement.weeklyHours = 0; // refused: between 1 and 84
    placement.placement.wage = 27470;
    placement.placement.labourInsuranceFrom = QDate(2024, 4, 1);
    placement.newEmployer = {{}, QStringLiteral("新屋食品行"), {}, {}, 12, {}};
    auto refused = records.add({}, caseId, placement);
    REQUIRE_FALSE(refused);
    CHECK(records.employers()->size() == employersBefore); // the employer went with it
    CHECK(records.overview(caseId, QDate(2024, 12, 31))->placements.isEmpty());

    placement.placement.weeklyHours = 30;
    auto saved = records.add({}, caseId, placement);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved);
    CHECK(records.employers()->size() == employersBefore + 1);
    auto overview = records.overview(caseId, QDate(2024, 12, 31));
    REQUIRE(overview);
    REQUIRE(overview->profile);
    REQUIRE(overview->placements.size() == 1);
    CHECK(overview->employers.value(overview->placements.first().employerId).name
        == QStringLiteral("新屋食品行"));
    CHECK(overview->outcome->placementDate == QDate(2024, 4, 1));

    // A correction keeps the case and the employer; a withdrawal leaves nothing counted.
    Core::Placement edited = overview->placements.first();
    edited.caseId.clear();
    edited.employerId.clear();
    edited.weeklyHours = 35;
    REQUIRE(records.correctPlacement({}, overview->placements.first(), edited));
    auto corrected = records.placement(caseId, *saved);
    REQUIRE(corrected);
    CHECK(corrected->weeklyHours == 35);
    CHECK(corrected->employerId == overview->placements.first().employerId);
    REQUIRE(records.withdraw({}, QStringLiteral("placement"), *saved));
    CHECK(records.overview(caseId, QDate(2024, 12, 31))->placements.isEmpty());
    CHECK_FALSE(records.placement(caseId, *saved));

    // A follow-up of an unknown manner is refused by the one code list.
    Core::FollowUp odd {
        {}, QDate(2024, 5, 1), QStringLiteral("letter"), QStringLiteral("employed"), {}};
    CHECK_FALSE(records.add({}, caseId, odd));
    CHECK(f.store->check()->isSound());
}

TEST_CASE("CaseForms: open refuses an unknown form, print all names what it cannot print",
    "[usecases][forms]")
{
    Test::MonthlyFixture f;
    const QString caseNo = f.addCase(
        "C123456781", QStringLiteral("陳小安"), QDate(2024, 3, 1), QDate(2024, 4, 1), false, true);
    QString caseId;
    const auto all = CaseRepository(*f.store).cases();
    REQUIRE(all);
    for (const Case &c : *all) {
        if (c.caseNo == caseNo)
            caseId = c.id;
    }
    UseCases::CaseForms forms(*f.store);
    auto unknown = forms.open(caseId, QStringLiteral("no-such-form"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == Error::Kind::NotFound);
    CHECK_FALSE(forms.open({}, QStringLiteral("table0c")));
    CHECK_FALSE(UseCases::CaseForms::definitions().isEmpty());

    QTemporaryDir dir;
    // Cancelled: nothing written.
    QString suggested;
    auto cancelled = forms.printAll(caseId, QDate(2024, 12, 31), [&](const QString &name) {
        suggested = name;
        return QString();
    });
    REQUIRE(cancelled);
    CHECK_FALSE(cancelled->has_value());
    CHECK(suggested == caseNo + QStringLiteral(".pdf"));
    QString path = dir.filePath(QStringLiteral("all.pdf")); // returned by the path chooser
    auto printed
        = forms.printAll(caseId, QDate(2024, 12, 31), [&](const QString &) { return path; });
    REQUIRE(printed);
    REQUIRE(printed->has_value());
    CHECK((*printed)->forms == 6); // the six tables the fixture completed
    CHECK((*printed)->pages >= 7);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("Reports: the annual report refuses an unknown format and writes nothing",
    "[usecases][reports]")
{
    Test::MonthlyFixture f;
    f.addCase(
        "D123456782", QStringLiteral("黃小鳳"), QDate(2024, 3, 1), QDate(2024, 4, 1), false, true);
    UseCases::Reports reports(*f.store);
    CHECK(reports.currentPlanYear() == 113);
    QTemporaryDir dir;
    const QString doc = dir.filePath(QStringLiteral("annual.docx"));
    auto refused = reports.writeAnnual(113, {}, doc);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK_FALSE(QFileInfo::exists(doc));
    auto written = reports.writeAnnual(113, {}, dir.filePath(QStringLiteral("annual.csv")));
    REQUIRE(written);
    CHECK_FALSE(written->isEmpty());
    auto performance = reports.performance(113);
    REQUIRE(performance);
    CHECK(performance->planYear == 113);
    CHECK_FALSE(performance->rows.isEmpty());

    // The performance table saved: each coach's figures beside their targets; another format is
    // refused and writes nothing.
    const QString docx = dir.filePath(QStringLiteral("performance.docx"));
    CHECK(reports.writePerformance(113, docx).error().kind == Error::Kind::Invalid);
    CHECK_FALSE(QFileInfo::exists(docx));
    const QString csv = dir.filePath(QStringLiteral("performance.csv"));
    REQUIRE(reports.writePerformance(113, csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Placement target")));
    CHECK(text.contains(performance->rows.first().coachName));
    CHECK(text.contains(QStringLiteral(",%1,%2,")
                            .arg(performance->rows.first().figures.placementCredits)
                            .arg(performance->rows.first().figures.placementTarget)));
    const QString xlsx = dir.filePath(QStringLiteral("performance.xlsx"));
    REQUIRE(reports.writePerformance(113, xlsx));
    CHECK(QFileInfo(xlsx).size() > 1000);
}

TEST_CASE("CaseFiles: a coach sees their caseload, opening a case is kept in the audit trail",
    "[usecases][caseload][audit]")
{
    Test::MonthlyFixture f;
    const QString mine = f.addCase(
        "E123456783", QStringLiteral("周小安"), QDate(2024, 3, 1), QDate(), false, false);
    // A case of the other unit's coach.
    Person other;
    other.name = QStringLiteral("吳大明");
    other.sex = QStringLiteral("M");
    other.birthDate = QDate(1988, 2, 2);
    other.idNumber = DemoGenerator::makeNationalId(QLatin1Char('F'), 1, 6543210);
    other.district = QStringLiteral("68000020");
    other.certSystem = QStringLiteral("new");
    other.certCategories = {QStringLiteral("1")};
    auto otherPerson = PersonRepository(*f.store).create({}, other);
    REQUIRE(otherPerson);
    Case c;
    c.personId = *otherPerson;
    c.intakeSource = QStringLiteral("self");
    c.receivedOn = QDate(2024, 3, 1);
    auto theirs = CaseRepository(*f.store).create({}, c);
    REQUIRE(theirs);
    QString mineId;
    const auto all = CaseRepository(*f.store).cases();
    REQUIRE(all);
    for (const Case &k : *all) {
        if (k.caseNo == mine)
            mineId = k.id;
    }
    const Account coach {{}, QStringLiteral("陳怡君"), f.coach, UserRole::Coach};
    const WriteContext ctx {QStringLiteral("陳怡君"), {}, {}};
    UseCases::CaseFiles files(*f.store, Caseload::of(coach), ctx);
    auto listed = files.list();
    REQUIRE(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().caseId == mineId);
    CHECK(files.persons()->size() == 1);
    REQUIRE(files.read(mineId));
    auto refused = files.read(theirs->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotAllowed);
    CHECK(refused.error().message.contains(QStringLiteral("caseload")));
    auto trail = AuditTrail(*f.store).entries({{}, QStringLiteral("陳怡君"), {}, {}});
    REQUIRE(trail);
    REQUIRE(trail->size() == 1); // the refused one opened nothing
    CHECK(trail->first().action == QStringLiteral("view_case"));
    CHECK(trail->first().caseId == mineId);
    // Without an acting user (a store before accounts) the trail still records who: the device.
    REQUIRE(UseCases::CaseFiles(*f.store, Caseload::everything(), UseCases::acting(*f.store))
                .read(theirs->id));
    CHECK(AuditTrail(*f.store).entries()->size() == 2);
}

TEST_CASE("Handover: a coach's open cases move to the successor at once, with the list to sign",
    "[usecases][handover]")
{
    auto store = Test::memoryStore(Test::testClock(), DeviceRole::Supervisor);
    REQUIRE(DemoGenerator(*store).generate(60, 5));
    auto rows = CaseRepository(*store).listRows();
    REQUIRE(rows);
    auto coaches = UnitRepository(*store).staff(QStringLiteral("coach"));
    REQUIRE(coaches);
    const StaffMember from = coaches->at(0);
    const StaffMember to = coaches->at(1);
    QStringList open;
    QStringList closed;
    for (const CaseListRow &r : *rows) {
        if (r.coachId != from.id)
            continue;
        (r.status == CaseStatus::Closed || r.status == CaseStatus::Unsuitable ? closed : open)
            << r.caseNo;
    }
    REQUIRE_FALSE(open.isEmpty());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("handover.pdf"));

    // A coach may not hand over; a supervisor of another unit neither. Nothing moves.
    const QByteArray before = *store->domainDigest(true);
    const Account coach {{}, from.name, from.id, UserRole::Coach};
    CHECK_FALSE(UseCases::Handover(*store, {from.name, {}, {}}, coach).run(from.id, to.id, pdf));
    const Account elsewhere {
        {}, QStringLiteral("別的督導"), {}, UserRole::Supervisor, QStringLiteral("no-such-unit")};
    auto refused = UseCases::Handover(*store, {}, elsewhere).run(from.id, to.id, pdf);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotAllowed);
    CHECK(*store->domainDigest(true) == before);
    CHECK_FALSE(QFileInfo::exists(pdf));

    const Account supervisor {{}, QStringLiteral("蔡督導"), {}, UserRole::Supervisor, from.unitId};
    auto done = UseCases::Handover(*store, {QStringLiteral("蔡督導"), {}, {}}, supervisor)
                    .run(from.id, to.id, pdf);
    INFO((done ? QString() : done.error().message).toStdString());
    REQUIRE(done);
    QStringList moved = done->caseNos;
    moved.sort();
    open.sort();
    CHECK(moved == open);
    CHECK(done->pages >= 1);
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == QByteArray("%PDF-"));
    auto after = CaseRepository(*store).listRows();
    for (const CaseListRow &r : *after) {
        if (open.contains(r.caseNo))
            CHECK(r.coachId == to.id);
        if (closed.contains(r.caseNo))
            CHECK(r.coachId == from.id); // closed cases stay with their coach
    }
    auto trail = AuditTrail(*store).entries({{}, QStringLiteral("蔡督導"), {}, {}});
    REQUIRE(trail);
    REQUIRE(trail->size() == 1);
    CHECK(trail->first().action == QStringLiteral("handover"));
    CHECK(store->check()->isSound());
}

TEST_CASE("Reports: a coach's, a supervisor's and a window's reports hold their caseload only",
    "[usecases][reports][caseload]")
{
    auto s = store(DeviceRole::Bureau, QStringLiteral("勞動局"));
    REQUIRE(DemoGenerator(*s).generate(160, 12));
    auto coaches = UnitRepository(*s).staff(QStringLiteral("coach"));
    REQUIRE(coaches);
    REQUIRE(coaches->size() > 2);
    const StaffMember coach = coaches->first();
    auto units = UnitRepository(*s).units();
    REQUIRE(units);
    REQUIRE(units->size() > 1);
    const QString month = RocDate::monthKey(s->clock().today().addMonths(-1));
    const int year = RocDate::year(s->clock().today());

    UseCases::Reports all(*s);
    auto allMonth = all.monthly(month, {}, true);
    REQUIRE(allMonth);
    auto allYear = all.performance(year);
    REQUIRE(allYear);
    REQUIRE(allYear->rows.size() > 2);

    SECTION("a coach: their own rows; filing and the annual report refused")
    {
        const Account a {{}, QStringLiteral("coach1"), coach.id, UserRole::Coach};
        UseCases::Reports mine(*s, {QStringLiteral("coach1"), {}, {}}, Caseload::of(a));
        auto view = mine.monthly(month, {}, true);
        REQUIRE(view);
        for (const MonthlyCaseRow &r : std::as_const(view->data.cases))
            CHECK(r.coachId == coach.id);
        CHECK(view->data.cases.size() < allMonth->data.cases.size());
        for (const MonthlyCoachRow &r : std::as_const(view->data.coaches))
            CHECK(r.coachId == coach.id);
        auto perf = mine.performance(year);
        REQUIRE(perf);
        REQUIRE(perf->rows.size() == 1);
        CHECK(perf->rows.first().coachId == coach.id);
        auto other = mine.performance({year, {}, coaches->last().id});
        REQUIRE_FALSE(other);
        CHECK(other.error().kind == Error::Kind::NotAllowed);
        CHECK(mine.fileMonthly(month, {}).error().kind == Error::Kind::NotAllowed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("annual.csv"));
        REQUIRE_FALSE(mine.writeAnnual(year, {}, path));
        CHECK_FALSE(QFileInfo::exists(path));
        // What the coach saves is kept in the trail, as them.
        REQUIRE(
            mine.writeMonthly(*view, QStringLiteral("csv"), dir.filePath(QStringLiteral("m.csv"))));
        auto trail = AuditTrail(*s).entries({{}, QStringLiteral("coach1"), {}, {}});
        REQUIRE(trail);
        REQUIRE(trail->size() == 1);
        CHECK(trail->first().action == QStringLiteral("export"));
    }
    SECTION("a supervisor: their unit's; another unit's refused")
    {
        const Unit own = units->first();
        const Account a {{}, QStringLiteral("sup"), {}, UserRole::Supervisor, own.id};
        UseCases::Reports unit(*s, {QStringLiteral("sup"), {}, {}}, Caseload::of(a));
        CHECK_FALSE(unit.allUnits());
        REQUIRE(unit.units()->size() == 1);
        auto view = unit.monthly(month, {}, true);
        REQUIRE(view);
        CHECK(view->data.unitId == own.id);
        auto refused = unit.monthly(month, units->last().id, true);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::NotAllowed);
        auto perf = unit.performance(year);
        REQUIRE(perf);
        CHECK_FALSE(perf->rows.isEmpty());
        CHECK(perf->rows.size() < allYear->rows.size());
        for (const PerformanceRow &r : std::as_const(perf->rows))
            CHECK(r.unitId == own.id);
        CHECK(unit.fileMonthly(month, units->last().id).error().kind == Error::Kind::NotAllowed);
    }
    SECTION("a window's case manager: the persons of the window's cases")
    {
        const Account a {
            {}, QStringLiteral("cm"), {}, UserRole::CaseManager, {}, QStringLiteral("north")};
        UseCases::Reports window(*s, {QStringLiteral("cm"), {}, {}}, Caseload::of(a));
        auto view = window.monthly(month, {}, true);
        REQUIRE(view);
        auto rows = UseCases::CaseFiles(*s, Caseload::of(a)).list();
        REQUIRE(rows);
        QSet<QString> north;
        for (const CaseListRow &r : *rows)
            north.insert(r.caseId);
        for (const MonthlyCaseRow &r : std::as_const(view->data.cases))
            CHECK(north.contains(r.caseId));
        CHECK(view->data.cases.size() < allMonth->data.cases.size());
    }
}

TEST_CASE("Session: a sign-in the audit trail cannot keep is refused, a failed one says so",
    "[usecases][accounts][audit]")
{
    auto s = store(DeviceRole::Coach, QStringLiteral("筆電"));
    auto staff = UnitRepository(*s).createStaff(
        {}, {{}, QStringLiteral("陳怡君"), QStringLiteral("coach"), {}});
    REQUIRE(staff);
    REQUIRE(AccountRepository(*s).createWithPassword({},
        {{}, QStringLiteral("coach1"), *staff, UserRole::Coach},
        QByteArrayLiteral("a-long-password-1")));
    // The disk refuses the trail's rows (as a full disk or a damaged file would).
    QSqlQuery q(s->database());
    REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER no_trail BEFORE INSERT ON audit_entries "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    UseCases::Session session(*s);
    QByteArray right = QByteArrayLiteral("a-long-password-1");
    auto refused = session.signIn(QStringLiteral("coach1"), right);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("audit trail")));
    CHECK(right.count('\0') == right.size()); // wiped all the same
    QByteArray wrong = QByteArrayLiteral("not-the-password");
    auto failed = session.signIn(QStringLiteral("coach1"), wrong);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("audit trail")));
    const Account who {{}, QStringLiteral("coach1"), *staff, UserRole::Coach};
    CHECK_FALSE(session.locked(who, true));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER no_trail")));
    QByteArray again = QByteArrayLiteral("a-long-password-1");
    CHECK(session.signIn(QStringLiteral("coach1"), again));
}

TEST_CASE(
    "AuditLog: a supervisor reads what concerns their unit, a coach is refused, saving is kept",
    "[usecases][audit][caseload]")
{
    auto s = store(DeviceRole::Bureau, QStringLiteral("勞動局"));
    REQUIRE(DemoGenerator(*s).generate(120, 7));
    auto coaches = UnitRepository(*s).staff(QStringLiteral("coach"));
    REQUIRE(coaches);
    const StaffMember mine = coaches->first();
    StaffMember other;
    for (const StaffMember &c : *coaches) {
        if (c.unitId != mine.unitId)
            other = c;
    }
    REQUIRE_FALSE(other.id.isEmpty());
    const QString hash = QStringLiteral("$argon2id$v=19$m=262144,t=3,p=1$c2FsdA$aGFzaA");
    AccountRepository accounts(*s);
    REQUIRE(accounts.create({}, {{}, QStringLiteral("a"), mine.id, UserRole::Coach}, hash));
    REQUIRE(accounts.create({}, {{}, QStringLiteral("b"), other.id, UserRole::Coach}, hash));
    const Account supervisor {{}, QStringLiteral("sup"), {}, UserRole::Supervisor, mine.unitId};
    auto unitRows = UseCases::CaseFiles(*s, Caseload::of(supervisor)).list();
    auto allRows = UseCases::CaseFiles(*s).list();
    REQUIRE(unitRows);
    REQUIRE(allRows);
    REQUIRE_FALSE(unitRows->isEmpty());
    QSet<QString> inUnit;
    for (const CaseListRow &r : *unitRows)
        inUnit.insert(r.caseId);
    CaseListRow outside;
    for (const CaseListRow &r : *allRows) {
        if (!inUnit.contains(r.caseId))
            outside = r;
    }
    REQUIRE_FALSE(outside.caseId.isEmpty());
    const CaseListRow ours = unitRows->first();
    AuditTrail trail(*s);
    REQUIRE(trail.record({QStringLiteral("a"), {}, {}}, QStringLiteral("view_case"), ours.personId,
        ours.caseId, ours.caseNo));
    REQUIRE(trail.record({QStringLiteral("a"), {}, {}}, QStringLiteral("sign_in")));
    REQUIRE(trail.record({QStringLiteral("b"), {}, {}}, QStringLiteral("view_case"),
        outside.personId, outside.caseId, outside.caseNo));
    REQUIRE(trail.record({QStringLiteral("b"), {}, {}}, QStringLiteral("sign_in")));

    const UseCases::AuditLog bySupervisor(*s, {QStringLiteral("sup"), {}, {}}, supervisor);
    auto seen = bySupervisor.entries({});
    REQUIRE(seen);
    REQUIRE(seen->size() == 2);
    for (const UseCases::AuditLine &l : *seen)
        CHECK(l.entry.actor == QStringLiteral("a"));
    CHECK(seen->first().caseNo == ours.caseNo);
    CHECK_FALSE(seen->first().personName.isEmpty());
    // Narrowed to one person by a name search.
    auto person = bySupervisor.entries({}, seen->first().personName);
    REQUIRE(person);
    CHECK(person->size() == 1);
    // The bureau sees all four.
    auto everything = UseCases::AuditLog(*s, {QStringLiteral("clerk"), {}, {}}).entries({});
    REQUIRE(everything);
    CHECK(everything->size() == 4);
    // A coach reads none of it.
    const Account coach {{}, QStringLiteral("a"), mine.id, UserRole::Coach};
    const UseCases::AuditLog byCoach(*s, {QStringLiteral("a"), {}, {}}, coach);
    auto refused = byCoach.entries({});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::NotAllowed);
    // Saved for a data-protection request: the file, and an export entry of the supervisor's.
    QTemporaryDir dir;
    REQUIRE_FALSE(bySupervisor.save(*seen, dir.filePath(QStringLiteral("trail.txt"))));
    const QString csv = dir.filePath(QStringLiteral("trail.csv"));
    REQUIRE(bySupervisor.save(*seen, csv));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(ours.caseNo));
    CHECK_FALSE(text.contains(outside.caseNo));
    auto kept = trail.entries({{}, QStringLiteral("sup"), {}, {}});
    REQUIRE(kept);
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().action == QStringLiteral("export"));
}

TEST_CASE("StoreAccess: the first sign-in encrypts a plain store, the next one unlocks it",
    "[usecases][encryption][accounts]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.db"));
    QByteArray digest;
    QString idNumber;
    {
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        REQUIRE((*plain)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
        REQUIRE(DemoGenerator(**plain).generate(15, 2));
        REQUIRE(UseCases::Session(**plain).makeDemoAccounts("casebook-demo", false));
        digest = *(*plain)->domainDigest();
        idNumber = PersonRepository(**plain).search({})->first().idNumber;
    }
    // A wrong password converts nothing.
    QByteArray wrong("not-the-password");
    REQUIRE_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("陳怡君"), wrong));
    CHECK_FALSE(UseCases::StoreAccess::isEncrypted(path));
    // Stopped by the person waiting: the store stays plain and the sign-in fails.
    QByteArray stopping("casebook-demo");
    auto stopped = UseCases::StoreAccess::signIn(path, SystemClock::instance(),
        QStringLiteral("陳怡君"), stopping, [](qint64 done, qint64) { return done < 700; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().kind == Error::Kind::Cancelled);
    CHECK_FALSE(UseCases::StoreAccess::isEncrypted(path));
    QByteArray password("casebook-demo");
    int steps = 0;
    auto opened = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("陳怡君"), password, [&](qint64, qint64) {
            ++steps;
            return true;
        });
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened);
    CHECK(opened->converted);
    CHECK(steps >= 4);
    CHECK(password.count('\0') == password.size());
    CHECK(opened->account.name == QStringLiteral("陳怡君"));
    CHECK(opened->store->isEncrypted());
    CHECK(*opened->store->domainDigest() == digest);
    // A second account gets its slot from a signed-in store (the administrator's reset does so).
    REQUIRE(UseCases::StoreAccess::grant(*opened->store, QStringLiteral("admin"), "casebook-demo"));
    opened->store.reset();
    CHECK(UseCases::StoreAccess::isEncrypted(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.readAll().contains(idNumber.toUtf8()));
    f.close();
    QByteArray again("casebook-demo");
    auto unlocked = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("陳怡君"), again);
    REQUIRE(unlocked);
    CHECK_FALSE(unlocked->converted);
    unlocked->store.reset();
    QByteArray adminPassword("casebook-demo");
    REQUIRE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("admin"), adminPassword));
    // An account with no slot on this store, and a wrong password: refused alike.
    QByteArray other("casebook-demo");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("蔡督導"), other));
    QByteArray bad("casebook-demo-x");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("陳怡君"), bad));
}

TEST_CASE("StoreAccess: a changed password re-wraps the key, the bureau's recovery sets a new one",
    "[usecases][encryption][accounts][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.db"));
    {
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        REQUIRE((*plain)->initialize(DeviceRole::Bureau, QStringLiteral("勞動局")));
        REQUIRE(DemoGenerator(**plain).generate(5, 1));
        REQUIRE(UseCases::Session(**plain).makeDemoAccounts("casebook-demo", false));
        // The store's own device keys: a store with no enroller recovers with its own.
        QByteArray passphrase = secret();
        REQUIRE(UseCases::SyncExchange(**plain).createKeys(passphrase));
    }
    QByteArray first("casebook-demo");
    auto opened = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("admin"), first);
    REQUIRE(opened);
    REQUIRE(opened->converted);
    // A short new password is refused and nothing changes.
    CHECK_FALSE(UseCases::StoreAccess::changePassword(
        *opened->store, QStringLiteral("admin"), "casebook-demo", "short"));
    REQUIRE(UseCases::StoreAccess::changePassword(
        *opened->store, QStringLiteral("admin"), "casebook-demo", "river-stone-lantern"));
    // The administrator gives a coach a password here: the coach can now open this store.
    REQUIRE(UseCases::StoreAccess::resetPassword(*opened->store, {QStringLiteral("admin"), {}, {}},
        QStringLiteral("陳怡君"), "coach-new-password"));
    auto blob = opened->store->metaValue(QStringLiteral("keys"));
    REQUIRE(blob);
    // The device keys: the passphrase once on the encrypted store, then the sign-in unlocks them.
    UseCases::SyncExchange exchange(*opened->store);
    CHECK_FALSE(exchange.unlockBySignIn());
    QByteArray passphrase = secret();
    auto byPassphrase = exchange.unlock(passphrase);
    REQUIRE(byPassphrase);
    auto bySignIn = exchange.unlockBySignIn();
    REQUIRE(bySignIn);
    CHECK(bySignIn->signPublicKey() == byPassphrase->signPublicKey());
    CHECK(bySignIn->sign("x") == byPassphrase->sign("x"));
    opened->store.reset();
    QByteArray old("casebook-demo");
    CHECK_FALSE(
        UseCases::StoreAccess::signIn(path, SystemClock::instance(), QStringLiteral("admin"), old));
    QByteArray changed("river-stone-lantern");
    auto again = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("admin"), changed);
    REQUIRE(again);
    again->store.reset();
    QByteArray coach("coach-new-password");
    auto asCoach = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("陳怡君"), coach);
    REQUIRE(asCoach);
    asCoach->store.reset();

    // Forgotten: the bureau's keys open the recovery slot; a stranger's do not.
    auto keys = DeviceKeys::decrypt(QByteArray::fromBase64(blob->toLatin1()), secret());
    REQUIRE(keys);
    auto stranger = DeviceKeys::generate();
    REQUIRE(stranger);
    CHECK_FALSE(UseCases::StoreAccess::recover(
        path, *stranger, QStringLiteral("admin"), "recovered-password-1"));
    REQUIRE(UseCases::StoreAccess::recover(
        path, *keys, QStringLiteral("admin"), "recovered-password-1"));
    QByteArray recovered("recovered-password-1");
    auto afterRecovery = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("admin"), recovered);
    INFO((afterRecovery ? QString() : afterRecovery.error().message).toStdString());
    REQUIRE(afterRecovery);
}

TEST_CASE("StoreAccess: an account made or reset at the bureau opens an encrypted laptop through "
          "its key envelope",
    "[usecases][encryption][accounts][sync]")
{
    QTemporaryDir dir;
    auto bureau = store(DeviceRole::Bureau, QStringLiteral("勞動局"));
    REQUIRE(DemoGenerator(*bureau).generate(8, 3));
    QByteArray pass = secret();
    auto bureauKeys = UseCases::SyncExchange(*bureau).createKeys(pass);
    REQUIRE(bureauKeys);
    auto staff = UnitRepository(*bureau).staff();
    REQUIRE(staff);
    REQUIRE(staff->size() >= 2);
    const StaffMember coachStaff = staff->at(0);
    const StaffMember supervisorStaff = staff->at(1);
    AccountRepository accounts(*bureau);
    const WriteContext admin {QStringLiteral("admin"), {}, {}};
    REQUIRE(accounts.createWithPassword(
        admin, {{}, QStringLiteral("coach"), coachStaff.id, UserRole::Coach}, "first-river-pass"));

    // The laptop: enrolled by the bureau, its first bundle brings the coach's account.
    const QString path = dir.filePath(QStringLiteral("laptop.db"));
    std::shared_ptr<DeviceKeys> laptopKeys;
    auto bundleTo = [&, n = 0](UseCases::SyncExchange &to) mutable {
        const QString file = dir.filePath(QStringLiteral("b%1.bundle").arg(++n));
        REQUIRE(UseCases::SyncExchange(*bureau).exportBundle(*bureauKeys, file, {}, {}));
        auto imported = to.importFile(*laptopKeys, file);
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported);
        return imported->accountSlots;
    };
    {
        auto laptop = CaseStore::open(path);
        REQUIRE(laptop);
        REQUIRE((*laptop)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
        UseCases::SyncExchange atLaptop(**laptop);
        QByteArray p = secret();
        auto keys = atLaptop.createKeys(p);
        REQUIRE(keys);
        laptopKeys = std::make_shared<DeviceKeys>(std::move(*keys));
        const QString identity = dir.filePath(QStringLiteral("laptop.json"));
        REQUIRE(atLaptop.writeIdentity(identity));
        const QString enrolment = dir.filePath(QStringLiteral("laptop.enrol"));
        REQUIRE(UseCases::SyncExchange(*bureau).enrol(*bureauKeys,
            *UseCases::SyncExchange::readIdentity(identity), EnrolScope {}, enrolment, {}));
        auto offer = UseCases::SyncExchange::readEnrolment(enrolment);
        REQUIRE(offer);
        REQUIRE(atLaptop.acceptEnrolment(*offer, offer->fingerprint));
        CHECK(bundleTo(atLaptop) == 0); // a plain store has no slots to give
    }
    // The coach's first sign-in encrypts it.
    {
        QByteArray pw("first-river-pass");
        auto opened = UseCases::StoreAccess::signIn(
            path, SystemClock::instance(), QStringLiteral("coach"), pw);
        REQUIRE(opened);
        REQUIRE(opened->converted);
    }
    // A supervisor account the bureau makes afterwards cannot open the laptop yet.
    REQUIRE(accounts.createWithPassword(admin,
        {{}, QStringLiteral("supervisor"), supervisorStaff.id, UserRole::Supervisor},
        "lantern-walk-1"));
    QByteArray early("lantern-walk-1");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("supervisor"), early));
    // The coach forgot the password: the administrator sets a new one at the bureau.
    REQUIRE(accounts.resetPassword(admin, QStringLiteral("coach"), "second-river-pass"));
    {
        QByteArray pw("first-river-pass");
        auto opened = UseCases::StoreAccess::signIn(
            path, SystemClock::instance(), QStringLiteral("coach"), pw);
        REQUIRE(opened);
        UseCases::SyncExchange atLaptop(*opened->store);
        // Two slots: the supervisor's new one, the coach's for the administrator's password.
        CHECK(bundleTo(atLaptop) == 2);
        // The envelopes hold no key the laptop's bytes could give away in clear.
        auto states = AccountRepository(*opened->store).keyStates();
        REQUIRE(states);
        CHECK(states->size() == 2);
    }
    QByteArray supervisorPw("lantern-walk-1");
    auto asSupervisor = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("supervisor"), supervisorPw);
    INFO((asSupervisor ? QString() : asSupervisor.error().message).toStdString());
    REQUIRE(asSupervisor);
    CHECK(asSupervisor->account.role == UserRole::Supervisor);
    asSupervisor->store.reset();
    QByteArray wrong("lantern-walk-2");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("supervisor"), wrong));
    QByteArray oldCoach("first-river-pass");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("coach"), oldCoach));
    QByteArray newCoach("second-river-pass");
    auto asCoach = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("coach"), newCoach);
    REQUIRE(asCoach);

    // A password the coach changes on the laptop keeps its slot when bundles come in.
    REQUIRE(UseCases::StoreAccess::changePassword(
        *asCoach->store, QStringLiteral("coach"), "second-river-pass", "laptop-own-words"));
    {
        UseCases::SyncExchange atLaptop(*asCoach->store);
        CHECK(bundleTo(atLaptop) == 0);
        // An envelope made for another password than the one sign-in checks is not used: here
        // the supervisor's replaced by one for a password the bureau never set.
        auto states = AccountRepository(*asCoach->store).keyStates();
        REQUIRE(states);
        const auto forged = StoreKeys::makeEnvelope(
            QStringLiteral("supervisor"), "forged-password-9", QStringLiteral("$argon2id$other"));
        REQUIRE(forged);
        QSqlQuery q(asCoach->store->database());
        q.prepare(QStringLiteral("UPDATE accounts SET key_envelope = ? WHERE name = ?"));
        q.addBindValue(forged->toText());
        q.addBindValue(QStringLiteral("supervisor"));
        REQUIRE(q.exec());
        REQUIRE(StoreKeys(path).removeUser(QStringLiteral("supervisor")));
        auto granted = UseCases::StoreAccess::grantAccounts(*asCoach->store);
        REQUIRE(granted);
        CHECK(*granted == 0);
        CHECK_FALSE(StoreKeys(path).hasUser(QStringLiteral("supervisor")));
    }
    asCoach->store.reset();
    QByteArray forgedPw("forged-password-9");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("supervisor"), forgedPw));
    QByteArray own("laptop-own-words");
    auto again = UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("coach"), own);
    REQUIRE(again);

    // The bureau sets the supervisor a new password, then deletes the account: the laptop gives
    // the slot with the first bundle and takes it away with the second.
    REQUIRE(accounts.resetPassword(admin, QStringLiteral("supervisor"), "lantern-walk-3"));
    {
        UseCases::SyncExchange atLaptop(*again->store);
        CHECK(bundleTo(atLaptop) == 1);
        CHECK(StoreKeys(path).hasUser(QStringLiteral("supervisor")));
        REQUIRE(bureau->update(admin, QStringLiteral("account"),
            accounts.find(QStringLiteral("supervisor"))->id, {{QStringLiteral("deleted"), 1}}));
        CHECK(bundleTo(atLaptop) == 1);
        CHECK_FALSE(StoreKeys(path).hasUser(QStringLiteral("supervisor")));
        CHECK(StoreKeys(path).hasUser(QStringLiteral("coach")));
    }
    again->store.reset();
    QByteArray third("lantern-walk-3");
    CHECK_FALSE(UseCases::StoreAccess::signIn(
        path, SystemClock::instance(), QStringLiteral("supervisor"), third));
}

TEST_CASE("Agenda: a coach's day holds the 表3-2 days to log, the follow-ups due this week and the "
          "deadlines",
    "[usecases][agenda]")
{
    Test::MonthlyFixture f; // today is 2024-12-31
    CaseRepository cases(*f.store);
    ServiceRepository services(*f.store);
    auto track = [&](const QString &caseNo) {
        QString id;
        for (const Case &c : cases.cases().value_or(QList<Case>())) {
            if (c.caseNo == caseNo)
                id = c.id;
        }
        REQUIRE_FALSE(id.isEmpty());
        for (CaseAction a :
            {CaseAction::Assess, CaseAction::Dispatch, CaseAction::AnswerDispatch}) {
            CaseStep s;
            s.action = a;
            s.on = QDate(2024, 10, 1).addDays(static_cast<int>(a));
            s.planGoal = QStringLiteral("穩定就業");
            s.unitId = f.unit;
            s.serviceType = QStringLiteral("05");
            if (a == CaseAction::AnswerDispatch)
                s.dispatchId = cases.dispatches(id)->first().id;
            REQUIRE(cases.perform({}, id, s));
        }
        return id;
    };
    // At work since 27 December, two days logged: day 3 of 10 is today's to log.
    const QString starting = track(f.addCase("A123456789", QStringLiteral("王小明"),
        QDate(2024, 10, 1), QDate(2024, 12, 27), false, false));
    for (const QDate d : {QDate(2024, 12, 27), QDate(2024, 12, 30)})
        REQUIRE(services.logSupportDay({}, starting, {{}, d, 3, QStringLiteral("workplace"), {}}));
    // Intensive support done in November, last contact 5 December: the next falls on 5 January.
    const QString following = track(f.addCase("B123456780", QStringLiteral("李小華"),
        QDate(2024, 10, 1), QDate(2024, 11, 1), false, true));
    REQUIRE(services.addFollowUp({}, following,
        {{}, QDate(2024, 12, 5), QStringLiteral("visit"), QStringLiteral("employed"), {}}));
    // Contacted on 20 December: nothing this week.
    const QString quiet = track(f.addCase("C123456781", QStringLiteral("陳小美"),
        QDate(2024, 10, 1), QDate(2024, 11, 1), false, true));
    REQUIRE(services.addFollowUp({}, quiet,
        {{}, QDate(2024, 12, 20), QStringLiteral("phone"), QStringLiteral("employed"), {}}));

    auto week = UseCases::Agenda(*f.store, Caseload::everything()).week(f.clock.today());
    REQUIRE(week);
    const UseCases::AgendaItem *log = nullptr;
    const UseCases::AgendaItem *contact = nullptr;
    for (const auto &i : *week) {
        CHECK(i.dueOn <= QDate(2025, 1, 6)); // nothing beyond the week
        if (i.kind == UseCases::AgendaItem::Kind::SupportDay)
            log = &i;
        if (i.kind == UseCases::AgendaItem::Kind::FollowUp) {
            CHECK(i.caseId != quiet);
            contact = &i;
        }
    }
    REQUIRE(log);
    CHECK(log->caseId == starting);
    CHECK(log->dueOn == QDate(2024, 12, 31));
    CHECK(log->what.contains(QStringLiteral("3")));
    REQUIRE(contact);
    CHECK(contact->caseId == following);
    CHECK(contact->dueOn == QDate(2025, 1, 5));
    CHECK(contact->personName == QStringLiteral("李小華"));
    // Ordered by day.
    for (qsizetype k = 1; k < week->size(); ++k)
        CHECK(week->at(k - 1).dueOn <= week->at(k).dueOn);

    // Today's day logged: no longer on the list.
    REQUIRE(services.logSupportDay(
        {}, starting, {{}, QDate(2024, 12, 31), 3, QStringLiteral("workplace"), {}}));
    auto after = UseCases::Agenda(*f.store, Caseload::everything()).week(f.clock.today());
    REQUIRE(after);
    for (const auto &i : *after)
        CHECK_FALSE((i.kind == UseCases::AgendaItem::Kind::SupportDay && i.caseId == starting));
}

namespace {

// Runs work once to learn where it tells its progress (removing the files it wrote), then once
// stopped at each of those points: every stopped run must say Cancelled, write no file and leave
// the store's digest as it was.
void stopAtEachPoint(
    CaseStore &s, const QString &folder, const std::function<VoidResult(const Progress &)> &work)
{
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QList<qint64> told;
    REQUIRE(work([&](qint64 done, qint64 total) {
        told << done * Progress::Scale / total;
        return true;
    }));
    REQUIRE_FALSE(told.isEmpty());
    CHECK(std::is_sorted(told.begin(), told.end()));
    const QByteArray digest = *s.domainDigest(true);
    for (const QString &f : QDir(folder).entryList(QDir::Files)) {
        if (!files.contains(f))
            QFile::remove(QDir(folder).filePath(f));
    }
    told.removeAll(Progress::Scale); // at the end there is nothing left to stop
    for (const qint64 stopAt : QSet<qint64>(told.begin(), told.end())) {
        INFO("stopped at " << stopAt);
        auto stopped = work(
            [&](qint64 done, qint64 total) { return done * Progress::Scale / total < stopAt; });
        REQUIRE_FALSE(stopped);
        CHECK(stopped.error().kind == Error::Kind::Cancelled);
        CHECK(*s.domainDigest(true) == digest);
        CHECK(QDir(folder).entryList(QDir::Files) == files);
    }
}

} // namespace

TEST_CASE("Reports and export stopped by the person waiting write nothing and record nothing",
    "[usecases][reports][sync][progress]")
{
    QTemporaryDir dir;
    auto bureau = store(DeviceRole::Bureau, QStringLiteral("勞動局"));
    REQUIRE(DemoGenerator(*bureau).generate(60, 3));
    UseCases::Reports reports(*bureau);
    const QString month = RocDate::monthKey(reports.today().addMonths(-1));
    SECTION("the month's report")
    {
        stopAtEachPoint(*bureau, dir.path(), [&](const Progress &p) -> VoidResult {
            auto r = reports.monthly(month, {}, true, p);
            if (!r)
                return tl::unexpected(r.error());
            CHECK_FALSE(r->data.coaches.isEmpty());
            return {};
        });
    }
    SECTION("the performance table and the annual report")
    {
        const int year = reports.currentPlanYear();
        stopAtEachPoint(*bureau, dir.path(), [&](const Progress &p) -> VoidResult {
            UseCases::PerformanceQuery q {year};
            q.progress = p;
            auto r = reports.performance(q);
            if (!r)
                return tl::unexpected(r.error());
            return {};
        });
        const QString csv = dir.filePath(QStringLiteral("performance.csv"));
        stopAtEachPoint(*bureau, dir.path(), [&](const Progress &p) -> VoidResult {
            auto r = reports.writePerformance(year, csv, p);
            if (!r)
                return tl::unexpected(r.error());
            return {};
        });
        const QString annual = dir.filePath(QStringLiteral("annual.csv"));
        stopAtEachPoint(*bureau, dir.path(), [&](const Progress &p) -> VoidResult {
            auto r = reports.writeAnnual(year, {}, annual, {}, p);
            if (!r)
                return tl::unexpected(r.error());
            return {};
        });
    }
    SECTION("a bundle's export")
    {
        auto laptop = store(DeviceRole::Coach, QStringLiteral("筆電"));
        UseCases::SyncExchange atBureau(*bureau);
        UseCases::SyncExchange atLaptop(*laptop);
        QByteArray pass = secret();
        auto bureauKeys = atBureau.createKeys(pass);
        REQUIRE(bureauKeys);
        pass = secret();
        REQUIRE(atLaptop.createKeys(pass));
        const QString identity = dir.filePath(QStringLiteral("laptop.json"));
        REQUIRE(atLaptop.writeIdentity(identity));
        auto device = UseCases::SyncExchange::readIdentity(identity);
        REQUIRE(device);
        const QString enrolment = dir.filePath(QStringLiteral("laptop.enrol"));
        REQUIRE(atBureau.enrol(*bureauKeys, *device, EnrolScope {}, enrolment, {}));
        const int audited = static_cast<int>(AuditTrail(*bureau).entries()->size());
        const QString bundle = dir.filePath(QStringLiteral("out.bundle"));
        const QString cover = dir.filePath(QStringLiteral("out.pdf"));
        stopAtEachPoint(*bureau, dir.path(), [&](const Progress &p) -> VoidResult {
            auto r = atBureau.exportBundle(*bureauKeys, bundle, {}, cover, p);
            if (!r)
                return tl::unexpected(r.error());
            return {};
        });
        // The first run exported; none of the stopped ones is in the audit trail.
        CHECK(AuditTrail(*bureau).entries()->size() == audited + 1);
    }
}
