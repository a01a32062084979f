#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include "storage/outboxrepository.h"
#include "storage/syncstatestore.h"
#include "storage/transaction.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QString kInsertHazard = u"INSERT INTO hazards (id, project_id, description, measure, found_at, found_by, "
                              "created_at, updated_at) VALUES ('%1', '01930000-0000-7000-8000-000000000001', '%2', "
                              "'deadline', '2026-11-28T08:00:00.000Z', '张伟', '2026-11-28T08:00:00.000Z', "
                              "'2026-11-28T08:00:00.000Z')"_s;

bool exec(QSqlDatabase db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().databaseText();
    return ok;
}
} // namespace

TEST_CASE("Every local insert and update is queued in the same transaction, with previous values",
          "[storage][outbox]")
{
    StorageFixture f;
    REQUIRE(exec(f.db(), kInsertHazard.arg(u"h1"_s, u"脚手架连墙件缺失"_s)));
    OutboxRepository outbox(f.db());
    QList<OutboxEntry> entries = outbox.entriesFor(u"hazards"_s, u"h1"_s);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].op == u"insert"_s);
    CHECK(entries[0].fields.value(u"description"_s).toObject().value(u"value"_s).toString() == u"脚手架连墙件缺失"_s);
    CHECK_FALSE(entries[0].fields.contains(u"status"_s)); // the fold cache is never synced

    REQUIRE(exec(f.db(), u"UPDATE hazards SET description = '连墙件整层缺失', location = '3号楼' WHERE id = 'h1'"_s));
    entries = outbox.entriesFor(u"hazards"_s, u"h1"_s);
    REQUIRE(entries.size() == 2);
    const QJsonObject fields = entries[1].fields;
    CHECK(entries[1].op == u"update"_s);
    CHECK(fields.size() == 2);
    CHECK(fields.value(u"description"_s).toObject().value(u"base"_s).toString() == u"脚手架连墙件缺失"_s);
    CHECK(fields.value(u"location"_s).toObject().value(u"value"_s).toString() == u"3号楼"_s);
    CHECK(fields.value(u"location"_s).toObject().value(u"base"_s).isNull());

    // Touching only the status cache or the timestamps queues nothing.
    REQUIRE(exec(f.db(), u"UPDATE hazards SET status = 'closed', updated_at = 'x' WHERE id = 'h1'"_s));
    CHECK(outbox.entriesFor(u"hazards"_s, u"h1"_s).size() == 2);
    CHECK(outbox.pendingCount() == 2);
}

