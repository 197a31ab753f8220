// SPDX-License-Identifier: GPL-3.0-or-later
// Attachments: a scanned, signed form or a photo kept with a case, checked by content and size,
// carried by bundles part by part, and never opened when what arrived is not what was attached.
#include "core/cases/attachmentrepository.h"
#include "core/demo/demogenerator.h"
#include "core/forms/forminstancerepository.h"
#include "core/tests/synchelpers.h"
#include "core/tests/testhelpers.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Casebook::Core;
using namespace Casebook::Core::Test;

namespace {

// A scan as a PDF of the given size: the header a scanner writes, then bytes that do not compress.
QByteArray scan(qsizetype size, quint32 seed = 1)
{
    QByteArray out("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QRandomGenerator g(seed);
    while (out.size() < size)
        out.append(static_cast<char>(g.bounded(256)));
    return out.left(size);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(content) == content.size());
    return f.fileName();
}

QString anyCase(CaseStore &store, int skip = 0)
{
    QSqlQuery q(store.database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT id FROM cases WHERE deleted = 0 ORDER BY id LIMIT 1 OFFSET %1")
            .arg(skip)));
    REQUIRE(q.next());
    return q.value(0).toString();
}

} // namespace

TEST_CASE("An attachment is kept by content, capped, and opened only whole", "[attachments]")
{
    auto store = memoryStore();
    REQUIRE(DemoGenerator(*store).generate(10, 3));
    const QString caseId = anyCase(*store);
    AttachmentRepository files(*store);
    QTemporaryDir dir;
    const WriteContext ctx {QStringLiteral("陳怡君"), {}, {}};

    SECTION("a three-part scan is stored, listed and read back byte for byte")
    {
        const QByteArray content = scan(AttachmentRepository::PartBytes * 2 + 1000);
        auto id = files.addFile(
            ctx, caseId, {}, QStringLiteral("表一 簽名本"), writeFile(dir, "t1.pdf", content));
        REQUIRE(id);
        auto listed = files.list(caseId);
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        const Attachment &a = listed->first();
        CHECK(a.title == QStringLiteral("表一 簽名本"));
        CHECK(a.fileName == QStringLiteral("t1.pdf"));
        CHECK(a.mediaType == QStringLiteral("application/pdf"));
        CHECK(a.size == content.size());
        CHECK(a.parts == 3);
        CHECK(a.partsHere == 3);
        CHECK(a.addedOn == testClock().today());
        auto back = files.content(*id);
        REQUIRE(back);
        CHECK(*back == content);
        CHECK(store->check()->isSound());
        REQUIRE(files.remove(ctx, *id));
        CHECK(files.list(caseId)->isEmpty());
        CHECK_FALSE(files.content(*id));
    }
    SECTION("the type is the content's, whatever the name says")
    {
        QByteArray png("\x89PNG\r\n\x1A\n", 8);
        png += scan(300).mid(20);
        auto id = files.add(ctx, caseId, {}, {}, QStringLiteral("workplace.pdf"), png);
        REQUIRE(id);
        CHECK(files.list(caseId)->first().mediaType == QStringLiteral("image/png"));
        CHECK(files.list(caseId)->first().title == QStringLiteral("workplace"));
    }
    SECTION("bad files are refused with the store unchanged")
    {
        const QString other = anyCase(*store, 1);
        auto instance = FormInstanceRepository(*store).create(
            ctx, other, QStringLiteral("table1"), QStringLiteral("1"));
        REQUIRE(instance);
        const QByteArray before = *store->domainDigest();
        const qint64 ops = *store->operationCount();
        auto refused = [&](const Result<QString> &r, const QString &says) {
            REQUIRE_FALSE(r);
            INFO(r.error().message.toStdString());
            CHECK(r.error().message.contains(says));
        };
        refused(files.addFile(ctx, caseId, {}, {},
                    writeFile(dir, "big.pdf", scan(AttachmentRepository::MaxBytes + 1))),
            QStringLiteral("at most 10 MB"));
        refused(files.addFile(
                    ctx, caseId, {}, {}, writeFile(dir, "notes.pdf", "這不是 PDF，是文字檔。")),
            QStringLiteral("not a PDF, JPEG or PNG"));
        refused(files.addFile(ctx, caseId, {}, {},
                    writeFile(dir, "MZ.jpg", QByteArray("MZ\x90\x00", 4) + scan(100))),
            QStringLiteral("not a PDF, JPEG or PNG"));
        refused(files.addFile(ctx, caseId, {}, {}, writeFile(dir, "empty.pdf", {})),
            QStringLiteral("empty"));
        refused(
            files.addFile(ctx, caseId, {}, {}, dir.path()), QStringLiteral("not a regular file"));
        refused(files.addFile(ctx, caseId, {}, {}, dir.filePath(QStringLiteral("missing.pdf"))),
            QStringLiteral("Cannot read"));
        refused(files.add(ctx, QStringLiteral("no-such-case"), {}, {}, QStringLiteral("a.pdf"),
                    scan(100)),
            QStringLiteral("no such case"));
        refused(files.add(ctx, caseId, instance->id, {}, QStringLiteral("a.pdf"), scan(100)),
            QStringLiteral("not one of this case's"));
        CHECK(*store->operationCount() == ops);
        CHECK(*store->domainDigest() == before);
        CHECK(files.list(caseId)->isEmpty());
    }
}

