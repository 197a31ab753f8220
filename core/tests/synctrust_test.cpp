// SPDX-License-Identifier: GPL-3.0-or-later
// The trust model of sync (docs/sync.md, Trust) tried as an enrolled insider would: correctly
// signed bundles and files made with real keys, each refused with the store's digest unchanged.
#include "core/accounts/accountrepository.h"
#include "core/accounts/audittrail.h"
#include "core/cases/caserepository.h"
#include "core/demo/demogenerator.h"
#include "core/persons/duplicaterepository.h"
#include "core/services/servicerepository.h"
#include "core/store/uuid.h"
#include "core/tests/synchelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <limits>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Casebook::Core;
using namespace Casebook::Core::Test;

namespace {

// A bureau with demo data and two coaches' laptops, each enrolled for its coach and holding that
// coach's caseload.
struct Field
{
    Node bureau {DeviceRole::Bureau, QStringLiteral("勞動局")};
    Node a {DeviceRole::Coach, QStringLiteral("筆電A")};
    Node b {DeviceRole::Coach, QStringLiteral("筆電B")};
    QString coachA, coachB;
    QStringList casesA, casesB, personsB;

    Field()
    {
        REQUIRE(DemoGenerator(*bureau.store).generate(60, 7));
        QSqlQuery q(bureau.store->database());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT coach_id FROM cases WHERE coach_id IS NOT NULL GROUP BY coach_id "
            "ORDER BY count(*) DESC, coach_id LIMIT 2")));
        REQUIRE(q.next());
        coachA = q.value(0).toString();
        REQUIRE(q.next());
        coachB = q.value(0).toString();
        for (const auto &[coach, cases] :
            {std::pair {coachA, &casesA}, std::pair {coachB, &casesB}}) {
            q.prepare(
                QStringLiteral("SELECT id, person_id FROM cases WHERE coach_id = ? ORDER BY id"));
            q.addBindValue(coach);
            REQUIRE(q.exec());
            while (q.next()) {
                *cases << q.value(0).toString();
                if (coach == coachB)
                    personsB << q.value(1).toString();
            }
        }
        REQUIRE(casesA.size() >= 2);
        REQUIRE(personsB.size() >= 2);
        enrol(bureau, a, EnrolScope {{}, coachA});
        enrol(bureau, b, EnrolScope {{}, coachB});
        for (Node *n : {&a, &b}) {
            auto bundle = bureau.sync().exportFor(
                *bureau.keys, n->store->identity().deviceId, QDateTime::currentDateTimeUtc());
            REQUIRE(bundle);
            auto r = n->import(*bundle);
            INFO((r ? QString() : r.error().message).toStdString());
            REQUIRE(r);
        }
    }
    QString idOf(const Node &n) const { return n.store->identity().deviceId; }
    // The next operation of a device's log as it would write it, for forging on its own chain.
    Operation nextOp(const Node &n, const QString &entity, const QString &row, const QString &field,
        const QString &value, qint64 hlc = 0) const
    {
        auto mine = n.store->operationsAfter({});
        REQUIRE(mine);
        Operation last;
        for (const Operation &op : *mine) {
            if (op.deviceId == idOf(n) && op.seq > last.seq)
                last = op;
        }
        Operation op;
        op.opId = newUuid();
        op.deviceId = idOf(n);
        op.incarnation = 1;
        op.seq = last.seq + 1;
        op.hlc = hlc ? hlc : (QDateTime::currentMSecsSinceEpoch() << 16);
        op.actor = n.store->identity().name;
        op.entity = entity;
        op.rowId = row;
        op.field = field;
        op.value = value;
        op.prevHash = last.seq ? last.hash : Operation::chainStart();
        return op;
    }
    QList<TrustedDevice> devices(const Node &n) const { return *n.sync().devices(); }
};

bool sameDevices(const QList<TrustedDevice> &x, const QList<TrustedDevice> &y)
{
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (x[i].identity.deviceId != y[i].identity.deviceId || x[i].trustedAs != y[i].trustedAs
            || x[i].revoked != y[i].revoked || x[i].scope.unit != y[i].scope.unit
            || x[i].scope.coach != y[i].scope.coach
            || x[i].identity.signKey != y[i].identity.signKey)
            return false;
    }
    return true;
}

// The bundle with its clear header changed and signed again by another device's real key.
QByteArray resign(
    const QByteArray &bundle, const Node &signer, const std::function<void(QJsonObject &)> &change)
{
    const quint32 size = quint32(static_cast<unsigned char>(bundle.at(9)))
        | quint32(static_cast<unsigned char>(bundle.at(10))) << 8
        | quint32(static_cast<unsigned char>(bundle.at(11))) << 16
        | quint32(static_cast<unsigned char>(bundle.at(12))) << 24;
    QJsonObject header = QJsonDocument::fromJson(bundle.mid(13, size)).object();
    change(header);
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out = bundle.left(9);
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((json.size() >> (8 * i)) & 0xff);
    out += json;
    return out + signer.keys->sign(out) + bundle.mid(13 + size + 64);
}

QByteArray enrolmentFile(
    const Node &enroller, const PublicIdentity &device, const EnrolScope &scope)
{
    Certificate c {device, scope.unit, scope.coach, enroller.store->identity().deviceId, {}};
    c.signature = enroller.keys->sign(c.message());
    return QJsonDocument(
        QJsonObject {{QStringLiteral("format"), QStringLiteral("casebook-enrollment/2")},
            {QStringLiteral("enroller"), enroller.identity().toJson()},
            {QStringLiteral("certificate"), c.toJson()}})
        .toJson();
}

} // namespace

