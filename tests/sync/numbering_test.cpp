// Notice numbers from pre-allocated blocks, end to end: the real sitesafe-server over TLS cuts the blocks, the
// clients number notices offline from them, and after sync no number exists twice anywhere.

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/noticerepository.h"
#include "sync/httpsclient.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " blocks=" + std::to_string(r.blocksReceived) + " warnings=" + r.warnings.join(u" / "_s).toStdString();
}

SyncReport syncOk(SyncClient &client)
{
    const SyncReport report = client.sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    return report;
}

/// Issues `count` notices of `kind` the way the issuing dialog does (reserve, then insert); returns the numbers.
QStringList issue(SyncClient &client, const Clock &clock, const QString &kind, int count)
{
    NoticeRepository repo(client.db());
    QStringList numbers;
    for (int i = 0; i < count; ++i) {
        auto next = repo.nextNumber(kind);
        INFO((next ? std::string() : next.error().message.toStdString()));
        REQUIRE(next.isOk());
        Notice n;
        n.id = UuidV7::generate();
        n.projectId = client.anyProjectId();
        n.kind = kind;
        n.number = next.value().number;
        n.blockId = next.value().blockId;
        n.issuedAt = clock.now();
        n.issuedBy = u"张伟"_s;
        n.inspectors = {u"张伟"_s, u"李娜"_s};
        n.deadline = clock.now().date().addDays(7);
        if (kind == u"stop_work")
            n.scope = u"partial"_s;
        const Status s = repo.insertIssued(n, u"张伟"_s);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.isOk());
        numbers.append(n.number);
    }
    return numbers;
}

struct Block {
    QString id;
    QString prefix;
    qint64 first = 0;
    qint64 last = 0;
    qint64 next = 0;
};

Block blockOf(SyncClient &client, const QString &kind)
{
    const QString device = client.engine().deviceId();
    REQUIRE(client.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id = ? AND kind = ?"_s,
                         {device, kind})
            == 1);
    const QString where = u" FROM notice_number_blocks WHERE device_id = ? AND kind = ?"_s;
    return {client.text(u"SELECT id"_s + where, {device, kind}), client.text(u"SELECT prefix"_s + where, {device, kind}),
            client.count(u"SELECT first_number"_s + where, {device, kind}),
            client.count(u"SELECT last_number"_s + where, {device, kind}),
            client.count(u"SELECT next_number"_s + where, {device, kind})};
}

QString numberText(const Block &b, qint64 sequence)
{
    return b.prefix + u"%1"_s.arg(sequence, 4, 10, QLatin1Char('0')) + u"号"_s;
}

HttpResult postBlock(SyncClient &client, const QJsonObject &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = u"/api/v1/notice-blocks"_s;
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return client.engine().connection().call(request);
}
} // namespace

