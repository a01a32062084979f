#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/heldrowrepository.h"
#include "storage/transaction.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " pending=" + std::to_string(r.stillPending) + " rejected=" + std::to_string(r.rejected)
        + " held=" + std::to_string(r.heldRows) + " released=" + std::to_string(r.rowsReleased);
}

/// A monthly report written on this computer (a local edit: the outbox queues it).
QString reportMonth(SyncClient &client, const QString &jurisdictionCode, const QString &month)
{
    const QString id = UuidV7::generate();
    const QString now = Timestamp::toText(Clock::system().now());
    Transaction tx(client.db());
    REQUIRE(tx.isActive());
    QSqlQuery q(client.db());
    q.prepare(u"INSERT INTO monthly_reports (id, jurisdiction_code, month, status, figures, created_at, updated_at) "
              "VALUES (?, ?, ?, 'draft', '{}', ?, ?)"_s);
    for (const QVariant &v : {QVariant(id), QVariant(jurisdictionCode), QVariant(month), QVariant(now), QVariant(now)})
        q.addBindValue(v);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    REQUIRE(tx.commit().isOk());
    return id;
}

const QString kCursor = u"SELECT value FROM sync_state WHERE key = 'cursor'"_s;
} // namespace

TEST_CASE("A pulled row that breaks a local UNIQUE key is reported, held, and released once the cause is gone",
          "[sync][pull-constraint]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient a, b;
    a.connect(server);
    b.connect(server);
    REQUIRE(a.sync().isEverythingApplied());
    REQUIRE(b.sync().isEverythingApplied());
    const QString code = a.text(u"SELECT jurisdiction_code FROM projects WHERE id = ?"_s, {a.anyProjectId()});
    REQUIRE_FALSE(code.isEmpty());

    // B reports November and records a hazard; both reach the server.
    const QString theirs = reportMonth(b, code, u"2026-11"_s);
    const QString hazard = b.createHazard(u"卸料平台限载标识缺失"_s);
    const SyncReport sent = b.sync();
    INFO(describe(sent));
    REQUIRE(sent.isEverythingApplied());
    REQUIRE(serverCount(server, u"SELECT count(*) FROM monthly_reports WHERE id = ?"_s, {theirs}) == 1);

    // A wrote its own November report offline: the same (jurisdiction, month) under another id.
    const QString mine = reportMonth(a, code, u"2026-11"_s);
    const QString cursorBefore = a.text(kCursor);
    REQUIRE_FALSE(cursorBefore.isEmpty());
    const SyncReport first = a.sync();
    INFO(describe(first));
    REQUIRE(first.error.has_value());
    CHECK(first.error->code == u"sync.row_held"_s);
    // Entity, id and the constraint, in words.
    CHECK(first.error->message.contains(u"monthly_reports"_s));
    CHECK(first.error->message.contains(theirs));
    CHECK(first.error->message.contains(u"another record on this computer already has the same jurisdiction_code, "
                                        "month"_s));
    CHECK(a.text(kCursor) == cursorBefore);                                  // the cursor did not move
    CHECK(a.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 0); // the page was not applied
    CHECK(a.text(u"SELECT id || ' ' || month FROM monthly_reports"_s) == mine + u" 2026-11"_s); // local row intact
    CHECK(a.count(u"SELECT count(*) FROM outbox WHERE entity_id = ?"_s, {mine}) == 1);
    CHECK(first.heldRows == 1);

    // The next sync applies the rest of the page without the held row and moves on.
    const SyncReport second = a.sync();
    INFO(describe(second));
    CHECK_FALSE(second.error.has_value());
    CHECK(a.text(kCursor) != cursorBefore);
    CHECK(a.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(a.count(u"SELECT count(*) FROM monthly_reports WHERE id = ?"_s, {theirs}) == 0);
    CHECK(second.heldRows == 1);
    CHECK(second.rowsReleased == 0);
    CHECK_FALSE(second.isEverythingApplied()); // a held row is not "everything synced"
    auto held = HeldRowRepository(a.db()).all();
    REQUIRE(held.isOk());
    REQUIRE(held.value().size() == 1);
    const HeldRow &row = held.value().constFirst();
    CHECK(row.entity == u"monthly_reports"_s);
    CHECK(row.entityId == theirs);
    CHECK(row.brokenConstraint.startsWith(u"UNIQUE constraint failed: monthly_reports.jurisdiction_code"_s));
    CHECK(row.serverSeq > 0);
    CHECK(row.rowJson.contains(u"\"month\":\"2026-11\""_s));
    CHECK(row.attempts == 2); // held by the first run, tried again at the end of the second
    CHECK(row.firstHeldAt <= row.lastTriedAt);
    CHECK(HeldRowRepository(a.db()).count().value() == 1);

    // A moves its own report to December (an ordinary local edit): the next sync releases B's report.
    {
        Transaction tx(a.db());
        REQUIRE(tx.isActive());
        QSqlQuery q(a.db());
        q.prepare(u"UPDATE monthly_reports SET month = '2026-12', updated_at = ? WHERE id = ?"_s);
        q.addBindValue(Timestamp::toText(Clock::system().now()));
        q.addBindValue(mine);
        REQUIRE(q.exec());
        REQUIRE(tx.commit().isOk());
    }
    const SyncReport third = a.sync();
    INFO(describe(third));
    CHECK_FALSE(third.error.has_value());
    CHECK(third.rowsReleased == 1);
    CHECK(third.heldRows == 0);
    CHECK(HeldRowRepository(a.db()).count().value() == 0);
    CHECK(a.count(u"SELECT count(*) FROM monthly_reports WHERE id = ? AND month = '2026-11'"_s, {theirs}) == 1);
    CHECK(a.count(u"SELECT count(*) FROM monthly_reports WHERE id = ? AND month = '2026-12'"_s, {mine}) == 1);
    const QStringList onServer = serverRows(server, u"monthly_reports"_s);
    const QStringList local = a.rows(u"monthly_reports"_s);
    CHECK(std::count_if(onServer.cbegin(), onServer.cend(), [&](const QString &r) { return local.contains(r); })
          == 1); // B's report exactly as the server holds it
}
