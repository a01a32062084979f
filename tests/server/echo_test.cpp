#include <QJsonArray>
#include <QSet>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include "serverfixture.h"

using namespace Qt::StringLiterals;

namespace {
QJsonObject field(const QJsonValue &value, const QJsonValue &base = QJsonValue::Undefined)
{
    QJsonObject out{{u"value"_s, value}};
    if (!base.isUndefined())
        out.insert(u"base"_s, base);
    return out;
}

/// The seq an applied mutation got (the first result of the answer).
qint64 pushOne(ServerFixture::Session &session, const QJsonObject &mutation)
{
    const TestReply reply =
        session.client->post(u"/api/v1/sync/push"_s, pushBody(session.deviceId, QJsonArray{mutation}));
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonObject result = reply.json().value(u"results"_s).toArray().at(0).toObject();
    REQUIRE(result.value(u"status"_s).toString() == u"applied"_s);
    return result.value(u"server_seq"_s).toInteger();
}

/// The hazard ids a whole incremental pull from the start brings (every page), with `echoThrough` when >= 0.
QSet<QString> pulledHazards(ServerFixture::Session &session, qint64 echoThrough, const QString &route = u"pull"_s)
{
    QSet<QString> hazards;
    QString position;
    for (int page = 0; page < 50; ++page) {
        QUrlQuery query;
        if (!position.isEmpty())
            query.addQueryItem(route == u"pull" ? u"cursor"_s : u"page_token"_s, position);
        query.addQueryItem(u"limit"_s, u"500"_s);
        if (echoThrough >= 0)
            query.addQueryItem(u"echo_through"_s, QString::number(echoThrough));
        const TestReply reply = session.client->get(u"/api/v1/sync/%1?"_s.arg(route) + query.toString());
        INFO(reply.body.toStdString());
        REQUIRE(reply.status == 200);
        const QJsonObject json = reply.json();
        for (const QJsonValue &c : json.value(u"changes"_s).toArray()) {
            if (c[u"entity"_s].toString() == u"hazards")
                hazards.insert(c[u"entity_id"_s].toString());
        }
        if (!json.value(u"has_more"_s).toBool())
            return hazards;
        position = json.value(route == u"pull" ? u"next_cursor"_s : u"next_page_token"_s).toString();
    }
    FAIL("the pull did not end within 50 pages");
    return hazards;
}
} // namespace

TEST_CASE("A pull leaves out the device's own rows stored as it sent them, up to the receipts it keeps, and "
          "nothing anybody else changed",
          "[api][echo]")
{
    ServerFixture f;
    auto a = f.signIn(u"hk-inspector-a"_s, u"inspector"_s, u"460100"_s);
    auto b = f.signIn(u"hk-inspector-b"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QString stamp = u"2026-12-01T08:00:00.000Z"_s;
    qint64 seqA = 0;
    qint64 seqB = 0;

    // Created and then edited by A on the version A holds: an echo both times.
    const QString own = newId();
    const qint64 ownCreated = pushOne(a, hazardInsert(newId(), ++seqA, own, project, u"临边防护缺失"_s));
    const qint64 ownEdited =
        pushOne(a, mutation(newId(), ++seqA, u"hazards"_s, own, u"update"_s,
                            {{u"location"_s, field(u"5号楼"_s, u"3号楼"_s)}, {u"updated_at"_s, field(stamp)}},
                            ownCreated));
    // Created by A, then changed by B: B's version is not what A holds.
    const QString changedByB = newId();
    const qint64 created = pushOne(a, hazardInsert(newId(), ++seqA, changedByB, project, u"卸料平台无限位"_s));
    pushOne(b, mutation(newId(), ++seqB, u"hazards"_s, changedByB, u"update"_s,
                        {{u"location"_s, field(u"7号楼"_s, u"3号楼"_s)}, {u"updated_at"_s, field(stamp)}}, created));
    // Created by A, changed by B, then edited by A on its old version (another field, so no conflict): the row
    // now holds B's location too, which A has not seen.
    const QString merged = newId();
    const qint64 mergedCreated = pushOne(a, hazardInsert(newId(), ++seqA, merged, project, u"塔吊附着松动"_s));
    pushOne(b, mutation(newId(), ++seqB, u"hazards"_s, merged, u"update"_s,
                        {{u"location"_s, field(u"9号楼"_s, u"3号楼"_s)}, {u"updated_at"_s, field(stamp)}},
                        mergedCreated));
    const qint64 last = pushOne(a, mutation(newId(), ++seqA, u"hazards"_s, merged, u"update"_s,
                                            {{u"description"_s, field(u"塔吊附着松动，已停用"_s, u"塔吊附着松动"_s)},
                                             {u"updated_at"_s, field(stamp)}},
                                            mergedCreated));
    // B's own hazard.
    const QString fromB = newId();
    pushOne(b, hazardInsert(newId(), ++seqB, fromB, project, u"基坑无临边防护"_s));
    CHECK(ownEdited > ownCreated);
    CHECK(f.count(u"SELECT count(*) FROM change_log WHERE echo_device = ?"_s, {a.deviceId}) == 1);
    CHECK(f.count(u"SELECT count(*) FROM hazards WHERE id = ? AND location = '9号楼' AND description = "
                  "'塔吊附着松动，已停用'"_s,
                  {merged})
          == 1);

    // A, holding receipts through its last push: only its own unchanged row stays out.
    CHECK(pulledHazards(a, last) == QSet<QString>{changedByB, merged, fromB});
    // Receipts that end before the echo (a data folder restored from an older copy): the row comes.
    CHECK(pulledHazards(a, ownEdited - 1) == QSet<QString>{own, changedByB, merged, fromB});
    // Without echo_through (an older client) and in a snapshot, everything comes.
    CHECK(pulledHazards(a, -1) == QSet<QString>{own, changedByB, merged, fromB});
    CHECK(pulledHazards(a, last, u"snapshot"_s) == QSet<QString>{own, changedByB, merged, fromB});
    // A's echo is not B's: B gets A's row, and its own rows (B's echo) stay out for B.
    CHECK(pulledHazards(b, 1'000'000) == QSet<QString>{own, merged});

    // A malformed value is refused in the caller's words.
    const TestReply bad = a.client->get(u"/api/v1/sync/pull?echo_through=-4"_s);
    CHECK(bad.status == 400);
    CHECK(bad.errorCode() == u"bad_request"_s);
}

TEST_CASE("An insert the server completes (no updated_at sent) is not an echo and comes back to its device",
          "[api][echo]")
{
    ServerFixture f;
    auto a = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    QJsonObject insert = hazardInsert(newId(), 1, newId(), project, u"临边防护缺失"_s);
    const QString hazard = insert.value(u"entity_id"_s).toString();
    QJsonObject fields = insert.value(u"fields"_s).toObject();
    fields.remove(u"updated_at"_s);
    insert.insert(u"fields"_s, fields);
    const qint64 seq = pushOne(a, insert);
    CHECK(f.count(u"SELECT count(*) FROM change_log WHERE entity_id = ? AND echo_device IS NULL"_s, {hazard}) == 1);
    CHECK(pulledHazards(a, seq) == QSet<QString>{hazard});
}
