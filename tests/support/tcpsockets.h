#pragma once

#include <QList>

/// One connected TCP socket of this test process, read from /proc/self/fd (Linux).
struct OpenTcpSocket {
    int fd = -1;
    quint16 localPort = 0;
    quint16 peerPort = 0;
    bool isNoDelay = false; ///< TCP_NODELAY (Nagle's algorithm off)
};

/// The process's connected TCP sockets (IPv4 and IPv6). Fails the test on a system without /proc/self/fd.
QList<OpenTcpSocket> openTcpSockets();
