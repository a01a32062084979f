#include "demofixture.h"
#include "modeltesthelpers.h"

#include "core/clock.h"
#include "core/uuidv7.h"
#include "models/hazardquery.h"
#include "models/hazardtablemodel.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
/// The badge of every hazard, computed the plain way (no index hints, no windows), for comparison.
const QString kBadgeBySql = uR"(
    SELECT h.seq, CASE
        WHEN EXISTS (SELECT 1 FROM outbox WHERE state = 'rejected' AND ((entity = 'hazards' AND entity_id = h.id)
                     OR (entity = 'hazard_events' AND entity_id IN (SELECT id FROM hazard_events WHERE hazard_id = h.id))))
            THEN 3
        WHEN EXISTS (SELECT 1 FROM conflicts WHERE entity = 'hazards' AND entity_id = h.id AND resolved_at IS NULL)
            THEN 2
        WHEN EXISTS (SELECT 1 FROM outbox WHERE state IN ('pending', 'in_flight') AND ((entity = 'hazards' AND entity_id = h.id)
                     OR (entity = 'hazard_events' AND entity_id IN (SELECT id FROM hazard_events WHERE hazard_id = h.id))))
            THEN 1
        ELSE 0 END
    FROM hazards h)"_s;

/// The outbox rows of one hazard and of its events (bind the hazard id twice).
const QString kOfHazard = u"((entity = 'hazards' AND entity_id = ?) OR (entity = 'hazard_events' AND entity_id IN "
                          "(SELECT id FROM hazard_events WHERE hazard_id = ?)))"_s;

/// A writable copy of the shared demo store (tests only read the shared one).
struct StoreCopy {
    QTemporaryDir dir;
    std::unique_ptr<DataStore> store;

    StoreCopy()
    {
        REQUIRE(dir.isValid());
        QSqlQuery q(directConnection(DemoFixture::databasePath()));
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(DataStore::databasePath(dir.path()));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec());
        auto opened = DataStore::open(dir.path());
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
    }
    QString path() const { return DataStore::databasePath(dir.path()); }
    QSqlDatabase db() const { return store->connection(); }
    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        REQUIRE(q.prepare(sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec());
    }
};

HazardFilter everything()
{
    HazardFilter f;
    f.today = DemoFixture::today();
    return f;
}

void reloadAndWait(HazardTableModel &model)
{
    model.reload();
    REQUIRE(waitFor([&] { return model.isReady(); }));
}

/// The badge of the hazard with `seq` as the model shows it (sorted newest first, so local hazards are on top).
HazardSyncState badgeOf(HazardTableModel &model, qint64 seq)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.isRowLoaded(row)) {
            model.prefetch(row);
            REQUIRE(waitFor([&] { return model.isRowLoaded(row); }));
        }
        const QModelIndex index = model.index(row, int(HazardColumn::Number));
        if (index.data(HazardTableModel::SeqRole).toLongLong() == seq)
            return HazardSyncState(index.data(HazardTableModel::SyncStateRole).toInt());
    }
    FAIL("hazard " << seq << " is not in the list");
    return HazardSyncState::Synced;
}

qint64 seqOf(StoreCopy &copy, const QString &hazardId)
{
    return sqlCount(copy.db(), u"SELECT seq FROM hazards WHERE id = ?"_s, {hazardId});
}

QString newHazard(StoreCopy &copy, const QString &description)
{
    Hazard h;
    QSqlQuery q(copy.db());
    REQUIRE(q.exec(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s));
    REQUIRE(q.next());
    h.projectId = q.value(0).toString();
    h.description = description;
    h.measure = u"immediate"_s;
    auto id = HazardRepository(copy.db()).create(h, u"测试检查员"_s);
    REQUIRE(id.isOk());
    return id.value();
}
} // namespace

