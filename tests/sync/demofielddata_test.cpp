// `make run`'s server holds the demo client's field data (seed-demo --field-data-from): a step taken on a demo
// hazard is applied, not refused for a missing parent, and the server's fold of every hazard's events gives the
// state the laptop shows. Real programs: sitesafe-cli, sitesafe-server over TLS on 127.0.0.1.
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// Runs sitesafe-cli; waits in an event loop, so servers living in this thread keep answering.
QString runCli(const QStringList &arguments, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SITESAFE_PASSWORD"_s, u"correct horse battery staple"_s); // zhangwei (ServerProcess)
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(SITESAFE_CLI), arguments);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString localText(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Every hazard's id and state, in id order; rows still in the laptop's outbox are its own to push.
const QString kStates = u"SELECT group_concat(id || ':' || status || ':' || coalesce(effective_deadline, '') || ':' "
                        "|| is_supervision_listed, ',') FROM (SELECT * FROM hazards WHERE id NOT IN (SELECT "
                        "entity_id FROM outbox WHERE entity = 'hazards') ORDER BY id)"_s;
const QString kServerStates = u"SELECT group_concat(id || ':' || status || ':' || coalesce(effective_deadline, '') "
                              "|| ':' || is_supervision_listed, ',') FROM (SELECT * FROM hazards WHERE id IN (%1) "
                              "ORDER BY id)"_s;

} // namespace

TEST_CASE("make run's server knows the demo laptop's hazards and notices: a step on a demo hazard is applied and "
          "both folds agree",
          "[sync][cli][demo][rectification]")
{
    TestDir dir;
    const QString client = dir.file(u"client"_s);
    int code = -1;
    QString out = runCli({u"demo"_s, u"--data-dir"_s, client, u"--seed"_s, u"1"_s, u"--today"_s, u"2026-12-05"_s},
                         &code);
    INFO(out.toStdString());
    REQUIRE(code == 0);

    ServerProcess server;
    out.clear();
    code = ServerProcess::run({u"seed-demo"_s, u"--data-dir"_s, server.dataDir(), u"--seed"_s, u"1"_s, u"--today"_s,
                               u"2026-12-05"_s, u"--field-data-from"_s, client},
                              {}, &out);
    INFO(out.toStdString());
    REQUIRE(code == 0);
    server.start();

    QString hazardId;
    QString eventId;
    QString localStates;
    QString ids;
    {
        auto opened = DataStore::open(client, {.create = false, .migrate = false, .quickCheck = false});
        REQUIRE(opened.isOk());
        QSqlDatabase db = opened.value()->connection();
        // The same rows on both sides: hazards (but the demo's three new ones, still to push) and their states as
        // each side folds the events, every notice with its PDF hash for the verification page.
        CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s)
              == localText(db, u"SELECT count(*) FROM hazards WHERE id NOT IN (SELECT entity_id FROM outbox)"_s)
                     .toLongLong());
        localStates = localText(db, kStates);
        ids = localText(db, u"SELECT group_concat(quote(id), ',') FROM hazards WHERE id NOT IN (SELECT entity_id "
                            "FROM outbox)"_s);
        CHECK(localText(db, u"SELECT count(*) FROM notices WHERE pdf_sha256 IS NOT NULL"_s).toLongLong()
              == serverCount(server, u"SELECT count(*) FROM notices WHERE pdf_sha256 IS NOT NULL"_s));
        CHECK(serverCount(server, u"SELECT count(*) FROM notices"_s) > 100);
        // A demo hazard of zhangwei's 海口 reported rectified: the re-inspection passes, a week after the demo's day.
        hazardId = localText(db, u"SELECT h.id FROM hazards h JOIN projects p ON p.id = h.project_id WHERE "
                                 "h.status = 'reported' AND p.jurisdiction_code = '460100' ORDER BY h.id LIMIT 1"_s);
        REQUIRE(!hazardId.isEmpty());
        HazardEvent pass;
        pass.hazardId = hazardId;
        pass.kind = HazardEventKind::ReinspectedPass;
        pass.at = QDateTime(QDate(2026, 12, 12), QTime(9, 30), Qt::UTC);
        pass.actor = u"zhangwei"_s;
        pass.actorRole = u"inspector"_s;
        pass.note = u"复查合格"_s;
        auto appended = HazardRepository(db).appendEvent(pass);
        REQUIRE(appended.isOk());
        REQUIRE(appended.value().isApplied);
        eventId = localText(db, u"SELECT id FROM hazard_events WHERE hazard_id = '%1' AND kind = 'reinspected_pass' "
                                "ORDER BY seq DESC LIMIT 1"_s.arg(hazardId));
    }
    REQUIRE(serverText(server, kServerStates.arg(ids)) == localStates);

    out = runCli({u"sync"_s, u"--data-dir"_s, client, u"--server"_s, server.baseUrl(), u"--user"_s, u"zhangwei"_s,
                  u"--ca-file"_s, server.caFile()},
                 &code);
    INFO(out.toStdString());
    CHECK(code == 0);
    CHECK(out.contains(u"7 applied, 0 with a conflict, 0 refused"_s)); // the demo's 3 hazards + 3 events, the pass
    CHECK(serverCount(server, u"SELECT count(*) FROM hazard_events WHERE id = ? AND is_superseded = 0"_s, {eventId})
          == 1);
    CHECK(serverText(server, u"SELECT status FROM hazards WHERE id = ?"_s, {hazardId}) == u"verified");
}
