#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/hazardevent.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/hazardrepository.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Roles in the hazard lifecycle, decided by the real server over TLS: an inspector's 销号 is kept without effect
// (and audited), a supervisor's closes, 挂牌督办 is the province's at any level and a 市县 supervisor's at its own.

namespace {

std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " applied=" + std::to_string(r.applied) + " rejected=" + std::to_string(r.rejected);
}

QString record(SyncClient &client, const QString &hazardId, HazardEventKind kind, const QString &actor,
               const QString &role, const QString &level = {})
{
    HazardEvent e;
    e.id = UuidV7::generate();
    e.hazardId = hazardId;
    e.kind = kind;
    e.at = Clock::system().now();
    e.actor = actor;
    e.actorRole = role;
    e.level = level;
    e.note = u"测试"_s;
    REQUIRE(HazardRepository(client.db()).appendEvent(e).isOk());
    return e.id;
}

SyncReport syncOk(SyncClient &client)
{
    const SyncReport r = client.sync();
    INFO(describe(r));
    REQUIRE(r.isComplete());
    return r;
}

/// The outbox row of the insert of event `id`: its state and, for a refusal, the server's error.
QString outboxState(SyncClient &client, const QString &id)
{
    return client.text(u"SELECT state FROM outbox WHERE entity = 'hazard_events' AND entity_id = ?"_s, {id});
}

} // namespace

