#pragma once

#include <QObject>
#include <QString>

#include "core/error.h"

class QLocalServer;

namespace sitesafe {

/// One running client per data folder (issue 14): the client that holds the folder's lock listens on a local socket
/// named after the folder (and the user), and a second start on the same folder, refused the lock, asks it to come
/// to the front instead of only explaining. The message is one fixed word; nothing about the folder's data crosses.
class FolderInstanceChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderInstanceChannel)

public:
    explicit FolderInstanceChannel(const QString &directory, QObject *parent = nullptr);
    ~FolderInstanceChannel() override;

    /// The socket's name: the same for every spelling of the folder's path, different per folder and per user.
    static QString serverName(const QString &directory);

    /// Starts listening. The caller holds the folder's lock, so a socket left by a client that crashed is stale
    /// and is replaced.
    Status listen();

    /// Asks the client listening for `directory` to show its window (blocking, for a program's start); true when it
    /// answered within `timeoutMs`.
    static bool activateRunning(const QString &directory, int timeoutMs = 3000);

Q_SIGNALS:
    /// A second start on this folder asked for the window.
    void activationRequested();

private:
    void answer();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace sitesafe
