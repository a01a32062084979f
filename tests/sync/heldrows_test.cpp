#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "storage/heldrowrepository.h"
#include "storage/syncstatestore.h"
#include "support/tempdir.h"
#include "sync/pullapplier.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QString kProject = u"01930000-0000-7000-8000-00000000c001"_s;
const QString kHazard = u"01930000-0000-7000-8000-00000000c002"_s;
const QString kEvent = u"01930000-0000-7000-8000-00000000c003"_s;
const QString kStamp = u"2026-11-28T08:00:00.000Z"_s;

PulledChange hazard(qint64 serverSeq)
{
    return {serverSeq, u"hazards"_s, kHazard,
            QJsonObject{{u"id"_s, kHazard}, {u"project_id"_s, kProject}, {u"criteria_set"_s, u"V2024"_s},
                        {u"is_major"_s, 1}, {u"description"_s, u"基坑临边未设置防护栏杆"_s},
                        {u"measure"_s, u"immediate"_s}, {u"found_at"_s, kStamp}, {u"found_by"_s, u"王芳"_s},
                        {u"created_at"_s, kStamp}, {u"updated_at"_s, kStamp}}};
}

PulledChange createdEvent(qint64 serverSeq)
{
    return {serverSeq, u"hazard_events"_s, kEvent,
            QJsonObject{{u"id"_s, kEvent}, {u"hazard_id"_s, kHazard}, {u"kind"_s, u"created"_s}, {u"at"_s, kStamp},
                        {u"actor"_s, u"王芳"_s}, {u"created_at"_s, kStamp}, {u"updated_at"_s, kStamp}}};
}

PullApplier::Position cursorAt(const QString &cursor)
{
    PullApplier::Position p;
    p.cursor = cursor;
    p.epoch = u"e1"_s;
    return p;
}

qint64 count(DataStore &store, const QString &sql)
{
    QSqlQuery q(store.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("A pulled row whose parent never comes is held, its children wait with it, both apply once the parent "
          "is here",
          "[sync][pull-constraint][held]")
{
    TestDir dir;
    auto opened = DataStore::open(dir.path());
    REQUIRE(opened.isOk());
    DataStore &store = *opened.value();
    PullApplier applier(store.database());
    SyncStateStore state(store.connection());

    // The last page brings a hazard of a project this computer does not have.
    auto first = applier.apply({hazard(10)}, cursorAt(u"c10"_s));
    REQUIRE_FALSE(first.isOk());
    CHECK(first.error().code == u"sync.row_held"_s);
    CHECK(first.error().message.contains(u"hazards"_s));
    CHECK(first.error().message.contains(kHazard));
    CHECK(first.error().message.contains(u"it refers to a record that is not on this computer"_s));
    CHECK(state.cursor().isEmpty()); // the page and its cursor were not stored
    CHECK(count(store, u"SELECT count(*) FROM hazards"_s) == 0);

    // The same page again goes through without the held row; the next page's event waits for its held hazard.
    auto again = applier.apply({hazard(10)}, cursorAt(u"c10"_s));
    REQUIRE(again.isOk());
    CHECK(again.value() == 0);
    CHECK(state.cursor() == u"c10"_s);
    auto next = applier.apply({createdEvent(11)}, cursorAt(u"c11"_s));
    INFO((next ? QString() : next.error().message).toStdString());
    REQUIRE(next.isOk()); // a row whose parent is held is held silently
    CHECK(state.cursor() == u"c11"_s);
    auto held = HeldRowRepository(store.connection()).all();
    REQUIRE(held.isOk());
    REQUIRE(held.value().size() == 2);
    CHECK(held.value().at(0).entityId == kHazard);
    CHECK(held.value().at(1).entityId == kEvent);
    CHECK(held.value().at(1).brokenConstraint == u"FOREIGN KEY constraint failed"_s);

    // Retried while the project is still missing: nothing applies, each counts one more attempt.
    auto stillMissing = applier.retryHeld();
    REQUIRE(stillMissing.isOk());
    CHECK(stillMissing.value() == 0);
    CHECK(HeldRowRepository(store.connection()).all().value().at(0).attempts == 2);

    // The project arrives (reference data): the hazard and its event apply together and are released.
    Dataset d;
    d.jurisdictions.append({u"01930000-0000-7000-8000-00000000c0a1"_s, u"460100"_s, u"海口市"_s,
                            u"prefecture_city"_s, {}});
    Project p;
    p.id = kProject;
    p.name = u"海口江东新区安置房二期"_s;
    p.jurisdictionCode = u"460100"_s;
    p.category = u"building"_s;
    p.status = u"under_construction"_s;
    d.projects.append(p);
    REQUIRE(DatasetWriter(store.connection(), QDateTime::currentDateTimeUtc()).write(d).isOk());
    auto released = applier.retryHeld();
    INFO((released ? QString() : released.error().message).toStdString());
    REQUIRE(released.isOk());
    CHECK(released.value() == 2);
    CHECK(HeldRowRepository(store.connection()).count().value() == 0);
    CHECK(count(store, u"SELECT count(*) FROM hazards WHERE server_version = 10 AND status = 'open'"_s) == 1);
    CHECK(count(store, u"SELECT count(*) FROM hazard_events WHERE server_version = 11"_s) == 1);
    CHECK(count(store, u"SELECT count(*) FROM outbox"_s) == 0); // server data never queues mutations
}