TEST_CASE("Roles on the server: an inspector's 销号 is kept superseded and audited, a supervisor's closes, "
          "supervision listing by level",
          "[sync][roles]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.addUser(u"lina"_s, u"supervisor"_s, u"460100"_s); // 海口市: a 市, so city level
    server.start();

    SyncClient inspector; // zhangwei, inspector of 海口
    inspector.connect(server);
    REQUIRE(syncOk(inspector).isEverythingApplied());
    SyncClient supervisor;
    supervisor.connectAs(server, u"lina"_s);
    REQUIRE(syncOk(supervisor).isEverythingApplied());

    // The inspector works a hazard to a passed re-inspection, then tries to close it: once with the role named,
    // once as an older client that sends no role (the server fills in the account's).
    const QString hazard = inspector.createHazard(u"卸料平台限载标识缺失"_s);
    record(inspector, hazard, HazardEventKind::NoticeIssued, u"张伟"_s, u"inspector"_s);
    record(inspector, hazard, HazardEventKind::RectificationReported, u"施工单位"_s, u"inspector"_s);
    record(inspector, hazard, HazardEventKind::ReinspectedPass, u"王强"_s, u"inspector"_s);
    const QString named = record(inspector, hazard, HazardEventKind::Closed, u"张伟"_s, u"inspector"_s);
    const QString unnamed = record(inspector, hazard, HazardEventKind::Closed, u"张伟"_s, {});
    const SyncReport pushed = syncOk(inspector);
    CHECK(pushed.rejected == 0);
    CHECK(outboxState(inspector, named) == u"applied"_s);
    CHECK(outboxState(inspector, unnamed) == u"applied"_s);
    const QString reason
        = serverText(server, u"SELECT superseded_reason FROM hazard_events WHERE id = ? AND is_superseded = 1"_s, {named});
    REQUIRE_FALSE(reason.isEmpty());
    CHECK(reason.contains(u"supervisor"_s));
    // The receipt carried the reason.
    const QJsonObject receipt = QJsonDocument::fromJson(
        inspector.text(u"SELECT result FROM outbox WHERE entity_id = ?"_s, {named}).toUtf8()).object();
    CHECK(receipt.value(u"superseded"_s).toString() == reason);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND kind = 'closed' AND "
                              "is_superseded = 1 AND actor_role = 'inspector'"_s,
                      {hazard})
          == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ? AND status = 'verified'"_s, {hazard}) == 1);
    // Audited once per refused closing, with the role and no names.
    for (const QString &id : {named, unnamed})
        CHECK(serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.close_refused' AND "
                                  "entity_id = ? AND detail = 'role=inspector' AND actor = 'zhangwei'"_s,
                          {id})
              == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.close_refused' AND detail "
                              "LIKE '%张伟%'"_s)
          == 0);

    // A second client sees the same: both closings superseded with the server's reason, the hazard verified.
    syncOk(supervisor);
    CHECK(supervisor.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND kind = 'closed' AND "
                           "is_superseded = 1 AND actor_role = 'inspector'"_s,
                           {hazard})
          == 2);
    CHECK(supervisor.text(u"SELECT superseded_reason FROM hazard_events WHERE id = ?"_s, {named}) == reason);
    CHECK(supervisor.text(u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"verified"_s);

    // The supervisor's 销号 closes it, on the server and, after a pull, on the inspector's laptop.
    const QString closing = record(supervisor, hazard, HazardEventKind::Closed, u"李娜"_s, u"supervisor"_s);
    REQUIRE(syncOk(supervisor).isEverythingApplied());
    CHECK(outboxState(supervisor, closing) == u"applied"_s);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ? AND status = 'closed'"_s, {hazard}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE id = ? AND is_superseded = 0"_s, {closing})
          == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'hazard.close_refused' AND "
                              "entity_id = ?"_s,
                      {closing})
          == 0);
    syncOk(inspector);
    CHECK(inspector.text(u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"closed"_s);
    // The role the server filled in came back with the pull, so this laptop folds the same way.
    CHECK(inspector.text(u"SELECT actor_role FROM hazard_events WHERE id = ?"_s, {unnamed}) == u"inspector"_s);
    CHECK(inspector.count(u"SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND is_superseded = 1"_s, {hazard})
          == 2);
    CHECK(inspector.count(u"SELECT count(*) FROM hazard_events WHERE id = ? AND is_superseded = 0"_s, {closing}) == 1);

    // 挂牌督办 of another hazard: an inspector may not list at all.
    const QString other = inspector.createHazard(u"深基坑临边防护缺失"_s);
    const QString byInspector
        = record(inspector, other, HazardEventKind::SupervisionListed, u"张伟"_s, u"inspector"_s, u"city"_s);
    CHECK(syncOk(inspector).rejected == 1);
    CHECK(outboxState(inspector, byInspector) == u"rejected"_s);
    const QString inspectorError = inspector.text(u"SELECT last_error FROM outbox WHERE entity_id = ?"_s, {byInspector});
    CHECK(inspectorError.startsWith(u"forbidden_field: "_s));
    CHECK(inspectorError.contains(u"supervisor"_s));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE id = ?"_s, {byInspector}) == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'sync.rejected' AND entity_id = ? AND "
                              "detail = 'forbidden_field'"_s,
                      {byInspector})
          == 1);

    // The city supervisor lists at city level (accepted) but not at province or county level (refused, and the
    // message names the city level, never calling it provincial).
    syncOk(supervisor);
    const QString cityListing
        = record(supervisor, other, HazardEventKind::SupervisionListed, u"李娜"_s, u"supervisor"_s, u"city"_s);
    const QString provinceListing
        = record(supervisor, other, HazardEventKind::SupervisionListed, u"李娜"_s, u"supervisor"_s, u"province"_s);
    const QString countyListing
        = record(supervisor, other, HazardEventKind::SupervisionListed, u"李娜"_s, u"supervisor"_s, u"county"_s);
    const SyncReport listings = syncOk(supervisor);
    CHECK(listings.rejected == 2);
    CHECK(outboxState(supervisor, cityListing) == u"applied"_s);
    CHECK(outboxState(supervisor, provinceListing) == u"rejected"_s);
    CHECK(outboxState(supervisor, countyListing) == u"rejected"_s);
    const QString levelError = supervisor.text(u"SELECT last_error FROM outbox WHERE entity_id = ?"_s, {provinceListing});
    CHECK(levelError.startsWith(u"forbidden_field: "_s));
    CHECK(levelError.contains(u"level = city"_s));
    CHECK_FALSE(levelError.contains(u"rovincial"_s));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ? AND is_supervision_listed = 1 AND "
                              "supervision_level = 'city'"_s,
                      {other})
          == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE hazard_id = ? AND kind = "
                              "'supervision_listed'"_s,
                      {other})
          == 1);
    // Lifting it again at its own level.
    const QString lifting
        = record(supervisor, other, HazardEventKind::SupervisionLifted, u"李娜"_s, u"supervisor"_s, u"city"_s);
    CHECK(syncOk(supervisor).rejected == 0);
    INFO(supervisor.text(u"SELECT last_error FROM outbox WHERE entity_id = ?"_s, {lifting}).toStdString());
    CHECK(outboxState(supervisor, lifting) == u"applied"_s);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ? AND is_supervision_listed = 0"_s, {other})
          == 1);

    // A forged role: the inspector's laptop names the supervisor role on a step.
    const QString forged = record(inspector, other, HazardEventKind::Comment, u"张伟"_s, u"supervisor"_s);
    CHECK(syncOk(inspector).rejected == 1);
    CHECK(outboxState(inspector, forged) == u"rejected"_s);
    const QString forgedError = inspector.text(u"SELECT last_error FROM outbox WHERE entity_id = ?"_s, {forged});
    CHECK(forgedError.startsWith(u"forbidden_field: "_s));
    CHECK(forgedError.contains(u"inspector"_s));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE id = ?"_s, {forged}) == 0);

    // Undo of a step by its author: both events are kept (append-only) and the server folds the withdrawal the way
    // the laptop does: the extension has no effect.
    const QString deadlineBefore = serverText(server, u"SELECT effective_deadline FROM hazards WHERE id = ?"_s, {other});
    HazardEvent extension;
    extension.id = UuidV7::generate();
    extension.hazardId = other;
    extension.kind = HazardEventKind::DeadlineExtended;
    extension.actor = u"张伟"_s;
    extension.actorRole = u"inspector"_s;
    extension.newDeadline = QDate::currentDate().addDays(60);
    REQUIRE(HazardRepository(inspector.db()).appendEvent(extension).isOk());
    HazardEvent undo = extension;
    undo.id = UuidV7::generate();
    undo.kind = HazardEventKind::Withdrawn;
    undo.newDeadline = {};
    undo.targetEventId = extension.id;
    REQUIRE(HazardRepository(inspector.db()).appendEvent(undo).isOk());
    CHECK(syncOk(inspector).rejected == 0);
    CHECK(outboxState(inspector, extension.id) == u"applied"_s);
    CHECK(outboxState(inspector, undo.id) == u"applied"_s);
    const QString withdrawnReason = serverText(
        server, u"SELECT superseded_reason FROM hazard_events WHERE id = ? AND is_superseded = 1"_s, {extension.id});
    CHECK(withdrawnReason.contains(u"张伟"_s));
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE id = ? AND is_superseded = 0 AND "
                              "target_event_id = ?"_s,
                      {undo.id, extension.id})
          == 1);
    CHECK(serverText(server, u"SELECT effective_deadline FROM hazards WHERE id = ?"_s, {other}) == deadlineBefore);
    CHECK(inspector.text(u"SELECT superseded_reason FROM hazard_events WHERE id = ? AND is_superseded = 1"_s,
                         {extension.id})
          == withdrawnReason);
    syncOk(supervisor);
    CHECK(supervisor.text(u"SELECT superseded_reason FROM hazard_events WHERE id = ? AND is_superseded = 1"_s,
                          {extension.id})
          == withdrawnReason);
}

