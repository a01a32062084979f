#include "dailybackup.h"

#include <QDir>
#include <QFileInfo>

#include "core/backgroundpriority.h"
#include "storage/datastore.h"
#include "storage/storebackup.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

DailyBackup::DailyBackup(DataStore &store, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timer.setInterval(60 * 60 * 1000);
        check();
    });
}

DailyBackup::~DailyBackup()
{
    m_stop->store(true); // quitting does not wait for a backup of a large database
}

void DailyBackup::start(int firstDelayMs)
{
    m_timer.start(firstDelayMs);
}

QString DailyBackup::folder() const
{
    return QDir(m_store.directory()).filePath(u"backups"_s);
}

QString DailyBackup::fileName(QDate day)
{
    return u"sitesafe-%1.db"_s.arg(day.toString(Qt::ISODate));
}

namespace {
QStringList backupNamesIn(const QString &folder)
{
    // ISO dates sort as text: newest first.
    return QDir(folder).entryList(
        {u"sitesafe-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].db"_s}, QDir::Files, QDir::Name | QDir::Reversed);
}
} // namespace

QStringList DailyBackup::backups() const
{
    return backupNamesIn(folder());
}

QStringList DailyBackup::backupFilesOf(const QString &directory)
{
    const QDir folder(QDir(directory).filePath(u"backups"_s));
    QStringList files;
    for (const QString &name : backupNamesIn(folder.path()))
        files << folder.filePath(name);
    return files;
}

bool DailyBackup::check()
{
    const QString file = QDir(folder()).filePath(fileName(m_clock.todayInChina()));
    if (m_isRunning || QFileInfo::exists(file))
        return false;
    if (!QDir().mkpath(folder())) {
        Q_EMIT finished(file, tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder())));
        return false;
    }
    m_isRunning = true;
    const QString database = m_store.database().path();
    BackgroundPriority::run(
        this,
        [database, file, stop = m_stop] {
            const Result<StoreBackup::Summary> written = StoreBackup::write(database, file, {}, stop.get());
            return written ? QString() : written.error().message;
        },
        [this, file](const QString &error) {
            m_isRunning = false;
            if (error.isEmpty())
                prune();
            Q_EMIT finished(file, error);
        },
        tr("The backup stopped."));
    return true;
}

void DailyBackup::prune()
{
    const QStringList all = backups();
    for (qsizetype i = kKept; i < all.size(); ++i)
        QFile::remove(QDir(folder()).filePath(all.at(i)));
}

} // namespace sitesafe
