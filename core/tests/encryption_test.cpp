// SPDX-License-Identifier: GPL-3.0-or-later
// The store encrypted at rest (CryptVfs): what a lost laptop's disk holds, with a real file, real
// keys and a real demo store.
#include "core/crypto/devicekeys.h"
#include "core/demo/demogenerator.h"
#include "core/persons/personrepository.h"
#include "core/store/cryptvfs.h"
#include "core/store/storeconversion.h"
#include "core/store/storekeys.h"
#include "tests/support/catchtest.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <sodium.h>

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
    return {reinterpret_cast<const char *>(s.utf16()), s.size() * 2};
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

TEST_CASE(
    "A second connection to an encrypted store (the due list's) reads it through the same key "
    "and leaves the first",
    "[store][encryption]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sibling.db"));
    auto key = SecretKey::random();
    auto store = CaseStore::open(path, SystemClock::instance(), key);
    REQUIRE(store);
    REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
    REQUIRE(DemoGenerator(**store).generate(5, 2));
    CHECK(CryptVfs::isOpen(path));
    // A second open of the file is refused (its lock file); its sibling is not.
    CHECK(CaseStore::open(path, SystemClock::instance(), key).error().kind == Error::Kind::Locked);
    const auto opener = (*store)->sibling();
    REQUIRE(opener);
    {
        auto sibling = (*opener)();
        REQUIRE(sibling);
        CHECK((*sibling)->isEncrypted());
        CHECK(PersonRepository(**sibling).search({})->size() == 5);
    }
    // Its close leaves the first connection the one the key slots go through.
    CHECK(CryptVfs::isOpen(path));
    CHECK(PersonRepository(**store).search({})->size() == 5);
    // None in memory, none while suspended.
    auto memory = CaseStore::open(QStringLiteral(":memory:"));
    REQUIRE(memory);
    CHECK_FALSE((*memory)->sibling());
    (*store)->suspend();
    CHECK_FALSE((*store)->sibling());
    CHECK_FALSE(CryptVfs::isOpen(path));
}

TEST_CASE("Key slots: a user's password unwraps the store key, the recovery key opens it too",
    "[store][encryption][keys]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    auto key = SecretKey::random();
    {
        auto store = CaseStore::open(path, SystemClock::instance(), key);
        REQUIRE(store);
        REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
        // Slots written while the store is open go through its own file handle.
        REQUIRE(StoreKeys(path).setUser(*key, QStringLiteral("陳怡君"), "tea-garden-lantern"));
        REQUIRE(PersonRepository(**store).count());
    }
    StoreKeys slots(path);
    CHECK(slots.hasUser(QStringLiteral("陳怡君")));
    auto unlocked = slots.unlock(QStringLiteral("陳怡君"), "tea-garden-lantern");
    REQUIRE(unlocked);
    CHECK(sodium_memcmp((*unlocked)->data(), key->data(), SecretKey::Size) == 0);
    auto wrong = slots.unlock(QStringLiteral("陳怡君"), "not-the-password");
    REQUIRE_FALSE(wrong);
    auto unknown = slots.unlock(QStringLiteral("nobody"), "tea-garden-lantern");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == wrong.error().message);
    // The unwrapped key opens the store.
    REQUIRE(CaseStore::open(path, SystemClock::instance(), *unlocked));

    // The bureau's recovery: sealed to its X25519 key, opened by its keys only.
    auto bureau = DeviceKeys::generate();
    auto stranger = DeviceKeys::generate();
    REQUIRE(bureau);
    REQUIRE(stranger);
    REQUIRE(slots.setRecovery(*key, QStringLiteral("bureau-device"), bureau->boxPublicKey()));
    CHECK_FALSE(slots.recover(*stranger));
    auto recovered = slots.recover(*bureau);
    REQUIRE(recovered);
    // A forgotten password: the recovered key gets a new slot for the user.
    REQUIRE(slots.setUser(**recovered, QStringLiteral("陳怡君"), "a-new-long-password"));
    CHECK_FALSE(slots.unlock(QStringLiteral("陳怡君"), "tea-garden-lantern"));
    REQUIRE(slots.unlock(QStringLiteral("陳怡君"), "a-new-long-password"));
    // A damaged slot length is not "no slots": a new slot is refused and the others stay.
    {
        QFile h(path);
        REQUIRE(h.open(QIODevice::ReadWrite));
        const QByteArray before = h.read(CryptVfs::HeaderSize);
        REQUIRE(h.seek(36));
        REQUIRE(h.write(QByteArray(4, '\xff')) == 4);
        h.close();
        auto refused = slots.setUser(*key, QStringLiteral("蔡督導"), "another-long-password");
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == Error::Kind::Corrupt);
        REQUIRE(h.open(QIODevice::ReadWrite));
        QByteArray damaged = h.read(CryptVfs::HeaderSize);
        CHECK(damaged.mid(40) == before.mid(40)); // nothing rewritten
        REQUIRE(h.seek(0));
        REQUIRE(h.write(before) == before.size()); // repaired for the checks below
        h.close();
    }
    // The header holds no password and no key in clear.
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(CryptVfs::HeaderSize);
    CHECK_FALSE(header.contains("a-new-long-password"));
    CHECK_FALSE(header.contains(QByteArray(reinterpret_cast<const char *>(key->data()), 32)));
}

