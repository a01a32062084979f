// A push answer that leaves out some of the batch's mutations. The real server answers every mutation of a batch
// it applies, so the fault is made by a TLS relay on 127.0.0.1 (the dev CA's certificate) in front of the real
// server: it forwards every request, and drops the last results of the first push's answer.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>

#include <catch2/catch.hpp>

#include "faulttlsserver.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// The fault: forwards each request to the real server and answers with its answer, except that the answer to
/// the first push loses its last `dropped` results.
class TrimmingRelay : public FaultTlsServer
{
public:
    TrimmingRelay(const ServerProcess &server, int dropped)
        : FaultTlsServer(server.tlsFile(u"server.pem"_s), server.tlsFile(u"server.key"_s))
        , m_upstream(server.baseUrl())
        , m_dropped(dropped)
    {
        m_upstreamTls = QSslConfiguration::defaultConfiguration();
        m_upstreamTls.setCaCertificates(QSslCertificate::fromPath(server.caFile()));
    }
    int pushesTrimmed = 0;

protected:
    void handle(QSslSocket *socket, const Request &request) override
    {
        QNetworkRequest forwarded(QUrl(m_upstream + QString::fromLatin1(request.target)));
        for (const char *name : {"authorization", "content-type"}) {
            if (request.headers.contains(name))
                forwarded.setRawHeader(name, request.headers.value(name));
        }
        forwarded.setSslConfiguration(m_upstreamTls);
        // The first push sent, whichever answer comes first (two pushes travel at once).
        const bool isFirstPush = request.target.startsWith("/api/v1/sync/push") && m_pushesSeen++ == 0;
        QNetworkReply *reply = m_network.sendCustomRequest(forwarded, request.method, request.body);
        connect(reply, &QNetworkReply::finished, socket, [this, socket, reply, isFirstPush] {
            reply->deleteLater();
            QByteArray body = reply->readAll();
            if (isFirstPush && reply->error() == QNetworkReply::NoError) {
                QJsonObject json = QJsonDocument::fromJson(body).object();
                QJsonArray results = json.value(u"results"_s).toArray();
                for (int i = 0; i < m_dropped; ++i)
                    results.removeLast();
                json[u"results"_s] = results;
                body = QJsonDocument(json).toJson(QJsonDocument::Compact);
                ++pushesTrimmed;
            }
            answer(socket, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body);
        });
    }

private:
    QString m_upstream;
    int m_dropped;
    int m_pushesSeen = 0;
    QSslConfiguration m_upstreamTls;
    QNetworkAccessManager m_network;
};

} // namespace

TEST_CASE("An answer that leaves out part of a batch: the rest goes again at once, ahead of the next batches",
    "[sync][push][pipeline][fault]")
{
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    SyncOptions options;
    options.maxPushMutations = 100;
    client.connect(server, options);
    REQUIRE(client.sync().isEverythingApplied());
    for (int i = 0; i < 150; ++i)
        client.createHazard(u"部分应答隐患 %1"_s.arg(i)); // 300 mutations: three batches of 100

    TrimmingRelay relay(server, 40);
    options.serverUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(relay.serverPort()));
    options.tls.caFile = server.caFile();
    client.connectWith(options);
    REQUIRE(client.engine().signIn(u"zhangwei"_s, u"correct horse battery staple"_s).isOk());
    QList<std::pair<QString, int>> sent;
    QObject::connect(&client.engine(), &SyncEngine::pushSending, [&](const QString &batchId, int mutations) {
        sent.append({batchId, mutations});
    });
    const SyncReport report = client.sync();
    INFO((report.error ? report.error->message : u"no error"_s).toStdString());
    REQUIRE(report.isEverythingApplied());
    CHECK(relay.pushesTrimmed == 1);

    // The first batch (60 of 100 answered) and the second, sent together; the first's unanswered 40 under its
    // batch id, sent at once though the second is still out; then the last.
    REQUIRE(sent.size() == 4);
    CHECK(sent.at(0).second == 100);
    CHECK(sent.at(1).second == 100);
    CHECK(sent.at(1).first != sent.at(0).first);
    CHECK(sent.at(2) == std::pair<QString, int> {sent.at(0).first, 40});
    CHECK(sent.at(3).second == 100);
    CHECK(sent.at(3).first != sent.at(1).first);
    CHECK(sent.at(3).first != sent.at(0).first);
    // The server had applied all 100 of the first batch: the 40 sent again were answered as duplicates.
    const QString device = client.engine().deviceId();
    CHECK(serverCount(server, u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {device}) == 300);
    CHECK(serverCount(
              server, u"SELECT count(DISTINCT mutation_id) FROM applied_mutations WHERE device_id = ?"_s, {device})
        == 300);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'applied'"_s) == 260);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'duplicate'"_s) == 40);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) == 0);
}
