#include "storage/conflictrepository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/auditlog.h"
#include "storage/outboxrepository.h"
#include "storage/transaction.h"
#include "storagefixture.h"
#include "support/resultmatchers.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
void exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString() << " → " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

QVariant value(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0);
}

/// A hazard pulled from the server (version 5), edited here, and answered "conflict" by the server. There is no
/// server in this test: the rows are written exactly as ReceiptRecorder writes them on a conflict receipt — the
/// outbox row marked 'conflict', the server's value put into the local row in a Remote transaction (server
/// version 7), and one `conflicts` row with the three values as text.
void makeConflict(StorageFixture &f, const QString &conflictId, const QString &field, const QVariant &base,
                  const QVariant &mine, const QVariant &theirs)
{
    QSqlDatabase db = f.db();
    if (value(db, u"SELECT count(*) FROM hazards WHERE id = 'h1'"_s).toInt() == 0) {
        Transaction pulled(db, Transaction::Origin::Remote);
        exec(db, u"INSERT INTO hazards (id, project_id, description, location, measure, found_at, found_by, "
                 "server_version, created_at, updated_at) VALUES ('h1', ?, '脚手架连墙件缺失', '3号楼', 'deadline', "
                 "'2026-11-28T08:00:00.000Z', '张伟', 5, '2026-11-28T08:00:00.000Z', '2026-11-28T08:00:00.000Z')"_s,
             {QString::fromUtf16(StorageFixture::kProjectId)});
        REQUIRE(pulled.commit().isOk());
    }
    {
        Transaction local(db, Transaction::Origin::Local);
        exec(db, u"UPDATE hazards SET %1 = ? WHERE id = 'h1'"_s.arg(field), {mine});
        REQUIRE(local.commit().isOk());
    }
    const QString mutationId = value(db, u"SELECT mutation_id FROM outbox ORDER BY seq DESC LIMIT 1"_s).toString();
    Transaction receipt(db, Transaction::Origin::Remote);
    exec(db, u"UPDATE outbox SET state = 'conflict' WHERE mutation_id = ?"_s, {mutationId});
    exec(db, u"UPDATE hazards SET %1 = ?, server_version = 7 WHERE id = 'h1'"_s.arg(field), {theirs});
    exec(db, u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, base_value, "
             "mutation_id, detected_at) VALUES (?, 'hazards', 'h1', ?, ?, ?, ?, ?, '2026-11-28T09:00:00.000Z')"_s,
         {conflictId, field, mine.isNull() ? mine : mine.toString(), theirs.isNull() ? theirs : theirs.toString(),
          base.isNull() ? base : base.toString(), mutationId});
    REQUIRE(receipt.commit().isOk());
}

qint64 outboxCount(StorageFixture &f)
{
    return f.scalar(u"SELECT count(*) FROM outbox"_s);
}

OutboxEntry lastOutboxEntry(StorageFixture &f)
{
    const QList<OutboxEntry> entries = OutboxRepository(f.db()).entriesFor(u"hazards"_s, u"h1"_s);
    REQUIRE_FALSE(entries.isEmpty());
    return entries.constLast();
}

QString lastAuditAction(StorageFixture &f)
{
    return value(f.db(), u"SELECT action || ' ' || entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString();
}
} // namespace

