#include "democopy.h"
#include "modeltesthelpers.h"

#include "models/conflictlistmodel.h"
#include "models/outboxmodel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
const QList<QPair<OutboxGroup, QString>> kGroups{
    {OutboxGroup::All, u"1"_s},
    {OutboxGroup::Waiting, u"state IN ('pending', 'in_flight')"_s},
    {OutboxGroup::Applied, u"state IN ('applied', 'duplicate')"_s},
    {OutboxGroup::Conflict, u"state = 'conflict'"_s},
    {OutboxGroup::Rejected, u"state = 'rejected'"_s},
};

/// Outbox rows as the sync engine leaves them after some receipts (written directly: no server here), mixed
/// so that every group has rows spread over the whole seq range.
void addOutboxRows(QSqlDatabase db, int count)
{
    static int s_made = 0; // mutation ids are unique
    const QString hazardId = [&] {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT id FROM hazards ORDER BY seq LIMIT 1"_s));
        REQUIRE(q.next());
        return q.value(0).toString();
    }();
    const QStringList states{u"applied"_s, u"applied"_s,  u"applied"_s,  u"duplicate"_s,
                             u"conflict"_s, u"rejected"_s, u"in_flight"_s, u"applied"_s};
    REQUIRE(db.transaction());
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO outbox (mutation_id, entity, entity_id, op, base_version, fields, created_at, state, "
              "server_seq, content_hash, result, last_error, attempts) VALUES (?, 'hazards', ?, 'update', 3, ?, ?, ?, "
              "?, ?, ?, ?, 1)"_s);
    for (int i = 0; i < count; ++i) {
        const QString state = states[i % states.size()];
        const bool isApplied = state == u"applied" || state == u"duplicate";
        q.addBindValue(u"test-mutation-%1"_s.arg(++s_made));
        q.addBindValue(hazardId);
        q.addBindValue(u"{\"description\":{\"value\":\"新描述 %1\",\"base\":\"旧描述\"},\"updated_at\":{\"value\":\"b\",\"base\":\"a\"}}"_s.arg(i));
        q.addBindValue(u"2026-11-28T08:%1:00.000Z"_s.arg(i % 60, 2, 10, QLatin1Char('0')));
        q.addBindValue(state);
        q.addBindValue(isApplied ? QVariant(1000 + i) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(isApplied ? QVariant(QString(64, QLatin1Char("0123456789abcdef"[i % 16]))) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(state == u"conflict" ? QVariant(u"{\"status\":\"conflict\",\"conflicts\":[{\"field\":\"description\"}]}"_s)
                                            : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(state == u"rejected" ? QVariant(u"frozen: 检查已签署，不能修改"_s) : QVariant(QMetaType(QMetaType::QString)));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
    REQUIRE(db.commit());
}

QList<qint64> sqlSeqs(QSqlDatabase db, const QString &condition)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT seq FROM outbox WHERE %1 ORDER BY seq DESC"_s.arg(condition)));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QSqlDatabase copyConnection(const DemoCopy &copy)
{
    const QString name = u"outbox-test-copy"_s;
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(copy.databasePath());
    REQUIRE(db.open());
    return db;
}
} // namespace

TEST_CASE("Outbox counts per group equal SQL counts on the demo dataset and added rows", "[models][outbox]")
{
    DemoCopy copy;
    QSqlDatabase db = copyConnection(copy);
    CHECK(sqlCount(db, u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) > 0); // the demo's local edits
    addOutboxRows(db, 333);

    OutboxModel model(copy.databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(waitFor([&] { return model.isReady(); }));
    for (const auto &[group, condition] : kGroups) {
        INFO(condition.toStdString());
        const qint64 expected = sqlCount(db, u"SELECT count(*) FROM outbox WHERE "_s + condition);
        CHECK(model.summary().count(group) == expected);
        CHECK(expected > 0);
    }
    CHECK(model.totalCount() == sqlCount(db, u"SELECT count(*) FROM outbox"_s));
    // Pages, not the whole outbox (the model tester may have asked for a further page already).
    CHECK(model.rowCount() >= std::min<qint64>(model.pageSize(), model.totalCount()));
    CHECK(model.rowCount() < model.totalCount());
    CHECK(model.rowCount() % model.pageSize() == 0);

    SECTION("a new edit shows after a reload, newest first")
    {
        addOutboxRows(db, 1);
        const qint64 newest = sqlSeqs(db, u"1"_s).constFirst();
        model.reload();
        REQUIRE(waitFor([&] { return model.isReady(); }));
        CHECK(model.index(0, 0).data(OutboxModel::SeqRole).toLongLong() == newest);
        CHECK(model.totalCount() == sqlCount(db, u"SELECT count(*) FROM outbox"_s));
    }
    SECTION("sync times come from sync_state")
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES ('last_push_at', "
                       "'2026-11-28T09:30:00.000Z')"_s));
        model.reload();
        REQUIRE(waitFor([&] { return model.isReady(); }));
        CHECK(model.summary().lastPushAt == QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
        CHECK_FALSE(model.summary().lastPullAt.isValid());
    }
}

TEST_CASE("Paging through each outbox group returns its rows newest first, each exactly once", "[models][outbox]")
{
    DemoCopy copy;
    QSqlDatabase db = copyConnection(copy);
    addOutboxRows(db, 517);

    OutboxModel model(copy.databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(37);
    for (const auto &[group, condition] : kGroups) {
        INFO(condition.toStdString());
        model.setGroup(group);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        int pages = 1;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            REQUIRE(waitFor([&] { return model.isReady(); }));
            ++pages;
        }
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data(OutboxModel::SeqRole).toLongLong());
        const QList<qint64> expected = sqlSeqs(db, condition);
        CHECK(shown.size() == expected.size());
        CHECK(shown == expected);
        CHECK(pages == std::max<qsizetype>(1, (expected.size() + 36) / 37));
    }

    // The static page query merges the states of a group correctly from any starting point.
    const QList<qint64> waiting = sqlSeqs(db, u"state IN ('pending', 'in_flight')"_s);
    REQUIRE(waiting.size() > 10);
    const QList<OutboxRow> page = OutboxModel::loadPage(db, OutboxGroup::Waiting, waiting[4], 5);
    REQUIRE(page.size() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(page[i].seq == waiting[5 + i]);
}

TEST_CASE("Outbox rows read as people need them: record, change, server number, hash and reason",
          "[models][outbox]")
{
    DemoCopy copy;
    QSqlDatabase db = copyConnection(copy);
    addOutboxRows(db, 8);
    OutboxModel model(copy.databasePath());
    model.setGroup(OutboxGroup::All);
    REQUIRE(waitFor([&] { return model.isReady(); }));
    const auto find = [&](const QString &state) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(OutboxModel::StateCodeRole).toString() == state)
                return row;
        }
        FAIL("no row in state " << state.toStdString());
        return -1;
    };
    const QString description = [&] {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT description FROM hazards ORDER BY seq LIMIT 1"_s));
        REQUIRE(q.next());
        return q.value(0).toString();
    }();
    const int applied = find(u"applied"_s);
    CHECK(model.index(applied, OutboxModel::Record).data().toString().contains(description.left(10)));
    CHECK(model.index(applied, OutboxModel::Change).data().toString().startsWith(u"Description: 旧描述 → 新描述"_s));
    CHECK_FALSE(model.index(applied, OutboxModel::Change).data().toString().contains(u"updated_at"_s));
    CHECK(model.index(applied, OutboxModel::ServerSeq).data().toLongLong() >= 1000);
    CHECK(model.index(applied, OutboxModel::ContentHash).data().toString().size() == 12);
    CHECK(model.index(applied, OutboxModel::ContentHash).data(Qt::ToolTipRole).toString().size() == 64);
    CHECK(model.index(applied, OutboxModel::State).data().toString() == u"Applied"_s);
    CHECK(model.index(find(u"conflict"_s), OutboxModel::Reason).data().toString()
          == u"Changed on both sides: Description"_s);
    CHECK(model.index(find(u"rejected"_s), OutboxModel::Reason).data().toString().startsWith(u"frozen:"_s));
    const int pending = find(u"pending"_s); // the demo's own local hazards: inserts
    CHECK(model.index(pending, OutboxModel::Change).data().toString().startsWith(u"New record"_s));
    CHECK_FALSE(model.index(pending, OutboxModel::ServerSeq).data().isValid());
}

