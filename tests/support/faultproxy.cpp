#include "faultproxy.h"

#include <QFile>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

/// The value of header `name` (lower case) in a message head, empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0 && lines[i].left(colon).trimmed().toLower() == name)
            return lines[i].mid(colon + 1).trimmed();
    }
    return {};
}

/// The end of a chunked body starting at `from`, or -1 while incomplete (no trailers: our server sends none).
qsizetype chunkedEnd(const QByteArray &buffer, qsizetype from)
{
    qsizetype at = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return -1;
        bool isNumber = false;
        const qint64 size = buffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&isNumber, 16);
        if (!isNumber)
            return -1;
        at = lineEnd + 2 + size + 2;
        if (buffer.size() < at)
            return -1;
        if (size == 0)
            return at;
    }
}

qint64 cutAt(const FaultProxy::Rule &rule, qint64 size)
{
    return rule.bytes > 0 ? rule.bytes : qint64(double(size) * rule.fraction);
}

} // namespace

qsizetype httpMessageLength(const QByteArray &buffer, bool isAnswer, bool isHeadAnswer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    const qsizetype bodyStart = headEnd + 4;
    const QByteArray head = buffer.left(headEnd);
    if (isAnswer) {
        const int status = head.mid(9, 3).toInt();
        if (isHeadAnswer || status / 100 == 1 || status == 204 || status == 304)
            return bodyStart;
        if (headerValue(head, "transfer-encoding").toLower().contains("chunked"))
            return chunkedEnd(buffer, bodyStart);
    }
    const qint64 length = headerValue(head, "content-length").toLongLong();
    return buffer.size() < bodyStart + length ? -1 : bodyStart + length;
}

/// The client side of one connection: reads its requests in order and answers each through an exchange, applying
/// the fault its rule names.
class FaultProxyConnection : public QObject
{
public:
    FaultProxyConnection(FaultProxy *proxy, QSslSocket *socket)
        : QObject(proxy)
        , m_proxy(proxy)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, &FaultProxyConnection::read);
        connect(socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    }

private:
    void read()
    {
        m_buffer += m_socket->readAll();
        qsizetype length = 0;
        while ((length = httpMessageLength(m_buffer, false, false)) >= 0) {
            m_queue.append(m_buffer.left(length));
            m_buffer.remove(0, length);
            ++m_proxy->m_counts.requests;
        }
        next();
    }

    void next()
    {
        if (m_isBusy || m_queue.isEmpty())
            return;
        m_isBusy = true;
        const QByteArray request = m_queue.takeFirst();
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        const QByteArray method = line.value(0);
        const QByteArray path = line.value(1).split('?').first();
        m_proxy->m_counts.paths.append(method + ' ' + path);
        if (m_proxy->m_observer)
            m_proxy->m_observer(method, path);
        const FaultProxy::Rule rule = m_proxy->take(method, path);
        const bool isHead = method == "HEAD";
        switch (rule.fault) {
        case FaultProxy::Fault::Stall:
            m_proxy->count(rule.fault);
            m_proxy->m_stalled.append(request); // this connection answers nothing more: the client gives up on it
            return;
        case FaultProxy::Fault::Replace:
            m_proxy->count(rule.fault);
            write(rule.answer);
            return;
        case FaultProxy::Fault::CutRequest: {
            m_proxy->count(rule.fault);
            FaultProxyExchange *cut = m_proxy->exchange(request, isHead);
            cut->setParent(this);
            cut->cutAfter(cutAt(rule, request.size()));
            connect(cut, &FaultProxyExchange::done, this, [this] { m_socket->abort(); });
            cut->start();
            return;
        }
        case FaultProxy::Fault::Duplicate: {
            m_proxy->count(rule.fault);
            FaultProxyExchange *copy = m_proxy->exchange(request, isHead);
            copy->setParent(this);
            connect(copy, &FaultProxyExchange::done, this, [this, request, isHead, rule](const QByteArray &answer) {
                if (!answer.isEmpty())
                    m_proxy->countForwarded();
                forward(request, isHead, rule);
            });
            copy->start();
            return;
        }
        default:
            forward(request, isHead, rule);
        }
    }

    void forward(const QByteArray &request, bool isHead, const FaultProxy::Rule &rule)
    {
        FaultProxyExchange *exchange = m_proxy->exchange(request, isHead);
        exchange->setParent(this);
        connect(exchange, &FaultProxyExchange::done, this,
            [this, rule](const QByteArray &answer) { deliver(answer, rule); });
        exchange->start();
    }

    void deliver(const QByteArray &answer, const FaultProxy::Rule &rule)
    {
        if (answer.isEmpty()) { // the server closed or failed: so does this connection
            m_socket->abort();
            return;
        }
        m_proxy->countForwarded();
        QPointer<FaultProxyConnection> self(this);
        switch (rule.fault) {
        case FaultProxy::Fault::LoseAnswer:
            m_proxy->count(rule.fault);
            m_socket->abort();
            return;
        case FaultProxy::Fault::CutAnswer:
            m_proxy->count(rule.fault);
            m_socket->write(answer.left(cutAt(rule, answer.size())));
            m_socket->disconnectFromHost();
            return;
        case FaultProxy::Fault::Delay:
            m_proxy->count(rule.fault);
            QTimer::singleShot(rule.delayMs, this, [this, answer] { write(answer); });
            return;
        case FaultProxy::Fault::Reorder:
            m_proxy->count(rule.fault);
            m_proxy->hold(
                [self, answer] {
                    if (self)
                        self->write(answer);
                },
                rule.delayMs);
            return;
        default:
            write(answer);
        }
    }

    void write(const QByteArray &answer)
    {
        m_socket->write(answer);
        m_isBusy = false;
        m_proxy->answered();
        if (headerValue(answer.left(answer.indexOf("\r\n\r\n")), "connection").toLower() == "close")
            m_socket->disconnectFromHost();
        else
            next();
    }

    FaultProxy *m_proxy;
    QSslSocket *m_socket;
    QByteArray m_buffer;
    QList<QByteArray> m_queue;
    bool m_isBusy = false;
};