TEST_CASE("A hand-made enrolment makes nobody an enroller, and trust records are never replaced",
    "[sync][trust]")
{
    Field f;
    const QByteArray bureauBefore = f.bureau.digest();
    const auto bureauDevices = f.devices(f.bureau);
    const auto aDevices = f.devices(f.a);

    SECTION("a coach's key offered to the bureau as its enroller")
    {
        const QByteArray file = enrolmentFile(f.a, f.bureau.identity(), {});
        auto r = f.bureau.sync().acceptEnrollment(
            file, SyncRepository::fingerprint(f.a.identity().signKey));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("root")));
    }
    SECTION("a second enroller for a laptop, even with its fingerprint compared")
    {
        const QByteArray file = enrolmentFile(f.b, f.a.identity(), {});
        auto r = f.a.sync().acceptEnrollment(
            file, SyncRepository::fingerprint(f.b.identity().signKey));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("one enroller")));
    }
    SECTION("a revoked device enrolled again, or un-revoked behind the store's back")
    {
        REQUIRE(f.bureau.sync().revoke(f.idOf(f.b)));
        const auto revoked = f.devices(f.bureau);
        auto again
            = f.bureau.sync().enroll(*f.bureau.keys, f.b.identity(), EnrolScope {{}, f.coachB});
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("final")));
        QSqlQuery q(f.bureau.store->database());
        CHECK_FALSE(
            q.exec(QStringLiteral("UPDATE sync_devices SET revoked = 0 WHERE device_id = '%1'")
                       .arg(f.idOf(f.b))));
        CHECK_FALSE(q.exec(QStringLiteral(
            "INSERT OR REPLACE INTO sync_devices (device_id, name, role, sign_key, box_key, "
            "trusted_as, added_on) SELECT device_id, name, role, sign_key, box_key, "
            "trusted_as, added_on FROM sync_devices WHERE device_id = '%1'")
                               .arg(f.idOf(f.b))));
        CHECK(sameDevices(f.devices(f.bureau), revoked));
        CHECK_FALSE(f.bureau.import(f.b.exportBundle()));
    }
    SECTION("an enrolment widened: the whole store for a coach's laptop")
    {
        auto wider = f.bureau.sync().enroll(*f.bureau.keys, f.a.identity(), EnrolScope {});
        REQUIRE_FALSE(wider);
        CHECK(wider.error().message.contains(QStringLiteral("widened")));
        // The same enroller's real key on a file that gives the laptop the whole store.
        const QByteArray file = enrolmentFile(f.bureau, f.a.identity(), {});
        CHECK_FALSE(f.a.sync().acceptEnrollment(
            file, SyncRepository::fingerprint(f.bureau.identity().signKey)));
        CHECK(f.a.sync().enrolScope().coach == f.coachA);
    }
    SECTION("a fingerprint that does not match, an altered scope, an unknown key made trusted")
    {
        Node c(DeviceRole::Coach, QStringLiteral("筆電C"));
        auto file = f.bureau.sync().enroll(*f.bureau.keys, c.identity(), EnrolScope {{}, f.coachA});
        REQUIRE(file);
        CHECK_FALSE(c.sync().acceptEnrollment(*file, QStringLiteral("12345 67890")));
        QByteArray altered = *file;
        altered.replace(f.coachA.toUtf8(), f.coachB.toUtf8());
        CHECK_FALSE(c.sync().acceptEnrollment(
            altered, SyncRepository::fingerprint(f.bureau.identity().signKey)));
        CHECK(c.sync().devices()->isEmpty());
        CHECK(c.sync().trustedDevices()->isEmpty());
        // The bureau's next general bundle is sealed to no key it did not enrol: c is scoped, a and
        // b too.
        CHECK_FALSE(f.bureau.sync().exportBundle(*f.bureau.keys, QDateTime::currentDateTimeUtc()));
        return;
    }
    CHECK(f.bureau.digest() == bureauBefore);
    CHECK(sameDevices(f.devices(f.a), aDevices));
    (void)bureauDevices;
}

TEST_CASE(
    "Operations under another device's id are refused whoever signs the bundle", "[sync][trust]")
{
    Field f;
    Node c(DeviceRole::Coach, QStringLiteral("筆電C"));
    Node stranger(DeviceRole::Coach, QStringLiteral("陌生筆電"));
    enrol(f.bureau, c, EnrolScope {{}, f.coachA});
    const QByteArray before = f.bureau.digest();
    const QString caseA = f.casesA.first();
    const QHash<QString, const DeviceKeys *> signedByA {{f.idOf(f.a), &*f.a.keys}};

    SECTION("another coach's device id")
    {
        Operation op = f.nextOp(f.b, QStringLiteral("case"), f.casesB.first(),
            QStringLiteral("status"), QStringLiteral("closed"));
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("did not sign")));
    }
    SECTION("the bureau's own device id")
    {
        Operation op = f.nextOp(f.bureau, QStringLiteral("case"), caseA, QStringLiteral("status"),
            QStringLiteral("closed"));
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("never wrote")));
    }
    SECTION("a revoked device's id, with that device's own signed head")
    {
        REQUIRE(f.bureau.sync().revoke(f.idOf(c)));
        Operation op = f.nextOp(
            c, QStringLiteral("case"), caseA, QStringLiteral("plan_goal"), QStringLiteral("x"));
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, {{f.idOf(c), &*c.keys}}));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("revoked")));
    }
    SECTION("a device nobody enrolled, certified by itself")
    {
        Operation op = f.nextOp(stranger, QStringLiteral("case"), caseA,
            QStringLiteral("plan_goal"), QStringLiteral("x"));
        BundleExtras extras;
        Certificate self {stranger.identity(), {}, {}, stranger.store->identity().deviceId, {}};
        self.signature = stranger.keys->sign(self.message());
        extras.certificates << self;
        auto r = f.bureau.import(
            forge(f.a, f.bureau.identity(), {op}, {{f.idOf(stranger), &*stranger.keys}}, extras));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("no store this one trusts")));
    }
    SECTION("a forged first operation of another coach does not spoil that coach's genuine bundle")
    {
        Operation op = f.nextOp(f.b, QStringLiteral("case"), f.casesB.first(),
            QStringLiteral("plan_goal"), QStringLiteral("偽造"));
        CHECK_FALSE(f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA)));
        CHECK(f.bureau.digest() == before);
        REQUIRE(f.b.store->update({}, QStringLiteral("case"), f.casesB.first(),
            {{QStringLiteral("plan_goal"), QStringLiteral("真的")}}));
        auto genuine = f.bureau.import(f.b.exportBundle());
        INFO((genuine ? QString() : genuine.error().message).toStdString());
        REQUIRE(genuine);
        CHECK(genuine->applied == 1);
        return;
    }
    SECTION("an operation in the name of another person")
    {
        Operation op = f.nextOp(
            f.a, QStringLiteral("case"), caseA, QStringLiteral("plan_goal"), QStringLiteral("x"));
        op.actor = QStringLiteral("筆電B");
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("may not act")));
    }
    CHECK(f.bureau.digest() == before);
    CHECK(f.bureau.store->check()->isSound());
}

