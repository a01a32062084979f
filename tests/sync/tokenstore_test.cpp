#include "sync/tokenstore.h"

#include <QEventLoop>
#include <QTimer>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
template<typename Start>
void waitFor(Start start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!done)
        loop.exec();
    REQUIRE(done);
}
} // namespace

// Runs inside `dbus-run-session` with an unlocked gnome-keyring (tests/sync/with-keyring.sh): a real Secret Service.
TEST_CASE("The refresh token survives in the OS keychain and is removed on sign-out", "[.with-keyring]")
{
    REQUIRE(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
    const QString account = u"https://127.0.0.1:8443/api|zhangwei-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = u"rt-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        TokenStore store(account);
        Status saved;
        waitFor([&](auto finish) { store.save(token, [&, finish](const Status &s) { saved = s; finish(); }); });
        INFO((saved ? std::string("ok") : saved.error().message.toStdString()));
        REQUIRE(saved.isOk());
        CHECK(store.isPersistent());
    }
    { // a new store object — as after a restart — reads it back from the keychain
        TokenStore store(account);
        std::optional<QString> loaded;
        waitFor([&](auto finish) {
            store.load([&, finish](const std::optional<QString> &t, const Status &) { loaded = t; finish(); });
        });
        REQUIRE(loaded.has_value());
        CHECK(*loaded == token);
        Status removed;
        waitFor([&](auto finish) { store.remove([&, finish](const Status &s) { removed = s; finish(); }); });
        CHECK(removed.isOk());
    }
    {
        TokenStore store(account);
        std::optional<QString> loaded;
        waitFor([&](auto finish) {
            store.load([&, finish](const std::optional<QString> &t, const Status &) { loaded = t; finish(); });
        });
        CHECK_FALSE(loaded.has_value());
    }
}

TEST_CASE("Without a keychain service the token lives in memory only and the user is told", "[keychain]")
{
    // No session bus at all: what a kiosk or a bare server session looks like.
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sitesafe-test-bus");
    TokenStore store(u"https://127.0.0.1:8443/api|nobody"_s);
    Status status;
    waitFor([&](auto finish) { store.save(u"rt-memory-only"_s, [&, finish](const Status &s) { status = s; finish(); }); });
    if (saved.isNull())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
    REQUIRE_FALSE(status.isOk());
    CHECK_FALSE(store.isPersistent());
    CHECK(store.persistenceError()->message.contains(u"until SiteSafe closes"_s));
    std::optional<QString> loaded;
    waitFor([&](auto finish) {
        store.load([&, finish](const std::optional<QString> &t, const Status &) { loaded = t; finish(); });
    });
    REQUIRE(loaded.has_value());
    CHECK(*loaded == u"rt-memory-only"_s); // still usable for this run of the program
}
