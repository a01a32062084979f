#include "core/clock.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "storagefixture.h"
#include "support/resultmatchers.h"
#include "support/tempdir.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QStringList texts(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}
} // namespace

TEST_CASE("One injected clock stamps a created hazard, its outbox rows and its audit entry", "[storage][clock]")
{
    TestDir dir;
    // Far from any day the tests run on, with milliseconds that no two wall-clock reads would share.
    FixedClock clock(QDateTime(QDate(2031, 3, 14), QTime(9, 26, 53, 589), Qt::UTC));
    auto opened = DataStore::open(dir.path(), {.clock = &clock});
    INFO(errorText(opened));
    REQUIRE(opened.isOk());
    DataStore &store = *opened.value();
    CHECK(&store.clock() == &clock);
    loadMinimalReference(store.connection());

    Hazard h;
    h.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    h.criteriaItem = u"V2024-08-04"_s;
    h.description = u"临边防护缺失"_s;
    h.measure = u"partial_stop"_s;
    auto id = HazardRepository(store.connection()).create(h, u"张伟"_s);
    INFO(errorText(id));
    REQUIRE(id.isOk());

    const QString created = u"2031-03-14T09:26:53.589Z"_s;
    QSqlDatabase db = store.connection();
    CHECK(texts(db, u"SELECT created_at || ' ' || updated_at || ' ' || found_at FROM hazards"_s)
          == QStringList{created + u' ' + created + u' ' + created});
    CHECK(texts(db, u"SELECT created_at || ' ' || at FROM hazard_events"_s) == QStringList{created + u' ' + created});
    // The outbox triggers stamp the transaction's time from the same clock, not SQLite's 'now'.
    CHECK(texts(db, u"SELECT entity || ' ' || created_at FROM outbox ORDER BY seq"_s)
          == QStringList{u"hazards "_s + created, u"hazard_events "_s + created});
    CHECK(texts(db, u"SELECT action || ' ' || at FROM audit_log WHERE entity_id = '%1'"_s.arg(id.value()))
          == QStringList{u"hazard.create "_s + created});
    // The clock lives only inside the transaction, like the remote flag.
    CHECK(texts(db, u"SELECT coalesce(clock_now, 'null') FROM sync_control"_s) == QStringList{u"null"_s});

    // A later edit takes the clock's new time everywhere too.
    clock.set(QDateTime(QDate(2031, 3, 15), QTime(7, 0, 0, 1), Qt::UTC));
    h.id = id.value();
    h.description = u"临边防护缺失，已拍照"_s;
    REQUIRE(HazardRepository(db).update(h, u"张伟"_s).isOk());
    const QString edited = u"2031-03-15T07:00:00.001Z"_s;
    CHECK(texts(db, u"SELECT updated_at FROM hazards"_s) == QStringList{edited});
    CHECK(texts(db, u"SELECT created_at FROM outbox WHERE op = 'update'"_s) == QStringList{edited});
    CHECK(texts(db, u"SELECT count(*) FROM audit_log WHERE at = '%1'"_s.arg(edited)) == QStringList{u"1"_s});
}
