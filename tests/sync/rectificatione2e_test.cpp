#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/fielddata.h"
#include "core/hazardlifecycle.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/attachmentrepository.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// The closed loop across replicas with the real server over TLS: two inspectors of one 市县 work the same hazard
// offline on different days (one reports the rectification with a photo, the other re-inspects), the province
// lists it for supervision and lifts it, a supervisor closes it (销号). After everyone syncs, every replica holds
// the same timeline as the server: the same events once each, in server order, with the same superseded flags,
// and the state HazardLifecycle::fold gives over the server's order.

namespace {

std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " applied=" + std::to_string(r.applied) + " conflicts=" + std::to_string(r.conflicts)
        + " rejected=" + std::to_string(r.rejected);
}

void syncAll(SyncClient &client)
{
    const SyncReport r = client.sync();
    INFO(describe(r));
    REQUIRE(r.isEverythingApplied());
}

QString append(SyncClient &client, const QString &hazardId, HazardEventKind kind, const QString &actor,
               const QString &role, const QString &level = {}, QDate deadline = {})
{
    HazardEvent e;
    e.id = UuidV7::generate();
    e.hazardId = hazardId;
    e.kind = kind;
    e.actor = actor;
    e.actorRole = role;
    e.level = level;
    e.newDeadline = deadline;
    e.note = hazardEventKindCode(kind);
    // `at` is left empty: the client's own (injected) clock stamps it.
    auto outcome = HazardRepository(client.db()).appendEvent(e);
    REQUIRE(outcome.isOk());
    return e.id;
}

/// One line per event of the hazard, in the replica's timeline order: id, kind, superseded flag.
QStringList clientTimeline(SyncClient &client, const QString &hazardId)
{
    QStringList lines;
    QSqlQuery q(client.db());
    q.prepare(u"SELECT id, kind, is_superseded FROM hazard_events WHERE hazard_id = ? "
              "ORDER BY server_version IS NULL, server_version, seq"_s);
    q.addBindValue(hazardId);
    REQUIRE(q.exec());
    while (q.next())
        lines << u"%1 %2 %3"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    return lines;
}

} // namespace