TEST_CASE("Two offline devices number notices from their own blocks: no number twice anywhere", "[numbering]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    // Two laptops whose clocks disagree by an hour and a half (the numbers must not depend on the time).
    FixedClock clockA(QDateTime(QDate(2026, 12, 5), QTime(1, 30), Qt::UTC));
    FixedClock clockB(QDateTime(QDate(2026, 12, 5), QTime(0, 0), Qt::UTC));
    SyncClient a(&clockA);
    SyncClient b(&clockB);
    a.connect(server);
    b.connect(server);
    REQUIRE(a.engine().deviceId() != b.engine().deviceId());

    // The first sync brings each device a block of every kind.
    const SyncReport firstA = syncOk(a);
    const SyncReport firstB = syncOk(b);
    CHECK(firstA.blocksReceived == 6);
    CHECK(firstB.blocksReceived == 6);
    CHECK(firstA.warnings.isEmpty());
    for (const NumberBlockStatus &s : NoticeRepository(a.db()).blockStatus()) {
        CHECK(s.remaining == 50);
        CHECK_FALSE(s.isLow());
    }
    const Block rectA = blockOf(a, u"rectification"_s);
    const Block rectB = blockOf(b, u"rectification"_s);
    const Block stopA = blockOf(a, u"stop_work"_s);
    const Block stopB = blockOf(b, u"stop_work"_s);
    CHECK((rectA.last < rectB.first || rectB.last < rectA.first));
    CHECK((stopA.last < stopB.first || stopB.last < stopA.first));
    CHECK(rectA.prefix.contains(u"改"_s));
    CHECK(stopA.prefix.contains(u"停"_s));

    // Offline: the server is down while both devices issue notices.
    server.stop();
    QStringList issuedA = issue(a, clockA, u"rectification"_s, 7);
    clockA.advance(60000);
    issuedA += issue(a, clockA, u"stop_work"_s, 2);
    QStringList issuedB = issue(b, clockB, u"rectification"_s, 5);
    clockB.advance(60000);
    issuedB += issue(b, clockB, u"stop_work"_s, 3);
    const SyncReport offline = a.sync();
    CHECK(offline.error.has_value());
    CHECK(a.count(u"SELECT count(*) FROM notices"_s) == 9);

    server.restart();
    const SyncReport backA = syncOk(a);
    syncOk(b);
    syncOk(a); // brings b's notices to a
    CHECK(backA.blocksReceived == 0); // 43 and 48 numbers left: not low

    // No number twice, on the server and on each client; the server holds every notice.
    CHECK(serverCount(server, u"SELECT count(*) FROM notices"_s) == 17);
    CHECK(serverCount(server, u"SELECT count(DISTINCT number) FROM notices"_s) == 17);
    for (SyncClient *c : {&a, &b}) {
        CHECK(c->count(u"SELECT count(*) FROM notices"_s) == 17);
        CHECK(c->count(u"SELECT count(DISTINCT number) FROM notices"_s) == 17);
    }
    CHECK(a.rows(u"notices"_s) == serverRows(server, u"notices"_s));
    CHECK(b.rows(u"notices"_s) == serverRows(server, u"notices"_s));
    CHECK((QSet<QString>(issuedA.cbegin(), issuedA.cend()) & QSet<QString>(issuedB.cbegin(), issuedB.cend())).isEmpty());

    // Every number of each device's used range exactly once, in order, nothing skipped.
    const auto checkRange = [&](const Block &block, qint64 used, const QStringList &issued, SyncClient &owner) {
        for (qint64 i = 0; i < used; ++i) {
            const QString number = numberText(block, block.first + i);
            INFO(number.toStdString());
            CHECK(issued.contains(number));
            CHECK(serverCount(server, u"SELECT count(*) FROM notices WHERE number = ?"_s, {number}) == 1);
            CHECK(a.count(u"SELECT count(*) FROM notices WHERE number = ?"_s, {number}) == 1);
            CHECK(b.count(u"SELECT count(*) FROM notices WHERE number = ?"_s, {number}) == 1);
        }
        // The block came back by pull in the meantime (its server version is set now) and kept its counter.
        const Block after = blockOf(owner, block.prefix.contains(u"停"_s) ? u"stop_work"_s : u"rectification"_s);
        CHECK(after.next == block.first + used);
        CHECK(owner.count(u"SELECT server_version FROM notice_number_blocks WHERE id = ?"_s, {block.id}) > 0);
    };
    checkRange(rectA, 7, issuedA, a);
    checkRange(stopA, 2, issuedA, a);
    checkRange(rectB, 5, issuedB, b);
    checkRange(stopB, 3, issuedB, b);
    CHECK(a.count(u"SELECT count(*) FROM notices WHERE number = ? AND issued_at LIKE '2026-12-05T01:30%'"_s,
                  {numberText(rectA, rectA.first)})
          == 1);
}

TEST_CASE("An exhausted block offline refuses with a sentence, and the next sync brings a new block",
          "[numbering]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(2, 0), Qt::UTC));
    SyncClient client(&clock);
    SyncOptions options;
    options.noticeBlockSize = 3;
    client.connect(server, options);
    CHECK(syncOk(client).blocksReceived == 6);
    const Block first = blockOf(client, u"rectification"_s);
    REQUIRE(first.last == first.first + 2);

    server.stop();
    const QStringList issued = issue(client, clock, u"rectification"_s, 3);
    NoticeRepository repo(client.db());
    auto spent = repo.nextNumber(u"rectification"_s);
    REQUIRE_FALSE(spent.isOk());
    CHECK(spent.error().code == u"notice.no_number"_s);
    CHECK(spent.error().message.contains(u"Connect and sync"_s));
    CHECK(spent.error().message.contains(u"nothing has been issued"_s));
    CHECK(client.count(u"SELECT count(*) FROM notices"_s) == 3);
    const auto low = repo.blockStatus();
    CHECK(low.first().kind == u"rectification"_s);
    CHECK(low.first().remaining == 0);
    CHECK(low.first().isLow());

    server.restart();
    const SyncReport back = syncOk(client);
    CHECK(back.blocksReceived == 6); // every kind holds fewer than ten numbers
    CHECK(serverCount(server, u"SELECT count(*) FROM notices"_s) == 3);
    const QStringList more = issue(client, clock, u"rectification"_s, 1);
    // This device is the only one numbering in its 市县 here: the series goes on without a gap.
    CHECK(more.first() == numberText(first, first.last + 1));
    QStringList expected;
    for (qint64 i = first.first; i <= first.last + 1; ++i)
        expected.append(numberText(first, i));
    CHECK(issued + more == expected);
    syncOk(client);
    CHECK(serverCount(server, u"SELECT count(DISTINCT number) FROM notices"_s) == 4);
}