TEST_CASE("Case 13: the province voids a hazard an inspector edits offline: the edit is a conflict, nothing revives it",
    "[sync][roles][void]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.addUser(u"province"_s, u"province"_s, {});
    server.start();
    SyncClient inspector;
    inspector.connect(server);
    REQUIRE(syncOk(inspector).isEverythingApplied());
    const QString hazard = inspector.createHazard(u"外脚手架剪刀撑缺失"_s);
    REQUIRE(syncOk(inspector).isEverythingApplied());
    SyncClient province;
    province.connectAs(server, u"province"_s);
    REQUIRE(syncOk(province).isEverythingApplied());

    // Offline on the inspector's laptop: a new description and a rectification report.
    inspector.editHazard(hazard, u"description"_s, u"外脚手架剪刀撑缺失，已要求整改"_s);
    const QString report
        = record(inspector, hazard, HazardEventKind::RectificationReported, u"施工单位"_s, u"inspector"_s);
    // Meanwhile the province voids it (recorded in error), and that reaches the server first.
    record(province, hazard, HazardEventKind::Voided, u"省住建厅 赵敏"_s, u"province"_s);
    REQUIRE(syncOk(province).isEverythingApplied());
    REQUIRE(serverText(server, u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"voided"_s);

    const SyncReport r = syncOk(inspector);
    CHECK(r.conflicts == 1);
    CHECK(r.rejected == 0);
    // The edit is held with both values on both sides; the voided record keeps its own.
    CHECK(serverText(server, u"SELECT description FROM hazards WHERE id = ?"_s, {hazard}) == u"外脚手架剪刀撑缺失"_s);
    CHECK(serverCount(server,
              u"SELECT count(*) FROM conflicts WHERE entity_id = ? AND field = 'description' AND "
              "client_value = ? AND server_value = ?"_s,
              {hazard, u"外脚手架剪刀撑缺失，已要求整改"_s, u"外脚手架剪刀撑缺失"_s})
        == 1);
    CHECK(inspector.count(u"SELECT count(*) FROM conflicts WHERE entity_id = ? AND local_value = ? AND "
                          "resolved_at IS NULL"_s,
              {hazard, u"外脚手架剪刀撑缺失，已要求整改"_s})
        == 1);
    CHECK(inspector.count(u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND state = 'conflict'"_s) == 1);
    // The report is kept in the history, without effect: no resurrection.
    CHECK(outboxState(inspector, report) == u"applied"_s);
    CHECK(
        serverCount(server, u"SELECT count(*) FROM hazard_events WHERE id = ? AND is_superseded = 1"_s, {report}) == 1);
    CHECK(serverText(server, u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"voided"_s);
    CHECK(inspector.text(u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"voided"_s);
    const QString mine = inspector.rows(u"hazards"_s).filter(hazard).join(u'\n');
    const QString theirs = serverRows(server, u"hazards"_s).filter(hazard).join(u'\n');
    CHECK(mine.toStdString() == theirs.toStdString());
    REQUIRE(syncOk(province).isEverythingApplied());
    CHECK(province.text(u"SELECT status FROM hazards WHERE id = ?"_s, {hazard}) == u"voided"_s);
}