TEST_CASE("A bundle re-signed by another device is refused", "[sync][trust]")
{
    Field f;
    Node c(DeviceRole::Coach, QStringLiteral("筆電C"));
    enrol(f.bureau, c, EnrolScope {{}, f.coachA});
    REQUIRE(f.b.store->update({}, QStringLiteral("case"), f.casesB.first(),
        {{QStringLiteral("plan_goal"), QStringLiteral("B 的計畫")}}));
    REQUIRE(c.store->insert(
        {}, QStringLiteral("person"), newUuid(), {{QStringLiteral("name"), QStringLiteral("丙")}}));
    const QByteArray fromB = f.b.exportBundle();
    const QByteArray fromC = c.exportBundle();
    REQUIRE(f.bureau.sync().revoke(f.idOf(c)));
    const QByteArray before = f.bureau.digest();
    auto asA = [&](QJsonObject &h) { h.insert(QStringLiteral("from"), f.a.identity().toJson()); };

    SECTION("another coach's sealed bundle, re-signed as its own")
    {
        auto r = f.bureau.import(resign(fromB, f.a, asA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("re-signed")));
    }
    SECTION("a revoked device's old bundle, re-signed by another coach")
    {
        auto r = f.bureau.import(resign(fromC, f.a, asA));
        REQUIRE_FALSE(r);
    }
    CHECK(f.bureau.digest() == before);
    // The genuine bundle is still good.
    REQUIRE(f.bureau.import(fromB));
}

TEST_CASE("Writes outside the writer's caseload or unit are refused at merge and listed",
    "[sync][trust][rights]")
{
    Field f;
    const QByteArray before = f.bureau.digest();

    SECTION("a coach closes another coach's case")
    {
        REQUIRE(f.a.store->insert({}, QStringLiteral("case"), f.casesB.first(),
            {{QStringLiteral("status"), QStringLiteral("closed")}}));
        auto r = f.bureau.import(f.a.exportBundle());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(f.casesB.first()));
        CHECK(r.error().message.contains(f.idOf(f.a)));
        CHECK(r.error().message.contains(QStringLiteral("caseload")));
        auto listed = f.bureau.sync().refusals();
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().status == QStringLiteral("refused"));
        CHECK(listed->first().reason == r.error().message);
    }
    SECTION("a coach deletes every person of another coach")
    {
        for (const QString &person : std::as_const(f.personsB)) {
            REQUIRE(f.a.store->insert(
                {}, QStringLiteral("person"), person, {{QStringLiteral("deleted"), 1}}));
        }
        auto r = f.bureau.import(f.a.exportBundle());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("has no case in")));
    }
    SECTION("a unit's laptop closes a case outside its unit")
    {
        QSqlQuery q(f.bureau.store->database());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT unit_id FROM dispatches WHERE deleted = 0 GROUP BY unit_id ORDER BY "
            "count(*) DESC LIMIT 1")));
        REQUIRE(q.next());
        const QString unit = q.value(0).toString();
        q.prepare(QStringLiteral(
            "SELECT id FROM cases WHERE id NOT IN (SELECT case_id FROM dispatches WHERE unit_id = "
            "? AND deleted = 0) LIMIT 1"));
        q.addBindValue(unit);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        const QString outside = q.value(0).toString();
        Node u(DeviceRole::Coach, QStringLiteral("單位筆電"));
        enrol(f.bureau, u, EnrolScope {unit, {}});
        const QByteArray enrolled = f.bureau.digest();
        REQUIRE(u.store->insert({}, QStringLiteral("case"), outside,
            {{QStringLiteral("status"), QStringLiteral("closed")}}));
        auto r = f.bureau.import(u.exportBundle());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("unit")));
        CHECK(f.bureau.digest() == enrolled);
    }
    SECTION("a coach writes reference data")
    {
        REQUIRE(f.a.store->insert({}, QStringLiteral("unit"), newUuid(),
            {{QStringLiteral("name"), QStringLiteral("假單位")}}));
        auto r = f.bureau.import(f.a.exportBundle());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("reference data")));
    }
    SECTION("a coach's own case and a new person of its own are taken")
    {
        REQUIRE(f.a.store->update({}, QStringLiteral("case"), f.casesA.first(),
            {{QStringLiteral("plan_goal"), QStringLiteral("就業")}}));
        REQUIRE(f.a.store->insert({}, QStringLiteral("person"), newUuid(),
            {{QStringLiteral("name"), QStringLiteral("新個案")}}));
        auto r = f.bureau.import(f.a.exportBundle());
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r);
        CHECK(r->applied == 2); // the plan goal and the new person's name
        CHECK(f.bureau.store->check()->isSound());
        return;
    }
    CHECK(f.bureau.digest() == before);
}

