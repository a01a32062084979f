#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include "proxiedlaptop.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// Cases 15 and 16 of sync-anchors §3: answers no SiteSafe server gives, put in the server's place by the FaultProxy
// (the server never sees the request). Nothing from a bad answer is applied, the cursor stays, the error says what
// happened, and a redirect is never followed.

namespace {

using Fault = FaultProxy::Fault;

QByteArray rawAnswer(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " pulled=" + std::to_string(r.rowsPulled);
}

/// Peak resident memory of this process since the last reset, in MiB (Linux /proc).
qint64 peakMiB()
{
    QFile status(u"/proc/self/status"_s);
    REQUIRE(status.open(QIODevice::ReadOnly));
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    FAIL("no VmHWM in /proc/self/status");
    return 0;
}

} // namespace

TEST_CASE("A captive portal's redirect is not followed: nothing sent there, the outbox kept, the user told",
    "[sync][hostile][proxy]")
{
    ProxiedLaptop setup(5);
    // A portal that points back at the proxy: a client that followed it would show up there as /portal/login.
    const QByteArray portal = setup.proxy->baseUrl().toLatin1() + "/portal/login";
    setup.proxy->addRule({"POST", "/api/v1/sync/push", Fault::Replace, 0, 0, 0, 0, -1,
        rawAnswer("302 Found", "Location: " + portal + "\r\n", {})});
    const SyncReport report = setup.client.sync();
    INFO(describe(report));
    REQUIRE(report.error.has_value());
    CHECK(report.error->code == u"network.redirected"_s);
    CHECK(report.error->message.contains(QString::fromLatin1(portal)));
    CHECK_FALSE(setup.proxy->counts().paths.contains("GET /portal/login"));
    CHECK_FALSE(setup.proxy->counts().paths.contains("POST /portal/login"));
    CHECK(serverCount(setup.server, kApplied) == setup.appliedBefore);
    CHECK(setup.client.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s) == 10);

    setup.proxy->clearRules();
    REQUIRE(setup.client.sync().isEverythingApplied());
    setup.requireExactlyOnce(10);
}

TEST_CASE(
    "Hostile pull answers (a portal page, a cursor that never moves, a gzip bomb) apply nothing, the cursor stays",
    "[sync][hostile][proxy]")
{
    ProxiedLaptop setup(0);
    SyncClient colleague;
    colleague.connect(setup.server);
    REQUIRE(colleague.sync().isEverythingApplied());
    colleague.createHazard(u"同事新记录的隐患"_s);
    REQUIRE(colleague.sync().isEverythingApplied()); // something to pull
    const auto cursor = [&] { return setup.client.text(u"SELECT value FROM sync_state WHERE key = 'cursor'"_s); };
    const auto hazards = [&] { return setup.client.count(u"SELECT count(*) FROM hazards"_s); };
    const QString cursorBefore = cursor();
    const qint64 hazardsBefore = hazards();
    const QString epoch = setup.client.text(u"SELECT value FROM sync_state WHERE key = 'server_epoch'"_s);
    REQUIRE_FALSE(epoch.isEmpty());

    SECTION("an HTML sign-in page answered with 200")
    {
        setup.proxy->addRule({"GET", "/api/v1/sync/pull", Fault::Replace, 0, 0, 0, 0, -1,
            rawAnswer("200 OK", "Content-Type: text/html\r\n",
                "<html><body>请登录酒店无线网络 Welcome, please sign in</body></html>")});
        const SyncReport report = setup.client.sync();
        INFO(describe(report));
        REQUIRE(report.error.has_value());
        CHECK(report.error->code == u"sync.bad_answer"_s);
    }
    SECTION("a page that hands back the same cursor with more to come, again and again")
    {
        const QJsonObject page {{u"changes"_s, QJsonArray()}, {u"next_cursor"_s, cursorBefore}, {u"has_more"_s, true},
            {u"server_epoch"_s, epoch}, {u"high_water"_s, 999999999}};
        setup.proxy->addRule({"GET", "/api/v1/sync/pull", Fault::Replace, 0, 0, 0, 0, 50,
            rawAnswer(
                "200 OK", "Content-Type: application/json\r\n", QJsonDocument(page).toJson(QJsonDocument::Compact))});
        const SyncReport report = setup.client.sync();
        INFO(describe(report));
        REQUIRE(report.error.has_value()); // stopped and reported, not looping until the rule runs out
        CHECK(report.error->code == u"sync.cursor_loop"_s);
        CHECK(setup.proxy->counts().byFault.value(Fault::Replace) <= 2); // the page, and the one asked for ahead
    }
    SECTION("a deflate bomb: 64 MiB of JSON whitespace in 64 KiB")
    {
        QByteArray inflated = "{\"changes\":[" + QByteArray(64 * 1024 * 1024, ' ');
        const QByteArray bomb = qCompress(inflated, 9).mid(4); // the zlib stream HTTP calls deflate
        inflated = QByteArray();
        REQUIRE(bomb.size() < 256 * 1024);
        setup.proxy->addRule({"GET", "/api/v1/sync/pull", Fault::Replace, 0, 0, 0, 0, -1,
            rawAnswer("200 OK", "Content-Type: application/json\r\nContent-Encoding: deflate\r\n", bomb)});
        QFile reset(u"/proc/self/clear_refs"_s); // the peak counts from here
        REQUIRE(reset.open(QIODevice::WriteOnly));
        reset.write("5");
        reset.close();
        const qint64 peakBefore = peakMiB();
        const SyncReport report = setup.client.sync();
        INFO(describe(report));
        REQUIRE(report.error.has_value());
        CHECK(peakMiB() - peakBefore < 48); // never the whole 64 MiB inflated at once
    }
    CHECK(cursor() == cursorBefore);
    CHECK(hazards() == hazardsBefore);
    setup.proxy->clearRules();
    REQUIRE(setup.client.sync().isEverythingApplied());
    CHECK(hazards() == hazardsBefore + 1);
}
