#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

class QLockFile;

namespace sitesafe {

/// The lock one program holds on a data folder while it uses it (the file "sitesafe.lock" in the folder): the
/// desktop client for as long as it runs, and `sitesafe-cli restore` while it replaces the database. A lock left by
/// a process that has died is taken over. Released by the destructor.
class DataFolderLock
{
    Q_DECLARE_TR_FUNCTIONS(DataFolderLock)
    Q_DISABLE_COPY_MOVE(DataFolderLock)

public:
    explicit DataFolderLock(const QString &directory);
    ~DataFolderLock();

    /// Takes the lock without waiting; false with error() when another process holds it.
    bool tryLock();
    bool isLocked() const;
    /// Which process holds the lock, in the error's words (after a failed tryLock()).
    Error error() const { return m_error; }

    static QString lockPath(const QString &directory);

private:
    /// The holder as the user knows it ("the SiteSafe window" for the desktop client).
    static QString holderName(const QString &application);

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    Error m_error;
};

} // namespace sitesafe
