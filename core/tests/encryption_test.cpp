// SPDX-License-Identifier: GPL-3.0-or-later
// The store encrypted at rest (CryptVfs): what a lost laptop's disk holds, with a real file, real
// keys and a real demo store.
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/store/cryptvfs.h"
#include "tests/support/catchtest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace Casebook;
using namespace Casebook::Core;

namespace {

// Every byte of every file in the folder (the store, its WAL and shared memory, the lock).
QByteArray allBytes(const QString &dir)
{
    QByteArray bytes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

QByteArray utf16(const QString &s)
{
    return QByteArray(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
}

} // namespace

TEST_CASE("An encrypted store keeps no person's name, ID number or phone in clear on disk",
    "[store][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.db"));
    auto key = SecretKey::random();
    REQUIRE(key);
    QList<Person> persons;
    {
        auto store = CaseStore::open(path, SystemClock::instance(), key);
        INFO((store ? QString() : store.error().message).toStdString());
        REQUIRE(store);
        CHECK((*store)->isEncrypted());
        REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
        REQUIRE(DemoGenerator(**store).generate(60, 3));
        auto found = PersonRepository(**store).search({});
        REQUIRE(found);
        persons = *found;
        // While it is open too: the WAL holds the latest pages.
        const QByteArray open = allBytes(dir.path());
        for (const Person &p : std::as_const(persons)) {
            CHECK_FALSE(open.contains(p.idNumber.toUtf8()));
            CHECK_FALSE(open.contains(p.name.toUtf8()));
        }
    }
    REQUIRE(persons.size() == 60);
    CHECK(CryptVfs::isEncrypted(path));
    const QByteArray bytes = allBytes(dir.path());
    CHECK(bytes.size() > 100000);
    for (const Person &p : std::as_const(persons)) {
        for (const QString &value : {p.name, p.idNumber, p.phone}) {
            if (value.size() < 4)
                continue;
            CHECK_FALSE(bytes.contains(value.toUtf8()));
            CHECK_FALSE(bytes.contains(utf16(value)));
        }
    }
    CHECK_FALSE(bytes.contains("SQLite format 3"));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));

    // With the key it opens as it was; without it or with another key, nothing opens.
    {
        auto again = CaseStore::open(path, SystemClock::instance(), key);
        REQUIRE(again);
        CHECK(PersonRepository(**again).search({})->size() == 60);
    }
    auto without = CaseStore::open(path);
    REQUIRE_FALSE(without);
    CHECK(without.error().message.contains(QStringLiteral("encrypted")));
    auto wrong = CaseStore::open(path, SystemClock::instance(), SecretKey::random());
    REQUIRE_FALSE(wrong);
    INFO(wrong.error().message.toStdString());
    CHECK(wrong.error().kind == Error::Kind::Corrupt);
}

TEST_CASE(
    "A flipped bit in an encrypted store's page is reported, never used", "[store][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    auto key = SecretKey::random();
    {
        auto store = CaseStore::open(path, SystemClock::instance(), key);
        REQUIRE(store);
        REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
        REQUIRE(DemoGenerator(**store).generate(20, 2));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 at = CryptVfs::HeaderSize + 3 * CryptVfs::PageSize + 777;
    REQUIRE(f.seek(at));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(at));
    REQUIRE(f.putChar(static_cast<char>(c ^ 0x10)));
    f.close();
    const int before = CryptVfs::authenticationFailures();
    auto damaged = CaseStore::open(path, SystemClock::instance(), key);
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().kind == Error::Kind::Corrupt);
    CHECK(CryptVfs::authenticationFailures() > before);
}

TEST_CASE("A plain store does not open with a key, and a key does not make memory encrypted",
    "[store][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    {
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        REQUIRE((*plain)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
    }
    CHECK_FALSE(CryptVfs::isEncrypted(path));
    auto withKey = CaseStore::open(path, SystemClock::instance(), SecretKey::random());
    REQUIRE_FALSE(withKey);
    CHECK(withKey.error().kind == Error::Kind::NotAllowed);
    CHECK_FALSE(
        CaseStore::open(QStringLiteral(":memory:"), SystemClock::instance(), SecretKey::random()));
}
