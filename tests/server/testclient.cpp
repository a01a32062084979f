#include "testclient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

QJsonObject TestReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

TestClient::TestClient(QString baseUrl, const QString &caFile) : m_base(std::move(baseUrl))
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(QSslCertificate::fromPath(caFile)); // replaces the system CAs
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

TestReply TestClient::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("GET", path, {}, headers);
}

TestReply TestClient::head(const QString &path)
{
    return send("HEAD", path, {});
}

TestReply TestClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
}

TestReply TestClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return wait(start(verb, path, body, headers));
}

QNetworkReply *TestClient::startPost(const QString &path, const QJsonObject &body)
{
    return start(
        "POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}});
}

QNetworkReply *TestClient::start(const QByteArray &verb, const QString &path, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QBuffer *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, buffer);
    buffer->setParent(reply);
    return reply;
}

TestReply TestClient::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    TestReply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.networkError = u"timeout"_s;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}