TEST_CASE(
    "An attachment travels in a bundle and is checked where it arrives", "[attachments][sync]")
{
    Node bureau {DeviceRole::Bureau, QStringLiteral("勞動局")};
    Node laptop {DeviceRole::Coach, QStringLiteral("筆電A")};
    REQUIRE(DemoGenerator(*bureau.store).generate(30, 5));
    QSqlQuery q(bureau.store->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT coach_id FROM cases WHERE coach_id IS NOT NULL GROUP BY coach_id ORDER BY "
        "count(*) DESC, coach_id LIMIT 1")));
    REQUIRE(q.next());
    const QString coach = q.value(0).toString();
    q.prepare(QStringLiteral("SELECT id FROM cases WHERE coach_id = ? ORDER BY id LIMIT 1"));
    q.addBindValue(coach);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const QString mine = q.value(0).toString();
    q.prepare(
        QStringLiteral("SELECT id FROM cases WHERE ifnull(coach_id, '') <> ? ORDER BY id LIMIT 1"));
    q.addBindValue(coach);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const QString notMine = q.value(0).toString();
    enrol(bureau, laptop, EnrolScope {{}, coach});
    auto toLaptop = bureau.sync().exportFor(
        *bureau.keys, laptop.store->identity().deviceId, QDateTime::currentDateTimeUtc());
    REQUIRE(toLaptop);
    REQUIRE(laptop.import(*toLaptop));
    const QByteArray content = scan(AttachmentRepository::PartBytes + 5000, 9);
    auto id = AttachmentRepository(*laptop.store)
                  .add({}, mine, {}, QStringLiteral("職場照片"), "p.pdf", content);
    REQUIRE(id);

    SECTION("whole: the bureau opens what the coach attached")
    {
        auto r = bureau.import(laptop.exportBundle());
        INFO((r ? QString() : r.error().message).toStdString());
        REQUIRE(r);
        auto listed = AttachmentRepository(*bureau.store).list(mine);
        REQUIRE(listed);
        REQUIRE(listed->size() == 1);
        CHECK(listed->first().partsHere == 2);
        auto back = AttachmentRepository(*bureau.store).content(*id);
        REQUIRE(back);
        CHECK(*back == content);
        CHECK(bureau.store->check()->isSound());
    }
    SECTION("a part altered by an insider arrives but is never opened")
    {
        QSqlQuery p(laptop.store->database());
        p.prepare(
            QStringLiteral("SELECT id FROM attachment_parts WHERE attachment_id = ? AND seq = 1"));
        p.addBindValue(*id);
        REQUIRE(p.exec());
        REQUIRE(p.next());
        QByteArray forged = content.mid(AttachmentRepository::PartBytes);
        forged[100] = static_cast<char>(forged.at(100) ^ 0x20);
        REQUIRE(laptop.store->update({}, QStringLiteral("attachment_part"), p.value(0).toString(),
            {{QStringLiteral("data"), QString::fromLatin1(forged.toBase64())}}));
        REQUIRE(bureau.import(laptop.exportBundle()));
        auto back = AttachmentRepository(*bureau.store).content(*id);
        REQUIRE_FALSE(back);
        CHECK(back.error().kind == Error::Kind::Corrupt);
        CHECK(back.error().message.contains(QStringLiteral("damaged")));
    }
    SECTION("a row that claims a size beyond the cap is refused before anything is read")
    {
        REQUIRE(laptop.store->update({}, QStringLiteral("attachment"), *id,
            {{QStringLiteral("size"), QStringLiteral("100000000000")},
                {QStringLiteral("parts"), 2}}));
        REQUIRE(bureau.import(laptop.exportBundle()));
        auto back = AttachmentRepository(*bureau.store).content(*id);
        REQUIRE_FALSE(back);
        CHECK(back.error().kind == Error::Kind::Corrupt);
    }
    SECTION("a part that has not arrived: listed as incomplete, not opened")
    {
        REQUIRE(bureau.import(laptop.exportBundle()));
        QSqlQuery p(bureau.store->database());
        REQUIRE(p.exec(QStringLiteral("DELETE FROM attachment_parts WHERE seq = 1")));
        CHECK(AttachmentRepository(*bureau.store).list(mine)->first().partsHere == 1);
        auto back = AttachmentRepository(*bureau.store).content(*id);
        REQUIRE_FALSE(back);
        CHECK(back.error().message.contains(QStringLiteral("1 of 2 parts")));
    }
    SECTION(
        "an attachment on a case outside the coach's caseload is refused with the bureau unchanged")
    {
        const QByteArray before = bureau.digest();
        QSqlQuery p(laptop.store->database());
        REQUIRE(p.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(laptop.store->insert({}, QStringLiteral("attachment"),
            QStringLiteral("forged-attachment"),
            {{QStringLiteral("case_id"), notMine},
                {QStringLiteral("title"), QStringLiteral("假文件")}}));
        auto r = bureau.import(laptop.exportBundle());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.contains(notMine));
        CHECK(bureau.digest() == before);
    }
}