TEST_CASE(
    "Clocks are bounded and a claimed base clock never blanks a held field", "[sync][trust][clock]")
{
    Field f;
    const QByteArray before = f.bureau.digest();
    const QString caseA = f.casesA.first();
    const QHash<QString, const DeviceKeys *> signedByA {{f.idOf(f.a), &*f.a.keys}};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    SECTION("a clock at INT64_MAX")
    {
        Operation op = f.nextOp(f.a, QStringLiteral("case"), caseA, QStringLiteral("plan_goal"),
            QStringLiteral("x"), std::numeric_limits<qint64>::max());
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("ahead")));
        // The bureau's own next write still orders after what it has seen, with no overflow.
        REQUIRE(f.bureau.store->update({}, QStringLiteral("case"), caseA,
            {{QStringLiteral("plan_goal"), QStringLiteral("y")}}));
        auto ops = f.bureau.store->operationsForRow(caseA);
        REQUIRE(ops);
        CHECK(ops->last().hlc > 0);
        CHECK((ops->last().hlc >> 16) <= now + 60'000);
        return;
    }
    SECTION("a clock two days ahead")
    {
        Operation op = f.nextOp(f.a, QStringLiteral("case"), caseA, QStringLiteral("plan_goal"),
            QStringLiteral("x"), (now + 2 * 86'400'000LL) << 16);
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("ahead")));
    }
    SECTION("a clock two hours ahead is taken and named")
    {
        Operation op = f.nextOp(f.a, QStringLiteral("case"), caseA, QStringLiteral("plan_goal"),
            QStringLiteral("x"), (now + 2 * 3'600'000LL) << 16);
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE(r);
        CHECK(r->clockWarnings == QStringList {f.idOf(f.a)});
        return;
    }
    SECTION("a write claiming to have seen nothing, to a legally significant field")
    {
        const auto held = CaseRepository(*f.bureau.store).find(caseA);
        REQUIRE(held);
        Operation op = f.nextOp(
            f.a, QStringLiteral("case"), caseA, QStringLiteral("status"), QStringLiteral("closed"));
        op.baseHlc = 0;
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE(r);
        CHECK(r->conflicts > 0);
        const auto after = CaseRepository(*f.bureau.store).find(caseA);
        REQUIRE(after);
        CHECK(after->status == held->status); // the confirmed value stays until a person decides
        QSqlQuery q(f.bureau.store->database());
        q.prepare(QStringLiteral("SELECT status FROM cases WHERE id = ?"));
        q.addBindValue(caseA);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK_FALSE(q.value(0).isNull());
        CHECK(f.bureau.store->check()->isSound());
        return;
    }
    CHECK(f.bureau.digest() == before);
}

TEST_CASE("Every input has a cap and numbers are read strictly", "[sync][trust][limits]")
{
    Field f;
    const QByteArray before = f.bureau.digest();
    const QHash<QString, const DeviceKeys *> signedByA {{f.idOf(f.a), &*f.a.keys}};

    SECTION("a device and a pipe are no bundle files, whatever size they report")
    {
#ifdef Q_OS_UNIX
        auto zero = Bundle::readCapped(QStringLiteral("/dev/zero"));
        REQUIRE_FALSE(zero);
        CHECK(zero.error().message.contains(QStringLiteral("regular file")));
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        REQUIRE(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        auto pipe = Bundle::readCapped(fifo);
        REQUIRE_FALSE(pipe);
        CHECK(pipe.error().message.contains(QStringLiteral("regular file")));
#endif
        QTemporaryDir files;
        QFile big(files.filePath(QStringLiteral("big.cbb")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(4096, 'x'));
        big.close();
        CHECK_FALSE(Bundle::readCapped(big.fileName(), 4095));
        CHECK(Bundle::readCapped(big.fileName(), 4096));
    }
    SECTION("an over-long value")
    {
        Operation op = f.nextOp(f.a, QStringLiteral("case"), f.casesA.first(),
            QStringLiteral("plan_goal"), QString(Bundle::MaxValueBytes, QLatin1Char('x')));
        auto r = f.bureau.import(forge(f.a, f.bureau.identity(), {op}, signedByA));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("1 MiB")));
    }
    SECTION("more operations than a bundle may carry")
    {
        auto b = Bundle::writeRaw(*f.a.keys, f.a.identity(), CaseStore::latestSchemaVersion(),
            {f.bureau.identity()}, Bundle::operationsToBinary({}),
            static_cast<int>(Bundle::MaxOperations + 1),
            {QDate::currentDate(), QDate::currentDate()}, QDateTime::currentDateTimeUtc(), {});
        REQUIRE(b);
        auto r = f.bureau.import(*b);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("at most")));
    }
    SECTION("a schema of 2^40, of -1 and of text")
    {
        const QByteArray genuine = f.a.exportBundle();
        for (const QJsonValue &schema :
            {QJsonValue(1099511627776.0), QJsonValue(-1), QJsonValue(QStringLiteral("9x"))}) {
            auto r = f.bureau.import(resign(
                genuine, f.a, [&](QJsonObject &h) { h.insert(QStringLiteral("schema"), schema); }));
            REQUIRE_FALSE(r);
            CHECK(r.error().message.contains(QStringLiteral("schema")));
        }
    }
    SECTION("a bundle of the old format")
    {
        QByteArray old = f.a.exportBundle();
        old[8] = 1;
        auto r = f.bureau.import(old);
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("older version")));
    }
    CHECK(f.bureau.digest() == before);
}

