// hazard_place_counts (sql/client/0019): the hazards of each 市县 and park, kept by triggers so that the hazard
// list counts a place in one row. Whatever changes (a local hazard, a pulled hazard before its project, a project
// in a park of its own 市县, a project or a hazard moved, rows deleted by the server), the table equals the counts
// computed from the rows (the view hazard_place_totals) at every commit.
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/hazardrepository.h"
#include "storage/transaction.h"
#include "storagefixture.h"
#include "support/resultmatchers.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QString kStamp = u"2026-12-01T08:00:00.000Z"_s;

QMap<QString, qint64> placeCounts(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QMap<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

/// The kept counts (a place whose hazards all left keeps a row with 0) and the computed ones.
void requireExact(QSqlDatabase db, const QMap<QString, qint64> &expected)
{
    const QMap<QString, qint64> kept
        = placeCounts(db, u"SELECT place_code, hazards FROM hazard_place_counts WHERE hazards <> 0"_s);
    const QMap<QString, qint64> computed = placeCounts(db, u"SELECT place_code, hazards FROM hazard_place_totals"_s);
    CHECK(kept == computed);
    CHECK(kept == expected);
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
}

void addPlace(QSqlDatabase db, const QString &code, const QString &kind)
{
    exec(db, u"INSERT INTO jurisdictions (id, code, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {QString(u"place-"_s + code), code, code, kind, kStamp, kStamp});
}

void addProject(QSqlDatabase db, const QString &id, const QString &code, const QVariant &park)
{
    exec(db,
        u"INSERT INTO projects (id, name, jurisdiction_code, park_code, category, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'building', 'under_construction', ?, ?)"_s,
        {id, QString(u"工程 "_s + id), code, park, kStamp, kStamp});
}

void addPulledHazard(QSqlDatabase db, const QString &id, const QString &projectId)
{
    exec(db,
        u"INSERT INTO hazards (id, project_id, description, measure, found_at, found_by, created_at, updated_at) "
        "VALUES (?, ?, '临边防护缺失', 'immediate', ?, 'inspector', ?, ?)"_s,
        {id, projectId, kStamp, kStamp, kStamp});
}
} // namespace

TEST_CASE(
    "hazard_place_counts equals the hazards counted from the rows after every kind of change", "[storage][placecounts]")
{
    StorageFixture f;
    QSqlDatabase db = f.db();
    const QString haikou = u"460100"_s; // the fixture's 市县 and project
    requireExact(db, {});

    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        addPlace(db, u"460200"_s, u"prefecture_city"_s);
        addPlace(db, u"P01"_s, u"park"_s);
        REQUIRE(tx.commit());
    }

    // A hazard recorded on the device.
    Hazard local;
    local.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    local.description = u"塔吊标准节螺栓松动"_s;
    local.measure = u"immediate"_s;
    auto created = HazardRepository(db).create(local, u"inspector"_s);
    INFO(errorText(created));
    REQUIRE(created);
    requireExact(db, {{haikou, 1}});

    // A pulled page with a hazard before its project (a child may come first inside a page), in 三亚 and a park.
    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        exec(db, u"PRAGMA defer_foreign_keys = ON"_s);
        addPulledHazard(db, u"h-sanya-1"_s, u"p-sanya"_s);
        addPulledHazard(db, u"h-sanya-2"_s, u"p-sanya"_s);
        addProject(db, u"p-sanya"_s, u"460200"_s, u"P01"_s);
        addPulledHazard(db, u"h-sanya-3"_s, u"p-sanya"_s);
        REQUIRE(tx.commit());
    }
    requireExact(db, {{haikou, 1}, {u"460200"_s, 3}, {u"P01"_s, 3}});

    // A project whose park code is its 市县's: its hazards count once, as the list's IN (…) does.
    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        addProject(db, u"p-same"_s, haikou, haikou);
        addPulledHazard(db, u"h-same-1"_s, u"p-same"_s);
        addPulledHazard(db, u"h-same-2"_s, u"p-same"_s);
        REQUIRE(tx.commit());
    }
    requireExact(db, {{haikou, 3}, {u"460200"_s, 3}, {u"P01"_s, 3}});

    // The server moves the 三亚 project to 海口 and out of the park: its hazards follow.
    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        exec(db, u"UPDATE projects SET jurisdiction_code = ?, park_code = NULL WHERE id = 'p-sanya'"_s, {haikou});
        REQUIRE(tx.commit());
    }
    requireExact(db, {{haikou, 6}});

    // And into the park again; then a hazard moves to another project.
    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        exec(db, u"UPDATE projects SET park_code = 'P01' WHERE id = 'p-sanya'"_s);
        exec(db, u"UPDATE hazards SET project_id = 'p-same' WHERE id = 'h-sanya-1'"_s);
        REQUIRE(tx.commit());
    }
    requireExact(db, {{haikou, 6}, {u"P01"_s, 2}});

    // Rows the server takes away (only pulled data may be deleted): a hazard, then a project with its hazards.
    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        exec(db, u"DELETE FROM hazards WHERE id = 'h-sanya-2'"_s);
        REQUIRE(tx.commit());
    }
    requireExact(db, {{haikou, 5}, {u"P01"_s, 1}});
    {
        Transaction tx(db, Transaction::Origin::Remote);
        REQUIRE(tx.isActive());
        exec(db, u"PRAGMA defer_foreign_keys = ON"_s);
        exec(db, u"DELETE FROM projects WHERE id = 'p-sanya'"_s);
        exec(db, u"DELETE FROM hazards WHERE project_id = 'p-sanya'"_s);
        REQUIRE(tx.commit());
    }
    requireExact(db, {{haikou, 4}});
}
