#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "storage/datastore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit; ///< CrashExit: killed (a failpoint's SIGKILL)
};

/// `sitesafe-cli sync` of `dataDir` with `server`, signed in as zhangwei (password from the environment), with
/// `extra` environment variables, run through `wrapper` when given (faketime and its options).
CliRun runCliSync(const QString &dataDir, const ServerProcess &server, const QList<std::pair<QString, QString>> &extra,
    const QStringList &wrapper = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SITESAFE_PASSWORD"_s, u"correct horse battery staple"_s);
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    const QStringList sync {QStringLiteral(SITESAFE_CLI), u"sync"_s, u"--data-dir"_s, dataDir, u"--server"_s,
        server.baseUrl(), u"--user"_s, u"zhangwei"_s, u"--ca-file"_s, server.caFile()};
    const QStringList command = wrapper + sync;
    p.start(command.first(), command.mid(1));
    INFO(command.first().toStdString() << ": faketime is part of scripts/install-deps.sh (Debian package faketime)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
        p.exitStatus()};
}

CliRun runCli(const QStringList &arguments, const QByteArray &password, bool viaEnvironment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SITESAFE_PASSWORD"_s);
    if (viaEnvironment)
        env.insert(u"SITESAFE_PASSWORD"_s, QString::fromUtf8(password));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SITESAFE_CLI), arguments);
    REQUIRE(p.waitForStarted(10000));
    if (!viaEnvironment)
        p.write(password + "\n");
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("sitesafe-cli sync: clear sentences on failure, exit 0 only when everything was applied",
          "[sync][cli]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    client.createHazard(u"安全帽佩戴不规范"_s);
    const QStringList args{u"sync"_s, u"--data-dir"_s, client.store().directory(), u"--server"_s, server.baseUrl(),
                           u"--user"_s, u"zhangwei"_s, u"--ca-file"_s, server.caFile()};

    const CliRun usage = runCli({u"sync"_s, u"--data-dir"_s, client.store().directory()}, {}, true);
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(u"Usage: sitesafe-cli sync"_s));

    const CliRun wrong = runCli(args, "not the password", true);
    INFO(wrong.out.toStdString() << wrong.err.toStdString());
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"user name or password is wrong"_s));
    CHECK(wrong.err.contains(u"2 change(s) wait on this computer"_s));
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 2);

    const CliRun untrusted = runCli(QStringList(args.mid(0, 7)), "correct horse battery staple", true);
    CHECK(untrusted.exitCode == 1);
    CHECK(untrusted.err.contains(u"not trusted"_s));

    const CliRun ok = runCli(args, "correct horse battery staple", false); // password on standard input
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(u"2 applied"_s));
    CHECK(ok.out.contains(u"Everything recorded on this computer has been applied"_s));
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 1);
}

TEST_CASE("Case 11: a laptop two years behind is told to check its clock and sends nothing, one days ahead syncs",
    "[sync][cli][clock]")
{
    // The laptop's clock, not the test's: sitesafe-cli runs under faketime (libfaketime), so OpenSSL itself sees a
    // certificate that is not valid yet. No tool, no test: a missing faketime fails here.
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    client.createHazard(u"时钟偏差的电脑记录的隐患"_s);
    const auto runSkewed = [&](const QString &offset) {
        return runCliSync(client.store().directory(), server, {}, {u"faketime"_s, u"-f"_s, offset});
    };

    const CliRun behind = runSkewed(u"-730d"_s);
    INFO(behind.out.toStdString() << behind.err.toStdString());
    CHECK(behind.exitCode == 1);
    CHECK(behind.err.contains(u"not valid yet"_s));
    CHECK(behind.err.contains(u"date and time"_s));
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 0); // no insecure fallback sent it

    const CliRun ahead = runSkewed(u"+3d"_s);
    INFO(ahead.out.toStdString() << ahead.err.toStdString());
    CHECK(ahead.exitCode == 0);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 1);
}

TEST_CASE("Case 7: sitesafe-cli killed with half a pulled page written keeps none of it, and the next sync converges",
    "[sync][cli][failpoint]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient laptop, colleague;
    laptop.connect(server);
    colleague.connect(server);
    REQUIRE(laptop.sync().isEverythingApplied());
    REQUIRE(colleague.sync().isEverythingApplied());
    for (int i = 0; i < 30; ++i)
        colleague.createHazard(u"拉取中断 %1"_s.arg(i));
    REQUIRE(colleague.sync().isEverythingApplied());
    const QString cursorBefore = laptop.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s);

    // The command-line client pulls the page and SIGKILLs itself (SITESAFE_FAILPOINT) after half its rows.
    const CliRun killed
        = runCliSync(laptop.store().directory(), server, {{u"SITESAFE_FAILPOINT"_s, u"pull-half-applied"_s}});
    INFO(killed.out.toStdString() << killed.err.toStdString());
    REQUIRE(killed.exitStatus == QProcess::CrashExit); // killed there, not finished some other way

    CHECK(laptop.text(u"PRAGMA quick_check"_s) == u"ok"_s);
    CHECK(laptop.count(u"SELECT count(*) FROM hazards WHERE description LIKE '拉取中断 %'"_s) == 0);
    CHECK(laptop.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s) == cursorBefore);
    const SyncReport next = laptop.sync();
    REQUIRE(next.isEverythingApplied());
    CHECK(laptop.count(u"SELECT count(*) FROM hazards WHERE description LIKE '拉取中断 %'"_s) == 30);
    for (const QString &entity : {u"hazards"_s, u"hazard_events"_s})
        CHECK(laptop.rows(entity) == serverRows(server, entity));
}

TEST_CASE("Case 8: a hazard survives a kill before it is sent and one between send and receipt, and is stored once",
    "[sync][cli][failpoint]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient laptop;
    laptop.connect(server);
    REQUIRE(laptop.sync().isEverythingApplied());
    // Saved, nothing sent yet: the row and its outbox entry are written in one transaction (a writer killed in the
    // middle leaves both or neither: tests_storage "[crash]"), so a laptop switched off now keeps both.
    const QString hazard = laptop.createHazard(u"断电前保存的隐患"_s);
    CHECK(laptop.count(u"SELECT count(*) FROM outbox WHERE entity_id = ? AND state = 'pending'"_s, {hazard}) == 1);
    CHECK(laptop.count(u"SELECT count(*) FROM hazards h WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity_id = "
                       "h.id) AND h.description = '断电前保存的隐患'"_s)
        == 0);

    // Sent and applied by the server; the program is killed before it notes the receipts.
    const CliRun killed
        = runCliSync(laptop.store().directory(), server, {{u"SITESAFE_FAILPOINT"_s, u"push-answered-unrecorded"_s}});
    REQUIRE(killed.exitStatus == QProcess::CrashExit);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(laptop.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) == 2);
    CHECK(laptop.text(u"PRAGMA quick_check"_s) == u"ok"_s);

    // The next sync resends the same batch: answered duplicate, stored once.
    const SyncReport next = laptop.sync();
    REQUIRE(next.isEverythingApplied());
    CHECK(laptop.count(u"SELECT count(*) FROM outbox WHERE state = 'duplicate'"_s) == 2);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations WHERE entity_id = ?"_s, {hazard}) == 1);
    CHECK(laptop.rows(u"hazards"_s) == serverRows(server, u"hazards"_s));
}
