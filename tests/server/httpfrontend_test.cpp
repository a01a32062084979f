#include "server/httpfrontend.h"

#include <QSslSocket>
#include <QThread>

#include <catch2/catch.hpp>

#include "rawtls.h"
#include "server/devca.h"
#include "support/resultmatchers.h"
#include "support/tcpsockets.h"
#include "support/tempdir.h"
#include "testclient.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE("HttpFrontend serves HTTPS, runs handlers off the listening thread and passes any status code")
{
    TestDir dir;
    REQUIRE(DevCa::create(dir.path()).isOk());
    QThread *listening = QThread::currentThread();
    std::atomic<bool> ranElsewhere{false};
    HttpFrontend frontend(
        [&](RouteId id, const ServerRequest &request) {
            ranElsewhere = QThread::currentThread() != listening;
            if (id == RouteId::BlobPatch) {
                HttpResponse r = HttpResponse::error(460, u"checksum_mismatch"_s, u"x"_s);
                r.setHeader("Upload-Offset", "12");
                return r;
            }
            if (id == RouteId::BlobHead && request.pathArguments.value(0) == u"gone"_s)
                return HttpResponse::error(404, u"not_found"_s, u"There is no such upload or blob."_s);
            if (id == RouteId::BlobHead) {
                HttpResponse r = HttpResponse::empty(200);
                r.setHeader("Upload-Offset", request.pathArguments.value(0).toUtf8());
                return r;
            }
            return HttpResponse::json(QJsonObject{{u"path"_s, request.path}});
        },
        ConnectionGuard::Limits{1024, 4096, 2000, 5000}, 2);
    const quint16 port = frontend.listen(QHostAddress::LocalHost, 0, devServerTls(dir.path()));
    REQUIRE(port != 0);
    TestClient client(u"https://127.0.0.1:%1"_s.arg(port), dir.file(u"ca.pem"_s));

    TestReply meta = client.get(u"/api/v1/meta"_s);
    CHECK(meta.status == 200);
    CHECK(meta.json().value(u"path"_s).toString() == u"/api/v1/meta"_s);
    CHECK(ranElsewhere);

    TestReply patch = client.send("PATCH", u"/api/v1/blobs/uploads/abc"_s, "data");
    CHECK(patch.status == 460);
    CHECK(patch.errorCode() == u"checksum_mismatch"_s);
    TestReply head = client.head(u"/api/v1/blobs/uploads/77"_s);
    CHECK(head.status == 200);
    CHECK(head.header("Upload-Offset") == "77");
    TestReply missing = client.get(u"/api/v1/nothing"_s);
    CHECK(missing.status == 404);
    CHECK(missing.errorCode() == u"not_found"_s);

    SECTION("the server's end of each connection answers without Nagle's delay (TCP_NODELAY)")
    {
        int accepted = 0;
        for (const OpenTcpSocket &s : openTcpSockets()) {
            if (s.localPort != port)
                continue; // the test client's end
            ++accepted;
            CHECK(s.isNoDelay);
        }
        CHECK(accepted >= 1);
    }

    SECTION("the guard answers 413 for a declared oversize body and 431 for huge headers")
    {
        TestReply big = client.send("POST", u"/api/v1/sync/push"_s, QByteArray(5000, 'x'));
        CHECK(big.status == 413);
        CHECK(big.errorCode() == u"body_too_large"_s);
        TestReply headers = client.get(u"/api/v1/meta"_s, {{"X-Padding", QByteArray(2000, 'a')}});
        CHECK(headers.status == 431);
        CHECK(headers.errorCode() == u"headers_too_large"_s);
        CHECK(client.get(u"/api/v1/meta"_s).status == 200); // the server is still fine
    }

    SECTION("an answer to HEAD carries no content, not even an error's JSON (RFC 9110 9.3.2)")
    {
        // A proxy (nginx) or a client frames it as bodiless: content would be read as the start of the next answer,
        // or, where the client trusts Content-Length, waited for.
        for (const QByteArray &path : {QByteArray("/api/v1/blobs/uploads/gone"), QByteArray("/api/v1/nothing")}) {
            INFO(path.toStdString());
            const QByteArray answer = rawTlsExchange(
                port, dir.file(u"ca.pem"_s), "HEAD " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            INFO(answer.toStdString());
            CHECK(answer.startsWith("HTTP/1.1 404"));
            CHECK(answer.endsWith("\r\n\r\n")); // the header block, and nothing after it
            CHECK(answer.count("HTTP/1.1") == 1);
        }
        TestReply headAnswer = client.head(u"/api/v1/blobs/uploads/gone"_s);
        CHECK(headAnswer.status == 404);
        CHECK(headAnswer.body.isEmpty());
        CHECK(client.get(u"/api/v1/meta"_s).status == 200); // the connection it was on is still in step
    }

    SECTION("a client that never finishes its request gets 408 and is disconnected")
    {
        QElapsedTimer t;
        t.start();
        const QByteArray answer = rawTlsExchange(port, dir.file(u"ca.pem"_s),
            "POST /api/v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");
        CHECK(answer.startsWith("HTTP/1.1 408"));
        CHECK(answer.contains("request_timeout"));
        CHECK(t.elapsed() < 6000);
    }
}
