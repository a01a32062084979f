#pragma once

#include <functional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

class QSslSocket;
class FaultProxyExchange;

/// A fault-injecting HTTPS proxy on 127.0.0.1 between real clients and the real server (sync-anchors §1.11, after
/// Toxiproxy's toxics, but aware of HTTP so it can cut a push body half-way or lose an answer the server committed).
/// It ends the client's TLS with the server's own certificate (so a client trusting the dev CA trusts it) and sends
/// each request to the server over a TLS connection of its own, unchanged. Rules pick requests by method and path
/// prefix and apply one fault each. Lives in the thread that runs the client's event loop (the engine's
/// synchronize() spins it while it waits), so a test needs no thread of its own.
///
/// The faults are real at the TCP and TLS level: the server reads a cut body and a closed connection, the client
/// reads a reset or a half answer. Only their timing is chosen by the test (a rule), which is the point.
class FaultProxy : public QTcpServer
{
public:
    enum class Fault {
        None,
        CutRequest, ///< send `bytes` bytes of the request to the server, then close both sides (nothing answered)
        LoseAnswer, ///< send the whole request, wait for the server's whole answer, then reset the client's side
        CutAnswer, ///< send the client only `bytes` bytes of the answer, then close its connection
        Stall, ///< neither send nor answer; the client's deadline fires. releaseStalled() sends it later
        Delay, ///< answer after `delayMs` milliseconds
        Duplicate, ///< send the request twice (the copy first, on a connection of its own); answer the second
        Reorder, ///< hold the answer until another answer has gone out (or `delayMs` passed)
        Replace, ///< answer `answer` (a whole raw HTTP answer) in the server's place; the server sees nothing
    };
    static const char *faultName(Fault fault);

    struct Rule {
        QByteArray method; ///< empty: any
        QByteArray pathPrefix; ///< e.g. "/api/v1/sync/push"; empty: any
        Fault fault = Fault::None;
        qint64 bytes = 0; ///< CutRequest, CutAnswer: where to cut
        double fraction = 0.0; ///< CutRequest, CutAnswer: where to cut, as a part of the message (when bytes is 0)
        int delayMs = 0; ///< Delay; Reorder's longest hold
        int skip = 0; ///< matching requests let through untouched first
        int times = 1; ///< matching requests the fault is applied to after that; -1: every one
        QByteArray answer {}; ///< Replace
    };

    struct Counts {
        int requests = 0; ///< complete requests read from clients
        QList<QByteArray> paths; ///< each request's method and path, in the order read
        int forwarded = 0; ///< requests sent to the server in full (a duplicate counts twice)
        int injected = 0; ///< faults applied
        QHash<Fault, int> byFault;
    };

    /// Listens on 127.0.0.1 (a port of its own) and forwards to 127.0.0.1:`upstreamPort`, trusting `caFile`.
    FaultProxy(const QString &certFile, const QString &keyFile, const QString &caFile, quint16 upstreamPort);
    ~FaultProxy() override;

    QString baseUrl() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    void addRule(const Rule &rule);
    void clearRules();
    /// Called with each request's method and path before a rule is chosen (a failpoint: kill the server here).
    void setObserver(std::function<void(const QByteArray &method, const QByteArray &path)> observer);
    /// Sends every stalled request to the server (its answer goes nowhere): the server finishes the request the
    /// client gave up on.
    void releaseStalled();
    const Counts &counts() const { return m_counts; }

    // For FaultProxyConnection and FaultProxyExchange.
    FaultProxyExchange *exchange(const QByteArray &request, bool isHead);
    Rule take(const QByteArray &method, const QByteArray &path);
    void count(Fault fault);
    void countForwarded() { ++m_counts.forwarded; }
    void hold(const std::function<void()> &release, int maxMs);
    void answered();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct ActiveRule {
        Rule rule;
        int seen = 0;
        int applied = 0;
    };
    QList<QSslCertificate> m_certificates;
    QSslKey m_key;
    QList<QSslCertificate> m_ca;
    quint16 m_upstreamPort;
    QList<ActiveRule> m_rules;
    QList<QByteArray> m_stalled;
    QList<std::function<void()>> m_held;
    std::function<void(const QByteArray &, const QByteArray &)> m_observer;
    Counts m_counts;

    friend class FaultProxyConnection;
};

/// One request sent to the server on a TLS connection of its own; emits done() with the whole raw answer (empty
/// when the server closed or failed first), then deletes itself.
class FaultProxyExchange : public QObject
{
    Q_OBJECT

public:
    FaultProxyExchange(
        quint16 port, const QList<QSslCertificate> &ca, const QByteArray &request, bool isHead, QObject *parent);
    /// Sends only the first `bytes` bytes, then closes the connection once they are written.
    void cutAfter(qint64 bytes);
    void start();

Q_SIGNALS:
    void done(const QByteArray &answer);

private:
    void finish(const QByteArray &answer);
    QSslSocket *m_socket;
    quint16 m_port;
    QByteArray m_request;
    QByteArray m_buffer;
    bool m_isHead;
    qint64 m_cut = -1;
    bool m_isDone = false;
};

/// HTTP/1.1 framing shared by the proxy's two sides: the length of the first complete message in `buffer` (head and
/// body), or -1 while it is incomplete. A request's body length comes from Content-Length; an answer's also from
/// chunked framing, and a HEAD answer has none.
qsizetype httpMessageLength(const QByteArray &buffer, bool isAnswer, bool isHeadAnswer);
