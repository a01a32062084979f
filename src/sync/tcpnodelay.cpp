#include "tcpnodelay.h"

#ifdef Q_OS_LINUX
#include <cstdlib>
#include <sys/socket.h>
#include <sys/stat.h>

#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif

namespace sitesafe {

#ifdef Q_OS_LINUX
namespace {
/// The peer port of `fd` if it is a connected IPv4 or IPv6 TCP socket, else 0.
quint16 tcpPeerPort(int fd)
{
    struct stat info {
    };
    if (fstat(fd, &info) != 0 || !S_ISSOCK(info.st_mode))
        return 0;
    int type = 0;
    socklen_t length = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM)
        return 0;
    sockaddr_storage peer {};
    length = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &length) != 0)
        return 0;
    if (peer.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in *>(&peer)->sin_port);
    if (peer.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 *>(&peer)->sin6_port);
    return 0;
}
} // namespace

int disableNagleForPeerPort(quint16 peerPort)
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return 0;
    const int own = dirfd(dir);
    int changed = 0;
    while (const dirent *entry = readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own || tcpPeerPort(int(fd)) != peerPort)
            continue;
        int isSet = 0;
        socklen_t length = sizeof isSet;
        if (getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &isSet, &length) != 0 || isSet)
            continue;
        const int on = 1;
        if (setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    closedir(dir);
    return changed;
}
#else
int disableNagleForPeerPort(quint16)
{
    return 0;
}
#endif

} // namespace sitesafe
