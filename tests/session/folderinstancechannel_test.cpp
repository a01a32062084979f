// One running client per data folder ([session][instance]): the folder's channel answers a second start, which is
// how the second start brings the first window to the front; nothing answers when no client runs.
#include "session/folderinstancechannel.h"

#include <cstring>
#include <future>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
/// activateRunning() blocks, as at a program's start: it runs on a thread of its own while this one answers.
bool activateFromAnotherThread(const QString &directory)
{
    auto asked
        = std::async(std::launch::async, [directory] { return FolderInstanceChannel::activateRunning(directory); });
    for (int i = 0; i < 500 && asked.wait_for(std::chrono::milliseconds(0)) != std::future_status::ready; ++i)
        QTest::qWait(10);
    REQUIRE(asked.wait_for(std::chrono::seconds(5)) == std::future_status::ready);
    return asked.get();
}
} // namespace

TEST_CASE("A second start on a data folder reaches the client running on it, and only that one", "[session][instance]")
{
    QTemporaryDir root;
    const QString folder = root.filePath(u"data"_s);
    const QString other = root.filePath(u"other"_s);
    QDir().mkpath(folder);
    QDir().mkpath(other);
    // Every spelling of the folder names the same channel; another folder another one.
    CHECK(FolderInstanceChannel::serverName(folder) == FolderInstanceChannel::serverName(folder + u"/../data/"_s));
    CHECK(FolderInstanceChannel::serverName(folder) != FolderInstanceChannel::serverName(other));

    // No client runs: nobody answers, and the second start explains instead.
    CHECK_FALSE(FolderInstanceChannel::activateRunning(folder, 500));

    FolderInstanceChannel running(folder);
    REQUIRE(running.listen());
    QSignalSpy asked(&running, &FolderInstanceChannel::activationRequested);
    CHECK(activateFromAnotherThread(folder));
    CHECK(asked.size() == 1);
    CHECK(activateFromAnotherThread(folder));
    CHECK(asked.size() == 2);
    // A start on another folder does not disturb this client.
    CHECK_FALSE(activateFromAnotherThread(other));
    CHECK(asked.size() == 2);
}

TEST_CASE("The client that holds a folder's lock takes over a channel a crashed client left", "[session][instance]")
{
    QTemporaryDir root;
    // What a client killed while running leaves: its socket file, with nobody listening (bound, never unlinked).
    const QByteArray stale = QDir::temp().filePath(FolderInstanceChannel::serverName(root.path())).toLocal8Bit();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    REQUIRE(size_t(stale.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, stale.constData(), size_t(stale.size()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFile::exists(QString::fromLocal8Bit(stale)));
    CHECK_FALSE(FolderInstanceChannel::activateRunning(root.path(), 500));

    FolderInstanceChannel next(root.path());
    REQUIRE(next.listen());
    QSignalSpy asked(&next, &FolderInstanceChannel::activationRequested);
    CHECK(activateFromAnotherThread(root.path()));
    CHECK(asked.size() == 1);
}