TEST_CASE("The sync badge follows the outbox, conflicts and rejections of a hazard and its events",
          "[models][hazards][sync]")
{
    StoreCopy copy;
    HazardTableModel model(copy.path());
    model.setQuery(everything(), HazardColumn::Number, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return model.isReady(); }));

    // A hazard made on this laptop: its insert and created event wait in the outbox.
    const QString hazard = newHazard(copy, u"临边防护缺失（徽标测试）"_s);
    const qint64 seq = seqOf(copy, hazard);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Pending);
    const QModelIndex top = model.index(0, int(HazardColumn::Number));
    REQUIRE(top.data(HazardTableModel::SeqRole).toLongLong() == seq);
    CHECK(top.data(Qt::ToolTipRole).toString() == HazardTableModel::tr("Not yet on the server"));
    CHECK(top.data(Qt::AccessibleTextRole).toString().contains(HazardTableModel::tr("Not yet on the server")));
    CHECK(model.index(0, int(HazardColumn::Description)).data(HazardTableModel::SyncStateRole).toInt()
          == int(HazardSyncState::Pending));

    // The server's receipts released its rows: no badge.
    copy.exec(u"UPDATE outbox SET state = 'applied', server_seq = 1 WHERE state IN ('pending', 'in_flight') AND "_s
                  + kOfHazard,
              {hazard, hazard});
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Synced);
    CHECK_FALSE(model.index(0, int(HazardColumn::Number)).data(Qt::ToolTipRole).isValid());

    // Only an event of it waits (a comment): still "not yet on the server".
    HazardEvent comment;
    comment.id = UuidV7::generate();
    comment.hazardId = hazard;
    comment.kind = HazardEventKind::Comment;
    comment.at = Clock::system().now();
    comment.actor = u"测试检查员"_s;
    comment.note = u"已通知项目经理"_s;
    REQUIRE(HazardRepository(copy.db()).appendEvent(comment).isOk());
    CHECK(sqlCount(copy.db(), u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND entity_id = ? AND state = 'pending'"_s,
                   {hazard})
          == 0);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Pending);
    copy.exec(u"UPDATE outbox SET state = 'in_flight', client_seq = 900001, batch_id = 'b' WHERE state = 'pending' AND "_s
                  + kOfHazard,
              {hazard, hazard});
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Pending); // sent, not yet answered
    copy.exec(u"UPDATE outbox SET state = 'applied', server_seq = 2 WHERE state = 'in_flight' AND "_s + kOfHazard,
              {hazard, hazard});

    // An open conflict on a field of it; resolved, the badge goes.
    copy.exec(u"INSERT INTO conflicts (id, entity, entity_id, field, local_value, server_value, base_value, detected_at) "
              "VALUES (?, 'hazards', ?, 'description', 'local', 'server', 'base', '2026-01-01T00:00:00.000Z')"_s,
              {UuidV7::generate(), hazard});
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Conflict);
    CHECK(model.index(0, int(HazardColumn::Number)).data(Qt::ToolTipRole).toString()
          == HazardTableModel::tr("Conflict: choose a value on the Sync page"));
    copy.exec(u"UPDATE conflicts SET resolved_at = '2026-01-02T00:00:00.000Z', resolution = 'server' WHERE entity_id = ?"_s,
              {hazard});
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Synced);

    // The server refused its event: needs attention, and it outranks an unsent edit.
    copy.exec(u"UPDATE outbox SET state = 'rejected', last_error = 'forbidden_field: test' WHERE entity = 'hazard_events' "
              "AND entity_id = ?"_s,
              {comment.id});
    copy.exec(u"UPDATE hazards SET location = '北侧', updated_at = '2026-01-03T00:00:00.000Z' WHERE id = ?"_s, {hazard});
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Rejected);
    const QStringList lines = model.index(0, int(HazardColumn::Number)).data(Qt::ToolTipRole).toString().split(u'\n');
    CHECK(lines == QStringList{HazardTableModel::tr("Refused by the server: see the Sync page"),
                               HazardTableModel::tr("Not yet on the server")});

    // Every row of the list against plain SQL (the demo's own local hazards included).
    QHash<qint64, int> expected;
    QSqlQuery q(copy.db());
    REQUIRE(q.exec(kBadgeBySql));
    while (q.next())
        expected.insert(q.value(0).toLongLong(), q.value(1).toInt());
    CHECK(expected.value(seq) == int(HazardSyncState::Rejected));
    qint64 withBadge = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (!model.isRowLoaded(row)) {
            model.prefetch(row);
            REQUIRE(waitFor([&] { return model.isRowLoaded(row); }));
        }
        const QModelIndex index = model.index(row, 0);
        const qint64 rowSeq = index.data(HazardTableModel::SeqRole).toLongLong();
        INFO("seq " << rowSeq);
        CHECK(index.data(HazardTableModel::SyncStateRole).toInt() == expected.value(rowSeq, -1));
        withBadge += index.data(HazardTableModel::SyncStateRole).toInt() != 0;
    }
    CHECK(withBadge == DemoFixture::kLocalEdits + 1); // the demo's own unsent hazards and this one
}

TEST_CASE("The badge statement reads only indexes and unsent mutations, never a scan", "[models][hazards][sync]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const SqlStatement s = HazardQuery::syncStateStatement({1, 2, 3, 500});
    QSqlQuery q(db);
    REQUIRE(q.prepare(u"EXPLAIN QUERY PLAN "_s + s.sql));
    for (const QVariant &v : s.values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    INFO(plan.join(u'\n').toStdString());
    for (const QString &step : std::as_const(plan))
        CHECK_FALSE(step.startsWith(u"SCAN"_s));
    auto uses = [&](const QString &text) {
        return std::any_of(plan.cbegin(), plan.cend(), [&](const QString &step) { return step.contains(text); });
    };
    CHECK(uses(u"SEARCH h USING INTEGER PRIMARY KEY"_s));
    CHECK(uses(u"SEARCH o USING INDEX outbox_entity (entity=? AND entity_id=?)"_s));
    CHECK(uses(u"SEARCH o USING INDEX outbox_state (state=?)"_s));
    CHECK_FALSE(uses(u"hazard_events"_s)); // events are known by the hazard_id their mutation carries
    CHECK(uses(u"SEARCH c USING INDEX conflicts_open (entity=? AND entity_id=?)"_s));

    // The badges of the demo's own local hazards (created on "this laptop" after the import) show as pending.
    HazardTableModel model(DemoFixture::databasePath());
    model.setQuery(everything(), HazardColumn::Number, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return model.isReady(); }));
    for (int row = 0; row < DemoFixture::kLocalEdits; ++row)
        CHECK(model.index(row, 0).data(HazardTableModel::SyncStateRole).toInt() == int(HazardSyncState::Pending));
    CHECK(model.index(DemoFixture::kLocalEdits, 0).data(HazardTableModel::SyncStateRole).toInt()
          == int(HazardSyncState::Synced));
}