TEST_CASE("Keeping mine is one new local edit based on the server's value, and undo is another",
          "[storage][conflicts]")
{
    StorageFixture f;
    makeConflict(f, u"c1"_s, u"description"_s, u"脚手架连墙件缺失"_s, u"连墙件整层缺失"_s, u"连墙件缺失两处"_s);
    ConflictRepository conflicts(f.db());
    auto open = conflicts.openConflicts();
    REQUIRE(open.isOk());
    REQUIRE(open.value().size() == 1);
    CHECK(open.value()[0].recordTitle == u"连墙件缺失两处"_s);
    CHECK(open.value()[0].projectName == u"海口江东新区安置房一期"_s);
    CHECK(open.value()[0].localValue.toString() == u"连墙件整层缺失"_s);

    const qint64 before = outboxCount(f);
    auto resolved = conflicts.resolve(u"c1"_s, ConflictRepository::Choice::Local, {}, u"张伟"_s);
    INFO(errorText(resolved));
    REQUIRE(resolved.isOk());
    CHECK(resolved.value().isChanged);
    CHECK(resolved.value().previousValue.toString() == u"连墙件缺失两处"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE id = 'h1' AND description = '连墙件整层缺失'"_s) == 1);
    REQUIRE(outboxCount(f) == before + 1);
    OutboxEntry e = lastOutboxEntry(f);
    CHECK(e.op == u"update"_s);
    CHECK(e.state == u"pending"_s);
    CHECK(e.baseVersion == 7);
    INFO(QJsonDocument(e.fields).toJson().toStdString());
    // The field and the edit's timestamp (the triggers send updated_at along with any real change).
    CHECK(e.fields.keys() == QStringList{u"description"_s, u"updated_at"_s});
    CHECK(e.fields.value(u"description"_s).toObject().value(u"value"_s).toString() == u"连墙件整层缺失"_s);
    CHECK(e.fields.value(u"description"_s).toObject().value(u"base"_s).toString() == u"连墙件缺失两处"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM conflicts WHERE id = 'c1' AND resolution = 'local' "
                   "AND resolved_at LIKE '____-__-__T__:__:__.___Z'"_s) == 1);
    CHECK(lastAuditAction(f) == u"conflict.resolve h1"_s);
    CHECK(conflicts.openCount().value() == 0);

    // Resolving twice is refused and changes nothing.
    auto again = conflicts.resolve(u"c1"_s, ConflictRepository::Choice::Server, {}, u"张伟"_s);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.error().code == u"conflict.resolved"_s);
    CHECK(outboxCount(f) == before + 1);

    // Undo: the previous value comes back as another ordinary edit and the conflict is open again.
    const Status reopened = conflicts.reopen(u"c1"_s, resolved.value().previousValue, u"张伟"_s);
    INFO(errorText(reopened));
    REQUIRE(reopened.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE id = 'h1' AND description = '连墙件缺失两处'"_s) == 1);
    REQUIRE(outboxCount(f) == before + 2);
    e = lastOutboxEntry(f);
    CHECK(e.fields.value(u"description"_s).toObject().value(u"value"_s).toString() == u"连墙件缺失两处"_s);
    CHECK(e.fields.value(u"description"_s).toObject().value(u"base"_s).toString() == u"连墙件整层缺失"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM conflicts WHERE id = 'c1' AND resolved_at IS NULL "
                   "AND resolution IS NULL"_s) == 1);
    CHECK(lastAuditAction(f) == u"conflict.reopen h1"_s);
    auto chain = AuditLog::verify(f.db());
    INFO(errorText(chain));
    CHECK(chain.isOk());
}

TEST_CASE("Keeping the server's value the row already holds resolves without queueing anything",
          "[storage][conflicts]")
{
    StorageFixture f;
    makeConflict(f, u"c2"_s, u"location"_s, u"3号楼"_s, u"3号楼北侧"_s, u"3号楼东侧"_s);
    const qint64 before = outboxCount(f);
    const QString updatedAt = value(f.db(), u"SELECT updated_at FROM hazards WHERE id = 'h1'"_s).toString();
    ConflictRepository conflicts(f.db());
    auto resolved = conflicts.resolve(u"c2"_s, ConflictRepository::Choice::Server, {}, u"张伟"_s);
    INFO(errorText(resolved));
    REQUIRE(resolved.isOk());
    CHECK_FALSE(resolved.value().isChanged);
    CHECK(outboxCount(f) == before);
    CHECK(value(f.db(), u"SELECT location FROM hazards WHERE id = 'h1'"_s).toString() == u"3号楼东侧"_s);
    CHECK(value(f.db(), u"SELECT updated_at FROM hazards WHERE id = 'h1'"_s).toString() == updatedAt);
    CHECK(f.scalar(u"SELECT count(*) FROM conflicts WHERE id = 'c2' AND resolution = 'server' "
                   "AND resolved_at IS NOT NULL"_s) == 1);
    CHECK(lastAuditAction(f) == u"conflict.resolve h1"_s);
    CHECK(value(f.db(), u"SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1"_s).toString().contains(u"\"changed\":false"_s));

    // Undo of a resolution that changed nothing also queues nothing.
    REQUIRE(conflicts.reopen(u"c2"_s, resolved.value().previousValue, u"张伟"_s).isOk());
    CHECK(outboxCount(f) == before);
    CHECK(conflicts.openCount().value() == 1);
}

