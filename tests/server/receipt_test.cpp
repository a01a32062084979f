#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "protocol/contenthash.h"
#include "protocol/entityrules.h"
#include "serverfixture.h"

using namespace Qt::StringLiterals;
using sitesafe::ContentHash;
using sitesafe::EntityRules;

namespace {
QJsonObject resultAt(const TestReply &reply, int i)
{
    return reply.json().value(u"results"_s).toArray().at(i).toObject();
}

QJsonObject value(const QJsonValue &v)
{
    return QJsonObject{{u"value"_s, v}};
}

/// The row of `entityId` as a province account pulls it now.
QJsonObject pulledRow(ServerFixture::Session &session, const QString &entityId)
{
    const TestReply page = session.client->get(u"/api/v1/sync/pull?limit=1000"_s);
    REQUIRE(page.status == 200);
    for (const QJsonValue &change : page.json().value(u"changes"_s).toArray()) {
        if (change.toObject().value(u"entity_id"_s).toString() == entityId)
            return change.toObject().value(u"row"_s).toObject();
    }
    FAIL("the pulled page lacks " << entityId.toStdString());
    return {};
}

QString hashOfPulled(ServerFixture::Session &session, const QString &entity, const QString &entityId)
{
    return ContentHash::of(*EntityRules::find(entity), pulledRow(session, entityId));
}

/// The fields of an insert mutation plus the id: what the client's own row holds.
QJsonObject sentRow(const QJsonObject &insert)
{
    QJsonObject row{{u"id"_s, insert.value(u"entity_id"_s)}};
    const QJsonObject fields = insert.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value().toObject().value(u"value"_s));
    return row;
}
} // namespace

TEST_CASE("Receipts carry the content hash of the row as stored, a duplicate answers the stored hash", "[api][hash]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QString hazard = newId();
    const QJsonObject insert = hazardInsert(newId(), 1, hazard, project, u"临边防护缺失 \"东侧\"\n😀"_s);
    const QJsonObject firstBatch = pushBody(inspector.deviceId, {insert});
    const TestReply first = inspector.client->post(u"/api/v1/sync/push"_s, firstBatch);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    REQUIRE(resultAt(first, 0).value(u"status"_s).toString() == u"applied"_s);
    const QString hash = resultAt(first, 0).value(u"content_hash"_s).toString();
    CHECK(ContentHash::isWellFormed(hash));
    // The same content three ways: the receipt, the row pulled back, the row the client sent.
    CHECK(hashOfPulled(inspector, u"hazards"_s, hazard) == hash);
    CHECK(ContentHash::of(*EntityRules::find(u"hazards"_s), sentRow(insert)) == hash);
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE content_hash = ?"_s, {hash}) == 1);

    // An edit changes the hash; the repeat of the first batch still answers the hash of that time.
    const TestReply edit = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId,
                 {mutation(newId(), 2, u"hazards"_s, hazard, u"update"_s,
                           {{u"location"_s, QJsonObject{{u"value"_s, u"5号楼"_s}, {u"base"_s, u"3号楼"_s}}},
                            {u"updated_at"_s, value(u"2026-11-29T10:00:00.000Z"_s)}})}));
    REQUIRE(edit.status == 200);
    REQUIRE(resultAt(edit, 0).value(u"status"_s).toString() == u"applied"_s);
    const QString edited = resultAt(edit, 0).value(u"content_hash"_s).toString();
    CHECK(ContentHash::isWellFormed(edited));
    CHECK(edited != hash);
    CHECK(hashOfPulled(inspector, u"hazards"_s, hazard) == edited);

    const TestReply again = inspector.client->post(u"/api/v1/sync/push"_s, firstBatch);
    REQUIRE(again.status == 200);
    CHECK(resultAt(again, 0).value(u"status"_s).toString() == u"duplicate"_s);
    CHECK(resultAt(again, 0).value(u"original_status"_s).toString() == u"applied"_s);
    CHECK(resultAt(again, 0).value(u"content_hash"_s).toString() == hash);
}