TEST_CASE("A block not received is a warning, never a failed sync", "[numbering]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    SyncOptions options;
    options.noticeBlockSize = 500; // more than the server hands out in one block
    client.connect(server, options);
    const SyncReport report = syncOk(client);
    CHECK(report.blocksReceived == 0);
    REQUIRE(report.warnings.size() == 6);
    CHECK(report.warnings.first().contains(u"between 1 and 100"_s));
    CHECK(report.warnings.first().contains(u"the next sync asks again"_s));
    CHECK(client.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id = ?"_s,
                       {client.engine().deviceId()})
          == 0);
}

TEST_CASE("The server cuts blocks of all six kinds within bounds, for the calling device only", "[numbering]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    SyncOptions options;
    options.noticeBlockSize = 0; // this test asks by hand
    client.connect(server, options);
    syncOk(client);

    QSet<QString> prefixes;
    for (const QString &kind : {u"rectification"_s, u"stop_work"_s, u"resume_work"_s, u"reinspection"_s,
                                u"supervision"_s, u"enforcement_proposal"_s}) {
        const HttpResult r = postBlock(client, {{u"kind"_s, kind}, {u"size"_s, 5}});
        INFO(kind.toStdString() << ": " << r.body.toStdString());
        REQUIRE(r.status == 201);
        const QJsonObject row = QJsonDocument::fromJson(r.body).object();
        CHECK(row.value(u"device_id"_s).toString() == client.engine().deviceId());
        CHECK(row.value(u"last_number"_s).toInteger() - row.value(u"first_number"_s).toInteger() == 4);
        CHECK(row.value(u"prefix"_s).toString().contains(u"海口"_s));
        prefixes.insert(row.value(u"prefix"_s).toString());
    }
    CHECK(prefixes.size() == 6);
    CHECK(prefixes.contains(u"琼海口建安复工〔%1〕"_s.arg(Clock::chinaDate(QDateTime::currentDateTimeUtc()).year())));

    CHECK(postBlock(client, {{u"kind"_s, u"rectification"_s}, {u"size"_s, 0}}).status == 400);
    CHECK(postBlock(client, {{u"kind"_s, u"rectification"_s}, {u"size"_s, 101}}).status == 400);
    CHECK(postBlock(client, {{u"kind"_s, u"rectification"_s}, {u"size"_s, u"5"_s}}).status == 400);
    CHECK(postBlock(client, {{u"kind"_s, u"warning_letter"_s}}).status == 400);
    // Without a size the server's own block size (100) is used.
    const HttpResult plain = postBlock(client, {{u"kind"_s, u"rectification"_s}});
    REQUIRE(plain.status == 201);
    const QJsonObject plainRow = QJsonDocument::fromJson(plain.body).object();
    CHECK(plainRow.value(u"last_number"_s).toInteger() - plainRow.value(u"first_number"_s).toInteger() == 99);

    // At most ten blocks of a kind a day per device: the eleventh is refused, another kind still works.
    for (int i = 2; i < 10; ++i)
        REQUIRE(postBlock(client, {{u"kind"_s, u"rectification"_s}, {u"size"_s, 1}}).status == 201);
    const HttpResult refused = postBlock(client, {{u"kind"_s, u"rectification"_s}, {u"size"_s, 1}});
    CHECK(refused.status == 429);
    CHECK(refused.body.contains("rate_limited"));
    CHECK(postBlock(client, {{u"kind"_s, u"stop_work"_s}, {u"size"_s, 1}}).status == 201);
    CHECK(serverCount(server, u"SELECT count(*) FROM notice_number_blocks WHERE device_id = ? AND kind = 'rectification'"_s,
                      {client.engine().deviceId()})
          == 10);

    // The blocks reach this device by pull, and only this device.
    syncOk(client);
    CHECK(client.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id = ?"_s, {client.engine().deviceId()})
          == 16);
    CHECK(client.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id <> ? AND device_id NOT LIKE 'bureau-%'"_s,
                       {client.engine().deviceId()})
          == 0);
}
