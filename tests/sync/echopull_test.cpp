#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// Counts every rewrite of a hazard's searched texts or status and of an event, from any connection (a persistent
/// trigger in the client's own file: the sync engine writes on its own connection).
void countRewrites(SyncClient &client)
{
    QSqlQuery q(client.db());
    for (const QString &sql :
         {u"CREATE TABLE test_rewrites (what TEXT NOT NULL)"_s,
          u"CREATE TRIGGER test_hazard_text AFTER UPDATE OF description, location ON hazards "
          "BEGIN INSERT INTO test_rewrites VALUES ('text'); END"_s,
          u"CREATE TRIGGER test_hazard_status AFTER UPDATE OF status ON hazards "
          "BEGIN INSERT INTO test_rewrites VALUES ('status'); END"_s,
          u"CREATE TRIGGER test_event AFTER UPDATE OF kind, note ON hazard_events "
          "BEGIN INSERT INTO test_rewrites VALUES ('event'); END"_s}) {
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
}

/// Local server_version against the server's server_seq, for every row of `entity` this client pushed.
qint64 versionsBehind(SyncClient &client, const ServerProcess &server, const QString &entity)
{
    qint64 behind = 0;
    QSqlQuery q(client.db());
    REQUIRE(q.exec(u"SELECT DISTINCT o.entity_id, t.server_version FROM outbox o JOIN %1 t ON t.id = o.entity_id "
                   "WHERE o.entity = '%1'"_s.arg(entity)));
    while (q.next()) {
        const QString onServer =
            serverText(server, u"SELECT server_seq FROM %1 WHERE id = ?"_s.arg(entity), {q.value(0)});
        REQUIRE(!onServer.isEmpty());
        if (q.value(1).isNull() || q.value(1).toLongLong() != onServer.toLongLong())
            ++behind;
    }
    return behind;
}
} // namespace

TEST_CASE("A pushing client does not rewrite its own rows when they come back in the pull, takes their server "
          "versions, and still takes a row another device changed",
          "[sync][echo]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    // Work done offline on 20 November, sent a week later.
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc()));
    SyncClient a(&clock);
    a.connect(server);
    REQUIRE(a.sync().isEverythingApplied());
    QStringList hazards;
    for (int i = 0; i < 12; ++i)
        hazards.append(a.createHazard(u"脚手架连墙件缺失，第%1处"_s.arg(i)));
    a.editHazard(hazards.at(0), u"location"_s, u"5号楼 北侧"_s);
    a.addComment(hazards.at(1), u"已电话通知项目经理"_s);
    const qint64 pushed = a.count(u"SELECT count(DISTINCT entity || entity_id) FROM outbox"_s);
    REQUIRE(pushed == 25); // 12 hazards, 12 created events, 1 comment
    countRewrites(a);
    const QString statusesBefore = a.text(u"SELECT group_concat(status, ',') FROM (SELECT status FROM hazards "
                                          "ORDER BY id)"_s);
    const qint64 mutations = a.count(u"SELECT count(*) FROM outbox"_s);
    clock.advance(7LL * 24 * 3600 * 1000);

    const SyncReport first = a.sync();
    INFO((first.error ? first.error->message.toStdString() : std::string()));
    REQUIRE(first.isEverythingApplied());
    CHECK(first.applied == mutations);
    // The server stored every pushed row as sent, so none of them comes back (sync-protocol.md, "Echo rows"):
    // the pull brings only the notice number blocks this device took on its previous sync, recognised as here.
    const QString device = a.text(u"SELECT value FROM sync_state WHERE key = 'device_id'"_s);
    CHECK(serverCount(server, u"SELECT count(*) FROM change_log WHERE echo_device = ?"_s, {device}) == pushed);
    CHECK(first.rowsPulled == serverCount(server, u"SELECT count(*) FROM change_log WHERE device_id = ?"_s, {device}));
    CHECK(first.rowsPulled < pushed);
    CHECK(first.rowsPulled == first.rowsUnchanged);
    CHECK(a.count(u"SELECT count(*) FROM test_rewrites"_s) == 0);
    // The receipts gave every pushed row its server version instead.
    CHECK(versionsBehind(a, server, u"hazards"_s) == 0);
    CHECK(versionsBehind(a, server, u"hazard_events"_s) == 0);
    CHECK(a.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(a.rows(u"hazard_events"_s) == serverRows(server, u"hazard_events"_s));
    CHECK(a.text(u"SELECT group_concat(status, ',') FROM (SELECT status FROM hazards ORDER BY id)"_s)
          == statusesBefore);

    // Another inspector moves one of these hazards two days later: that row is written, status refolded once.
    FixedClock later(QDateTime(QDate(2026, 11, 29), QTime(15, 0), QTimeZone::utc()));
    SyncClient b(&later);
    b.connect(server);
    REQUIRE(b.sync().isEverythingApplied());
    b.editHazard(hazards.at(2), u"location"_s, u"3号楼 屋面"_s);
    REQUIRE(b.sync().isEverythingApplied());
    clock.advance(3LL * 24 * 3600 * 1000);
    const SyncReport second = a.sync();
    REQUIRE(second.isEverythingApplied());
    CHECK(second.rowsPulled >= 1);
    CHECK(a.text(u"SELECT location FROM hazards WHERE id = ?"_s, {hazards.at(2)}) == u"3号楼 屋面"_s);
    CHECK(a.count(u"SELECT count(*) FROM test_rewrites WHERE what = 'text'"_s) == 1);
    CHECK(a.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
    CHECK(versionsBehind(a, server, u"hazards"_s) == 0);
}
