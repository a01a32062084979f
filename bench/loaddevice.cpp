#include "loaddevice.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include "core/uuidv7.h"
#include "protocol/pullmessages.h"
#include "protocol/pushmessages.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
constexpr int kMaxPagesPerRound = 50;
constexpr int kTransferTimeoutMs = 30000;
/// All devices sign in at once and a sign-in hashes a password: on a server capped at half a CPU the hundredth
/// waits well over 30 s. Sign-ins are not timed, only counted.
constexpr int kSignInTimeoutMs = 240000;

QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}
} // namespace

LoadDevice::LoadDevice(Setup setup)
    : m_setup(std::move(setup))
    , m_deviceId(UuidV7::generate())
    , m_thinkRandom(quint32(m_setup.seed * 1000003U + quint64(m_setup.index)))
{
    m_cursor = m_setup.startCursor;
    m_workload = std::make_unique<DeviceWorkload>(m_deviceId, m_setup.projectIds, m_setup.index);
}

LoadDevice::~LoadDevice() = default;

void LoadDevice::send(Kind kind, const QByteArray &verb, const QString &path, const QByteArray &body, Handler handler)
{
    QNetworkRequest request(QUrl(m_setup.baseUrl + path));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kind == Kind::SignIn ? kSignInTimeoutMs : kTransferTimeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, kind, verb, handler = std::move(handler)] {
        const QByteArray answer = reply->readAll();
        const double ms = double(timer->nsecsElapsed()) / 1e6;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool isNetworkError = reply->error() != QNetworkReply::NoError && status == 0;
        reply->deleteLater();
        if (kind == Kind::Push)
            m_log.pushMs.append(ms);
        else if (kind == Kind::Pull)
            m_log.pullMs.append(ms);
        if (isNetworkError || status < 200 || status > 299) {
            m_log.addError(u"device %1 %2 %3: HTTP %4 %5 %6"_s.arg(m_setup.index)
                               .arg(QString::fromLatin1(verb), reply->url().path())
                               .arg(status)
                               .arg(reply->errorString(), parse(answer).value(u"error"_s).toString()));
            handler(0, answer);
            return;
        }
        handler(status, answer);
    });
}

void LoadDevice::signIn()
{
    m_network = new QNetworkAccessManager(this);
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(QSslCertificate::fromPath(m_setup.caFile));
    const QJsonObject body {
        {u"username"_s, m_setup.userName}, {u"password"_s, m_setup.password}, {u"device_id"_s, m_deviceId}};
    send(Kind::SignIn, "POST", u"/api/v1/auth/token"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](int status, const QByteArray &answer) {
            m_token = parse(answer).value(u"access_token"_s).toString();
            Q_EMIT signedIn(status == 200 && !m_token.isEmpty());
        });
}

void LoadDevice::run(QDeadlineTimer deadline, int maxRounds)
{
    m_deadline = deadline;
    m_maxRounds = maxRounds;
    if (m_setup.thinkMs <= 0) {
        round();
        return;
    }
    // With think time the devices start spread over one mean pause, as they would be in the field: all 100 at the
    // same instant would be a burst the run then never sees again, and it would be most of the p99.
    const auto startMs = qint64(m_thinkRandom.bounded(quint32(m_setup.thinkMs)));
    QTimer::singleShot(std::chrono::milliseconds(startMs), Qt::PreciseTimer, this, &LoadDevice::round);
}

void LoadDevice::round()
{
    if (m_deadline.hasExpired() || m_log.rounds >= m_maxRounds) {
        Q_EMIT finished();
        return;
    }
    ++m_log.rounds;
    push();
}

void LoadDevice::push()
{
    const QByteArray body = QJsonDocument(m_workload->nextBatch().toJson()).toJson(QJsonDocument::Compact);
    send(Kind::Push, "POST", u"/api/v1/sync/push"_s, body, [this](int status, const QByteArray &answer) {
        if (status == 200) {
            QString problem;
            const int notApplied = m_workload->acknowledge(PushResponse::fromJson(parse(answer)), &problem);
            if (notApplied > 0)
                m_log.addError(
                    u"device %1: %2 mutations not applied: %3"_s.arg(m_setup.index).arg(notApplied).arg(problem));
        }
        m_log.mutationsApplied = m_workload->appliedMutations();
        pull(0);
    });
}

void LoadDevice::pull(int page)
{
    const QString path = u"/api/v1/sync/pull?limit=%1&cursor=%2"_s.arg(m_setup.pullLimit).arg(m_cursor);
    send(Kind::Pull, "GET", path, {}, [this, page](int status, const QByteArray &answer) {
        if (status != 200) {
            think();
            return;
        }
        const PullPage pulled = PullPage::fromJson(parse(answer));
        m_log.rowsPulled += pulled.changes.size();
        if (!pulled.nextCursor.isEmpty())
            m_cursor = pulled.nextCursor;
        if (pulled.hasMore && page + 1 < kMaxPagesPerRound)
            pull(page + 1);
        else
            think();
    });
}

void LoadDevice::think()
{
    if (m_setup.thinkMs <= 0) {
        round();
        return;
    }
    const auto pauseMs = qint64(double(m_setup.thinkMs) * (0.5 + m_thinkRandom.generateDouble()));
    // A pause that would end after the deadline ends the device now: waiting it out would only stretch the run.
    if (m_deadline.remainingTime() < pauseMs || m_log.rounds >= m_maxRounds) {
        Q_EMIT finished();
        return;
    }
    m_log.thinkMs += pauseMs;
    QTimer::singleShot(std::chrono::milliseconds(pauseMs), Qt::PreciseTimer, this, &LoadDevice::round);
}