TEST_CASE(
    "A coach's laptop receives its coach's caseload, a handed-over case moves with its history",
    "[sync][trust][scope]")
{
    Field f;
    auto held = [&](const Node &n) {
        QSet<QString> ids;
        const auto cases = CaseRepository(*n.store).cases();
        REQUIRE(cases);
        for (const Case &c : *cases)
            ids.insert(c.id);
        return ids;
    };
    CHECK(held(f.a) == QSet<QString>(f.casesA.cbegin(), f.casesA.cend()));
    CHECK(held(f.b) == QSet<QString>(f.casesB.cbegin(), f.casesB.cend()));
    // The bureau hands one of B's cases to A.
    const QString moved = f.casesB.first();
    REQUIRE(f.bureau.store->update(
        {}, QStringLiteral("case"), moved, {{QStringLiteral("coach_id"), f.coachA}}));
    auto toA
        = f.bureau.sync().exportFor(*f.bureau.keys, f.idOf(f.a), QDateTime::currentDateTimeUtc());
    REQUIRE(toA);
    REQUIRE(f.a.import(*toA));
    CHECK(held(f.a).contains(moved));
    CHECK(f.a.store->operationsForRow(moved)->size()
        == f.bureau.store->operationsForRow(moved)->size());
    auto toB
        = f.bureau.sync().exportFor(*f.bureau.keys, f.idOf(f.b), QDateTime::currentDateTimeUtc());
    REQUIRE(toB);
    auto header = Bundle::verify(*toB);
    REQUIRE(header);
    auto opened = Bundle::open(*toB, *header, *f.b.keys, f.idOf(f.b));
    REQUIRE(opened);
    for (const Operation &op : *opened)
        CHECK_FALSE((op.entity == QLatin1String("case") && op.rowId == moved));
    // A now works on it, and the bureau takes that.
    REQUIRE(f.a.store->update({}, QStringLiteral("case"), moved,
        {{QStringLiteral("plan_goal"), QStringLiteral("接手")}}));
    auto r = f.bureau.import(f.a.exportBundle());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r);
}

TEST_CASE(
    "A fingerprint is sixty digits in twelve groups, different for every key", "[sync][trust]")
{
    auto one = DeviceKeys::generate();
    auto two = DeviceKeys::generate();
    REQUIRE(one);
    REQUIRE(two);
    const QString a = SyncRepository::fingerprint(one->signPublicKey());
    const QStringList groups = a.split(QLatin1Char(' '));
    REQUIRE(groups.size() == 12);
    for (const QString &g : groups) {
        CHECK(g.size() == 5);
        CHECK(g.toInt() >= 0);
    }
    CHECK(
        groups.mid(0, 6) != groups.mid(6, 6)); // all sixty digits come from the key, none repeated
    CHECK(a == SyncRepository::fingerprint(one->signPublicKey()));
    CHECK(a != SyncRepository::fingerprint(two->signPublicKey()));
}

TEST_CASE(
    "A relay cannot alter, drop or invent another device's operations", "[sync][trust][relay]")
{
    Node bureau(DeviceRole::Bureau, QStringLiteral("勞動局"));
    Node a(DeviceRole::Supervisor, QStringLiteral("督導A"));
    Node s(DeviceRole::Supervisor, QStringLiteral("督導S"));
    enrol(bureau, a);
    enrol(bureau, s);
    for (int i = 0; i < 4; ++i)
        addPerson(a, QStringLiteral("個案%1").arg(i), "A123456789");
    REQUIRE(bureau.import(a.exportBundle()));
    // The bureau relays a's work to s: s knows a only through the certificate the bureau relays
    // with a's head.
    const QByteArray relayed = bureau.exportBundle();
    auto header = Bundle::verify(relayed);
    REQUIRE(header);
    const QString aId = a.store->identity().deviceId;
    const auto aHead = std::find_if(header->heads.cbegin(), header->heads.cend(),
        [&](const SignedHead &h) { return h.deviceId == aId; });
    REQUIRE(aHead != header->heads.cend());
    BundleExtras carried;
    carried.heads << *aHead;
    carried.certificates = header->certificates;
    QList<Operation> aOps;
    const auto all = bureau.store->operations();
    REQUIRE(all);
    for (const Operation &op : *all) {
        if (op.deviceId == aId)
            aOps << op;
    }
    REQUIRE(aOps.size() > 3);
    const QByteArray before = s.digest();

    SECTION("altered on the way")
    {
        QList<Operation> altered = aOps;
        altered[1].value = QStringLiteral("竄改");
        auto r = s.import(forge(bureau, s.identity(), altered, {}, carried, false));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("do not match")));
    }
    SECTION("one dropped from the middle")
    {
        QList<Operation> dropped = aOps;
        dropped.removeAt(2);
        auto r = s.import(forge(bureau, s.identity(), dropped, {}, carried, false));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("do not match")));
    }
    SECTION("one invented at the end, re-chained")
    {
        QList<Operation> invented = aOps;
        Operation extra = aOps.last();
        extra.opId = QStringLiteral("invented");
        extra.seq += 1;
        extra.value = QStringLiteral("捏造");
        invented << extra;
        auto r = s.import(forge(bureau, s.identity(), invented, {}, carried, true));
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(QStringLiteral("did not sign")));
    }
    SECTION("the genuine relay is taken, and a's device is then known through its certificate")
    {
        auto r = s.import(relayed);
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r);
        CHECK(s.digest() == bureau.digest());
        const auto known = s.sync().devices();
        REQUIRE(known);
        CHECK(std::any_of(known->cbegin(), known->cend(), [&](const TrustedDevice &d) {
            return d.identity.deviceId == aId && d.trustedAs == QLatin1String("certified");
        }));
        // A device known through a certificate is never a recipient.
        const auto recipients = s.sync().trustedDevices();
        REQUIRE(recipients);
        for (const PublicIdentity &d : *recipients)
            CHECK(d.deviceId != aId);
        return;
    }
    CHECK(s.digest() == before);
}

