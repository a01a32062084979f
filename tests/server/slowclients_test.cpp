#include <algorithm>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslSocket>

#include <catch2/catch.hpp>

#include "rawtls.h"
#include "server/devca.h"
#include "server/httpfrontend.h"
#include "support/tempdir.h"
#include "testclient.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

// Case 25's slow clients (sync-anchors §3): many connections that send their headers a byte at a time (slowloris),
// and a body that keeps trickling in after the server refused it. The server is the real HttpFrontend over TLS,
// in this process, with small limits so the test takes seconds.

namespace {

using Sockets = std::vector<std::unique_ptr<QSslSocket>>;

/// Runs the event loop (the server lives on this thread) until `done` or `ms` have passed; returns `done()`.
template<typename Done> bool pumpUntil(Done done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

/// TLS connections to the server, each collecting what the server answers on it as it arrives (a connection the
/// server closes at once keeps its answer here).
struct Connections {
    Sockets sockets;
    std::vector<QByteArray> answers;

    qsizetype count(const QByteArray &prefix) const
    {
        return std::count_if(
            answers.cbegin(), answers.cend(), [&](const QByteArray &a) { return a.startsWith(prefix); });
    }
};

/// `count` connections, each past its handshake (or already closed by the server after it); the server completes
/// them on this thread.
std::unique_ptr<Connections> openConnections(int count, quint16 port, const QString &caFile)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile));
    auto c = std::make_unique<Connections>();
    c->answers.resize(std::size_t(count));
    std::vector<bool> isDone(std::size_t(count), false);
    for (int i = 0; i < count; ++i) {
        auto s = std::make_unique<QSslSocket>();
        QSslSocket *raw = s.get();
        s->setSslConfiguration(tls);
        s->setPeerVerifyName(u"127.0.0.1"_s);
        QObject::connect(
            raw, &QSslSocket::readyRead, [c = c.get(), raw, i] { c->answers[std::size_t(i)] += raw->readAll(); });
        QObject::connect(raw, &QSslSocket::encrypted, [&isDone, i] { isDone[std::size_t(i)] = true; });
        s->connectToHostEncrypted(u"127.0.0.1"_s, port);
        c->sockets.push_back(std::move(s));
    }
    const bool handshaken
        = pumpUntil([&] { return std::all_of(isDone.cbegin(), isDone.cend(), [](bool b) { return b; }); }, 30000);
    for (auto &s : c->sockets)
        QObject::disconnect(s.get(), &QSslSocket::encrypted, nullptr, nullptr);
    REQUIRE(handshaken);
    return c;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    FAIL("no VmRSS in /proc/self/status");
    return 0;
}

} // namespace

