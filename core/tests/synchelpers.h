// SPDX-License-Identifier: GPL-3.0-or-later
// Stores with real keys for the sync tests, and a forging helper that signs what an enrolled
// insider could sign.
#pragma once

#include "core/persons/personrepository.h"
#include "core/store/storecopy.h"
#include "core/sync/syncrepository.h"
#include "core/tests/scratchstore.h"
#include "tests/support/catchtest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace Casebook::Core::Test {

// A store with its keys (cheap Argon2id for tests), ready to enrol or be enrolled.
struct Node
{
    std::unique_ptr<QTemporaryDir> folder; // a clone's file, removed with it (after the store)
    std::unique_ptr<CaseStore> store;
    std::optional<DeviceKeys> keys;

    Node(std::unique_ptr<CaseStore> opened, const DeviceKeys &k) : store(std::move(opened)), keys(k)
    { }
    Node(DeviceRole role, const QString &name)
    {
        auto s = CaseStore::open(scratchAddress(), SystemClock::instance());
        REQUIRE(s);
        store = std::move(*s);
        REQUIRE(store->initialize(role, name));
        auto k = DeviceKeys::generate();
        REQUIRE(k);
        auto blob = k->encrypted("passphrase", DeviceKeys::Cost::Minimum);
        REQUIRE(blob);
        REQUIRE(store->setMetaValue(QStringLiteral("keys"), QString::fromLatin1(blob->toBase64())));
        keys = std::move(*k);
    }
    SyncRepository sync() const { return SyncRepository(*store); }
    PublicIdentity identity() const { return *SyncRepository(*store).self(); }
    QByteArray digest() const { return *store->domainDigest(); }
    QByteArray exportBundle() const
    {
        auto b = sync().exportBundle(*keys, QDateTime::currentDateTimeUtc());
        REQUIRE(b);
        return *b;
    }
    Result<ImportSummary> import(const QByteArray &bundle)
    {
        return sync().importBundle(bundle, *keys);
    }
    // The same store (identity, keys, data) copied as it is now: another import order from here on.
    std::unique_ptr<Node> clone() const
    {
        auto dir = std::make_unique<QTemporaryDir>();
        REQUIRE(dir->isValid());
        const QString path
            = onPostgres() ? scratchAddress() : dir->filePath(QStringLiteral("clone.db"));
        auto copy = CaseStore::open(path, SystemClock::instance());
        REQUIRE(copy);
        auto copied = StoreCopy::copy(*store, **copy);
        INFO((copied ? QString() : copied.error().message).toStdString());
        REQUIRE(copied);
        auto node = std::make_unique<Node>(std::move(*copy), *keys);
        node->folder = std::move(dir);
        return node;
    }
};

inline void enrol(Node &bureau, Node &device, const EnrolScope &scope = {})
{
    auto file = bureau.sync().enroll(*bureau.keys, device.identity(), scope);
    REQUIRE(file);
    REQUIRE(device.sync().acceptEnrollment(
        *file, SyncRepository::fingerprint(bureau.identity().signKey)));
}

// Signs bundles the way an insider with real keys could: each device's operations re-chained and
// its head signed with the keys given for it, so that the checks after the signature are what is
// tested.
inline QByteArray forge(const Node &sender, const PublicIdentity &to, QList<Operation> ops,
    const QHash<QString, const DeviceKeys *> &signers, BundleExtras extras = {},
    bool rechain = true)
{
    std::stable_sort(ops.begin(), ops.end(), [](const Operation &a, const Operation &b) {
        return std::tie(a.deviceId, a.incarnation, a.seq)
            < std::tie(b.deviceId, b.incarnation, b.seq);
    });
    QHash<QString, std::pair<qint64, QByteArray>> top;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        Operation &op = ops[i];
        if (rechain && i > 0 && ops.at(i - 1).deviceId == op.deviceId
            && ops.at(i - 1).incarnation == op.incarnation)
            op.prevHash = ops.at(i - 1).hash;
        op.hash = op.chainHash();
        top[op.deviceId + QLatin1Char('/') + QString::number(op.incarnation)]
            = std::make_pair(op.seq, op.hash);
    }
    for (auto it = top.cbegin(); it != top.cend(); ++it) {
        const QString device = it.key().section(QLatin1Char('/'), 0, 0);
        if (!signers.contains(device))
            continue;
        SignedHead h {device, it.key().section(QLatin1Char('/'), 1).toLongLong(), it.value().first,
            it.value().second, {}};
        h.signature = signers.value(device)->sign(h.message());
        extras.heads << h;
    }
    auto b = Bundle::write(*sender.keys, sender.identity(), CaseStore::latestSchemaVersion(), {to},
        ops, QDateTime::currentDateTimeUtc(), extras);
    REQUIRE(b);
    return *b;
}

inline QString addPerson(Node &n, const QString &name, const char *id)
{
    Person p;
    p.name = name;
    p.sex = QStringLiteral("F");
    p.birthDate = QDate(1990, 1, 1);
    p.idNumber = QString::fromLatin1(id);
    p.certSystem = QStringLiteral("new"); // eligible (seed 002 三(一))
    p.certCategories = {QStringLiteral("1")};
    auto r = PersonRepository(*n.store).create({}, p);
    REQUIRE(r);
    return *r;
}

inline void setPhone(Node &n, const QString &personId, const QString &phone)
{
    REQUIRE(n.store->update(
        {}, QStringLiteral("person"), personId, {{QStringLiteral("phone"), phone}}));
}

} // namespace Casebook::Core::Test