TEST_CASE("An edited value is trimmed, typed by the column and queued once", "[storage][conflicts]")
{
    StorageFixture f;
    makeConflict(f, u"c3"_s, u"location"_s, u"3号楼"_s, u"3号楼北侧"_s, u"3号楼东侧"_s);
    ConflictRepository conflicts(f.db());
    const qint64 before = outboxCount(f);
    auto resolved = conflicts.resolve(u"c3"_s, ConflictRepository::Choice::Edited, u"  3号楼东北角  "_s, u"张伟"_s);
    INFO(errorText(resolved));
    REQUIRE(resolved.isOk());
    CHECK(value(f.db(), u"SELECT location FROM hazards WHERE id = 'h1'"_s).toString() == u"3号楼东北角"_s);
    REQUIRE(outboxCount(f) == before + 1);
    const OutboxEntry e = lastOutboxEntry(f);
    CHECK(e.fields.value(u"location"_s).toObject().value(u"value"_s).toString() == u"3号楼东北角"_s);
    CHECK(e.fields.value(u"location"_s).toObject().value(u"base"_s).toString() == u"3号楼东侧"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM conflicts WHERE id = 'c3' AND resolution = 'edited'"_s) == 1);

    SECTION("an integer column gets an integer, and text that is no number is refused")
    {
        makeConflict(f, u"c4"_s, u"is_major"_s, 0, 1, 0);
        auto bad = conflicts.resolve(u"c4"_s, ConflictRepository::Choice::Edited, u"yes"_s, u"张伟"_s);
        REQUIRE_FALSE(bad.isOk());
        CHECK(bad.error().code == u"conflict.bad_value"_s);
        auto mine = conflicts.resolve(u"c4"_s, ConflictRepository::Choice::Local, {}, u"张伟"_s);
        INFO(errorText(mine));
        REQUIRE(mine.isOk());
        CHECK(value(f.db(), u"SELECT typeof(is_major) || is_major FROM hazards WHERE id = 'h1'"_s).toString()
              == u"integer1"_s);
        const OutboxEntry last = lastOutboxEntry(f);
        CHECK(last.fields.value(u"is_major"_s).toObject().value(u"value"_s).isDouble());
        CHECK(last.fields.value(u"is_major"_s).toObject().value(u"value"_s).toInt() == 1);
    }
    SECTION("an empty edit is NULL where the column allows it and refused where it does not")
    {
        makeConflict(f, u"c5"_s, u"description"_s, u"a"_s, u"b"_s, u"c"_s);
        auto empty = conflicts.resolve(u"c5"_s, ConflictRepository::Choice::Edited, u"  "_s, u"张伟"_s);
        REQUIRE_FALSE(empty.isOk());
        CHECK(empty.error().code == u"conflict.empty_value"_s);
        CHECK(f.scalar(u"SELECT count(*) FROM conflicts WHERE id = 'c5' AND resolved_at IS NULL"_s) == 1);
    }
}

TEST_CASE("A conflict naming a column or table that is not an editable field is refused untouched",
          "[storage][conflicts]")
{
    StorageFixture f;
    makeConflict(f, u"c1"_s, u"description"_s, u"a"_s, u"b"_s, u"c"_s);
    const QString projectId = QString::fromUtf16(StorageFixture::kProjectId);
    // Rows as a damaged or hostile receipt might have left them: names that must never reach SQL unchecked.
    const QList<QPair<QString, QString>> bad{{u"hazards"_s, u"description = 'x'; DROP TABLE outbox; --"_s},
                                             {u"hazards"_s, u"no_such_column"_s},
                                             {u"hazards"_s, u"status"_s},
                                             {u"hazards"_s, u"server_version"_s},
                                             {u"hazards"_s, u"id"_s},
                                             {u"projects"_s, u"name"_s},
                                             {u"outbox"_s, u"state"_s},
                                             {u"hazards\" SET description = 'x' --"_s, u"description"_s}};
    ConflictRepository conflicts(f.db());
    int n = 0;
    for (const auto &[entity, field] : bad) {
        const QString id = u"bad%1"_s.arg(++n);
        exec(f.db(), u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, detected_at) "
                     "VALUES (?, ?, ?, ?, 'x', 'y', '2026-11-28T09:00:00.000Z')"_s,
             {id, entity, entity == u"projects" ? projectId : u"h1"_s, field});
        const qint64 before = outboxCount(f);
        for (auto choice : {ConflictRepository::Choice::Local, ConflictRepository::Choice::Edited}) {
            auto result = conflicts.resolve(id, choice, u"z"_s, u"张伟"_s);
            INFO(entity.toStdString() << "." << field.toStdString());
            REQUIRE_FALSE(result.isOk());
            CHECK(result.error().code == u"conflict.not_editable"_s);
        }
        CHECK(outboxCount(f) == before);
        CHECK(f.scalar(u"SELECT count(*) FROM conflicts WHERE resolved_at IS NOT NULL"_s) == 0);
    }
    CHECK(f.scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'outbox'"_s) == 1);
    CHECK(value(f.db(), u"SELECT description FROM hazards WHERE id = 'h1'"_s).toString() == u"c"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log WHERE action LIKE 'conflict.%'"_s) == 0);

    auto missing = conflicts.resolve(u"nope"_s, ConflictRepository::Choice::Server, {}, u"张伟"_s);
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.error().code == u"conflict.missing"_s);
}