TEST_CASE("A rolled-back change leaves neither row nor outbox entry", "[storage][outbox]")
{
    StorageFixture f;
    {
        Transaction tx(f.db());
        REQUIRE(tx.isActive());
        REQUIRE(exec(f.db(), kInsertHazard.arg(u"h2"_s, u"x"_s)));
        tx.rollback();
    }
    CHECK(f.scalar(u"SELECT count(*) FROM hazards"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == 0);
}

TEST_CASE("Pulled server data is applied without queueing, and the switch never stays on", "[storage][outbox]")
{
    StorageFixture f;
    {
        Transaction tx(f.db(), Transaction::Origin::Remote);
        REQUIRE(exec(f.db(), kInsertHazard.arg(u"h3"_s, u"server row"_s)));
        REQUIRE(tx.commit().isOk());
    }
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE id = 'h3'"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == 0);
    CHECK(f.scalar(u"SELECT applying_remote FROM sync_control"_s) == 0);
    {
        Transaction tx(f.db(), Transaction::Origin::Remote);
        REQUIRE(exec(f.db(), kInsertHazard.arg(u"h4"_s, u"abandoned"_s)));
    } // destroyed without commit: rolled back, switch included
    CHECK(f.scalar(u"SELECT applying_remote FROM sync_control"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE id = 'h4'"_s) == 0);
}

TEST_CASE("Reference data is read-only, nothing is hard-deleted, events are append-only", "[storage][outbox]")
{
    StorageFixture f;
    QString error;
    CHECK_FALSE(exec(f.db(), u"UPDATE projects SET name = 'x'"_s, &error));
    CHECK(error.contains(u"reference data"_s));
    CHECK_FALSE(exec(f.db(), u"DELETE FROM projects"_s));
    REQUIRE(exec(f.db(), kInsertHazard.arg(u"h5"_s, u"d"_s)));
    CHECK_FALSE(exec(f.db(), u"DELETE FROM hazards WHERE id = 'h5'"_s, &error));
    CHECK(error.contains(u"never deleted"_s));
    REQUIRE(exec(f.db(), u"INSERT INTO hazard_events (id, hazard_id, kind, at, actor, created_at, updated_at) "
                         "VALUES ('e1', 'h5', 'comment', 't', 'a', 't', 't')"_s));
    CHECK_FALSE(exec(f.db(), u"UPDATE hazard_events SET kind = 'closed' WHERE id = 'e1'"_s, &error));
    CHECK(error.contains(u"append-only"_s));
    CHECK(exec(f.db(), u"UPDATE hazard_events SET is_superseded = 1 WHERE id = 'e1'"_s)); // cache only
    CHECK(f.scalar(u"SELECT count(*) FROM hazards"_s) == 1);
}

TEST_CASE("A signed inspection and its answers are frozen", "[storage][outbox]")
{
    StorageFixture f;
    REQUIRE(exec(f.db(), u"INSERT INTO inspections (id, project_id, kind, round, inspectors, started_at, status, "
                         "created_at, updated_at) VALUES ('i1', '01930000-0000-7000-8000-000000000001', 'round', 1, "
                         "'[\"张伟\",\"李娜\"]', 't', 'draft', 't', 't')"_s));
    REQUIRE(exec(f.db(), u"INSERT INTO inspection_answers (id, inspection_id, item_code, result, created_at, "
                         "updated_at) VALUES ('a1', 'i1', 'V2024-08-04', 'fail', 't', 't')"_s));
    REQUIRE(exec(f.db(), u"UPDATE inspections SET status = 'signed' WHERE id = 'i1'"_s));
    QString error;
    CHECK_FALSE(exec(f.db(), u"UPDATE inspections SET notes = 'late edit' WHERE id = 'i1'"_s, &error));
    CHECK(error.contains(u"signed"_s));
    CHECK_FALSE(exec(f.db(), u"UPDATE inspection_answers SET result = 'pass' WHERE id = 'a1'"_s));
    CHECK_FALSE(exec(f.db(), u"INSERT INTO inspection_answers (id, inspection_id, item_code, result, created_at, "
                             "updated_at) VALUES ('a2', 'i1', 'V2024-08-05', 'pass', 't', 't')"_s));
    // An inspection needs two inspectors.
    CHECK_FALSE(exec(f.db(), u"INSERT INTO inspections (id, project_id, kind, inspectors, started_at, status, "
                             "created_at, updated_at) VALUES ('i2', '01930000-0000-7000-8000-000000000001', 'special', "
                             "'[\"张伟\"]', 't', 'draft', 't', 't')"_s));
}

TEST_CASE("An UPDATE made with the sqlite3 shell appears in the outbox", "[storage][outbox]")
{
    const QString shell = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (shell.isEmpty())
        FAIL("the sqlite3 shell is missing: run scripts/install-deps.sh");
    StorageFixture f;
    REQUIRE(exec(f.db(), kInsertHazard.arg(u"h6"_s, u"before"_s)));
    QProcess p;
    p.start(shell, {f.store().database().path(), u"UPDATE hazards SET description = 'edited in the shell' WHERE id = 'h6';"_s});
    REQUIRE(p.waitForFinished(10000));
    REQUIRE(p.exitCode() == 0);
    const QList<OutboxEntry> entries = OutboxRepository(f.db()).entriesFor(u"hazards"_s, u"h6"_s);
    REQUIRE(entries.size() == 2);
    CHECK(entries[1].fields.value(u"description"_s).toObject().value(u"value"_s).toString() == u"edited in the shell"_s);
    CHECK(entries[1].fields.value(u"description"_s).toObject().value(u"base"_s).toString() == u"before"_s);
}

TEST_CASE("An applied receipt stamps its row's server version quietly and only forward, and the echo bound is kept per "
          "epoch",
          "[storage][outbox][echo]")
{
    StorageFixture f;
    REQUIRE(exec(f.db(), kInsertHazard.arg(u"h1"_s, u"脚手架连墙件缺失"_s)));
    OutboxRepository outbox(f.db());
    const auto version = [&] {
        QSqlQuery q(f.db());
        REQUIRE(q.exec(u"SELECT server_version FROM hazards WHERE id = 'h1'"_s));
        REQUIRE(q.next());
        return q.value(0);
    };
    {
        Transaction tx(f.db(), Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        REQUIRE(outbox.stampServerVersion(u"hazards"_s, u"h1"_s, 40).isOk());
        REQUIRE(outbox.stampServerVersion(u"hazards"_s, u"h1"_s, 12).isOk()); // an older receipt (a duplicate)
        REQUIRE(tx.commit().isOk());
    }
    CHECK(version().toLongLong() == 40);
    CHECK(outbox.entriesFor(u"hazards"_s, u"h1"_s).size() == 1); // the insert only: the stamp queued nothing

    SyncStateStore state(f.db());
    CHECK(state.echoThrough() == 0);
    REQUIRE(state.raiseEchoThrough(40).isOk());
    REQUIRE(state.raiseEchoThrough(12).isOk());
    CHECK(state.echoThrough() == 40);
    REQUIRE(state.storePosition(PullPosition{u"c1"_s, {}, u"epoch-1"_s}).isOk());
    REQUIRE(state.raiseEchoThrough(55).isOk());
    REQUIRE(state.storePosition(PullPosition{u"c2"_s, {}, u"epoch-1"_s}).isOk());
    CHECK(state.echoThrough() == 55);
    // Another epoch: the receipts name seqs of a server that is gone.
    REQUIRE(state.storePosition(PullPosition{{}, u"t1"_s, u"epoch-2"_s}).isOk());
    CHECK(state.echoThrough() == 0);
}
