#include "datafoldersession.h"

#include <QUndoStack>

#include "dailybackup.h"
#include "storage/datastore.h"
#include "storage/syncstatestore.h"
#include "sync/synccontroller.h"

namespace sitesafe {

DataFolderSession::DataFolderSession(DataStore &store, const Clock &clock, QDate fixedToday, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_fixedToday(fixedToday)
    , m_clockWatch(clock)
    , m_undoStack(new QUndoStack(this))
    , m_sync(new SyncController(store, clock, this))
    , m_backup(new DailyBackup(store, clock, this))
{
    m_serverClockSeenAt = SyncStateStore(m_store.connection()).serverClockSeenAt();
    connect(m_sync, &SyncController::finished, this, &DataFolderSession::rebaseClockWatch);
}

// The sync controller goes first (a child): its worker thread ends and releases its database connection while
// the store is still open.
DataFolderSession::~DataFolderSession()
{
    delete m_sync;
    m_sync = nullptr;
}

QDate DataFolderSession::today() const
{
    return m_fixedToday.isValid() ? m_fixedToday : m_clock.todayInChina();
}

QDateTime DataFolderSession::localNow() const
{
    return QDateTime(today(), m_clock.now().toLocalTime().time(), Qt::LocalTime);
}

TimeTrust DataFolderSession::timeTrust() const
{
    SyncStateStore state(m_store.connection());
    return m_clockWatch.judge(state.serverClockOffsetMs(), state.serverClockSeenAt());
}

Account DataFolderSession::account() const
{
    Account account = SyncStateStore(m_store.connection()).account().value_or(Account{});
    if (account.userName.isEmpty())
        account.userName = localUserName();
    return account;
}

QString DataFolderSession::localUserName() const
{
    if (m_sync && !m_sync->profile().userName.isEmpty())
        return m_sync->profile().userName;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("local") : user;
}

void DataFolderSession::rebaseClockWatch()
{
    // A run that failed before reaching the server saw no clock: the anchor stays, and so does any jump seen.
    const QDateTime seenAt = SyncStateStore(m_store.connection()).serverClockSeenAt();
    if (seenAt.isValid() && seenAt != m_serverClockSeenAt) {
        m_serverClockSeenAt = seenAt;
        m_clockWatch.rebase();
    }
}

} // namespace sitesafe
