#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace sitesafe {

class Database;
class PullApplier;
class SyncConnection;

/// Asks the server for new notice number blocks during a sync (POST /api/v1/notice-blocks), one request for
/// each kind of notice whose blocks run low on this device (NumberBlockStatus::isLow), so notices can still be
/// numbered during the next days offline. Each answer is applied like a pulled row (PullApplier::adopt); the
/// same block arrives again by the next pull and changes nothing then. A refused or failed request is a warning,
/// never a failed sync: the numbers left still work, and the next sync asks again.
class NoticeBlockRequester
{
    Q_DECLARE_TR_FUNCTIONS(NoticeBlockRequester)

public:
    struct Outcome {
        int received = 0;     ///< blocks stored on this computer
        QStringList warnings; ///< one sentence per kind that got no block
    };

    NoticeBlockRequester(Database &db, SyncConnection &connection, PullApplier &applier)
        : m_db(db), m_connection(connection), m_applier(applier)
    {
    }

    /// Requests a block of `size` numbers for every low kind.
    Outcome requestLowKinds(int size);
    /// The kind's name as the user knows it (限期整改通知书 …).
    static QString kindName(const QString &kind);

private:
    Database &m_db;
    SyncConnection &m_connection;
    PullApplier &m_applier;
};

} // namespace sitesafe
