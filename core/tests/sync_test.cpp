// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/persons/duplicaterepository.h"
#include "core/persons/personrepository.h"
#include "core/services/servicerepository.h"
#include "core/sync/syncrepository.h"
#include "core/tests/synchelpers.h"
#include "core/tests/testhelpers.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>
#include <random>
#include <tuple>

using namespace Casebook::Core;
using namespace Casebook::Core::Test;

TEST_CASE(
    "Bundles carry the log both ways, a stale write is a conflict decided at the bureau", "[sync]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    Node b(DeviceRole::Coach, QStringLiteral("筆電B"));
    enrol(bureau, a);
    enrol(bureau, b);

    const QString person = addPerson(bureau, QStringLiteral("王小明"), "A123456789");
    const QByteArray first = bureau.exportBundle();
    auto ia = a.import(first);
    REQUIRE(ia);
    CHECK(ia->applied > 0);
    REQUIRE(b.import(first));
    CHECK(a.digest() == bureau.digest());
    CHECK(b.digest() == bureau.digest());

    // Both coaches change the phone without seeing each other's change.
    setPhone(a, person, QStringLiteral("03-111"));
    setPhone(b, person, QStringLiteral("03-222"));
    auto fromA = bureau.import(a.exportBundle());
    REQUIRE(fromA);
    CHECK(fromA->conflicts == 0);
    auto fromB = bureau.import(b.exportBundle());
    REQUIRE(fromB);
    CHECK(fromB->conflicts == 1);
    auto open = bureau.sync().conflicts();
    REQUIRE(open);
    REQUIRE(open->size() == 1);
    const Conflict c = open->first();
    CHECK(c.field == QStringLiteral("phone"));
    CHECK(c.valueB == QStringLiteral("03-222")); // the later write shows until decided
    CHECK(PersonRepository(*bureau.store).find(person)->phone == QStringLiteral("03-222"));

    // The bureau decides for A's value, with a reason; the decision travels back.
    CHECK_FALSE(bureau.sync().resolve({}, c.id, QStringLiteral("03-999"), QStringLiteral("x")));
    CHECK_FALSE(bureau.sync().resolve({}, c.id, QStringLiteral("03-111"), QStringLiteral(" ")));
    REQUIRE(
        bureau.sync().resolve({}, c.id, QStringLiteral("03-111"), QStringLiteral("個案本人確認")));
    CHECK(bureau.sync().conflicts()->isEmpty());
    CHECK(PersonRepository(*bureau.store).find(person)->phone == QStringLiteral("03-111"));
    const QByteArray decision = bureau.exportBundle();
    REQUIRE(a.import(decision));
    REQUIRE(b.import(decision));
    CHECK(PersonRepository(*b.store).find(person)->phone == QStringLiteral("03-111"));
    auto seenOnB = b.sync().conflicts(false);
    REQUIRE(seenOnB);
    REQUIRE(seenOnB->size() == 1);
    CHECK(seenOnB->first().status == QStringLiteral("resolved"));
    CHECK(seenOnB->first().chosen == QStringLiteral("03-111"));
    CHECK(seenOnB->first().reason.contains(
        QStringLiteral("個案本人確認"))); // the reason travels with the decision
    CHECK(a.digest() == bureau.digest());
    CHECK(b.digest() == bureau.digest());
    CHECK(bureau.store->check()->isSound());
    CHECK(b.store->check()->isSound());

    // The same bundle twice changes nothing.
    auto again = b.import(decision);
    REQUIRE(again);
    CHECK(again->alreadyImported);
    CHECK(b.digest() == bureau.digest());
}