TEST_CASE("A unit's laptop takes another device's work on its cases from its enroller",
    "[sync][trust][scope]")
{
    Field f;
    QSqlQuery q(f.bureau.store->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT d.unit_id, d.case_id FROM dispatches d JOIN cases c ON c.id = d.case_id "
        "WHERE d.deleted = 0 AND c.coach_id = '%1' LIMIT 1")
                       .arg(f.coachA)));
    REQUIRE(q.next());
    const QString unit = q.value(0).toString();
    const QString caseId = q.value(1).toString();
    Node u(DeviceRole::Supervisor, QStringLiteral("單位督導"));
    enrol(f.bureau, u, EnrolScope {unit, {}});
    // Coach A works on the case; the bureau merges it and passes it on to the unit's laptop.
    REQUIRE(f.a.store->update({}, QStringLiteral("case"), caseId,
        {{QStringLiteral("plan_goal"), QStringLiteral("職場實習")}}));
    REQUIRE(f.bureau.import(f.a.exportBundle()));
    auto toUnit
        = f.bureau.sync().exportFor(*f.bureau.keys, f.idOf(u), QDateTime::currentDateTimeUtc());
    REQUIRE(toUnit);
    auto r = u.import(*toUnit);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r);
    CHECK(CaseRepository(*u.store).find(caseId)->planGoal == QStringLiteral("職場實習"));
    CHECK(u.store->check()->isSound());
}

TEST_CASE("The backlog of one device is capped", "[sync][trust][limits]")
{
    Field f;
    // A device whose earlier bundles never came: its later operations wait, up to the cap.
    {
        QSqlQuery q(f.bureau.store->database());
        REQUIRE(f.bureau.store->database().transaction());
        q.prepare(QStringLiteral("INSERT INTO sync_backlog (op_id, device_id, incarnation, seq, "
                                 "body) VALUES (?, ?, 1, ?, '')"));
        for (qint64 i = 0; i < SyncRepository::MaxBacklogPerDevice; ++i) {
            q.addBindValue(QStringLiteral("held-%1").arg(i));
            q.addBindValue(f.idOf(f.a));
            q.addBindValue(1000 + i);
            REQUIRE(q.exec());
        }
        REQUIRE(f.bureau.store->database().commit());
    }
    const QByteArray before = f.bureau.digest();
    Operation first = f.nextOp(f.a, QStringLiteral("case"), f.casesA.first(),
        QStringLiteral("plan_goal"), QStringLiteral("x"));
    Operation later = first;
    later.seq = 5; // 2 to 4 have not arrived
    later.opId = newUuid();
    auto r = f.bureau.import(
        forge(f.a, f.bureau.identity(), {later}, {{f.idOf(f.a), &*f.a.keys}}, {}, false));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("waiting")));
    CHECK(f.bureau.digest() == before);
}

TEST_CASE("A store from before the hash chain is chained when it opens, as its devices would have",
    "[sync][trust]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QList<Operation> original;
    {
        auto store = CaseStore::open(path);
        REQUIRE(store);
        REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("舊筆電")));
        for (int i = 0; i < 5; ++i) {
            REQUIRE((*store)->insert({}, QStringLiteral("person"), newUuid(),
                {{QStringLiteral("name"), QStringLiteral("甲%1").arg(i)}}));
        }
        original = *(*store)->operations();
        QSqlQuery q((*store)->database());
        REQUIRE(q.exec(QStringLiteral("UPDATE oplog SET hash = NULL, prev_hash = NULL")));
        REQUIRE(q.exec(
            QStringLiteral("DELETE FROM meta WHERE key = 'oplog_chained'"))); // as before schema 9
    }
    auto reopened = CaseStore::open(path);
    REQUIRE(reopened);
    const auto chained = (*reopened)->operations();
    REQUIRE(chained);
    REQUIRE(chained->size() == original.size());
    for (qsizetype i = 0; i < chained->size(); ++i) {
        CHECK(chained->at(i).hash == original.at(i).hash);
        CHECK(chained->at(i).prevHash == original.at(i).prevHash);
    }
    CHECK(chained->first().prevHash == Operation::chainStart());
    // The next write continues the chain.
    REQUIRE((*reopened)->insert(
        {}, QStringLiteral("person"), newUuid(), {{QStringLiteral("name"), QStringLiteral("乙")}}));
    const auto after = (*reopened)->operations();
    REQUIRE(after);
    CHECK(after->last().prevHash == original.last().hash);
}

TEST_CASE("A laptop does not make the decisions its enroller would refuse", "[sync][trust][rights]")
{
    Field f;
    const QByteArray before = f.a.digest();
    auto merged = DuplicateRepository(*f.a.store)
                      .merge({}, f.casesA.first(), f.casesA.last(), QStringLiteral("同一人"));
    REQUIRE_FALSE(merged);
    CHECK(merged.error().message.contains(QStringLiteral("勞動局")));
    CHECK(f.a.digest() == before);
    // The bureau itself decides.
    CHECK(f.bureau.sync().checkMayDecide());
}

TEST_CASE("Keys sealed with the older Argon2id limits are sealed again with MODERATE once unlocked",
    "[sync][trust][crypto]")
{
    auto store = CaseStore::open(QStringLiteral(":memory:"));
    REQUIRE(store);
    REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("舊筆電")));
    auto keys = DeviceKeys::generate();
    REQUIRE(keys);
    auto old = keys->encrypted("old passphrase", DeviceKeys::Cost::Interactive);
    REQUIRE(old);
    REQUIRE((*store)->setMetaValue(QStringLiteral("keys"), QString::fromLatin1(old->toBase64())));
    SyncRepository sync(**store);
    auto stored = [&] {
        return QByteArray::fromBase64((*store)->metaValue(QStringLiteral("keys"))->toLatin1());
    };
    CHECK_FALSE(sync.unlock("wrong passphrase"));
    CHECK(stored() == *old); // a wrong passphrase changes nothing
    auto unlocked = sync.unlock("old passphrase");
    REQUIRE(unlocked);
    CHECK(unlocked->signPublicKey() == keys->signPublicKey());
    CHECK(DeviceKeys::costOf(stored()) == DeviceKeys::Cost::Moderate);
    CHECK(DeviceKeys::decrypt(stored(), "old passphrase"));
    CHECK(DeviceKeys::costOf(*keys->encrypted("another passphrase"))
        == DeviceKeys::Cost::Moderate); // the default
}

