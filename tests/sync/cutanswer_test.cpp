// A connection cut in the middle of the server's answer. The real server never stops half-way through a body
// it has announced, so the fault is made by a tiny TLS server on 127.0.0.1 (with the dev CA's certificate):
// it signs in and answers /ping like a SiteSafe server, then answers the push with its headers and half the
// announced body, and closes the connection.
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSslSocket>

#include <catch2/catch.hpp>

#include "faulttlsserver.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// The fault: a TLS server that cuts its answer to the push (and to every path it does not know) half-way, or,
/// for contrast, answers it completely with a page that is not SiteSafe's.
class HalfAnswerServer : public FaultTlsServer
{
public:
    enum class Fault { CutHalfway, WholeForeignPage };

    HalfAnswerServer(const QString &certFile, const QString &keyFile, Fault fault)
        : FaultTlsServer(certFile, keyFile)
        , m_fault(fault)
    { }
    QStringList paths; ///< every request's method and target, in order

protected:
    void handle(QSslSocket *socket, const Request &request) override
    {
        const QByteArray line = request.method + ' ' + request.target;
        paths << QString::fromLatin1(line);
        if (line.startsWith("POST /api/v1/auth/token"))
            answer(socket, 200,
                R"({"access_token":"a-token","refresh_token":"r-token","role":"inspector",)"
                R"("jurisdiction":"460100","expires_in":900})");
        else if (line.startsWith("GET /api/v1/ping") || line.startsWith("POST /api/v1/auth/revoke"))
            answer(socket, 200, R"({"ok":true})");
        else if (m_fault == Fault::CutHalfway)
            cut(socket);
        else
            answer(socket, 200, "<html><body>Welcome to the router</body></html>");
    }

private:
    static void cut(QSslSocket *socket)
    {
        const QByteArray body = R"({"receipts":[)" + QByteArray(400, ' ');
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(body.size() * 2) + "\r\n\r\n" + body);
        socket->flush();
        socket->disconnectFromHost(); // after the written bytes are sent
    }

    Fault m_fault;
};

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// `sitesafe-cli sync` of `dir` against the fault server, waiting in an event loop so it can answer.
CliRun syncAgainst(const HalfAnswerServer &fault, const QString &dir, const QString &caFile)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SITESAFE_PASSWORD"_s, u"correct horse battery staple"_s);
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(SITESAFE_CLI), {u"sync"_s, u"--data-dir"_s, dir, u"--server"_s,
                                           u"https://127.0.0.1:%1"_s.arg(fault.serverPort()), u"--user"_s,
                                           u"zhangwei"_s, u"--ca-file"_s, caFile});
    REQUIRE(p.waitForStarted(10000));
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("sitesafe-cli sync: a connection cut in the middle of the answer is an interruption to retry, and the "
          "frozen batch still counts as waiting",
          "[sync][cli][cut]")
{
    // A real store with two queued changes: the snapshot from the real server, then a new hazard.
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    client.createHazard(u"临边防护缺失"_s);
    REQUIRE(client.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 2);

    HalfAnswerServer fault(server.tlsFile(u"server.pem"_s), server.tlsFile(u"server.key"_s),
                           HalfAnswerServer::Fault::CutHalfway);
    const CliRun run = syncAgainst(fault, client.store().directory(), server.caFile());
    const QString &err = run.err;
    INFO(run.out.toStdString() << err.toStdString() << fault.paths.join(u'\n').toStdString());

    REQUIRE(fault.paths.filter(u"POST /api/v1/sync/push"_s).size() == 1); // the cut really happened on the push
    CHECK(run.exitCode == 1);
    CHECK(err.contains(u"cut in the middle of its answer"_s));
    CHECK_FALSE(err.contains(u"points to a SiteSafe server"_s));
    // The batch is frozen, waiting for its receipt: both changes still wait, and the user is told so.
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) == 2);
    CHECK(err.contains(u"2 change(s) still wait on this computer"_s));
}

TEST_CASE("A whole answer that is not SiteSafe's is still reported as a foreign server, not as a cut",
          "[sync][cli][cut]")
{
    // The contrast that makes the test above meaningful: same store, same place, but a complete foreign page.
    ServerProcess server;
    server.seedDemo(1);
    server.start();
    SyncClient client;
    client.connect(server);
    REQUIRE(client.sync().isEverythingApplied());
    client.createHazard(u"临边防护缺失"_s);

    HalfAnswerServer foreign(server.tlsFile(u"server.pem"_s), server.tlsFile(u"server.key"_s),
                             HalfAnswerServer::Fault::WholeForeignPage);
    const CliRun run = syncAgainst(foreign, client.store().directory(), server.caFile());
    INFO(run.out.toStdString() << run.err.toStdString() << foreign.paths.join(u'\n').toStdString());
    REQUIRE(foreign.paths.filter(u"POST /api/v1/sync/push"_s).size() == 1);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"points to a SiteSafe server"_s));
    CHECK_FALSE(run.err.contains(u"cut in the middle"_s));
}
