#include "storage/noticerepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "core/uuidv7.h"
#include "storage/datasetwriter.h"
#include "storage/pulledrowwriter.h"
#include "storage/syncstatestore.h"
#include "storage/transaction.h"
#include "storagefixture.h"
#include "support/resultmatchers.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
constexpr auto kBlockId = "01930000-0000-7000-8000-0000000000b1";

/// Loads a rectification block of this device with numbers first … last (as a sync would).
void loadBlock(StorageFixture &f, int first, int last, const QString &deviceId = {}, const QString &id = {})
{
    Dataset d;
    NoticeNumberBlock b;
    b.id = id.isEmpty() ? QString::fromLatin1(kBlockId) : id;
    b.deviceId = deviceId.isEmpty() ? SyncStateStore(f.db()).deviceId().value() : deviceId;
    b.kind = u"rectification"_s;
    b.prefix = u"琼海口建安改〔2026〕"_s;
    b.firstNumber = first;
    b.lastNumber = last;
    b.nextNumber = first;
    d.noticeNumberBlocks.append(b);
    const Status written = DatasetWriter(f.db(), QDateTime::currentDateTimeUtc()).write(d);
    INFO(errorText(written));
    REQUIRE(written.isOk());
}

Notice noticeFor(const ReservedNumber &r)
{
    Notice n;
    n.id = UuidV7::generate();
    n.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    n.kind = u"rectification"_s;
    n.number = r.number;
    n.blockId = r.blockId;
    n.issuedAt = QDateTime(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    n.issuedBy = u"张伟"_s;
    n.inspectors = {u"张伟"_s, u"李娜"_s};
    n.deadline = QDate(2026, 12, 12);
    return n;
}

/// Reserves the next number and issues a notice with it; returns the number.
QString issue(NoticeRepository &repo)
{
    auto next = repo.nextNumber(u"rectification"_s);
    INFO(errorText(next));
    REQUIRE(next.isOk());
    const Status s = repo.insertIssued(noticeFor(next.value()), u"张伟"_s);
    INFO(errorText(s));
    REQUIRE(s.isOk());
    return next.value().number;
}

QStringList numbers(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT number FROM notices ORDER BY number"_s));
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST_CASE("An exhausted block is refused with a sentence, no notice written and no number skipped",
          "[storage][numbering]")
{
    StorageFixture f;
    loadBlock(f, 41, 43);
    NoticeRepository repo(f.db());
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0041号"_s);
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0042号"_s);
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0043号"_s);

    auto spent = repo.nextNumber(u"rectification"_s);
    REQUIRE_FALSE(spent.isOk());
    CHECK(spent.error().code == u"notice.no_number"_s);
    CHECK(spent.error().message.contains(u"sync"_s));
    CHECK(spent.error().message.contains(u"nothing has been issued"_s));
    // A number made up past the block is refused too, and writes nothing.
    const Status forged = repo.insertIssued(noticeFor({QString::fromLatin1(kBlockId), u"琼海口建安改〔2026〕0044号"_s, 44}),
                                            u"张伟"_s);
    REQUIRE_FALSE(forged.isOk());
    CHECK(forged.error().code == u"notice.no_number"_s);
    CHECK(numbers(f.db())
          == QStringList{u"琼海口建安改〔2026〕0041号"_s, u"琼海口建安改〔2026〕0042号"_s, u"琼海口建安改〔2026〕0043号"_s});
    CHECK(f.scalar(u"SELECT next_number FROM notice_number_blocks"_s) == 44);
    const auto status = repo.blockStatus();
    REQUIRE(status.size() == 6);
    CHECK(status.first().kind == u"rectification"_s);
    CHECK(status.first().remaining == 0);
    CHECK(status.first().isLow());

    // A new block arrives (by sync): issuing works again, from its first number.
    loadBlock(f, 101, 150, {}, u"01930000-0000-7000-8000-0000000000b2"_s);
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0101号"_s);
    CHECK(repo.blockStatus().first().remaining == 49);
    CHECK_FALSE(repo.blockStatus().first().isLow());
}

TEST_CASE("A stale reservation is refused: the second of two notices with one number is not written",
          "[storage][numbering]")
{
    StorageFixture f;
    loadBlock(f, 1, 50);
    NoticeRepository repo(f.db());
    auto first = repo.nextNumber(u"rectification"_s);
    auto second = repo.nextNumber(u"rectification"_s);
    REQUIRE(first.isOk());
    REQUIRE(second.isOk());
    CHECK(first.value().number == second.value().number); // a reservation takes nothing until the insert
    const Notice a = noticeFor(first.value());
    const Notice b = noticeFor(second.value());
    REQUIRE(repo.insertIssued(a, u"张伟"_s).isOk());
    const Status refused = repo.insertIssued(b, u"李娜"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().code == u"notice.number_taken"_s);
    CHECK(refused.error().message.contains(u"0001"_s));
    CHECK_FALSE(repo.find(b.id).has_value());
    CHECK(f.scalar(u"SELECT count(*) FROM notices"_s) == 1);
    // Nothing skipped: the next notice gets 0002.
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0002号"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'notice.issue'"_s) == 2);
}