TEST_CASE(
    "Any import order of the same bundles gives the same state and conflicts", "[sync][property]")
{
    Node one(DeviceRole::Bureau, QStringLiteral("局一"));
    std::vector<std::unique_ptr<Node>> devices;
    for (int i = 0; i < 3; ++i) {
        devices.push_back(
            std::make_unique<Node>(DeviceRole::Coach, QStringLiteral("筆電%1").arg(i)));
        enrol(one, *devices.back());
    }
    const QString shared = addPerson(one, QStringLiteral("共同個案"), "F131232216");
    const QByteArray seed = one.exportBundle();
    for (auto &d : devices)
        REQUIRE(d->import(seed));
    // Three copies of the bureau's store as it is now: each imports the bundles in another order.
    std::vector<std::unique_ptr<Node>> others;
    others.reserve(3);
    for (int i = 0; i < 3; ++i)
        others.push_back(one.clone());
    // Seven rounds: every device adds a person and writes the shared phone, then exports: 21
    // bundles.
    std::vector<QByteArray> bundles;
    const char *ids[] = {"A123456789", "F131232216", "A800000014"};
    for (int round = 0; round < 7; ++round) {
        for (size_t i = 0; i < devices.size(); ++i) {
            addPerson(*devices[i], QStringLiteral("個案%1-%2").arg(i).arg(round), ids[i]);
            setPhone(*devices[i], shared, QStringLiteral("%1-%2").arg(i).arg(round));
            bundles.push_back(devices[i]->exportBundle());
        }
    }
    REQUIRE(bundles.size() >= 20);
    for (const QByteArray &bundle : bundles)
        REQUIRE(one.import(bundle));
    const QByteArray expected = one.digest();
    const auto expectedConflicts = one.sync().conflicts(false)->size();
    CHECK(expectedConflicts > 0);
    CHECK(one.store->check()->isSound());
    std::mt19937 rng(20261123);
    for (auto &o : others) {
        std::vector<QByteArray> shuffled = bundles;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        for (const QByteArray &bundle : shuffled) {
            auto r = o->import(bundle);
            INFO((r ? QString() : r.error().message).toStdString());
            REQUIRE(r);
        }
        CHECK(o->digest() == expected);
        CHECK(o->sync().conflicts(false)->size() == expectedConflicts);
        for (const QByteArray &bundle : shuffled) // twice: nothing changes
            REQUIRE(o->import(bundle)->alreadyImported);
        CHECK(o->digest() == expected);
        CHECK(o->store->check()->isSound());
    }
}

TEST_CASE("A damaged, forged, foreign or misaddressed bundle is refused and the store is unchanged",
    "[sync]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    Node stranger(DeviceRole::Coach, QStringLiteral("陌生筆電"));
    enrol(bureau, a);
    addPerson(a, QStringLiteral("王小明"), "A123456789");
    const QByteArray bundle = a.exportBundle();
    const QByteArray before = bureau.digest();

    SECTION("cut at every byte")
    {
        for (qsizetype n = 0; n < bundle.size(); n += (n < 400 ? 1 : 37)) {
            auto r = bureau.import(bundle.left(n));
            REQUIRE_FALSE(r);
        }
        CHECK(bureau.digest() == before);
    }
    SECTION("a bit flipped anywhere")
    {
        for (qsizetype at = 0; at < bundle.size(); at += 13) {
            QByteArray bad = bundle;
            bad[at] = static_cast<char>(bad.at(at) ^ 0x04);
            auto r = bureau.import(bad);
            INFO(at);
            REQUIRE_FALSE(r);
        }
        CHECK(bureau.digest() == before);
    }
    SECTION("not a bundle, or too large")
    {
        CHECK_FALSE(bureau.import(QByteArray("hello")));
        CHECK_FALSE(bureau.import(QByteArray()));
        CHECK_FALSE(bureau.import(QByteArray(Bundle::MaxBytes + 1, 'x')));
        CHECK(bureau.digest() == before);
    }
    SECTION("signed by a store that was not enrolled")
    {
        REQUIRE(stranger.sync().trust(bureau.identity(), QStringLiteral("enroller")));
        addPerson(stranger, QStringLiteral("陌生人"), "F131232216");
        auto r = bureau.import(stranger.exportBundle());
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == Error::Kind::NotAllowed);
        CHECK(bureau.digest() == before);
    }
    SECTION("addressed to another store")
    {
        REQUIRE(stranger.sync().trust(a.identity(), QStringLiteral("enrolled")));
        auto r = stranger.import(bundle);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("another store")));
    }
    SECTION("the same sequence with other content is tampering, and the bundle is quarantined")
    {
        REQUIRE(bureau.import(bundle));
        const QByteArray merged = bureau.digest();
        auto ops = a.store->operations();
        REQUIRE(ops);
        QList<Operation> forged = *ops;
        forged[0].value = QStringLiteral("竄改");
        // Signed by a's own keys: the signature holds, the merge finds the known sequence with
        // other content.
        const QByteArray evil
            = forge(a, bureau.identity(), forged, {{a.store->identity().deviceId, &*a.keys}});
        auto r = bureau.import(evil);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == Error::Kind::NotAllowed);
        CHECK(bureau.digest() == merged);
        auto again = bureau.import(evil);
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("quarantined")));
    }
    SECTION("a gap is held back until it fills")
    {
        auto ops = a.store->operations();
        REQUIRE(ops);
        // The later part of a's log arrives first (a's genuine head signs it): held until the rest
        // comes.
        QList<Operation> later = ops->mid(2);
        const QByteArray gapped = forge(
            a, bureau.identity(), later, {{a.store->identity().deviceId, &*a.keys}}, {}, false);
        auto r = bureau.import(gapped);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r);
        CHECK(r->applied == 0);
        CHECK(r->heldBack == static_cast<int>(later.size()));
        auto full = bureau.import(bundle);
        REQUIRE(full);
        CHECK(bureau.digest() == a.digest());
        CHECK(bureau.store->check()->isSound());
    }
    SECTION("from a newer schema")
    {
        auto ops = a.store->operations();
        auto newer = Bundle::write(*a.keys, a.identity(), CaseStore::latestSchemaVersion() + 1,
            {bureau.identity()}, *ops, QDateTime::currentDateTimeUtc());
        REQUIRE(newer);
        auto r = bureau.import(*newer);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == Error::Kind::StoreNewer);
        CHECK(bureau.digest() == before);
    }
}

