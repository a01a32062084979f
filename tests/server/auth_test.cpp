#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "server/accountstore.h"
#include "serverfixture.h"

using namespace Qt::StringLiterals;

TEST_CASE("Access tokens expire, refresh tokens rotate, and a reused refresh token revokes the family", "[api][auth]")
{
    // The server runs on a clock the test moves: expiry is checked at exact instants, no sleep.
    sitesafe::FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    sitesafe::ServerSettings settings;
    settings.auth.accessTokenTtlSeconds = 60;
    ServerFixture f(settings, clock);
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 200);
    clock.set(clock.now().addSecs(59));
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 200); // one second before expiry: still valid
    clock.set(clock.now().addSecs(1));
    const TestReply expired = s.client->get(u"/api/v1/ping"_s);
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == u"token_expired"_s);

    auto anonymous = f.client();
    const TestReply wrongDevice = anonymous->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, s.refreshToken},
                                                                             {u"device_id"_s, newId()}});
    CHECK(wrongDevice.status == 401);
    CHECK(wrongDevice.errorCode() == u"invalid_grant"_s);
    const TestReply rotated = anonymous->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, s.refreshToken},
                                                                         {u"device_id"_s, s.deviceId}});
    REQUIRE(rotated.status == 200);
    const QString access2 = rotated.json().value(u"access_token"_s).toString();
    const QString refresh2 = rotated.json().value(u"refresh_token"_s).toString();
    CHECK(refresh2 != s.refreshToken);
    CHECK(rotated.json().value(u"expires_in"_s).toInt() == 60);
    s.client->setToken(access2);
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 200);

    // The old refresh token comes back (stolen copy): the whole family dies, the new pair included.
    const TestReply reuse = anonymous->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, s.refreshToken},
                                                                       {u"device_id"_s, s.deviceId}});
    CHECK(reuse.status == 401);
    CHECK(reuse.errorCode() == u"token_reused"_s);
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 401);
    const TestReply afterReuse = anonymous->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refresh2},
                                                                            {u"device_id"_s, s.deviceId}});
    CHECK(afterReuse.status == 401);
    CHECK(f.count(u"SELECT count(*) FROM refresh_tokens WHERE revoked_at IS NULL"_s) == 0);
    // Tokens are stored only as hashes.
    CHECK(f.count(u"SELECT count(*) FROM refresh_tokens WHERE token_hash = ?"_s, {refresh2}) == 0);
}

TEST_CASE("Failed sign-ins are rate-limited and passwords are argon2id hashes", "[api][auth]")
{
    sitesafe::FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    ServerFixture f({}, clock);
    auto s = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    CHECK(f.count(u"SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%'"_s) == 1);
    auto c = f.client();
    const QJsonObject wrong{{u"username"_s, u"hk-inspector"_s}, {u"password"_s, u"wrong"_s}, {u"device_id"_s, s.deviceId}};
    for (int i = 0; i < 5; ++i)
        CHECK(c->post(u"/api/v1/auth/token"_s, wrong).status == 401);
    const TestReply limited = c->post(u"/api/v1/auth/token"_s, {{u"username"_s, u"hk-inspector"_s},
                                                                {u"password"_s, u"correct horse battery"_s},
                                                                {u"device_id"_s, s.deviceId}});
    CHECK(limited.status == 429);
    CHECK(limited.errorCode() == u"rate_limited"_s);
    CHECK_FALSE(limited.header("Retry-After").isEmpty());
    // Revoke ends the session.
    CHECK(c->post(u"/api/v1/auth/revoke"_s, {{u"refresh_token"_s, s.refreshToken}}).status == 204);
    CHECK(s.client->get(u"/api/v1/ping"_s).status == 401);
    // The window is counted on the server clock: once it has passed, the right password works again.
    clock.set(clock.now().addSecs(sitesafe::AccountStore::Settings{}.failureWindowSeconds + 1));
    CHECK(c->post(u"/api/v1/auth/token"_s, {{u"username"_s, u"hk-inspector"_s},
                                            {u"password"_s, u"correct horse battery"_s},
                                            {u"device_id"_s, s.deviceId}})
              .status
          == 200);
}

TEST_CASE("Case 25: signing in with a device id another account holds is refused, the device stays its owner's",
    "[api][hostile][auth]")
{
    sitesafe::FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(9, 0), Qt::UTC));
    ServerFixture f({}, clock);
    auto owner = f.signIn(u"hk-inspector"_s, u"inspector"_s, u"460100"_s);
    auto other = f.signIn(u"sy-inspector"_s, u"inspector"_s, u"460200"_s); // another city, its own device
    const auto ownerOf = [&f](const QString &device) {
        QSqlQuery q(f.db());
        q.prepare(u"SELECT u.name FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = ?"_s);
        q.addBindValue(device);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    REQUIRE(ownerOf(owner.deviceId) == u"hk-inspector"_s);

    // The right password, someone else's device id: refused, no token made, the device not rebound.
    const qint64 tokensBefore = f.count(u"SELECT count(*) FROM access_tokens"_s);
    clock.set(clock.now().addDays(3));
    auto c = f.client();
    const TestReply taken = c->post(u"/api/v1/auth/token"_s,
        {{u"username"_s, u"sy-inspector"_s}, {u"password"_s, u"correct horse battery"_s},
            {u"device_id"_s, owner.deviceId}});
    CHECK(taken.status == 409);
    CHECK(taken.errorCode() == u"device_taken"_s);
    CHECK_FALSE(taken.json().contains(u"access_token"_s));
    CHECK(f.count(u"SELECT count(*) FROM access_tokens"_s) == tokensBefore);
    CHECK(f.count(u"SELECT count(*) FROM access_tokens WHERE device_id = ? AND user_id <> "
                  "(SELECT user_id FROM devices WHERE id = ?)"_s,
              {owner.deviceId, owner.deviceId})
        == 0);
    CHECK(ownerOf(owner.deviceId) == u"hk-inspector"_s);
    CHECK(f.count(u"SELECT count(*) FROM audit_log WHERE action = 'auth.device_taken' AND actor = 'sy-inspector' "
                  "AND device_id = ?"_s,
              {owner.deviceId})
        == 1);

    // The owner is untouched: its session works, it signs in again on its device, and the other account keeps its
    // own device.
    const auto refreshes = [&c](const ServerFixture::Session &s) {
        return c->post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, s.refreshToken}, {u"device_id"_s, s.deviceId}})
            .status;
    };
    CHECK(refreshes(owner) == 200); // three days on, past the access token: the sign-in itself still holds
    const TestReply again = c->post(u"/api/v1/auth/token"_s,
        {{u"username"_s, u"hk-inspector"_s}, {u"password"_s, u"correct horse battery"_s},
            {u"device_id"_s, owner.deviceId}});
    CHECK(again.status == 200);
    CHECK(f.count(u"SELECT count(*) FROM devices WHERE id = ? AND last_seen_at LIKE '2026-12-08%'"_s, {owner.deviceId})
        == 1);
    CHECK(refreshes(other) == 200);
    CHECK(ownerOf(other.deviceId) == u"sy-inspector"_s);
}