TEST_CASE(
    "A schema 8 store with two enrollers keeps the first and revokes the other when it is upgraded",
    "[sync][trust][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.db"));
    {
        // A store as schema 8 left it, built from the shipped migrations 1 to 8.
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (int i = 1; i <= 8; ++i) {
            const QStringList found
                = QDir(QStringLiteral(":/casebook/migrations"))
                      .entryList({QStringLiteral("%1_*.sql").arg(i, 4, 10, QLatin1Char('0'))});
            REQUIRE(found.size() == 1);
            QFile f(QStringLiteral(":/casebook/migrations/") + found.first());
            REQUIRE(f.open(QIODevice::ReadOnly));
            QString sql;
            for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    sql += line + QLatin1Char('\n');
            }
            for (const QString &statement : sql.split(QLatin1Char(';'))) {
                if (!statement.trimmed().isEmpty())
                    REQUIRE(q.exec(statement));
            }
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 8")));
        REQUIRE(
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(CaseStore::applicationId())));
        for (const auto &[key, value] : {std::pair {"device_id", "old-device"},
                 std::pair {"role", "coach"}, std::pair {"name", "舊筆電"},
                 std::pair {"incarnation", "1"}, std::pair {"hlc", "0"}}) {
            REQUIRE(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('%1', '%2')")
                               .arg(QString::fromLatin1(key), QString::fromUtf8(value))));
        }
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO sync_devices (device_id, name, role, sign_key, box_key, trusted_as, "
            "added_on) VALUES ('bureau', '勞動局', 'bureau', 'k1', 'b1', 'enroller', "
            "'2026-01-01T00:00:00Z'), ('forged', '偽造', 'coach', 'k2', 'b2', 'enroller', "
            "'2026-06-01T00:00:00Z')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO sync_backlog (op_id, device_id, incarnation, seq, body) VALUES "
            "('held', 'bureau', 1, 9, 'old encoding')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v8"));
    auto store = CaseStore::open(path);
    INFO((store ? QString() : store.error().message).toStdString());
    REQUIRE(store);
    const auto devices = SyncRepository(**store).devices();
    REQUIRE(devices);
    REQUIRE(devices->size() == 2);
    for (const TrustedDevice &d : *devices) {
        if (d.identity.deviceId == QLatin1String("bureau")) {
            CHECK(d.trustedAs == QStringLiteral("enroller"));
            CHECK_FALSE(d.revoked);
        } else {
            CHECK(d.trustedAs == QStringLiteral("certified"));
            CHECK(d.revoked);
        }
    }
    QSqlQuery q((*store)->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sync_backlog")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    CHECK((*store)->check()->isSound());
}

TEST_CASE("A coach adds an employer in the field but does not change the bureau's",
    "[sync][trust][rights]")
{
    Field f;
    QSqlQuery q(f.bureau.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM employers LIMIT 1")));
    REQUIRE(q.next());
    const QString theirs = q.value(0).toString();
    const QByteArray before = f.bureau.digest();
    REQUIRE(f.a.store->update({}, QStringLiteral("employer"), theirs,
        {{QStringLiteral("name"), QStringLiteral("改名")}}));
    auto refused = f.bureau.import(f.a.exportBundle());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("employer")));
    CHECK(f.bureau.digest() == before);

    Node fresh(DeviceRole::Coach, QStringLiteral("筆電新"));
    enrol(f.bureau, fresh, EnrolScope {{}, f.coachA});
    Employer e;
    e.name = QStringLiteral("新北市好工作烘焙坊");
    e.headcount = 12;
    auto id = ServiceRepository(*fresh.store).addEmployer({}, e);
    REQUIRE(id);
    auto taken = f.bureau.import(fresh.exportBundle());
    INFO((taken ? QString() : taken.error().message).toStdString());
    REQUIRE(taken);
    CHECK(taken->applied > 0);
}

TEST_CASE("A unit's laptop answers the dispatches addressed to its unit, not another unit's",
    "[sync][trust][rights]")
{
    Field f;
    QSqlQuery q(f.bureau.store->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT d.id, d.case_id, d.unit_id FROM dispatches d JOIN cases c ON c.id = d.case_id "
        "WHERE d.deleted = 0 AND d.answered_on IS NULL AND c.status = 'dispatched' LIMIT 1")));
    REQUIRE(q.next());
    const QString dispatchId = q.value(0).toString();
    const QString caseId = q.value(1).toString();
    const QString unit = q.value(2).toString();
    q.finish();
    Node u(DeviceRole::Supervisor, QStringLiteral("單位督導"));
    enrol(f.bureau, u, EnrolScope {unit, {}});
    auto toUnit
        = f.bureau.sync().exportFor(*f.bureau.keys, f.idOf(u), QDateTime::currentDateTimeUtc());
    REQUIRE(toUnit);
    REQUIRE(u.import(*toUnit));
    CaseStep answer;
    answer.action = CaseAction::AnswerDispatch;
    answer.on = QDate::currentDate();
    answer.dispatchId = dispatchId;
    auto answered = CaseRepository(*u.store).perform({}, caseId, answer);
    INFO((answered ? QString() : answered.error().message).toStdString());
    REQUIRE(answered);
    auto r = f.bureau.import(u.exportBundle());
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r);
    q.prepare(QStringLiteral("SELECT answered_on FROM dispatches WHERE id = ?"));
    q.addBindValue(dispatchId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK_FALSE(q.value(0).isNull());
}