TEST_CASE("Two inspectors offline on different days, the province and a supervisor: one timeline everywhere",
          "[sync][rectification][e2e]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.addUser(u"wangqiang"_s, u"inspector"_s, u"460100"_s);
    server.addUser(u"lina"_s, u"supervisor"_s, u"460100"_s);
    server.addUser(u"province"_s, u"province"_s, {});
    server.start();

    // Each laptop has its own day: A on D, B three days later, the province a week later, the supervisor after.
    const QDateTime day = QDateTime(QDate::currentDate().addDays(-12), QTime(1, 30), Qt::UTC);
    FixedClock clockA(day);
    FixedClock clockB(day.addDays(3));
    FixedClock clockP(day.addDays(7));
    FixedClock clockS(day.addDays(9));
    SyncClient a(&clockA);
    SyncClient b(&clockB);
    SyncClient p(&clockP);
    SyncClient s(&clockS);
    a.connect(server); // zhangwei
    b.connectAs(server, u"wangqiang"_s);
    p.connectAs(server, u"province"_s);
    s.connectAs(server, u"lina"_s);
    for (SyncClient *client : {&a, &b, &p, &s})
        syncAll(*client);

    // A records the hazard and serves the notice, then syncs; B pulls it.
    const QString hazard = a.createHazard(u"外脚手架连墙件缺失"_s);
    const QString notice = append(a, hazard, HazardEventKind::NoticeIssued, u"张伟"_s, u"inspector"_s, {},
                                  day.date().addDays(10));
    syncAll(a);
    syncAll(b);
    REQUIRE(b.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ?"_s, {hazard}) == 2);

    // Both offline: A records the rectification report with its photo, B (days later) the passed re-inspection.
    clockA.advance(2LL * 24 * 3600 * 1000);
    const QString report
        = append(a, hazard, HazardEventKind::RectificationReported, u"施工单位 陈工"_s, u"inspector"_s);
    const QByteArray photo = QByteArray("rectified scaffold ties, photo bytes ").repeated(300);
    auto stored = a.store().blobs().put(photo);
    REQUIRE(stored.isOk());
    PhotoRecord record;
    record.ownerEntity = u"hazard_events"_s;
    record.ownerId = report;
    record.sha256 = stored.value().sha256;
    record.size = photo.size();
    record.mime = u"image/jpeg"_s;
    record.caption = u"整改后"_s;
    auto attachment = AttachmentRepository(a.db()).add(record, stored.value().relativePath, u"张伟"_s);
    REQUIRE(attachment.isOk());
    const QString pass = append(b, hazard, HazardEventKind::ReinspectedPass, u"王强"_s, u"inspector"_s);
    syncAll(a);
    syncAll(b);

    // The province lists it for supervision, then lifts it; the supervisor closes it.
    syncAll(p);
    const QString listed
        = append(p, hazard, HazardEventKind::SupervisionListed, u"省住建厅 赵敏"_s, u"province"_s, u"province"_s);
    syncAll(p);
    clockP.advance(24LL * 3600 * 1000);
    const QString lifted = append(p, hazard, HazardEventKind::SupervisionLifted, u"省住建厅 赵敏"_s, u"province"_s);
    syncAll(p);
    syncAll(s);
    const QString closed = append(s, hazard, HazardEventKind::Closed, u"李娜"_s, u"supervisor"_s);
    syncAll(s);
    for (SyncClient *client : {&a, &b, &p, &s})
        syncAll(*client);

    // The server's timeline, in server order, and its fold.
    QList<HazardEvent> serverEvents;
    QStringList serverLines;
    {
        const QString sql = u"SELECT id, kind, is_superseded, actor, actor_role, level, new_deadline, note, "
                            "target_event_id, at FROM hazard_events WHERE hazard_id = ? ORDER BY server_seq"_s;
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"e2e-server-read"_s);
        db.setDatabaseName(server.databasePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        REQUIRE(db.open());
        QSqlQuery q(db);
        q.prepare(sql);
        q.addBindValue(hazard);
        REQUIRE(q.exec());
        while (q.next()) {
            HazardEvent e;
            e.id = q.value(0).toString();
            e.hazardId = hazard;
            e.kind = hazardEventKindFromCode(q.value(1).toString()).value_or(HazardEventKind::Comment);
            e.actor = q.value(3).toString();
            e.actorRole = q.value(4).toString();
            e.level = q.value(5).toString();
            e.newDeadline = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            e.note = q.value(7).toString();
            e.targetEventId = q.value(8).toString();
            e.at = Timestamp::fromText(q.value(9).toString());
            serverEvents << e;
            serverLines << u"%1 %2 %3"_s.arg(e.id, q.value(1).toString(), q.value(2).toString());
        }
    }
    QSqlDatabase::removeDatabase(u"e2e-server-read"_s);
    const QStringList expectedIds{serverEvents.value(0).id, notice, report, pass, listed, lifted, closed};
    REQUIRE(serverEvents.size() == 7);
    QStringList serverIds;
    for (const HazardEvent &e : serverEvents)
        serverIds << e.id;
    CHECK(serverIds == expectedIds);
    CHECK(serverEvents[0].kind == HazardEventKind::Created);
    // Each event carries the day of the laptop that recorded it.
    CHECK(serverEvents[1].at.date() == clockA.now().addDays(-2).date());
    CHECK(serverEvents[2].at.date() == clockA.now().date());
    CHECK(serverEvents[3].at.date() == day.addDays(3).date());
    CHECK(serverEvents[4].at.date() == day.addDays(7).date());
    CHECK(serverEvents[6].at.date() == day.addDays(9).date());
    const HazardFold fold = HazardLifecycle::fold(serverEvents);
    CHECK(fold.state == HazardState::Closed);
    CHECK_FALSE(fold.isSupervisionListed);
    for (const HazardEventOutcome &o : fold.outcomes)
        CHECK(o.isApplied); // every step was a valid one in the server's order
    QStringList foldLines;
    for (qsizetype i = 0; i < serverEvents.size(); ++i)
        foldLines << u"%1 %2 %3"_s.arg(serverEvents[i].id, hazardEventKindCode(serverEvents[i].kind),
                                      fold.outcomes[i].isApplied ? u"0"_s : u"1"_s);
    CHECK(serverLines == foldLines);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ? AND status = 'closed' AND "
                              "is_supervision_listed = 0"_s,
                      {hazard})
          == 1);

    // Every replica: the same timeline, each event once, the same state; the photo of the report everywhere.
    const std::array<std::pair<const char *, SyncClient *>, 4> replicas{
        {{"inspector A", &a}, {"inspector B", &b}, {"province", &p}, {"supervisor", &s}}};
    for (const auto &[name, client] : replicas) {
        INFO("replica: " << name);
        CHECK(clientTimeline(*client, hazard) == foldLines);
        CHECK(client->count(u"SELECT count(DISTINCT id) FROM hazard_events WHERE hazard_id = ?"_s, {hazard}) == 7);
        CHECK(client->count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND server_version IS NULL"_s,
                            {hazard})
              == 0);
        CHECK(client->text(u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"closed"_s);
        CHECK(client->count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
        CHECK(client->count(u"SELECT count(*) FROM attachments WHERE owner_entity = 'hazard_events' AND owner_id = ? "
                            "AND blob_sha256 = ?"_s,
                            {report, stored.value().sha256})
              == 1);
        CHECK(client->count(u"SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'duplicate')"_s) == 0);
        const HazardFold local = HazardLifecycle::fold(HazardRepository(client->db()).events(hazard));
        CHECK(local.state == HazardState::Closed);
        CHECK(local.outcomes.size() == 7);
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM attachments WHERE owner_id = ?"_s, {report}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM blobs WHERE sha256 = ? AND size = ?"_s,
                      {stored.value().sha256, photo.size()})
          == 1);
}
