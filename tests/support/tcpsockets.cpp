#include "tcpsockets.h"

#include <cstdlib>
#include <sys/socket.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

namespace {
quint16 portOf(const sockaddr_storage &address)
{
    if (address.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
    if (address.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port);
    return 0;
}
} // namespace

QList<OpenTcpSocket> openTcpSockets()
{
    DIR *dir = opendir("/proc/self/fd");
    REQUIRE(dir != nullptr);
    QList<OpenTcpSocket> sockets;
    while (const dirent *entry = readdir(dir)) {
        char *end = nullptr;
        const int fd = int(std::strtol(entry->d_name, &end, 10));
        struct stat info {
        };
        int type = 0;
        socklen_t length = sizeof type;
        if (end == entry->d_name || *end != '\0' || fd == dirfd(dir) || fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode)
            || getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
            continue;
        sockaddr_storage local {};
        sockaddr_storage peer {};
        socklen_t localLength = sizeof local;
        socklen_t peerLength = sizeof peer;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0
            || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0 || portOf(peer) == 0)
            continue;
        int noDelay = 0;
        length = sizeof noDelay;
        getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, &length);
        sockets.append({fd, portOf(local), portOf(peer), noDelay != 0});
    }
    closedir(dir);
    return sockets;
}
