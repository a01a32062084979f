#include <algorithm>

#include <QElapsedTimer>

#include <catch2/catch.hpp>

#include "proxiedlaptop.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

// An upload the laptop remembers but the server no longer has: finished by a chunk whose answer was lost or which a
// network sent twice, expired, or dropped by a restored server. The laptop's HEAD is answered 404; it must begin
// again (and find the photo already there when it is), in the same sync and at once. Found by the convergence
// campaign (seed 796666411): the laptop's HEAD waited for the body the 404's Content-Length named, which the proxy
// in between (as nginx does) rightly never sent, so every sync of that laptop timed out and its work never went up.

namespace {

using Fault = FaultProxy::Fault;

constexpr qint64 kPhotoBytes = 40 * 1024; // one chunk

std::string describe(const SyncReport &r)
{
    return r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error");
}

} // namespace

TEST_CASE("An upload the server no longer has is begun again in the same sync, without waiting for a timeout",
    "[sync][blob][proxy]")
{
    SyncOptions options;
    options.chunkBytes = 64 * 1024;
    ProxiedLaptop setup(0, options);
    SyncClient &client = setup.client;
    const QString hazard = client.createHazard(u"塔吊附着装置螺栓松动"_s);
    QStringList photos {client.attachPhoto(hazard, kPhotoBytes, 7)};
    bool isNginxFramed = false;

    SECTION("the answer to the last chunk was lost: the photo is found already stored")
    {
        setup.proxy->addRule({"PATCH", "/api/v1/blobs/uploads/", Fault::LoseAnswer});
        const SyncReport lost = client.sync();
        INFO(describe(lost));
        REQUIRE(lost.error.has_value());
        CHECK(serverCount(setup.server, u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {photos[0]}) == 1);
    }
    SECTION("a network sent the last chunk twice: the laptop read the second answer, 404")
    {
        setup.proxy->addRule({"PATCH", "/api/v1/blobs/uploads/", Fault::Duplicate});
        const SyncReport twice = client.sync();
        INFO(describe(twice));
        REQUIRE(twice.error.has_value());
        CHECK(twice.error->code == u"sync.http_not_found"_s);
        CHECK(serverCount(setup.server, u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {photos[0]}) == 1);
    }
    SECTION("a half-sent upload answered 404, framed as nginx frames the answer to a HEAD")
    {
        // A photo of two chunks, cut in every attempt: the laptop remembers the upload. Then the server's 404 (expired,
        // or a server restored from a backup) names the length of a body it does not send, as RFC 9110 allows.
        photos << client.attachPhoto(hazard, 100 * 1024, 8);
        setup.proxy->addRule({"PATCH", "/api/v1/blobs/uploads/", Fault::CutRequest, 0, 0.5, 0, 0, -1});
        const SyncReport cut = client.sync();
        INFO(describe(cut));
        REQUIRE(cut.error.has_value());
        setup.proxy->clearRules();
        setup.proxy->addRule({"HEAD", "/api/v1/blobs/uploads/", Fault::Replace, 0, 0, 0, 0, -1,
            "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 97\r\n\r\n"});
        isNginxFramed = true;
    }
    // The laptop remembers an upload the server will answer 404 for.
    REQUIRE(client.count(u"SELECT count(*) FROM blob_uploads"_s) == 1);

    const int requestsBefore = setup.proxy->counts().paths.size();
    QElapsedTimer took;
    took.start();
    const SyncReport again = client.sync();
    INFO(describe(again));
    CHECK(took.elapsed() < 10000); // the client's inactivity timeout is 30 s: nothing waited for it
    REQUIRE(again.isEverythingApplied());
    const QList<QByteArray> paths = setup.proxy->counts().paths.mid(requestsBefore);
    INFO(paths.join(", ").toStdString());
    // It asked where the upload stood and, told 404, began again.
    const auto head = std::find_if(
        paths.cbegin(), paths.cend(), [](const QByteArray &p) { return p.startsWith("HEAD /api/v1/blobs/uploads/"); });
    REQUIRE(head != paths.cend());
    CHECK(std::find(head, paths.cend(), QByteArray("POST /api/v1/blobs")) != paths.cend());
    if (isNginxFramed)
        CHECK(setup.proxy->counts().byFault.value(Fault::Replace) == 1);

    CHECK(client.count(u"SELECT count(*) FROM blob_uploads"_s) == 0);
    CHECK(client.count(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s) == 0);
    for (const QString &sha : std::as_const(photos)) {
        CHECK(client.text(u"SELECT upload_state FROM blobs WHERE sha256 = ?"_s, {sha}) == u"uploaded"_s);
        CHECK(serverCount(setup.server, u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {sha}) == 1);
        CHECK(serverCount(setup.server, u"SELECT count(*) FROM attachments WHERE blob_sha256 = ?"_s, {sha}) == 1);
        client.checkServerServesPhoto(sha);
    }
}
