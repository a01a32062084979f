// SyncController without any widget (it moved below the widgets in issue 9): sign-in, the automatic first sync and
// the time of the last good run, taken from the injected clock, against a real sitesafe-server over TLS.
#include "sync/synccontroller.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "serverprocess.h"
#include "syncclient.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE("SyncController signs in, syncs at once and dates the run by the injected clock", "[sync][controller]")
{
    ServerProcess server;
    server.start();
    server.seedDemo(1);
    SyncClient client;
    const FixedClock clock(QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9), Qt::UTC)); // far from the wall clock
    SyncController controller(client.store(), clock);
    CHECK_FALSE(controller.profile().isConfigured());

    ServerProfile profile;
    profile.serverUrl = QUrl(server.baseUrl());
    profile.userName = u"zhangwei"_s;
    profile.tls.caFile = server.caFile();
    REQUIRE(controller.setProfile(profile).isOk());
    CHECK(ServerProfile::load(client.db()) == profile); // kept in the data folder

    QSignalSpy signedIn(&controller, &SyncController::signInFinished);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.signIn(u"zhangwei"_s, u"correct horse battery staple"_s);
    REQUIRE(signedIn.wait(20000));
    INFO(signedIn.first().at(1).toString().toStdString());
    REQUIRE(signedIn.first().at(0).toBool());
    CHECK(controller.isSignedIn());
    REQUIRE((!finished.isEmpty() || finished.wait(60000)));
    const SyncReport report = finished.first().at(0).value<SyncReport>();
    INFO((report.error ? report.error->message.toStdString() : std::string()));
    CHECK_FALSE(report.error);
    CHECK(report.hadSnapshot);
    CHECK(report.rowsPulled > 0);
    CHECK(client.count(u"SELECT count(*) FROM projects"_s) > 0);
    CHECK(controller.hasReport());
    CHECK(controller.lastSuccessAt() == clock.now());
}
