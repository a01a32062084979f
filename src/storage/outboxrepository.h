#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace sitesafe {

/// One queued mutation as the triggers recorded it.
struct OutboxEntry {
    qint64 seq = 0;
    QString mutationId;
    QString entity;
    QString entityId;
    QString op;
    qint64 baseVersion = -1; ///< -1: never synced
    QJsonObject fields;      ///< {"column": {"value": …, "base": …}}
    QString state;
};

/// Reads the outbox (writes happen by trigger, in the same transaction as the change).
class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    qint64 pendingCount();
    /// Changes not yet answered by the server: pending ones and those frozen in a batch in flight (awaiting
    /// their receipt). What a user is told still waits on this computer.
    qint64 waitingCount();
    QList<OutboxEntry> entriesFor(const QString &entity, const QString &entityId);
    QList<OutboxEntry> pending(int limit);

private:
    QList<OutboxEntry> select(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace sitesafe