TEST_CASE("The conflict list shows each open conflict with its hazard and project", "[models][conflicts]")
{
    DemoCopy copy;
    QSqlDatabase db = copyConnection(copy);
    // Conflicts as ReceiptRecorder records them on a conflict receipt (no server in this test).
    QSqlQuery q(db);
    REQUIRE(q.exec(u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, base_value, "
                   "detected_at) SELECT 'c' || seq, 'hazards', id, 'measure', 'full_stop', 'deadline', 'immediate', "
                   "'2026-11-28T09:00:0' || (seq % 10) || '.000Z' FROM hazards ORDER BY seq LIMIT 7"_s));
    REQUIRE(q.exec(u"UPDATE conflicts SET resolved_at = '2026-11-28T10:00:00.000Z', resolution = 'server' "
                   "WHERE rowid IN (SELECT rowid FROM conflicts LIMIT 2)"_s));

    ConflictListModel model(copy.databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowCount() == sqlCount(db, u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s));
    CHECK(model.totalCount() == 5);
    REQUIRE(model.rowCount() == 5);
    const ConflictRecord &c = model.conflictAt(0);
    CHECK(sqlCount(db, u"SELECT count(*) FROM hazards h JOIN projects p ON p.id = h.project_id WHERE h.id = ? "
                       "AND h.description = ? AND p.name = ?"_s,
                   {c.entityId, c.recordTitle, c.projectName})
          == 1);
    CHECK(model.index(0, ConflictListModel::Field).data().toString() == u"Measure"_s);
    CHECK(model.index(0, ConflictListModel::Yours).data().toString() == u"Full stop work"_s);
    CHECK(model.index(0, ConflictListModel::Servers).data().toString() == u"Rectify by deadline"_s);
    CHECK(model.index(0, 0).data(ConflictListModel::ConflictIdRole).toString() == c.id);
}
