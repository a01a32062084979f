// The demo as a user meets it: stores made by `sitesafe-cli demo` on one day sync with a server seeded on
// another, two demo stores are two laptops, and a new laptop's first sync starts from an empty folder. Every
// program is the real one (sitesafe-cli, sitesafe-server over TLS on 127.0.0.1).
#include <algorithm>

#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "storage/datastore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "correct horse battery staple"; // zhangwei, inspector of 460100 (ServerProcess)

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs sitesafe-cli; waits in an event loop, so servers living in this thread keep answering.
CliRun runCli(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SITESAFE_PASSWORD"_s, QString::fromUtf8(kPassword));
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(SITESAFE_CLI), arguments);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void makeDemo(const QString &dir, const QString &today)
{
    const CliRun r = runCli({u"demo"_s, u"--data-dir"_s, dir, u"--seed"_s, u"1"_s, u"--today"_s, today});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

void seedServer(const ServerProcess &server, const QString &today)
{
    QString out;
    const int code = ServerProcess::run(
        {u"seed-demo"_s, u"--data-dir"_s, server.dataDir(), u"--seed"_s, u"1"_s, u"--today"_s, today}, {}, &out);
    INFO(out.toStdString());
    REQUIRE(code == 0);
}

CliRun syncCli(const QString &dir, const ServerProcess &server)
{
    return runCli({u"sync"_s, u"--data-dir"_s, dir, u"--server"_s, server.baseUrl(), u"--user"_s, u"zhangwei"_s,
                   u"--ca-file"_s, server.caFile()});
}

/// Reads a client data folder after the command line is done with it.
class ClientFile
{
public:
    explicit ClientFile(const QString &dir)
    {
        auto opened = DataStore::open(dir, {.create = false, .migrate = false, .quickCheck = false});
        REQUIRE(opened.isOk());
        m_store = std::move(opened).value();
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_store->connection());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QStringList column(const QString &sql)
    {
        QSqlQuery q(m_store->connection());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    QString deviceId() { return m_store->deviceId(); }
    QSqlDatabase db() { return m_store->connection(); }

private:
    std::unique_ptr<DataStore> m_store;
};

const QStringList kReferenceTables{u"jurisdictions"_s,      u"enterprises"_s,   u"projects"_s,
                                   u"project_participants"_s, u"people"_s,       u"project_key_people"_s,
                                   u"certificates"_s,       u"equipment"_s,     u"dangerous_works"_s,
                                   u"criteria_sets"_s,      u"criteria_items"_s, u"checklist_templates"_s};

} // namespace

TEST_CASE("A demo store made on one day syncs with a server seeded 400 days earlier: everything applied, no "
          "conflict, the same reference rows",
          "[sync][cli][anyday]")
{
    TestDir dir;
    const QString client = dir.file(u"client"_s);
    makeDemo(client, u"2026-12-05"_s);
    ServerProcess server;
    seedServer(server, u"2025-10-31"_s);
    server.start();

    qint64 queued = 0;
    {
        ClientFile before(client);
        queued = before.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s);
    }
    REQUIRE(queued == 6); // the demo's three hazards, each with its created event

    const CliRun run = syncCli(client, server);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"6 applied, 0 with a conflict, 0 refused"_s));
    CHECK(run.out.contains(u"(full download)"_s));

    ClientFile after(client);
    CHECK(after.count(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s) == queued);
    CHECK(after.count(u"SELECT count(*) FROM outbox WHERE state <> 'applied'"_s) == 0);
    CHECK(after.count(u"SELECT count(*) FROM conflicts"_s) == 0);
    CHECK(after.count(u"SELECT count(*) FROM sync_state WHERE key = 'cursor' AND value <> ''"_s) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 3);
    for (const QString &table : kReferenceTables) {
        INFO(table.toStdString());
        const qint64 local = after.count(u"SELECT count(*) FROM "_s + table);
        CHECK(local > 0);
        CHECK(local == serverCount(server, u"SELECT count(*) FROM "_s + table));
    }
    // The pull landed on the demo's own rows (same ids): the 海口 projects now read exactly as the server's,
    // dated 400 days earlier, and no other row was added.
    const QStringList local = canonicalRows(after.db(), u"projects"_s);
    const QStringList remote = serverRows(server, u"projects"_s);
    const QSet<QString> remoteSet(remote.cbegin(), remote.cend());
    const auto same = std::count_if(local.cbegin(), local.cend(), [&](const QString &row) { return remoteSet.contains(row); });
    CHECK(same > 0);
    CHECK(same == serverCount(server, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460100'"_s));
}

TEST_CASE("Two demo stores of one seed are two laptops: own device ids, own mutations, all applied once each",
          "[sync][cli][two-laptops]")
{
    TestDir dir;
    const QString first = dir.file(u"laptop-1"_s);
    const QString second = dir.file(u"laptop-2"_s);
    makeDemo(first, u"2026-12-05"_s);
    makeDemo(second, u"2026-12-05"_s);

    QString firstDevice, secondDevice;
    QStringList firstMutations, secondMutations;
    {
        ClientFile a(first), b(second);
        firstDevice = a.deviceId();
        secondDevice = b.deviceId();
        firstMutations = a.column(u"SELECT mutation_id FROM outbox"_s);
        secondMutations = b.column(u"SELECT mutation_id FROM outbox"_s);
        // Each laptop's fresh notice-number blocks (one per notice kind) are its own.
        CHECK(a.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id = '"_s + firstDevice + u"'"_s) == 6);
        CHECK(b.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id = '"_s + secondDevice + u"'"_s) == 6);
        CHECK(a.count(u"SELECT count(*) FROM notice_number_blocks WHERE device_id = 'demo-device'"_s) == 0);
    }
    REQUIRE(!firstDevice.isEmpty());
    REQUIRE(!secondDevice.isEmpty());
    CHECK(firstDevice != secondDevice);
    REQUIRE(firstMutations.size() == 6);
    REQUIRE(secondMutations.size() == 6);
    const QSet<QString> firstSet(firstMutations.cbegin(), firstMutations.cend());
    CHECK_FALSE(firstSet.intersects(QSet<QString>(secondMutations.cbegin(), secondMutations.cend())));

    ServerProcess server;
    seedServer(server, u"2026-12-05"_s);
    server.start();
    for (const QString &laptop : {first, second}) {
        const CliRun run = syncCli(laptop, server);
        INFO(laptop.toStdString() << '\n' << run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"6 applied, 0 with a conflict, 0 refused"_s));
        ClientFile after(laptop);
        CHECK(after.count(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s) == 6);
        CHECK(after.count(u"SELECT count(*) FROM outbox WHERE state = 'duplicate'"_s) == 0);
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == 12);
    CHECK(serverCount(server, u"SELECT count(DISTINCT device_id) FROM applied_mutations"_s) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 6);
}

TEST_CASE("A new laptop's first sync into a folder with no store creates one and takes the snapshot",
          "[sync][cli][first-sync]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    TestDir dir;
    const QString laptop = dir.file(u"new-laptop"_s); // does not exist yet
    REQUIRE_FALSE(DataStore::exists(laptop));

    const CliRun run = syncCli(laptop, server);
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"created an empty store"_s));
    CHECK(run.out.contains(u"(full download)"_s));
    REQUIRE(DataStore::exists(laptop));
    {
        ClientFile store(laptop);
        CHECK_FALSE(store.deviceId().isEmpty());
        CHECK(store.count(u"SELECT count(*) FROM jurisdictions"_s) == 30);
        CHECK(store.count(u"SELECT count(*) FROM projects"_s)
              == serverCount(server, u"SELECT count(*) FROM projects WHERE jurisdiction_code = '460100'"_s));
        CHECK(store.count(u"SELECT count(*) FROM projects"_s) > 0);
        CHECK(store.count(u"SELECT count(*) FROM criteria_items"_s)
              == serverCount(server, u"SELECT count(*) FROM criteria_items"_s));
        CHECK(store.count(u"SELECT count(*) FROM criteria_items"_s) > 0);
        for (const QString &table : kReferenceTables) {
            INFO(table.toStdString());
            CHECK(store.count(u"SELECT count(*) - count(DISTINCT id) FROM "_s + table) == 0);
        }
        CHECK(store.count(u"SELECT count(*) - count(DISTINCT code) FROM criteria_items"_s) == 0);
        CHECK(store.count(u"SELECT count(*) FROM outbox"_s) == 0);
    }

    const CliRun check = runCli({u"check"_s, u"--data-dir"_s, laptop});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"Result: OK"_s));

    const CliRun again = syncCli(laptop, server); // the second sync is an ordinary one
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(u"created an empty store"_s));
    CHECK_FALSE(again.out.contains(u"(full download)"_s));
}
