#include "syncstatestore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/uuidv7.h"
#include "database.h"
#include "storageerror.h"
#include "transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString what()
{
    return QCoreApplication::translate("SyncStateStore", "saving the sync position");
}
} // namespace

std::optional<QString> SyncStateStore::value(const char *key)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM sync_state WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

Status SyncStateStore::setValue(const char *key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_state (key, value) VALUES (?, coalesce(?, '')) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::fromLatin1(key));
    q.addBindValue(value);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Status SyncStateStore::remove(const char *key)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM sync_state WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(key));
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), what());
    return {};
}

Status SyncStateStore::setValues(const QList<std::pair<const char *, QString>> &values)
{
    // Local origin: sync_state has no outbox trigger.
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    for (const auto &[key, value] : values) {
        if (Status s = setValue(key, value); !s)
            return s;
    }
    return transaction.commit();
}

Status SyncStateStore::recordPush(qint64 writeCheckpoint)
{
    if (Status s = setValue(kWriteCheckpoint, QString::number(writeCheckpoint)); !s)
        return s;
    return setValue(kLastPushAt, Timestamp::toText(Database::clockOf(m_db).now()));
}

Status SyncStateStore::raiseEchoThrough(qint64 serverSeq)
{
    if (serverSeq <= echoThrough())
        return {};
    return setValue(kEchoThrough, QString::number(serverSeq));
}

qint64 SyncStateStore::echoThrough()
{
    return value(kEchoThrough).value_or(QString()).toLongLong();
}

Status SyncStateStore::storePosition(const PullPosition &position)
{
    Status s;
    // Receipts of another epoch name seqs of a server that is gone.
    if (!position.epoch.isEmpty() && value(kEpoch).value_or(QString()) != position.epoch)
        s = remove(kEchoThrough);
    if (s && !position.epoch.isEmpty())
        s = setValue(kEpoch, position.epoch);
    if (s && !position.cursor.isEmpty()) {
        s = setValue(kCursor, position.cursor);
        if (s)
            s = remove(kSnapshotToken);
        if (s)
            s = setValue(kLastPullAt, Timestamp::toText(Database::clockOf(m_db).now()));
    } else if (s && !position.snapshotToken.isEmpty()) {
        s = setValue(kSnapshotToken, position.snapshotToken);
    }
    return s;
}

Result<QString> SyncStateStore::deviceId()
{
    if (auto id = value(kDeviceId); id && !id->isEmpty())
        return *id;
    const QString id = UuidV7::generate();
    if (Status s = setValue(kDeviceId, id); !s)
        return s.error();
    return id;
}

qint64 SyncStateStore::lastClientSeq()
{
    return value(kLastClientSeq).value_or(QString()).toLongLong();
}

QDateTime SyncStateStore::lastPushAt()
{
    return QDateTime::fromString(value(kLastPushAt).value_or(QString()), Qt::ISODateWithMs);
}

QDateTime SyncStateStore::lastPullAt()
{
    return QDateTime::fromString(value(kLastPullAt).value_or(QString()), Qt::ISODateWithMs);
}

Status SyncStateStore::recordServerClock(qint64 offsetMs, const QDateTime &seenAt)
{
    return setValues({{kServerClockOffset, QString::number(offsetMs)}, {kServerClockSeenAt, Timestamp::toText(seenAt)}});
}

std::optional<qint64> SyncStateStore::serverClockOffsetMs()
{
    bool isNumber = false;
    const qint64 offset = value(kServerClockOffset).value_or(QString()).toLongLong(&isNumber);
    return isNumber ? std::optional<qint64>(offset) : std::nullopt;
}

QDateTime SyncStateStore::serverClockSeenAt()
{
    return Timestamp::fromText(value(kServerClockSeenAt).value_or(QString()));
}

Status SyncStateStore::recordAccount(const Account &account)
{
    return setValues({{kAccountUser, account.userName}, {kAccountRole, account.role},
                      {kAccountJurisdiction, account.jurisdictionCode}});
}

std::optional<Account> SyncStateStore::account()
{
    const std::optional<QString> role = value(kAccountRole);
    if (!role || role->isEmpty())
        return std::nullopt;
    Account a;
    a.userName = value(kAccountUser).value_or(QString());
    a.role = *role;
    a.jurisdictionCode = value(kAccountJurisdiction).value_or(QString());
    return a;
}

} // namespace sitesafe
