#include <QSqlError>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "demofixture.h"
#include "models/hazardquery.h"
#include "models/hazardtablemodel.h"
#include "modeltesthelpers.h"
#include "storage/conflictrepository.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "sync/syncscenario.h"

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

qint64 seqOf(SyncClient &client, const QString &hazardId)
{
    return client.count(u"SELECT seq FROM hazards WHERE id = ?"_s, {hazardId});
}
} // namespace

TEST_CASE("The sync badge follows the outbox, conflicts and rejections of a hazard and its events",
          "[models][hazards][sync]")
{
    // Every state below is left by a real sync with the real server (SyncScenario), never set by hand.
    SyncScenario scenario;
    SyncClient &mine = scenario.mine();
    const QString other = scenario.appliedHazard(u"另一条已同步的隐患"_s); // a neighbour without a badge
    HazardTableModel model(scenario.databasePath());
    model.setQuery(everything(), HazardColumn::Number, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return model.isReady(); }));

    // A hazard made on this laptop: its insert and created event wait in the outbox.
    const QString hazard = mine.createHazard(u"临边防护缺失（徽标测试）"_s);
    const qint64 seq = seqOf(mine, hazard);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Pending);
    const QModelIndex top = model.index(0, int(HazardColumn::Number));
    REQUIRE(top.data(HazardTableModel::SeqRole).toLongLong() == seq);
    CHECK(top.data(Qt::ToolTipRole).toString() == HazardTableModel::tr("Not yet on the server"));
    CHECK(top.data(Qt::AccessibleTextRole).toString().contains(HazardTableModel::tr("Not yet on the server")));
    CHECK(model.index(0, int(HazardColumn::Description)).data(HazardTableModel::SyncStateRole).toInt()
          == int(HazardSyncState::Pending));

    // The server's receipts released its rows: no badge.
    REQUIRE(scenario.sync().isEverythingApplied());
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Synced);
    CHECK_FALSE(model.index(0, int(HazardColumn::Number)).data(Qt::ToolTipRole).isValid());

    // Only an event of it waits (a comment): still "not yet on the server", also while its batch is in flight.
    const auto comment = [&] {
        HazardEvent e;
        e.id = UuidV7::generate();
        e.hazardId = hazard;
        e.kind = HazardEventKind::Comment;
        e.at = Clock::system().now();
        e.actor = u"测试检查员"_s;
        e.note = u"已通知项目经理"_s;
        REQUIRE(HazardRepository(mine.db()).appendEvent(e).isOk());
    };
    comment();
    CHECK(mine.count(u"SELECT count(*) FROM outbox WHERE entity = 'hazards' AND entity_id = ? AND state = 'pending'"_s,
                     {hazard})
          == 0);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Pending);
    scenario.leaveInFlight([] {});
    REQUIRE(mine.count(u"SELECT count(*) FROM outbox WHERE entity = 'hazard_events' AND state = 'in_flight'"_s) == 1);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Pending); // sent, not yet answered
    REQUIRE(scenario.sync().isEverythingApplied());
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Synced);

    // An open conflict on a field of it; resolved, the badge goes.
    scenario.changeOnBothSides(hazard, u"description"_s, u"我的描述"_s, u"同事的描述"_s);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Conflict);
    CHECK(model.index(0, int(HazardColumn::Number)).data(Qt::ToolTipRole).toString()
          == HazardTableModel::tr("Conflict: choose a value on the Sync page"));
    ConflictRepository conflicts(mine.db());
    auto open = conflicts.openConflicts();
    REQUIRE(open.isOk());
    REQUIRE(open.value().size() == 1);
    REQUIRE(conflicts.resolve(open.value().first().id, ConflictRepository::Choice::Server, {}, u"张伟"_s).isOk());
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Synced);

    // The server refused its event: needs attention, and it outranks an unsent edit.
    scenario.provinceOnlyEvent(hazard);
    REQUIRE(scenario.sync().rejected == 1);
    mine.editHazard(hazard, u"location"_s, u"北侧"_s);
    reloadAndWait(model);
    CHECK(badgeOf(model, seq) == HazardSyncState::Rejected);
    const QStringList lines = model.index(0, int(HazardColumn::Number)).data(Qt::ToolTipRole).toString().split(u'\n');
    CHECK(lines == QStringList{HazardTableModel::tr("Refused by the server: see the Sync page"),
                               HazardTableModel::tr("Not yet on the server")});

    // Every row of the list against plain SQL.
    QHash<qint64, int> expected;
    QSqlQuery q(mine.db());
    REQUIRE(q.exec(kBadgeBySql));
    while (q.next())
        expected.insert(q.value(0).toLongLong(), q.value(1).toInt());
    CHECK(expected.value(seq) == int(HazardSyncState::Rejected));
    CHECK(expected.value(seqOf(mine, other), -1) == int(HazardSyncState::Synced));
    qint64 withBadge = 0;
    REQUIRE(model.rowCount() == 2);
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
    CHECK(withBadge == 1); // this hazard; the neighbour is synced
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
