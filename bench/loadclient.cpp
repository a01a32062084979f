#include "loadclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include "core/uuidv7.h"

using namespace Qt::StringLiterals;

LoadClient::LoadClient(QString baseUrl, const QString &caFile)
    : m_base(std::move(baseUrl))
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
}

QJsonObject LoadClient::call(const QByteArray &verb, const QString &path, const QByteArray &body, int *status)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setSslConfiguration(m_tls);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished())
        reply->abort();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    if (*status != 200)
        m_error = u"%1 %2: HTTP %3 %4 %5"_s.arg(QString::fromLatin1(verb), path)
                      .arg(*status)
                      .arg(reply->errorString(), QString::fromUtf8(answer.left(300)));
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

bool LoadClient::signIn(const QString &userName, const QString &password)
{
    int status = 0;
    const QJsonObject body {
        {u"username"_s, userName}, {u"password"_s, password}, {u"device_id"_s, sitesafe::UuidV7::generate()}};
    m_token = call("POST", u"/api/v1/auth/token"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), &status)
                  .value(u"access_token"_s)
                  .toString();
    return status == 200 && !m_token.isEmpty();
}

QJsonObject LoadClient::get(const QString &path, int *status)
{
    return call("GET", path, {}, status);
}
