#include "datafoldersession.h"

#include <QUndoStack>

#include "storage/datastore.h"
#include "sync/synccontroller.h"

namespace sitesafe {

namespace {
constexpr int kChinaOffsetSeconds = 8 * 3600;
}

DataFolderSession::DataFolderSession(DataStore &store, const Clock &clock, QDate fixedToday, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_clock(clock),
      m_fixedToday(fixedToday),
      m_undoStack(new QUndoStack(this)),
      m_sync(new SyncController(store, clock, this))
{
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
    return m_fixedToday.isValid() ? m_fixedToday : chinaDate(m_clock.now());
}

QDateTime DataFolderSession::localNow() const
{
    return QDateTime(today(), m_clock.now().toLocalTime().time(), Qt::LocalTime);
}

QTimeZone DataFolderSession::chinaTime()
{
    // A fixed offset rather than the IANA zone "Asia/Shanghai": same answer, and no tz database needed.
    return QTimeZone(kChinaOffsetSeconds);
}

QDate DataFolderSession::chinaDate(const QDateTime &time)
{
    return time.toTimeZone(chinaTime()).date();
}

} // namespace sitesafe
