#include "storage/bulkload.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include "demo/demogenerator.h"
#include "storage/cataloginstaller.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "storagefixture.h"
#include "support/tempdir.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QDate kToday(2026, 11, 28);
const QDateTime kStamp(kToday, QTime(8, 0), Qt::UTC);

QStringList column(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << (q.isNull(i) ? u"<null>"_s : q.value(i).toString());
        out << row.join(u'\x1f');
    }
    return out;
}

/// The schema as SQLite keeps it, without the pages the objects happen to live on.
QStringList schema(QSqlDatabase db)
{
    return column(db, u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"_s);
}

/// One hash of every row of every table (FTS index pages aside: their layout depends on how they were built; the
/// texts they index are compared through hazards_fts_content and the searches). sync_state holds the store's own
/// device id and sync_control the time of the last transaction: they differ between any two stores.
QMap<QString, QByteArray> rowHashes(QSqlDatabase db)
{
    QMap<QString, QByteArray> hashes;
    const QStringList tables = column(db,
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT IN "
        "('hazards_fts', 'hazards_fts_data', 'hazards_fts_idx', 'hazards_fts_config', 'hazard_grams', "
        "'hazard_grams_data', 'hazard_grams_idx', 'hazard_grams_config', 'sync_control', 'sync_state') "
        "ORDER BY name"_s);
    for (const QString &table : tables) {
        QStringList rows = column(db, u"SELECT * FROM \"%1\""_s.arg(table));
        rows.sort();
        hashes.insert(table, QCryptographicHash::hash(rows.join(u'\n').toUtf8(), QCryptographicHash::Sha256));
    }
    return hashes;
}

/// A search as the hazard list runs it: FTS for three characters or more, the short-word index below.
QStringList found(QSqlDatabase db, const QString &table, const QString &match)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid"_s.arg(table));
    q.addBindValue(match);
    REQUIRE(q.exec());
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

/// The small demo data set of seed 1, written row by row as before issue 13, or in one bulk load.
std::unique_ptr<DataStore> writeDemo(const QString &dir, bool isBulk)
{
    auto opened = DataStore::open(dir);
    REQUIRE(opened);
    std::unique_ptr<DataStore> store = std::move(opened.value());
    REQUIRE(CatalogInstaller(store->connection(), kStamp).installBuiltIn().isOk());
    BulkLoad load(store->connection());
    if (isBulk)
        REQUIRE(load.begin().isOk());
    DemoOptions options;
    options.today = kToday;
    options.deviceId = u"test-device"_s;
    DatasetWriter writer(store->connection(), kStamp);
    bool isWritten = true;
    DemoGenerator(options).generate([&](const Dataset &chunk) {
        isWritten = isWritten && writer.write(chunk).isOk();
        return isWritten;
    });
    REQUIRE(isWritten);
    if (isBulk)
        REQUIRE(load.finish().isOk());
    return store;
}
} // namespace

TEST_CASE(
    "A bulk load writes the same rows, schema and search indexes as writing row by row", "[storage][bulkload][slow]")
{
    TestDir plainDir, bulkDir;
    auto plain = writeDemo(plainDir.path(), false);
    QSqlDatabase a = plain->connection();
    const QStringList schemaBefore = schema(a);
    auto bulk = writeDemo(bulkDir.path(), true);
    QSqlDatabase b = bulk->connection();

    CHECK(schema(b) == schemaBefore); // every trigger and index back, with its exact SQL
    const auto hashes = rowHashes(a);
    CHECK(hashes.size() > 30);
    CHECK(column(a, u"SELECT count(*) FROM hazards"_s).value(0).toInt() > 1000);
    const auto bulkHashes = rowHashes(b);
    CHECK(bulkHashes.keys() == hashes.keys());
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(bulkHashes.value(it.key()).toHex() == it.value().toHex());
    }

    QSqlQuery q(b);
    CHECK(q.exec(u"INSERT INTO hazards_fts (hazards_fts) VALUES ('integrity-check')"_s));
    CHECK(q.exec(u"INSERT INTO hazard_grams (hazard_grams, rank) VALUES ('integrity-check', 1)"_s));
    CHECK(column(b, u"PRAGMA integrity_check"_s) == QStringList {u"ok"_s});
    CHECK(column(b, u"PRAGMA journal_mode"_s) == QStringList {u"wal"_s});
    CHECK(column(b, u"PRAGMA synchronous"_s) == column(a, u"PRAGMA synchronous"_s));

    // 塔式起重机 through the trigram index; 塔吊 (U+5854 U+540A) and 井 (U+4E95) through the short-word index.
    for (const auto &[table, match] : {std::pair {u"hazards_fts"_s, u"\"塔式起重机\""_s},
             std::pair {u"hazard_grams"_s, u"22612x21514"_s}, std::pair {u"hazard_grams"_s, u"20117x*"_s}}) {
        INFO(match.toStdString());
        const QStringList rows = found(a, table, match);
        CHECK_FALSE(rows.isEmpty());
        CHECK(found(b, table, match) == rows);
    }

    // The triggers work again: a new hazard is found at once, and the edit is queued for sync.
    Hazard h;
    h.projectId = column(b, u"SELECT id FROM projects ORDER BY id LIMIT 1"_s).value(0);
    h.description = u"卸料平台钢丝绳锈蚀断丝"_s;
    h.measure = u"deadline"_s;
    REQUIRE(HazardRepository(b).create(h, u"张伟"_s).isOk());
    CHECK(found(b, u"hazards_fts"_s, u"\"钢丝绳锈蚀\""_s).size() == 1);
    CHECK(found(b, u"hazard_grams"_s, u"38152x34432"_s).size() >= 1); // 锈蚀
    CHECK(column(b, u"SELECT count(*) FROM outbox WHERE entity = 'hazards'"_s) == QStringList {u"1"_s});
    CHECK(q.exec(u"INSERT INTO hazard_grams (hazard_grams, rank) VALUES ('integrity-check', 1)"_s));
}

TEST_CASE("A bulk load that is not finished still puts the schema back, and a store with hazards is refused",
    "[storage][bulkload]")
{
    StorageFixture f;
    QSqlDatabase db = f.db();
    const QStringList before = schema(db);
    {
        BulkLoad load(db);
        REQUIRE(load.begin().isOk());
        CHECK(column(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'hazards_fts_insert'"_s)
            == QStringList {u"0"_s});
        CHECK(column(db, u"PRAGMA journal_mode"_s) == QStringList {u"memory"_s});
    } // the load failed: no finish()
    CHECK(schema(db) == before);
    CHECK(column(db, u"PRAGMA journal_mode"_s) == QStringList {u"wal"_s});

    Hazard h;
    h.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    h.description = u"临边防护缺失"_s;
    h.measure = u"deadline"_s;
    REQUIRE(HazardRepository(db).create(h, u"张伟"_s).isOk());
    BulkLoad refused(db);
    const Status s = refused.begin();
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().code == u"storage.bulk_load_not_empty"_s);
    CHECK(schema(db) == before);
}
