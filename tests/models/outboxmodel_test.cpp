#include "models/outboxmodel.h"

#include <QAbstractItemModelTester>
#include <QSqlError>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "models/conflictlistmodel.h"
#include "modeltesthelpers.h"
#include "storage/conflictrepository.h"
#include "sync/syncscenario.h"

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

QList<qint64> sqlSeqs(QSqlDatabase db, const QString &condition)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT seq FROM outbox WHERE %1 ORDER BY seq DESC"_s.arg(condition)));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QSqlDatabase storeConnection(SyncScenario &s)
{
    const QString name = u"outbox-test-store"_s;
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(s.databasePath());
    REQUIRE(db.open());
    return db;
}
} // namespace

TEST_CASE("Outbox counts per group equal SQL counts on rows left by real syncs", "[models][outbox]")
{
    SyncScenario scenario;
    const QStringList hazards = scenario.makeEveryState(60);
    QSqlDatabase db = storeConnection(scenario);

    OutboxModel model(scenario.databasePath());
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
        scenario.mine().editHazard(hazards.first(), u"location"_s, u"南侧"_s);
        const qint64 newest = sqlSeqs(db, u"1"_s).constFirst();
        model.reload();
        REQUIRE(waitFor([&] { return model.isReady(); }));
        CHECK(model.index(0, 0).data(OutboxModel::SeqRole).toLongLong() == newest);
        CHECK(model.totalCount() == sqlCount(db, u"SELECT count(*) FROM outbox"_s));
    }
    SECTION("sync times come from sync_state")
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT value FROM sync_state WHERE key = 'last_push_at'"_s));
        REQUIRE(q.next());
        const QDateTime pushedAt = Timestamp::fromText(q.value(0).toString()); // written by the real receipts
        REQUIRE(pushedAt.isValid());
        CHECK(model.summary().lastPushAt == pushedAt);
        CHECK(model.summary().lastPullAt.isValid());
    }
}

TEST_CASE("Paging through each outbox group returns its rows newest first, each exactly once", "[models][outbox]")
{
    SyncScenario scenario;
    scenario.makeEveryState(60);
    QSqlDatabase db = storeConnection(scenario);

    OutboxModel model(scenario.databasePath());
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
        REQUIRE_FALSE(expected.isEmpty()); // every group has rows in the scenario
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
    SyncScenario scenario;
    SyncClient &mine = scenario.mine();
    const QString edited = mine.createHazard(u"旧描述 A"_s);
    const QString clashed = mine.createHazard(u"旧描述 B"_s);
    const QString listed = mine.createHazard(u"旧描述 C"_s);
    REQUIRE(scenario.sync().isEverythingApplied());
    mine.editHazard(edited, u"description"_s, u"新描述 A"_s);                               // applied
    scenario.changeOnBothSides(clashed, u"description"_s, u"我的描述"_s, u"同事的描述"_s, false); // conflict
    scenario.provinceOnlyEvent(listed);                                                     // rejected
    const SyncReport report = scenario.sync();
    REQUIRE(report.conflicts == 1);
    REQUIRE(report.rejected == 1);
    mine.createHazard(u"旧描述 D"_s); // pending: a new record not yet sent

    OutboxModel model(scenario.databasePath());
    model.setGroup(OutboxGroup::All);
    REQUIRE(waitFor([&] { return model.isReady(); }));
    const auto find = [&](const QString &state) {
        for (int row = 0; row < model.rowCount(); ++row) { // newest first
            if (model.index(row, 0).data(OutboxModel::StateCodeRole).toString() == state)
                return row;
        }
        FAIL("no row in state " << state.toStdString());
        return -1;
    };
    const int applied = find(u"applied"_s);
    CHECK(model.index(applied, OutboxModel::Record).data().toString().contains(u"新描述 A"_s));
    CHECK(model.index(applied, OutboxModel::Change).data().toString().startsWith(u"Description: 旧描述 A → 新描述 A"_s));
    CHECK_FALSE(model.index(applied, OutboxModel::Change).data().toString().contains(u"updated_at"_s));
    CHECK(model.index(applied, OutboxModel::ServerSeq).data().toLongLong() >= 1);
    CHECK(model.index(applied, OutboxModel::ContentHash).data().toString().size() == 12);
    CHECK(model.index(applied, OutboxModel::ContentHash).data(Qt::ToolTipRole).toString().size() == 64);
    CHECK(model.index(applied, OutboxModel::State).data().toString() == u"Applied"_s);
    CHECK(model.index(find(u"conflict"_s), OutboxModel::Reason).data().toString()
          == u"Changed on both sides: Description"_s);
    CHECK(model.index(find(u"rejected"_s), OutboxModel::Reason).data().toString().startsWith(u"forbidden_field:"_s));
    const int pending = find(u"pending"_s);
    CHECK(model.index(pending, OutboxModel::Change).data().toString().startsWith(u"New record"_s));
    CHECK_FALSE(model.index(pending, OutboxModel::ServerSeq).data().isValid());
}

TEST_CASE("The conflict list shows each open conflict with its hazard and project", "[models][conflicts]")
{
    // Seven measures changed on both sides in real syncs; two of the conflicts are then resolved.
    SyncScenario scenario;
    QStringList hazards;
    for (int i = 0; i < 7; ++i)
        hazards << scenario.mine().createHazard(u"冲突隐患 %1"_s.arg(i));
    REQUIRE(scenario.sync().isEverythingApplied());
    REQUIRE(scenario.colleague().sync().isEverythingApplied());
    for (const QString &id : std::as_const(hazards))
        scenario.colleague().editHazard(id, u"measure"_s, u"deadline"_s);
    REQUIRE(scenario.colleague().sync().isEverythingApplied());
    for (const QString &id : std::as_const(hazards))
        scenario.mine().editHazard(id, u"measure"_s, u"full_stop"_s);
    REQUIRE(scenario.sync().conflicts == 7);
    QSqlDatabase db = storeConnection(scenario);
    ConflictRepository conflicts(scenario.mine().db());
    auto open = conflicts.openConflicts();
    REQUIRE(open.isOk());
    REQUIRE(open.value().size() == 7);
    for (int i = 5; i < 7; ++i)
        REQUIRE(conflicts.resolve(open.value()[i].id, ConflictRepository::Choice::Server, {}, u"张伟"_s).isOk());

    ConflictListModel model(scenario.databasePath());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(waitFor([&] { return model.isReady(); }));
    CHECK(model.rowCount() == nonZero(sqlCount(db, u"SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"_s)));
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