TEST_CASE("Account slots: the store key sealed to an account's key envelope, which only its "
          "password opens",
    "[store][encryption][keys]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    auto key = SecretKey::random();
    {
        auto store = CaseStore::open(path, SystemClock::instance(), key);
        REQUIRE(store);
        REQUIRE((*store)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
    }
    const QString hash = QStringLiteral("$argon2id$v=19$m=262144,t=3,p=1$example");
    auto envelope = StoreKeys::makeEnvelope(QStringLiteral("蔡督導"), "river-stone-lantern", hash);
    REQUIRE(envelope);
    CHECK(envelope->basis == StoreKeys::basisOf(hash));
    CHECK(envelope->basis != StoreKeys::basisOf(hash + QLatin1Char('x')));
    // The envelope's text round-trips; one that asks for weaker limits or is cut is not used.
    const QString text = envelope->toText();
    CHECK_FALSE(text.contains(QStringLiteral("river-stone")));
    auto read = KeyEnvelope::fromText(text);
    REQUIRE(read);
    CHECK(read->publicKey == envelope->publicKey);
    KeyEnvelope weak = *envelope;
    weak.ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    weak.mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    CHECK_FALSE(KeyEnvelope::fromText(weak.toText()));
    KeyEnvelope cut = *envelope;
    cut.secret.chop(1);
    CHECK_FALSE(KeyEnvelope::fromText(cut.toText()));
    CHECK_FALSE(KeyEnvelope::fromText(QStringLiteral("{not json")));

    StoreKeys slots(path);
    REQUIRE(slots.setAccount(*key, QStringLiteral("蔡督導"), *read));
    CHECK(slots.hasUser(QStringLiteral("蔡督導")));
    auto unlocked = slots.unlock(QStringLiteral("蔡督導"), "river-stone-lantern");
    REQUIRE(unlocked);
    CHECK(sodium_memcmp((*unlocked)->data(), key->data(), SecretKey::Size) == 0);
    auto wrong = slots.unlock(QStringLiteral("蔡督導"), "river-stone-lanterns");
    REQUIRE_FALSE(wrong);
    auto other = slots.unlock(QStringLiteral("陳怡君"), "river-stone-lantern");
    REQUIRE_FALSE(other);
    CHECK(other.error().message == wrong.error().message);
    auto all = slots.slots();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().kind == QStringLiteral("account"));
    CHECK(all->first().basis == envelope->basis);
    // A user slot for the same name replaces the account slot (one slot per name).
    REQUIRE(slots.setUser(*key, QStringLiteral("蔡督導"), "a-password-set-here"));
    CHECK(slots.slots()->size() == 1);
    CHECK_FALSE(slots.unlock(QStringLiteral("蔡督導"), "river-stone-lantern"));
    REQUIRE(slots.unlock(QStringLiteral("蔡督導"), "a-password-set-here"));
    REQUIRE(slots.removeUser(QStringLiteral("蔡督導")));
    CHECK_FALSE(slots.hasUser(QStringLiteral("蔡督導")));
    // An envelope made for one name does not open as another's.
    REQUIRE(slots.setAccount(*key, QStringLiteral("陳怡君"), *read));
    CHECK_FALSE(slots.unlock(QStringLiteral("陳怡君"), "river-stone-lantern"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(CryptVfs::HeaderSize);
    CHECK_FALSE(header.contains(QByteArray(reinterpret_cast<const char *>(key->data()), 32)));
}

TEST_CASE("Converting a plain store keeps its state, the plain file is gone, the copy refused",
    "[store][encryption][conversion]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QByteArray digest;
    QList<Person> persons;
    {
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        REQUIRE((*plain)->initialize(DeviceRole::Window, QStringLiteral("北區窗口")));
        REQUIRE(DemoGenerator(**plain).generate(40, 9));
        digest = *(*plain)->domainDigest(true);
        persons = *PersonRepository(**plain).search({});
    }
    REQUIRE(allBytes(dir.path()).contains(persons.first().idNumber.toUtf8()));
    auto key = SecretKey::random();
    QList<qint64> told; // in thousandths
    auto converted = StoreConversion::encrypt(path, key, [&](qint64 done, qint64 total) {
        told << done * Progress::Scale / total;
        return true;
    });
    INFO((converted ? QString() : converted.error().message).toStdString());
    REQUIRE(converted);
    REQUIRE(told.size() >= 4);
    CHECK(told.first() == 0);
    CHECK(told.last() == Progress::Scale);
    CHECK(std::is_sorted(told.begin(), told.end()));
    CHECK(told.contains(700)); // the copy written, before it is checked
    CHECK(CryptVfs::isEncrypted(path));
    CHECK_FALSE(QFileInfo::exists(StoreConversion::workingCopy(path)));
    const QByteArray bytes = allBytes(dir.path());
    for (const Person &p : std::as_const(persons))
        CHECK_FALSE(bytes.contains(p.idNumber.toUtf8()));
    {
        auto encrypted = CaseStore::open(path, SystemClock::instance(), key);
        REQUIRE(encrypted);
        CHECK(*(*encrypted)->domainDigest(true) == digest);
    }
    // Converting again changes nothing; the plain store's way in is shut.
    REQUIRE(StoreConversion::encrypt(path, key));
    CHECK_FALSE(CaseStore::open(path));

    // A plain copy for a data-protection request: readable without a key, same state, 0600.
    const QString out = dir.filePath(QStringLiteral("copy.db"));
    {
        auto encrypted = CaseStore::open(path, SystemClock::instance(), key);
        REQUIRE(encrypted);
        REQUIRE(StoreConversion::decryptCopy(**encrypted, out));
        CHECK_FALSE(StoreConversion::decryptCopy(**encrypted, out)); // never over a file
    }
    {
        auto copy = CaseStore::open(out);
        REQUIRE(copy);
        CHECK(*(*copy)->domainDigest(true) == digest);
    }
#ifdef Q_OS_UNIX
    CHECK(QFileInfo(out).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser));
#endif
}

TEST_CASE("A conversion stopped by the person waiting leaves the plain store as it was",
    "[store][encryption][conversion][progress]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    QByteArray digest;
    {
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        REQUIRE((*plain)->initialize(DeviceRole::Window, QStringLiteral("北區窗口")));
        REQUIRE(DemoGenerator(**plain).generate(30, 4));
        digest = *(*plain)->domainDigest(true);
    }
    auto key = SecretKey::random();
    // Before the copy, with the copy made but not checked, and with it checked but not swapped in.
    for (const qint64 stopAt : {qint64 {0}, qint64 {700}, qint64 {950}}) {
        INFO("stopped at " << stopAt);
        bool swapped = false;
        auto converted = StoreConversion::encrypt(
            path, key,
            [&](qint64 done, qint64 total) { return done * Progress::Scale / total < stopAt; },
            [&](const QString &) {
                swapped = true;
                return VoidResult {};
            });
        REQUIRE_FALSE(converted);
        CHECK(converted.error().kind == Error::Kind::Cancelled);
        CHECK_FALSE(swapped);
        CHECK_FALSE(CryptVfs::isEncrypted(path));
        CHECK_FALSE(QFileInfo::exists(StoreConversion::workingCopy(path)));
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList {QStringLiteral("old.db")});
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        CHECK(*(*plain)->domainDigest(true) == digest);
    }
    // Stopped while the copy is written (SQLite asked between its steps): a store big enough that
    // the copy takes more than one call.
    {
        auto plain = CaseStore::open(path);
        REQUIRE(plain);
        REQUIRE(DemoGenerator(**plain).generate(400, 5));
        digest = *(*plain)->domainDigest(true);
    }
    int calls = 0;
    qint64 stoppedAt = -1;
    auto converted = StoreConversion::encrypt(path, key, [&](qint64 done, qint64 total) {
        const qint64 at = done * Progress::Scale / total;
        if (at > 0 && at < 700 && stoppedAt < 0) {
            stoppedAt = at;
            return false;
        }
        ++calls;
        return true;
    });
    INFO("calls before the stop: " << calls);
    REQUIRE_FALSE(converted);
    CHECK(converted.error().kind == Error::Kind::Cancelled);
    CHECK(stoppedAt > 0);
    CHECK_FALSE(CryptVfs::isEncrypted(path));
    CHECK_FALSE(QFileInfo::exists(StoreConversion::workingCopy(path)));
    auto plain = CaseStore::open(path);
    REQUIRE(plain);
    CHECK(*(*plain)->domainDigest(true) == digest);
}