TEST_CASE(
    "A receipt tells the laptop what the bureau holds, the next export carries only what is new",
    "[sync][receipt]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    enrol(bureau, a);
    for (int i = 0; i < 5; ++i)
        addPerson(a, QStringLiteral("個案%1").arg(i), "A123456789");
    const qint64 all = *a.store->operationCount();
    const QByteArray first = a.exportBundle();
    CHECK(Bundle::verify(first)->operations == all);
    auto imported = bureau.import(first);
    REQUIRE(imported);
    auto receipt = bureau.sync().receipt(*bureau.keys, *imported, QDateTime::currentDateTimeUtc());
    REQUIRE(receipt);
    CHECK(Bundle::verify(*receipt)->answers == imported->bundleId);
    auto took = a.import(*receipt);
    REQUIRE(took);
    CHECK(took->receipt);
    const QString later = addPerson(a, QStringLiteral("新個案"), "F131232216");
    const qint64 added = *a.store->operationCount() - all;
    const QByteArray second = a.exportBundle();
    CHECK(Bundle::verify(second)->operations == added);
    REQUIRE(bureau.import(second));
    CHECK(bureau.digest() == a.digest());
    CHECK(PersonRepository(*bureau.store).find(later));
    // Without the receipt the same export would have carried everything again: a lost receipt costs
    // size only.
}

TEST_CASE("A revoked device's bundles are refused", "[sync]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    Node b(DeviceRole::Coach, QStringLiteral("遺失的筆電"));
    enrol(bureau, a);
    enrol(bureau, b);
    addPerson(b, QStringLiteral("王小明"), "A123456789");
    const QByteArray fromLost = b.exportBundle();
    CHECK_FALSE(bureau.sync().revoke(a.store->identity().deviceId + QStringLiteral("x")));
    REQUIRE(bureau.sync().revoke(b.store->identity().deviceId));
    const QByteArray before = bureau.digest();
    auto r = bureau.import(fromLost);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("revoked")));
    CHECK(bureau.digest() == before);
    // The revocation travels in the bureau's bundles.
    const QByteArray news = bureau.exportBundle();
    // With how far its log was genuine when revoked (the bureau held none of it).
    CHECK(Bundle::verify(news)->revoked
        == QStringList {b.store->identity().deviceId + QStringLiteral(":0")});
    REQUIRE(a.import(news));
}

TEST_CASE("Rows of two tables that share an id (a case and its profile) both travel", "[sync]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    enrol(bureau, a);
    Case c;
    c.personId = addPerson(a, QStringLiteral("王小明"), "A123456789");
    c.intakeSource = QStringLiteral("self");
    c.receivedOn = QDate(2024, 1, 2);
    auto created = CaseRepository(*a.store).create({}, c);
    REQUIRE(created);
    SeProfile profile;
    profile.openedOn = QDate(2024, 1, 3);
    profile.remote = true;
    REQUIRE(ServiceRepository(*a.store).setProfile({}, created->id, profile));
    REQUIRE(bureau.import(a.exportBundle()));
    CHECK(bureau.digest() == a.digest());
    auto merged = ServiceRepository(*bureau.store).profile(created->id);
    REQUIRE(merged);
    CHECK(merged->remote);
    CHECK(bureau.store->check()->isSound());
}

