#include "sync/syncscheduler.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace std::chrono_literals;

TEST_CASE("Backoff grows exponentially from 1 s with full jitter and stops at 15 minutes", "[sync][scheduler]")
{
    CHECK(SyncScheduler::backoff(1, 0.999) <= 1000ms);
    CHECK(SyncScheduler::backoff(1, 0.0) == 0ms);
    CHECK(SyncScheduler::backoff(4, 0.5) == 4000ms);
    CHECK(SyncScheduler::backoff(40, 0.999) <= std::chrono::milliseconds(15min));
    CHECK(SyncScheduler::backoff(40, 0.999) > std::chrono::milliseconds(14min));
}

TEST_CASE("The scheduler retries after a failure, waits for sign-in after an auth error, resets after success",
          "[sync][scheduler]")
{
    SyncScheduler scheduler;
    QSignalSpy next(&scheduler, &SyncScheduler::nextAttemptScheduled);
    SyncReport failed;
    failed.error = Error{QStringLiteral("network.offline"), QStringLiteral("offline")};
    scheduler.onFinished(failed);
    scheduler.onFinished(failed);
    CHECK(scheduler.consecutiveFailures() == 2);
    REQUIRE(next.size() == 2);
    CHECK(next.last().first().toLongLong() <= 2000);

    SyncReport signIn;
    signIn.error = Error{QStringLiteral("auth.needs_sign_in"), QStringLiteral("sign in")};
    scheduler.onFinished(signIn);
    CHECK(scheduler.isWaitingForSignIn());
    CHECK(next.size() == 2); // nothing scheduled until the user signs in

    scheduler.onSignedIn();
    scheduler.onFinished(SyncReport{});
    CHECK(scheduler.consecutiveFailures() == 0);
    CHECK(next.last().first().toLongLong() == scheduler.periodicInterval().count());
}
