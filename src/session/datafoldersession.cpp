#include "datafoldersession.h"

#include <QUndoStack>

#include "storage/datastore.h"
#include "sync/synccontroller.h"

namespace sitesafe {

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
    return m_fixedToday.isValid() ? m_fixedToday : m_clock.todayInChina();
}

QDateTime DataFolderSession::localNow() const
{
    return QDateTime(today(), m_clock.now().toLocalTime().time(), Qt::LocalTime);
}

// Placeholder until the time-trust work lands in this session (issue 10): no offset known, no doubt raised.
TimeTrust DataFolderSession::timeTrust() const
{
    return {};
}

} // namespace sitesafe
