#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// One account per data folder (docs/architecture.md): a laptop handed to a colleague keeps its owner's unsent work
// under the owner's name. The laptop refuses another account before anything is sent; the server refuses a device id
// another account holds, for a copied folder or a client that does not check.

namespace {

constexpr auto kPassword = "correct horse battery staple";

std::string describe(const SyncReport &r)
{
    return r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error");
}

} // namespace

TEST_CASE("One account per data folder: another account cannot sign in with a folder holding someone's work",
    "[sync][auth][hostile]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.addUser(u"wangfang"_s, u"inspector"_s, u"460100"_s);
    server.start();

    SyncClient laptop; // zhangwei's folder, synced once, then work made offline
    laptop.connect(server);
    const SyncReport first = laptop.sync();
    INFO(describe(first));
    REQUIRE(first.isComplete());
    const QString hazard = laptop.createHazard(u"外脚手架连墙件缺失（交接前未同步）"_s);
    const qint64 pending = laptop.engine().pendingCount();
    REQUIRE(pending > 0);
    const QString device = laptop.text(u"SELECT value FROM sync_state WHERE key = 'device_id'"_s);

    SECTION("the laptop refuses before sending anything, and names whose work it holds")
    {
        laptop.connect(server, {}, false);
        const Status refused = laptop.engine().signIn(u"wangfang"_s, QString::fromLatin1(kPassword));
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().code == u"auth.other_account"_s);
        CHECK(refused.error().message.contains(u"zhangwei"_s));
        CHECK(refused.error().message.contains(u"wangfang"_s));
        CHECK(laptop.engine().pendingCount() == pending);
        CHECK(
            serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'auth.login' AND actor = 'wangfang'"_s)
            == 0);
    }

    SECTION("a copy of the folder without its account record is refused by the server")
    {
        SyncClient copy;
        REQUIRE(copy.count(u"UPDATE sync_state SET value = ? WHERE key = 'device_id' RETURNING 1"_s, {device}) == 1);
        copy.connect(server, {}, false);
        const Status refused = copy.engine().signIn(u"wangfang"_s, QString::fromLatin1(kPassword));
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().code == u"auth.device_taken"_s);
        CHECK(refused.error().message.contains(u"Settings"_s));
        CHECK(serverText(
                  server, u"SELECT u.name FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = ?"_s, {device})
            == u"zhangwei"_s);
        CHECK(serverCount(server,
                  u"SELECT count(*) FROM audit_log WHERE action = 'auth.device_taken' AND "
                  "actor = 'wangfang' AND device_id = ?"_s,
                  {device})
            == 1);
    }

    // Either way the owner signs in again and the work goes out once, under the owner's name.
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 0);
    laptop.connectAs(server, u"zhangwei"_s);
    const SyncReport after = laptop.sync();
    INFO(describe(after));
    REQUIRE(after.isComplete());
    CHECK(laptop.engine().pendingCount() == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazard}) == 1);
    CHECK(serverCount(server,
              u"SELECT count(*) FROM audit_log WHERE action = 'sync.applied' AND entity = 'hazards' "
              "AND entity_id = ? AND actor = 'zhangwei' AND device_id = ?"_s,
              {hazard, device})
        == 1);
}