TEST_CASE("Case 25: slow clients cannot hold the server: a connection cap answered 503, slow headers cut at the "
          "deadline, memory bounded, and a refused body drained while it keeps coming",
    "[api][hostile][slowloris]")
{
    TestDir dir;
    REQUIRE(DevCa::create(dir.path()).isOk());
    ConnectionGuard::Limits limits;
    limits.maxHeaderBytes = 16 * 1024;
    limits.maxBodyBytes = 4096;
    limits.requestTimeoutMs = 4000;
    limits.idleTimeoutMs = 5000;
    limits.maxConnections = 20;
    limits.lingerMs = 400;
    HttpFrontend frontend(
        [](RouteId, const ServerRequest &request) {
            return HttpResponse::json(QJsonObject {{u"path"_s, request.path}});
        },
        limits, 2);
    const quint16 port = frontend.listen(QHostAddress::LocalHost, 0, devServerTls(dir.path()));
    REQUIRE(port != 0);
    const QString ca = dir.file(u"ca.pem"_s);
    TestClient client(u"https://127.0.0.1:%1"_s.arg(port), ca);
    REQUIRE(client.get(u"/api/v1/meta"_s).status == 200); // TLS and the frontend warmed up before measuring

    SECTION("slowloris: 30 connections sending headers of almost 16 KiB, a byte at a time, against a cap of 20")
    {
        const qint64 before = residentKiB();
        const auto slow = openConnections(30, port, ca);
        const QByteArray start = "GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
        for (auto &s : slow->sockets)
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write(start + QByteArray(15 * 1024, 'a')); // 15 KiB of header held by the server per connection
        // Those beyond the cap are answered 503 at once: 10, or 11 with the test client's open connection.
        REQUIRE(pumpUntil([&] { return slow->count("HTTP/1.1 503") >= 10; }, 10000));
        CHECK(slow->count("HTTP/1.1 503") <= 11);
        for (const QByteArray &a : slow->answers) {
            if (a.startsWith("HTTP/1.1 503")) {
                CHECK(a.contains("Retry-After: 60"));
                CHECK(a.contains("server_busy"));
            }
        }
        // An honest client on a new connection is refused too while the slow ones hold every place; told to come back.
        TestClient honest(u"https://127.0.0.1:%1"_s.arg(port), ca);
        const TestReply busy = honest.get(u"/api/v1/meta"_s);
        CHECK(busy.status == 503);
        CHECK(busy.errorCode() == u"server_busy"_s);

        // The slow ones keep sending a byte every 100 ms: the request deadline (4 s) cuts them all with 408.
        QElapsedTimer drip;
        drip.start();
        const bool allCut = pumpUntil(
            [&] {
                if (drip.elapsed() >= 100) {
                    drip.restart();
                    for (auto &s : slow->sockets)
                        if (s->state() == QAbstractSocket::ConnectedState)
                            s->write("a");
                }
                return slow->count("HTTP/1.1 408") + slow->count("HTTP/1.1 503") == 30;
            },
            15000);
        CHECK(allCut);
        CHECK(slow->count("HTTP/1.1 408") >= 19);
        const qint64 grown = residentKiB() - before;
        INFO("resident memory grew by " << grown << " KiB for 30 slow connections, client ends included");
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        // AddressSanitizer keeps freed memory in its quarantine (256 MiB), both add shadow memory: no bound to check.
        WARN("resident memory grew by " << grown << " KiB; not checked under a sanitizer");
#else
        CHECK(grown < 16 * 1024);
#endif
        CHECK(pumpUntil(
            [&] {
                return std::none_of(slow->sockets.cbegin(), slow->sockets.cend(),
                    [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
            },
            5000));

        // Every place is free again: the honest client is served.
        CHECK(honest.get(u"/api/v1/meta"_s).status == 200);
    }

    SECTION("a refused body that keeps trickling is drained, and the connection closed once it stops")
    {
        const auto one = openConnections(1, port, ca);
        QSslSocket &s = *one->sockets.front();
        s.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Content-Length: 1000000\r\n\r\n");
        REQUIRE(pumpUntil([&] { return one->answers.front().contains("body_too_large"); }, 5000));
        CHECK(one->answers.front().startsWith("HTTP/1.1 413"));
        // 2 s of body, 1,000 bytes every 100 ms: five times the longest pause the server waits (400 ms), and every
        // byte read by it, so the client is not reset while it still sends.
        QElapsedTimer sending;
        sending.start();
        QElapsedTimer drip;
        drip.start();
        qint64 sent = 0;
        pumpUntil(
            [&] {
                if (drip.elapsed() >= 100) {
                    drip.restart();
                    sent += s.write(QByteArray(1000, 'x'));
                }
                return s.state() != QAbstractSocket::ConnectedState || sending.elapsed() > 2000;
            },
            3000);
        CHECK(s.state() == QAbstractSocket::ConnectedState);
        CHECK(sent >= 15000);
        // Once it stops, the server closes within its pause (400 ms; 3 s allowed here).
        QElapsedTimer closing;
        closing.start();
        CHECK(pumpUntil([&] { return s.state() != QAbstractSocket::ConnectedState; }, 3000));
        CHECK(closing.elapsed() >= 300);
    }
}
