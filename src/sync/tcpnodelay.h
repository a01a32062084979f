#pragma once

#include <QtGlobal>

namespace sitesafe {

/// Turns off Nagle's algorithm (TCP_NODELAY) on this process's TCP connections to `peerPort`.
///
/// QNetworkAccessManager keeps its sockets private and leaves Nagle on (QTBUG-28764). A push writes its HTTP
/// headers and its body as separate TLS records; with Nagle on, the body's last segment waits for the ACK of the
/// previous one, which the server's delayed ACK holds back for up to 40 ms on Linux (200 ms on some systems):
/// measured, 9–20 of 40 push batches stalled ~42 ms each on 127.0.0.1. Called when a connection's TLS handshake
/// has completed and before its first request is written, it finds the new socket among the process's open file
/// descriptors (a TCP socket whose peer has that port) and sets the option. Linux only (it reads /proc/self/fd);
/// elsewhere it does nothing and the connection keeps the default. Returns how many sockets it changed.
int disableNagleForPeerPort(quint16 peerPort);

} // namespace sitesafe
