#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

#include "protocol/pullmessages.h"
#include "protocol/pushmessages.h"
#include "protocol/synccursor.h"
#include "protocol/wireerror.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE("A mutation survives the wire, outbox format included")
{
    // Exactly what the client's outbox trigger writes (sql/client/0002): fields {column: {value, base}}.
    const QByteArray outbox = R"({"mutation_id": "m-1", "client_seq": 7, "entity": "hazards", "entity_id": "h-1",
        "op": "update", "base_version": 42,
        "fields": {"description": {"value": "新", "base": "旧"}, "deadline": {"value": null, "base": "2026-12-01"}}})";
    auto parsed = Mutation::fromJson(QJsonDocument::fromJson(outbox).object());
    REQUIRE(parsed.isOk());
    const Mutation &m = parsed.value();
    CHECK(m.clientSeq == 7);
    CHECK(m.op == Mutation::Op::Update);
    CHECK(m.baseVersion == 42);
    REQUIRE(m.fields.contains(u"description"_s));
    CHECK(m.fields[u"description"_s].value.toString() == u"新"_s);
    CHECK(m.fields[u"description"_s].base->toString() == u"旧"_s);
    CHECK(m.fields[u"deadline"_s].value.isNull());
    auto again = Mutation::fromJson(m.toJson());
    REQUIRE(again.isOk());
    CHECK(again.value().toJson() == m.toJson());
}

TEST_CASE("Malformed mutations and batches name what is wrong")
{
    CHECK(Mutation::fromJson(QJsonObject{{u"mutation_id"_s, u"m"_s}}).error().code == u"invalid_mutation"_s);
    QJsonObject m{{u"mutation_id"_s, u"m"_s}, {u"client_seq"_s, 1}, {u"entity"_s, u"hazards"_s},
                  {u"entity_id"_s, u"h"_s}, {u"op"_s, u"delete"_s}, {u"fields"_s, QJsonObject{}}};
    CHECK_FALSE(Mutation::fromJson(m).isOk());
    m.insert(u"op"_s, u"insert"_s);
    CHECK(Mutation::fromJson(m).isOk());
    QJsonObject m3 = m;
    m3.insert(u"client_seq"_s, 3);
    const QJsonObject batch{{u"device_id"_s, u"d"_s}, {u"mutations"_s, QJsonArray{m, m3}}};
    auto gap = PushRequest::fromJson(batch);
    REQUIRE_FALSE(gap.isOk());
    CHECK(gap.error().code == u"invalid_batch"_s);
}

TEST_CASE("Results, pages, cursors and errors round-trip")
{
    MutationResult r;
    r.mutationId = u"m"_s;
    r.clientSeq = 3;
    r.status = MutationResult::Status::Duplicate;
    r.originalStatus = MutationResult::Status::Conflict;
    r.serverSeq = 9;
    r.conflicts.append(FieldConflict{u"description"_s, u"server"_s, u"client"_s, u"base"_s});
    const MutationResult back = MutationResult::fromJson(r.toJson());
    CHECK(back.status == MutationResult::Status::Duplicate);
    CHECK(back.originalStatus == MutationResult::Status::Conflict);
    REQUIRE(back.conflicts.size() == 1);
    CHECK(back.conflicts[0].serverValue.toString() == u"server"_s);
    CHECK(back.conflicts[0].clientValue.toString() == u"client"_s);

    const SyncCursor cursor{u"0190a1b2-0000-7000-8000-000000000001"_s, 123456789012};
    auto decoded = SyncCursor::decode(cursor.encode());
    REQUIRE(decoded.isOk());
    CHECK(decoded.value() == cursor);
    CHECK_FALSE(SyncCursor::decode(u"not a cursor!"_s).isOk());
    CHECK_FALSE(SyncCursor::decode(u"Zm9v"_s).isOk()); // "foo": no seq

    PullPage page;
    page.changes.append(PulledChange{5, u"projects"_s, u"p"_s, QJsonObject{{u"name"_s, u"x"_s}}});
    page.hasMore = true;
    page.nextCursor = cursor.encode();
    const PullPage pageBack = PullPage::fromJson(page.toJson());
    CHECK(pageBack.changes.size() == 1);
    CHECK(pageBack.hasMore);
    CHECK(pageBack.nextCursor == page.nextCursor);

    const WireError e{u"out_of_order"_s, u"resend"_s};
    CHECK(WireError::fromBytes(e.toBytes()).code == u"out_of_order"_s);
}