TEST_CASE(
    "Two laptops' records of one person show as probable duplicates, a merge is decided and undone",
    "[sync][duplicates]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    Node b(DeviceRole::Coach, QStringLiteral("筆電B"));
    enrol(bureau, a);
    enrol(bureau, b);
    // The same client registered on both laptops; and two records with the same name and birth
    // date.
    const QString onA = addPerson(a, QStringLiteral("王小明"), "A123456789");
    const QString onB = addPerson(b, QStringLiteral("王小明"), "A123456789");
    addPerson(a, QStringLiteral("李美華"), "F131232216");
    addPerson(b, QStringLiteral("李美華"), "A800000014");
    addPerson(b, QStringLiteral("張志強"),
        "A800000014"); // another person with B's typo'd ID: also flagged
    Case c;
    c.personId = onB;
    c.intakeSource = QStringLiteral("self");
    c.receivedOn = QDate(2024, 1, 2);
    auto caseOnB = CaseRepository(*b.store).create({}, c);
    REQUIRE(caseOnB);
    REQUIRE(bureau.import(a.exportBundle()));
    REQUIRE(bureau.import(b.exportBundle()));

    DuplicateRepository dups(*bureau.store);
    auto found = dups.probableDuplicates();
    REQUIRE(found);
    REQUIRE(found->size() == 3);
    int byId = 0;
    int byNameAndBirth = 0;
    for (const ProbableDuplicate &d : *found)
        (d.reason == QStringLiteral("id_number") ? byId : byNameAndBirth) += 1;
    CHECK(byId == 2);
    CHECK(byNameAndBirth == 1);

    CHECK_FALSE(dups.merge({}, onA, onA, QStringLiteral("x")));
    CHECK_FALSE(dups.merge({}, onA, onB, QStringLiteral(" ")));
    auto merged = dups.merge({}, onA, onB, QStringLiteral("同一人，身分證相同"));
    REQUIRE(merged);
    CHECK(CaseRepository(*bureau.store).find(caseOnB->id)->personId == onA);
    CHECK_FALSE(PersonRepository(*bureau.store).find(onB));
    CHECK(dups.probableDuplicates()->size() == 2);
    CHECK(bureau.store->check()->isSound());

    // The merge travels to the laptop like any decision.
    REQUIRE(b.import(bureau.exportBundle()));
    CHECK(CaseRepository(*b.store).find(caseOnB->id)->personId == onA);

    REQUIRE(dups.undo({}, *merged));
    CHECK_FALSE(dups.undo({}, *merged));
    CHECK(CaseRepository(*bureau.store).find(caseOnB->id)->personId == onB);
    CHECK(PersonRepository(*bureau.store).find(onB));
    CHECK(dups.merges()->first().undone);
    REQUIRE(b.import(bureau.exportBundle()));
    CHECK(b.digest() == bureau.digest());
}

TEST_CASE(
    "A legally significant field under conflict keeps its confirmed value until a person decides",
    "[sync][legal]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Coach, QStringLiteral("筆電A"));
    Node b(DeviceRole::Coach, QStringLiteral("筆電B"));
    enrol(bureau, a);
    enrol(bureau, b);
    const QString person = addPerson(bureau, QStringLiteral("王小明"), "A123456789");
    REQUIRE(bureau.store->update({}, QStringLiteral("person"), person,
        {{QStringLiteral("cert_severity"), QStringLiteral("2")}}));
    const QByteArray seed = bureau.exportBundle();
    for (Node *n : {&a, &b})
        REQUIRE(n->import(seed));
    auto otherCopy
        = bureau.clone(); // the bureau's store as it is now, to import in the other order
    Node &other = *otherCopy;
    // The two coaches record different severities without seeing each other's.
    REQUIRE(a.store->update({}, QStringLiteral("person"), person,
        {{QStringLiteral("cert_severity"), QStringLiteral("3")}}));
    REQUIRE(b.store->update({}, QStringLiteral("person"), person,
        {{QStringLiteral("cert_severity"), QStringLiteral("4")}}));
    const QByteArray fromA = a.exportBundle();
    const QByteArray fromB = b.exportBundle();
    REQUIRE(bureau.import(fromA));
    CHECK(PersonRepository(*bureau.store).find(person)->certSeverity
        == QStringLiteral("3")); // no conflict yet
    REQUIRE(bureau.import(fromB));
    CHECK(PersonRepository(*bureau.store).find(person)->certSeverity
        == QStringLiteral("2")); // held: confirmed value
    REQUIRE(other.import(fromB));
    REQUIRE(other.import(fromA));
    CHECK(other.digest() == bureau.digest()); // the same in either order
    CHECK(bureau.store->check()->isSound());
    CHECK(other.store->check()->isSound());
    // A non-legal field in conflict shows the later write meanwhile (checked elsewhere); this one
    // waits.
    auto open = bureau.sync().conflicts();
    REQUIRE(open->size() == 1);
    REQUIRE(bureau.sync().resolve(
        {}, open->first().id, QStringLiteral("3"), QStringLiteral("依新證明")));
    CHECK(PersonRepository(*bureau.store).find(person)->certSeverity == QStringLiteral("3"));
    CHECK(bureau.store->check()->isSound());
    const QByteArray decision = bureau.exportBundle();
    REQUIRE(b.import(decision));
    CHECK(PersonRepository(*b.store).find(person)->certSeverity == QStringLiteral("3"));
    CHECK(b.store->check()->isSound());
}