TEST_CASE(
    "A conversion killed at random moments leaves the plain store or the encrypted one, sound",
    "[store][encryption][conversion][crash]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.db"));
    QByteArray digest;
    {
        auto plain = CaseStore::open(original);
        REQUIRE(plain);
        REQUIRE((*plain)->initialize(DeviceRole::Window, QStringLiteral("北區窗口")));
        REQUIRE(DemoGenerator(**plain).generate(150, 4));
        digest = *(*plain)->domainDigest(true);
    }
    auto key = SecretKey::random();
    const QString keyPath = dir.filePath(QStringLiteral("key"));
    {
        QFile f(keyPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char *>(key->data()), SecretKey::Size);
    }
    // How long an undisturbed conversion takes here, to spread the kills over it.
    const QString timed = dir.filePath(QStringLiteral("timed.db"));
    REQUIRE(QFile::copy(original, timed));
    QElapsedTimer clock;
    clock.start();
    REQUIRE(QProcess::execute(QStringLiteral(CASEBOOK_CONVERSION_VICTIM), {timed, keyPath}) == 0);
    const int span = std::max(50, static_cast<int>(clock.elapsed()));
    int plainAfter = 0;
    int encryptedAfter = 0;
    const QString path = dir.filePath(QStringLiteral("store.db"));
    for (int trial = 0; trial < 30; ++trial) {
        for (const char *suffix : {"", "-wal", "-shm", ".lock", ".encrypting", ".plain"})
            QFile::remove(path + QLatin1String(suffix));
        REQUIRE(QFile::copy(original, path));
        QProcess victim;
        victim.start(QStringLiteral(CASEBOOK_CONVERSION_VICTIM), {path, keyPath});
        REQUIRE(victim.waitForStarted());
        // Over the whole run and a little past it, so that some kills come after the swap.
        QThread::msleep(
            static_cast<unsigned long>(QRandomGenerator::global()->bounded(span * 5 / 4)));
        victim.kill();
        victim.waitForFinished();
        INFO("trial " << trial);
        if (CryptVfs::isEncrypted(path)) {
            auto store = CaseStore::open(path, SystemClock::instance(), key);
            REQUIRE(store);
            CHECK(*(*store)->domainDigest(true) == digest);
            CHECK((*store)->check()->sqliteOk);
            ++encryptedAfter;
        } else {
            auto store = CaseStore::open(path);
            REQUIRE(store);
            CHECK(*(*store)->domainDigest(true) == digest);
            ++plainAfter;
            store->reset();
            // The next conversion removes what this one left and completes.
            REQUIRE(StoreConversion::encrypt(path, key));
            CHECK_FALSE(QFileInfo::exists(StoreConversion::workingCopy(path)));
        }
    }
    WARN("killed conversions: " << plainAfter << " left the plain store, " << encryptedAfter
                                << " the encrypted one");
    CHECK(plainAfter + encryptedAfter == 30);
}

TEST_CASE(
    "Stores are their owner's alone on disk: the file, its WAL, an encrypted one", "[store][modes]")
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    const QString encrypted = dir.filePath(QStringLiteral("encrypted.db"));
    auto a = CaseStore::open(plain);
    REQUIRE(a);
    REQUIRE((*a)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
    auto b = CaseStore::open(encrypted, SystemClock::instance(), SecretKey::random());
    REQUIRE(b);
    REQUIRE((*b)->initialize(DeviceRole::Coach, QStringLiteral("筆電")));
    for (const QString &file : QStringList {plain, plain + QStringLiteral("-wal"), encrypted,
             encrypted + QStringLiteral("-wal")}) {
        INFO(file.toStdString());
        REQUIRE(QFileInfo::exists(file));
        CHECK((QFileInfo(file).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                      | QFileDevice::WriteOther))
            == QFileDevice::Permissions {});
    }
#endif
}
