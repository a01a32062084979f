#include "folderinstancechannel.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr char kRequest[] = "activate\n";
constexpr char kAnswer[] = "ok\n";
} // namespace

FolderInstanceChannel::FolderInstanceChannel(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_name(serverName(directory))
    , m_server(new QLocalServer(this))
{
    // Only this user may ask (on Unix the socket file's mode; on Windows the pipe's ACL).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &FolderInstanceChannel::answer);
}

FolderInstanceChannel::~FolderInstanceChannel() = default;

QString FolderInstanceChannel::serverName(const QString &directory)
{
    const QFileInfo info(directory);
    const QString canonical
        = info.canonicalFilePath().isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : info.canonicalFilePath();
    const QByteArray key
        = (canonical + u'\n' + qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"))).toUtf8();
    return u"sitesafe-"_s
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

Status FolderInstanceChannel::listen()
{
    if (m_server->listen(m_name))
        return {};
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name); // a client that died left it; the lock says this process owns the folder
        if (m_server->listen(m_name))
            return {};
    }
    return Error {u"session.instance_channel"_s,
        tr("A second start on this data folder cannot bring this window to the front (%1); it will explain instead.")
            .arg(m_server->errorString())};
}

bool FolderInstanceChannel::activateRunning(const QString &directory, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(directory));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRequest);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine() == kAnswer;
}

void FolderInstanceChannel::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kRequest) {
                Q_EMIT
                activationRequested(); // first: what it does (the window, the log line) is done when "ok" arrives
                socket->write(kAnswer);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}

} // namespace sitesafe
