#include "datafolderlock.h"

#include <QDir>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

DataFolderLock::DataFolderLock(const QString &directory)
    : m_directory(directory)
    , m_lock(std::make_unique<QLockFile>(lockPath(directory)))
{
    // A lock is never stale by age: only a holder that has died gives it up (QLockFile checks its pid).
    m_lock->setStaleLockTime(0);
}

DataFolderLock::~DataFolderLock() = default;

QString DataFolderLock::lockPath(const QString &directory)
{
    return QDir(directory).filePath(u"sitesafe.lock"_s);
}

QString DataFolderLock::holderName(const QString &application)
{
    if (application == u"sitesafe")
        return tr("the SiteSafe window");
    if (application.isEmpty())
        return tr("another SiteSafe program");
    return application; // sitesafe-cli, or a tool
}

bool DataFolderLock::tryLock()
{
    if (m_lock->isLocked() || m_lock->tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, application;
    m_lock->getLockInfo(&pid, &host, &application);
    if (m_lock->error() == QLockFile::LockFailedError) {
        m_error = Error {u"storage.folder_in_use"_s,
            tr("The data folder %1 is in use by %2 (process %3). Close it and try again; nothing was "
               "changed.")
                .arg(QDir::toNativeSeparators(m_directory), holderName(application))
                .arg(pid)};
    } else {
        m_error = Error {u"storage.folder_unlockable"_s,
            tr("The data folder %1 cannot be locked (is it writable?). Nothing was changed.")
                .arg(QDir::toNativeSeparators(m_directory))};
    }
    return false;
}

bool DataFolderLock::isLocked() const
{
    return m_lock->isLocked();
}

} // namespace sitesafe