TEST_CASE("A failed repository call inside an outer transaction leaves nothing committed", "[storage][numbering]")
{
    StorageFixture f;
    loadBlock(f, 1, 50);
    NoticeRepository repo(f.db());
    const qint64 outboxBefore = f.scalar(u"SELECT count(*) FROM outbox"_s);
    {
        Transaction outer(f.db());
        REQUIRE(outer.isActive());
        auto next = repo.nextNumber(u"rectification"_s);
        REQUIRE(next.isOk());
        const Notice good = noticeFor(next.value());
        REQUIRE(repo.insertIssued(good, u"张伟"_s).isOk());
        // Inside the unit of work the notice is there and the counter moved ...
        CHECK(f.scalar(u"SELECT count(*) FROM notices"_s) == 1);
        // ... then a second call fails (the same reservation again): the whole unit must go.
        REQUIRE_FALSE(repo.insertIssued(noticeFor(next.value()), u"张伟"_s).isOk());
        const Status committed = outer.commit();
        REQUIRE_FALSE(committed.isOk());
        CHECK(committed.error().code == u"storage.inner_rollback"_s);
    }
    CHECK(f.scalar(u"SELECT count(*) FROM notices"_s) == 0);
    CHECK(f.scalar(u"SELECT next_number FROM notice_number_blocks"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == outboxBefore);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'notice.issue'"_s) == 0);
    // And the connection is usable again: the next issue takes 0001.
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0001号"_s);
}

TEST_CASE("Another device's block in the folder is never numbered from nor counted", "[storage][numbering]")
{
    StorageFixture f;
    loadBlock(f, 38, 100, u"bureau-460100"_s, u"01930000-0000-7000-8000-0000000000b9"_s);
    NoticeRepository repo(f.db());
    auto none = repo.nextNumber(u"rectification"_s);
    REQUIRE_FALSE(none.isOk());
    CHECK(none.error().code == u"notice.no_number"_s);
    CHECK(repo.blockStatus().first().remaining == 0);
    loadBlock(f, 201, 400);
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0201号"_s);
    CHECK(repo.blockStatus().first().remaining == 199);
    CHECK(repo.blockStatus().first().total == 200);
}

TEST_CASE("The same block pulled again never moves its counter back", "[storage][numbering]")
{
    StorageFixture f;
    loadBlock(f, 1, 50);
    NoticeRepository repo(f.db());
    issue(repo);
    issue(repo);
    const QString device = SyncStateStore(f.db()).deviceId().value();
    // The server's copy always says "nothing used" (the counter is never pushed).
    const PulledRow again{u"notice_number_blocks"_s, QString::fromLatin1(kBlockId), 77,
                          {u"device_id"_s, u"kind"_s, u"prefix"_s, u"first_number"_s, u"last_number"_s,
                           u"next_number"_s},
                          {device, u"rectification"_s, u"琼海口建安改〔2026〕"_s, 1, 50, 1}};
    for (int round = 0; round < 2; ++round) {
        PulledRowWriter writer(f.db());
        REQUIRE(writer.begin().isOk());
        const Status written = writer.write(again);
        INFO(errorText(written));
        REQUIRE(written.isOk());
        REQUIRE(writer.commit(std::nullopt).isOk());
    }
    CHECK(f.scalar(u"SELECT next_number FROM notice_number_blocks"_s) == 3);
    CHECK(f.scalar(u"SELECT server_version FROM notice_number_blocks"_s) == 77);
    CHECK(issue(repo) == u"琼海口建安改〔2026〕0003号"_s);
    CHECK(numbers(f.db()).size() == 3);
}
