// Reviewers see when a record's time cannot be trusted: the hazard detail pane shows "time doubtful" with the
// device's offset to the server clock for a hazard flagged is_time_doubtful, and nothing for one that is not.
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "models/sqlworker.h"
#include "widgets/views/hazarddetailpane.h"
#include "widgettesthelpers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

TEST_CASE("The hazard detail pane shows a doubtful time with the clock offset", "[widgets][timetrust]")
{
    QTemporaryDir dir; // a private copy of the demo data folder: the shared one is read-only for tests
    {
        QSqlQuery q(directConnection(DemoFixture::databasePath()));
        REQUIRE(q.exec(u"VACUUM INTO '%1'"_s.arg(DataStore::databasePath(dir.path()))));
    }
    auto opened = DataStore::open(dir.path());
    REQUIRE(opened.isOk());
    std::unique_ptr<DataStore> store = std::move(opened).value();
    QSqlQuery q(store->connection());
    REQUIRE(q.exec(u"SELECT id FROM hazards ORDER BY seq LIMIT 2"_s));
    REQUIRE(q.next());
    const QString doubtful = q.value(0).toString();
    REQUIRE(q.next());
    const QString trusted = q.value(0).toString();
    q.finish();
    // Recorded on a device whose clock ran 2 h 5 min behind the server's at its last sync.
    REQUIRE(q.prepare(u"UPDATE hazards SET clock_offset_ms = ?, is_time_doubtful = 1 WHERE id = ?"_s));
    q.addBindValue(qint64(2 * 3600 + 5 * 60) * 1000);
    q.addBindValue(doubtful);
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);

    SqlWorker worker(DataStore::databasePath(dir.path()));
    HazardDetailPane pane;
    pane.setSource(&worker, store->blobs().root(), DemoFixture::today());
    QSignalSpy loaded(&pane, &HazardDetailPane::loaded);
    pane.showHazard(doubtful);
    REQUIRE(waitFor([&] { return loaded.count() == 1; }));
    REQUIRE(pane.detail().timeTrust.isDoubtful);
    REQUIRE(pane.detail().timeTrust.clockOffsetMs == (2 * 3600 + 5 * 60) * 1000);
    CHECK(pane.summaryText().contains(u"Time doubtful: the device clock was 2 h 5 min behind the server's"_s));

    pane.showHazard(trusted);
    REQUIRE(waitFor([&] { return loaded.count() == 2; }));
    CHECK_FALSE(pane.detail().timeTrust.isDoubtful);
    CHECK_FALSE(pane.summaryText().contains(u"Time doubtful"_s));
    CHECK(pane.summaryText().contains(pane.detail().description)); // the other hazard's summary is shown
}