TEST_CASE("A scope is named by its unit's or coach's name, for the device list and the slip",
    "[sync][trust]")
{
    Field f;
    QSqlQuery q(f.bureau.store->database());
    q.prepare(QStringLiteral("SELECT name FROM staff WHERE id = ?"));
    q.addBindValue(f.coachA);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(f.bureau.sync().scopeName(EnrolScope {{}, f.coachA}) == q.value(0).toString());
    CHECK(f.bureau.sync().scopeName(EnrolScope {{}, QStringLiteral("no-such-coach")})
        == QStringLiteral("no-such-coach"));
    CHECK(f.bureau.sync().scopeName(EnrolScope {}).isEmpty());
}

TEST_CASE("Accounts travel from the enroller, a laptop cannot make one, not even an administrator",
    "[sync][trust][rights][accounts]")
{
    Field f;
    const auto hash = AccountRepository::hashPassword("tea-garden-lantern");
    REQUIRE(hash);
    // The bureau makes the coach's account; the coach's laptop receives it and signs in with it.
    REQUIRE(AccountRepository(*f.bureau.store)
                .create({}, {{}, QStringLiteral("coach.a"), f.coachA, UserRole::Coach}, *hash));
    auto bundle
        = f.bureau.sync().exportFor(*f.bureau.keys, f.idOf(f.a), QDateTime::currentDateTimeUtc());
    REQUIRE(bundle);
    REQUIRE(f.a.import(*bundle));
    auto onLaptop
        = AccountRepository(*f.a.store).signIn(QStringLiteral("coach.a"), "tea-garden-lantern");
    REQUIRE(onLaptop);
    CHECK(onLaptop->staffId == f.coachA);

    // The laptop writes itself an administrator's account and raises its coach's role: refused at
    // the bureau, which is unchanged.
    const QByteArray before = f.bureau.digest();
    REQUIRE(AccountRepository(*f.a.store)
                .create({}, {{}, QStringLiteral("root"), {}, UserRole::Administrator}, *hash));
    REQUIRE(f.a.store->update({}, QStringLiteral("account"), onLaptop->id,
        {{QStringLiteral("role"), QStringLiteral("administrator")}}));
    auto refused = f.bureau.import(f.a.exportBundle());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("account")));
    CHECK(f.bureau.digest() == before);
    CHECK_FALSE(AccountRepository(*f.bureau.store).find(QStringLiteral("root")));
    CHECK(AccountRepository(*f.bureau.store).find(QStringLiteral("coach.a"))->role
        == UserRole::Coach);
}

TEST_CASE("The audit trail reaches the bureau, and a laptop cannot change or withdraw an entry",
    "[sync][trust][audit]")
{
    Field f;
    // The coaches' accounts, made at the bureau: a laptop writes as its own coach only.
    const auto hash = AccountRepository::hashPassword("tea-garden-lantern");
    REQUIRE(hash);
    AccountRepository bureauAccounts(*f.bureau.store);
    REQUIRE(bureauAccounts.create(
        {}, {{}, QStringLiteral("陳怡君"), f.coachA, UserRole::Coach}, *hash));
    REQUIRE(bureauAccounts.create(
        {}, {{}, QStringLiteral("林志豪"), f.coachB, UserRole::Coach}, *hash));
    {
        Node intruder(DeviceRole::Coach, QStringLiteral("筆電C"));
        enrol(f.bureau, intruder, EnrolScope {{}, f.coachA});
        REQUIRE(AuditTrail(*intruder.store)
                    .record({QStringLiteral("林志豪"), {}, {}}, QStringLiteral("view_case")));
        const QByteArray untouched = *f.bureau.store->domainDigest(true);
        auto asAnother = f.bureau.import(intruder.exportBundle());
        REQUIRE_FALSE(asAnother); // coach A's laptop writing as coach B
        CHECK(asAnother.error().message.contains(QStringLiteral("林志豪")));
        CHECK(*f.bureau.store->domainDigest(true) == untouched);
    }
    AuditTrail laptopTrail(*f.a.store);
    auto viewed = laptopTrail.record(
        {QStringLiteral("陳怡君"), {}, {}}, QStringLiteral("view_case"), {}, f.casesA.first(), {});
    REQUIRE(viewed);
    auto taken = f.bureau.import(f.a.exportBundle());
    INFO((taken ? QString() : taken.error().message).toStdString());
    REQUIRE(taken);
    auto arrived = AuditTrail(*f.bureau.store).entries({{}, QStringLiteral("陳怡君"), {}, {}});
    REQUIRE(arrived);
    REQUIRE(arrived->size() == 1);
    CHECK(arrived->first().action == QStringLiteral("view_case"));
    CHECK(arrived->first().caseId == f.casesA.first());

    // The laptop rewrites the entry and withdraws it: the bundle is refused, the bureau keeps it.
    const QByteArray before = *f.bureau.store->domainDigest(true);
    REQUIRE(f.a.store->update({}, QStringLiteral("audit"), *viewed,
        {{QStringLiteral("action"), QStringLiteral("nothing")}, {QStringLiteral("deleted"), 1}}));
    auto refused = f.bureau.import(f.a.exportBundle());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("audit")));
    CHECK(*f.bureau.store->domainDigest(true) == before);
    auto kept = AuditTrail(*f.bureau.store).entries({{}, QStringLiteral("陳怡君"), {}, {}});
    REQUIRE(kept->size() == 1);
    CHECK(kept->first().action == QStringLiteral("view_case"));
    // One person's trail: the entry of their case.
    QSqlQuery q(f.bureau.store->database());
    q.prepare(QStringLiteral("SELECT person_id FROM cases WHERE id = ?"));
    q.addBindValue(f.casesA.first());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(AuditTrail(*f.bureau.store).entries({q.value(0).toString(), {}, {}, {}})->size() == 1);
}
