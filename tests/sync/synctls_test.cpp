#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// The outbox exactly as it is (every column), to show a failed sync touched nothing.
QStringList outboxSnapshot(SyncClient &client)
{
    QStringList out;
    QSqlQuery q(client.db());
    REQUIRE(q.exec(u"SELECT seq, mutation_id, state, ifnull(client_seq, ''), ifnull(batch_id, ''), attempts, "
                   "ifnull(last_error, ''), fields FROM outbox ORDER BY seq"_s));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 8; ++i)
            row.append(q.value(i).toString());
        out.append(row.join(u'|'));
    }
    return out;
}
} // namespace

TEST_CASE("Wrong CA, expired certificate, wrong host name and pin mismatch fail clearly, the outbox is untouched "
          "and the server receives nothing",
          "[sync][engine][tls]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    client.createHazard(u"外脚手架未按规定设置剪刀撑"_s);
    const QStringList before = outboxSnapshot(client);
    REQUIRE(before.size() == 2);
    const qint64 mutationsBefore = serverCount(server, u"SELECT count(*) FROM applied_mutations"_s);
    const qint64 tokensBefore = serverCount(server, u"SELECT count(*) FROM refresh_tokens"_s);

    const auto expectRefused = [&](const SyncOptions &options, const QString &code, const QString &words) {
        INFO(code.toStdString());
        client.connectWith(options);
        const Status signIn = client.engine().signIn(u"zhangwei"_s, u"correct horse battery staple"_s);
        REQUIRE_FALSE(signIn.isOk());
        CHECK(signIn.error().code == code);
        CHECK(signIn.error().message.contains(words));
        CHECK(signIn.error().message.contains(u"Nothing was sent"_s));
        const SyncReport report = client.sync();
        REQUIRE(report.error.has_value());
        CHECK(client.engine().state() == SyncEngine::State::NeedsSignIn);
        CHECK(report.stillPending == 2);
        CHECK(outboxSnapshot(client) == before);
        CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations"_s) == mutationsBefore);
        CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 0);
        CHECK(serverCount(server, u"SELECT count(*) FROM refresh_tokens"_s) == tokensBefore); // no sign-in arrived
    };

    SyncOptions untrusting;
    untrusting.serverUrl = QUrl(server.baseUrl()); // system CAs only: the dev CA is unknown
    expectRefused(untrusting, u"tls.untrusted"_s, u"not trusted"_s);

    SyncOptions pinned;
    pinned.serverUrl = QUrl(server.baseUrl());
    pinned.tls.caFile = server.caFile();
    pinned.tls.spkiPins = {u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="_s};
    expectRefused(pinned, u"tls.pin_mismatch"_s, u"pin mismatch"_s);

    const auto [expiredCert, expiredKey] =
        server.issueCertificate(u"expired"_s, {u"DNS:localhost"_s, u"IP:127.0.0.1"_s}, true);
    server.start(expiredCert, expiredKey);
    SyncOptions trusting;
    trusting.serverUrl = QUrl(server.baseUrl());
    trusting.tls.caFile = server.caFile();
    expectRefused(trusting, u"tls.expired"_s, u"expired"_s);

    const auto [otherCert, otherKey] = server.issueCertificate(u"other"_s, {u"DNS:sync.other.test"_s}, false);
    server.start(otherCert, otherKey);
    trusting.serverUrl = QUrl(server.baseUrl());
    expectRefused(trusting, u"tls.host_mismatch"_s, u"another name"_s);

    // With the right settings the same outbox goes through, once.
    server.start();
    client.connect(server);
    const SyncReport ok = client.sync();
    REQUIRE(ok.isEverythingApplied());
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards"_s) == 1);
}

TEST_CASE("A session that goes stale while the server is unreachable keeps the outbox and says what to do",
          "[sync][engine][offline]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    client.createHazard(u"施工升降机防坠安全器超期未检"_s);
    const QStringList before = outboxSnapshot(client);
    server.stop();
    const SyncReport offline = client.sync();
    REQUIRE(offline.error.has_value());
    CHECK(offline.error->code == u"network.offline"_s);
    CHECK(offline.error->message.contains(u"kept on this computer"_s));
    CHECK(client.engine().state() == SyncEngine::State::Failed);
    CHECK(outboxSnapshot(client) == before);
}
