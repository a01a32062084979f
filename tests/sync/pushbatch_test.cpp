#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
const QString kOutboxReleased = u"SELECT count(*) FROM outbox WHERE state IN ('applied', 'duplicate')"_s;

/// Pushes 150 new hazards (300 mutations) to a server started with `serveArguments`; the sizes of the batches sent.
QList<int> pushedBatches(const QStringList &serveArguments)
{
    ServerProcess server;
    server.seedDemo(1);
    server.start({}, {}, serveArguments);
    SyncClient client;
    client.connect(server); // the default options: up to 500 mutations per push
    REQUIRE(client.sync().isEverythingApplied());
    for (int i = 0; i < 150; ++i)
        client.createHazard(u"批量隐患 %1"_s.arg(i));
    QList<int> batches;
    QObject::connect(
        &client.engine(), &SyncEngine::pushSending, [&](const QString &, int mutations) { batches.append(mutations); });
    const SyncReport report = client.sync();
    INFO((report.error ? report.error->message : u"no error"_s).toStdString());
    CHECK(report.isEverythingApplied());
    CHECK(client.count(kOutboxReleased) == 300);
    return batches;
}
} // namespace

TEST_CASE("The client sizes push batches by the limit the server states in /meta", "[sync][engine][limits]")
{
    SECTION("a server taking 500 mutations per push gets all 300 in one")
    {
        CHECK(pushedBatches({}) == QList<int> {300});
    }
    SECTION("a server taking 100 (as before issue 13) gets batches of 100")
    {
        CHECK(pushedBatches({u"--max-push-mutations"_s, u"100"_s}) == QList<int> {100, 100, 100});
    }
}