const char *FaultProxy::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return "none";
    case Fault::CutRequest:
        return "cut-request";
    case Fault::LoseAnswer:
        return "lose-answer";
    case Fault::CutAnswer:
        return "cut-answer";
    case Fault::Stall:
        return "stall";
    case Fault::Delay:
        return "delay";
    case Fault::Duplicate:
        return "duplicate";
    case Fault::Reorder:
        return "reorder";
    case Fault::Replace:
        return "replace";
    }
    return "?";
}

FaultProxy::FaultProxy(const QString &certFile, const QString &keyFile, const QString &caFile, quint16 upstreamPort)
    : m_certificates(QSslCertificate::fromPath(certFile))
    , m_ca(QSslCertificate::fromPath(caFile))
    , m_upstreamPort(upstreamPort)
{
    QFile key(keyFile);
    if (key.open(QIODevice::ReadOnly))
        m_key = QSslKey(key.readAll(), QSsl::Ec);
    if (m_certificates.isEmpty() || m_key.isNull() || m_ca.isEmpty())
        qFatal("FaultProxy: cannot read %s, %s or %s", qPrintable(certFile), qPrintable(keyFile), qPrintable(caFile));
    if (!listen(QHostAddress::LocalHost, 0))
        qFatal("FaultProxy: cannot listen on 127.0.0.1: %s", qPrintable(errorString()));
}

FaultProxy::~FaultProxy() = default;

QString FaultProxy::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(serverPort());
}

void FaultProxy::addRule(const Rule &rule)
{
    m_rules.append({rule, 0, 0});
}

void FaultProxy::clearRules()
{
    m_rules.clear();
}

void FaultProxy::setObserver(std::function<void(const QByteArray &, const QByteArray &)> observer)
{
    m_observer = std::move(observer);
}

void FaultProxy::releaseStalled()
{
    const QList<QByteArray> stalled = std::exchange(m_stalled, {});
    for (const QByteArray &request : stalled) {
        FaultProxyExchange *late = exchange(request, request.startsWith("HEAD "));
        connect(late, &FaultProxyExchange::done, this, [this](const QByteArray &answer) {
            if (!answer.isEmpty())
                countForwarded();
        });
        late->start();
    }
}

FaultProxyExchange *FaultProxy::exchange(const QByteArray &request, bool isHead)
{
    return new FaultProxyExchange(m_upstreamPort, m_ca, request, isHead, this);
}

FaultProxy::Rule FaultProxy::take(const QByteArray &method, const QByteArray &path)
{
    for (ActiveRule &active : m_rules) {
        const Rule &rule = active.rule;
        if ((!rule.method.isEmpty() && rule.method != method) || !path.startsWith(rule.pathPrefix))
            continue;
        if (active.seen < rule.skip) {
            ++active.seen;
            return {};
        }
        if (rule.times >= 0 && active.applied >= rule.times)
            continue;
        ++active.applied;
        return rule;
    }
    return {};
}

void FaultProxy::count(Fault fault)
{
    ++m_counts.injected;
    ++m_counts.byFault[fault];
}

void FaultProxy::hold(const std::function<void()> &release, int maxMs)
{
    m_held.append(release);
    // Bounded: a held answer goes out after maxMs even when no other answer comes to pass it.
    QTimer::singleShot(std::max(1, maxMs), this, [this] { answered(); });
}

void FaultProxy::answered()
{
    const QList<std::function<void()>> held = std::exchange(m_held, {});
    for (const auto &release : held)
        release();
}

void FaultProxy::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificateChain(m_certificates);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    new FaultProxyConnection(this, socket);
    socket->startServerEncryption();
}

FaultProxyExchange::FaultProxyExchange(
    quint16 port, const QList<QSslCertificate> &ca, const QByteArray &request, bool isHead, QObject *parent)
    : QObject(parent)
    , m_socket(new QSslSocket(this))
    , m_port(port)
    , m_request(request)
    , m_isHead(isHead)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(ca);
    m_socket->setSslConfiguration(configuration);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_socket->write(m_cut >= 0 ? m_request.left(m_cut) : m_request);
        if (m_cut >= 0)
            m_socket->disconnectFromHost(); // after the bytes are written: the server reads a cut request
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        const qsizetype length = httpMessageLength(m_buffer, true, m_isHead);
        if (length >= 0) {
            finish(m_buffer.left(length));
            m_socket->disconnectFromHost();
        }
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { finish({}); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { finish({}); });
}

void FaultProxyExchange::cutAfter(qint64 bytes)
{
    m_cut = std::clamp<qint64>(bytes, 0, m_request.size() - 1);
}

void FaultProxyExchange::start()
{
    m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
}

void FaultProxyExchange::finish(const QByteArray &answer)
{
    if (m_isDone)
        return;
    m_isDone = true;
    Q_EMIT done(answer);
    deleteLater();
}
