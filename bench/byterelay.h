#pragma once

#include <atomic>

#include <QSemaphore>
#include <QThread>

class QTcpSocket;

/// A TCP relay on 127.0.0.1 for the benchmarks: every connection it accepts is forwarded to `targetPort` on
/// 127.0.0.1, and the bytes carried each way are counted, so a benchmark sees what was on the socket (TLS records
/// included, the peers' TLS session passes through untouched). It runs its own event loop in its own thread; the
/// counters may be read from any thread at any time.
class ByteRelay : public QThread
{
public:
    explicit ByteRelay(quint16 targetPort);
    ~ByteRelay() override;

    /// Starts the thread and listens on a free port; false if it could not listen.
    bool listen();
    quint16 port() const { return m_port; }
    qint64 bytesToServer() const { return m_toServer; }
    qint64 bytesFromServer() const { return m_fromServer; }
    qint64 bytes() const { return m_toServer + m_fromServer; }

protected:
    void run() override;

private:
    void relay(QTcpSocket *client);

    quint16 m_target;
    std::atomic<quint16> m_port = 0;
    std::atomic<qint64> m_toServer = 0;
    std::atomic<qint64> m_fromServer = 0;
    QSemaphore m_listening;
};