TEST_CASE("The payload encoding round-trips operations and refuses what is cut short", "[sync]")
{
    Operation op;
    op.opId = QStringLiteral("op-1");
    op.deviceId = QStringLiteral("dev");
    op.incarnation = 1;
    op.seq = 7;
    op.hlc = 123456789LL << 16;
    op.actor = QStringLiteral("陳怡君");
    op.entity = QStringLiteral("person");
    op.rowId = QStringLiteral("p-1");
    op.field = QStringLiteral("phone");
    op.baseHlc = 42;
    op.prevHash = Operation::chainStart();
    Operation empty = op;
    empty.opId = QStringLiteral("op-2");
    empty.seq = 8;
    empty.value = QStringLiteral("");
    const QByteArray data = Bundle::operationsToBinary({op, empty});
    auto back = Bundle::operationsFromBinary(data);
    REQUIRE(back);
    REQUIRE(back->size() == 2);
    CHECK(back->at(0).value.isNull()); // NULL and "" stay apart
    CHECK_FALSE(back->at(1).value.isNull());
    CHECK(back->at(1).value.isEmpty());
    CHECK(back->at(0).hlc == op.hlc);
    CHECK(back->at(0).actor == op.actor);
    // Every field as written, a character outside the BMP (a surrogate pair) included, and the
    // chain hash computed over what was read.
    Operation rare = op;
    rare.opId = QStringLiteral("op-3");
    rare.seq = 9;
    rare.value = QStringLiteral("𠀀 家庭代工 ✓");
    rare.formId = QStringLiteral("se-3-2");
    rare.formVersion = QStringLiteral("2024.1");
    const QList<Operation> written {op, empty, rare};
    auto all = Bundle::operationsFromBinary(Bundle::operationsToBinary(written));
    REQUIRE(all);
    REQUIRE(all->size() == written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        const Operation &w = written.at(i);
        const Operation &r = all->at(i);
        INFO(i);
        CHECK(std::tie(r.opId, r.deviceId, r.incarnation, r.seq, r.hlc, r.actor, r.entity, r.rowId,
                  r.field, r.value, r.baseHlc, r.formId, r.formVersion, r.prevHash)
            == std::tie(w.opId, w.deviceId, w.incarnation, w.seq, w.hlc, w.actor, w.entity, w.rowId,
                w.field, w.value, w.baseHlc, w.formId, w.formVersion, w.prevHash));
        CHECK(r.value.isNull() == w.value.isNull());
        CHECK(r.formId.isNull() == w.formId.isNull());
        CHECK(r.hash == w.chainHash());
    }
    for (qsizetype n = 0; n < data.size(); n += 5)
        CHECK_FALSE(Bundle::operationsFromBinary(data.left(n)));
    CHECK_FALSE(Bundle::operationsFromBinary(data + "x"));
    // The first operation's id (after the magic and the count) said to be an odd number of bytes
    // of UTF-16, or nearly 4 GB long: refused, nothing allocated for it.
    for (const quint32 length : {7U, 0xFFFFFFF0U}) {
        QByteArray bad = data;
        qToBigEndian(length, bad.data() + 12);
        CHECK_FALSE(Bundle::operationsFromBinary(bad));
    }
}