TEST_CASE("Events, numbers stored as REAL, conflicts and rejections in receipts", "[api][hash]")
{
    ServerFixture f;
    auto inspector = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto province = f.signIn(u"province"_s, u"province"_s, {});
    const QString project = QString::fromLatin1(ServerFixture::kHaikouProject);
    const QString hazard = newId();
    const QString event = newId();
    const QString whole = newId();
    const QString fraction = newId();
    auto action = [&](const QString &id, qint64 seq, double amount) {
        return mutation(newId(), seq, u"enforcement_actions"_s, id, u"insert"_s,
                        {{u"project_id"_s, value(project)},
                         {u"hazard_id"_s, value(hazard)},
                         {u"kind"_s, value(u"fine"_s)},
                         {u"document_no"_s, value(u"琼建罚〔2026〕12号"_s)},
                         {u"amount"_s, value(amount)},
                         {u"decided_on"_s, value(u"2026-11-30"_s)},
                         // Columns with defaults travel explicitly, as the client's outbox triggers send them.
                         {u"points"_s, value(0)},
                         {u"hazard_ids"_s, value(u"[]"_s)},
                         {u"is_time_doubtful"_s, value(0)},
                         {u"created_at"_s, value(u"2026-11-30T02:00:00.000Z"_s)},
                         {u"updated_at"_s, value(u"2026-11-30T02:00:00.000Z"_s)}});
    };
    const QJsonArray inserts{
        hazardInsert(newId(), 1, hazard, project, u"脚手架连墙件缺失"_s),
        mutation(newId(), 2, u"hazard_events"_s, event, u"insert"_s,
                 {{u"hazard_id"_s, value(hazard)},
                  {u"kind"_s, value(u"notice_issued"_s)},
                  {u"at"_s, value(u"2026-11-28T10:00:00.000Z"_s)},
                  {u"actor"_s, value(u"张工"_s)},
                  // The author's role as a current client sends it (one that sends none gets the account's role
                  // filled in, and the receipt then names that row).
                  {u"actor_role"_s, value(u"inspector"_s)},
                  {u"note"_s, QJsonObject{{u"value"_s, QJsonValue::Null}}},
                  {u"is_time_doubtful"_s, value(0)},
                  {u"created_at"_s, value(u"2026-11-28T10:00:00.000Z"_s)},
                  {u"updated_at"_s, value(u"2026-11-28T10:00:00.000Z"_s)}}),
        action(whole, 3, 20000),  // a whole number in a REAL / DOUBLE PRECISION column
        action(fraction, 4, 1234.5),
        mutation(newId(), 5, u"hazard_events"_s, newId(), u"insert"_s,
                 {{u"hazard_id"_s, value(hazard)}, {u"kind"_s, value(u"supervision_listed"_s)}}), // province-only
    };
    const TestReply pushed = inspector.client->post(u"/api/v1/sync/push"_s, pushBody(inspector.deviceId, inserts));
    INFO(pushed.body.toStdString());
    REQUIRE(pushed.status == 200);
    const QStringList entities{u"hazards"_s, u"hazard_events"_s, u"enforcement_actions"_s, u"enforcement_actions"_s};
    const QStringList ids{hazard, event, whole, fraction};
    for (int i = 0; i < 4; ++i) {
        INFO(entities.at(i).toStdString());
        const QJsonObject r = resultAt(pushed, i);
        REQUIRE(r.value(u"status"_s).toString() == u"applied"_s);
        CHECK(r.value(u"content_hash"_s).toString() == hashOfPulled(province, entities.at(i), ids.at(i)));
        CHECK(r.value(u"content_hash"_s).toString()
              == ContentHash::of(*EntityRules::find(entities.at(i)), sentRow(inserts.at(i).toObject())));
    }
    CHECK(resultAt(pushed, 4).value(u"status"_s).toString() == u"rejected"_s);
    CHECK_FALSE(resultAt(pushed, 4).contains(u"content_hash"_s));
    CHECK(f.count(u"SELECT count(*) FROM applied_mutations WHERE status = 'rejected' AND content_hash IS NULL"_s) == 1);

    // A conflict answers the hash of the row the server kept (its value of the contested field).
    REQUIRE(province.client
                ->post(u"/api/v1/sync/push"_s,
                       pushBody(province.deviceId,
                                {mutation(newId(), 1, u"hazards"_s, hazard, u"update"_s,
                                          {{u"description"_s,
                                            QJsonObject{{u"value"_s, u"省厅修改"_s}, {u"base"_s, u"脚手架连墙件缺失"_s}}}})}))
                .status == 200);
    const TestReply clash = inspector.client->post(
        u"/api/v1/sync/push"_s,
        pushBody(inspector.deviceId,
                 {mutation(newId(), 6, u"hazards"_s, hazard, u"update"_s,
                           {{u"description"_s, QJsonObject{{u"value"_s, u"现场修改"_s}, {u"base"_s, u"脚手架连墙件缺失"_s}}}})}));
    REQUIRE(clash.status == 200);
    CHECK(resultAt(clash, 0).value(u"status"_s).toString() == u"conflict"_s);
    CHECK(resultAt(clash, 0).value(u"content_hash"_s).toString() == hashOfPulled(province, u"hazards"_s, hazard));
}
