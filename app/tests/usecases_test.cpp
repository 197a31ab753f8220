// SPDX-License-Identifier: GPL-3.0-or-later
// The use cases without widgets: SyncExchange as the window and the command line call it, with real
// keys and real files, each refusal leaving the store as it was.
#include "app/usecases/syncexchange.h"
#include "core/demo/demogenerator.h"
#include "tests/support/catchtest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

    // A file that cannot be written is an error, not a half file.
    CHECK_FALSE(
        atBureau.exportBundle(*bureauKeys, dir.filePath(QStringLiteral("no/such/dir/b")), {}, {}));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no/such/dir/b"))));
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