TEST_CASE("A unit's laptop receives only the cases dispatched to its unit", "[sync][scope]")
{
    Node window(DeviceRole::Window, QStringLiteral("北區窗口"));
    Node laptop(DeviceRole::Coach, QStringLiteral("單位筆電"));
    auto demo = DemoGenerator(*window.store).generate(120, 3);
    REQUIRE(demo);
    // The unit with the most dispatched cases.
    QHash<QString, QSet<QString>> byUnit;
    const auto cases = CaseRepository(*window.store).cases();
    REQUIRE(cases);
    for (const Case &c : *cases) {
        const auto dispatches = CaseRepository(*window.store).dispatches(c.id);
        REQUIRE(dispatches);
        for (const Dispatch &d : *dispatches)
            byUnit[d.unitId].insert(c.id);
    }
    QString unit;
    for (auto it = byUnit.cbegin(); it != byUnit.cend(); ++it) {
        if (unit.isEmpty() || it.value().size() > byUnit.value(unit).size())
            unit = it.key();
    }
    REQUIRE_FALSE(unit.isEmpty());
    const QSet<QString> mine = byUnit.value(unit);
    REQUIRE(mine.size() < cases->size());

    CHECK_FALSE(window.sync().enroll(
        *window.keys, laptop.identity(), EnrolScope {QStringLiteral("no-such-unit"), {}}));
    enrol(window, laptop, EnrolScope {unit, {}});
    CHECK(laptop.sync().scope() == unit);
    // The scoped laptop is not among the recipients of the window's general bundles.
    CHECK_FALSE(window.sync().exportBundle(*window.keys, QDateTime::currentDateTimeUtc()));
    auto bundle = window.sync().exportFor(
        *window.keys, laptop.store->identity().deviceId, QDateTime::currentDateTimeUtc());
    REQUIRE(bundle);
    REQUIRE(laptop.import(*bundle));
    const auto received = CaseRepository(*laptop.store).cases();
    REQUIRE(received);
    QSet<QString> got;
    for (const Case &c : *received)
        got.insert(c.id);
    CHECK(got == mine); // exactly the unit's cases, no other person's
    CHECK(*PersonRepository(*laptop.store).count() == mine.size());
    auto sound = laptop.store->check();
    REQUIRE(sound);
    CHECK(sound->isSound());
    // The same bundle again changes nothing; the laptop's own work goes back to the window.
    CHECK(laptop.import(*bundle)->alreadyImported);
    const QString someCase = *mine.cbegin();
    REQUIRE(ServiceRepository(*laptop.store)
                .addFollowUp({}, someCase,
                    {{}, QDate::currentDate(), QStringLiteral("phone"), QStringLiteral("employed"),
                        QStringLiteral("穩定")}));
    REQUIRE(window.import(laptop.exportBundle()));
    CHECK(ServiceRepository(*window.store).followUps(someCase)->size()
        == ServiceRepository(*laptop.store).followUps(someCase)->size());
    // A later bundle for the laptop carries what is new and what it had, without harm.
    auto again = window.sync().exportFor(
        *window.keys, laptop.store->identity().deviceId, QDateTime::currentDateTimeUtc());
    REQUIRE(again);
    auto second = laptop.import(*again);
    REQUIRE(second);
    CHECK(second->applied == 0);
    CHECK(laptop.store->check()->isSound());
}

TEST_CASE(
    "An import stopped by the person waiting keeps nothing of the bundle and can be done again",
    "[sync][progress]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node laptop(DeviceRole::Coach, QStringLiteral("筆電"));
    enrol(bureau, laptop);
    REQUIRE(DemoGenerator(*bureau.store).generate(100, 6));
    const QByteArray bundle = bureau.exportBundle();
    const QByteArray before = laptop.digest();
    // Stopped while merging (the bundle has thousands of operations) and just before the end.
    for (const qint64 stopAt : {qint64 {1}, qint64 {900}}) {
        INFO("stopped at " << stopAt);
        qint64 last = -1;
        auto stopped
            = laptop.sync().importBundle(bundle, *laptop.keys, [&](qint64 done, qint64 total) {
                  last = done * Progress::Scale / total;
                  return last < stopAt;
              });
        REQUIRE_FALSE(stopped);
        CHECK(stopped.error().kind == Error::Kind::Cancelled);
        CHECK(last >= stopAt);
        CHECK(laptop.digest() == before);
        // Not quarantined, not recorded: the bundle is not known to the store.
        QSqlQuery q(laptop.store->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sync_bundles")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    QList<qint64> told;
    auto imported
        = laptop.sync().importBundle(bundle, *laptop.keys, [&](qint64 done, qint64 total) {
              told << done * Progress::Scale / total;
              return true;
          });
    REQUIRE(imported);
    CHECK(imported->applied > 2 * 4096);
    CHECK(told.size() > 2);
    CHECK(std::is_sorted(told.begin(), told.end()));
    CHECK(laptop.digest() == bureau.digest());
}
