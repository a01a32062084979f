#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// A pulled server row that breaks a local constraint, kept aside (table `held_pulled_rows`).
struct HeldRow {
    QString entity;
    QString entityId;
    qint64 serverSeq = 0;
    QString rowJson;          ///< the row as pulled (compact JSON of its wire columns)
    QString brokenConstraint; ///< SQLite's words, e.g. "UNIQUE constraint failed: notices.number"
    QString firstHeldAt;
    QString lastTriedAt;
    int attempts = 0;
};

/// The held pulled rows: recorded by the pull when a row breaks a local constraint, retried at the end of every
/// later pull and released once they apply. The count is what the UI shows ("n records from the server wait").
class HeldRowRepository
{
    Q_DECLARE_TR_FUNCTIONS(HeldRowRepository)

public:
    explicit HeldRowRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Holds a row, or (held before) replaces it with this version and counts one more attempt. Stamped with the
    /// store's clock; joins the caller's transaction when one is open.
    Status hold(const QString &entity, const QString &entityId, qint64 serverSeq, const QString &rowJson,
                const QString &brokenConstraint);
    /// One more failed try of a held row (its constraint may have changed).
    Status markTried(const QString &entity, const QString &entityId, const QString &brokenConstraint);
    /// The row applied: it is no longer held.
    Status release(const QString &entity, const QString &entityId);

    /// Every held row, in server order.
    Result<QList<HeldRow>> all();
    Result<qint64> count();
    /// "entity\nid" → the held server_seq, to skip a held version when its page comes again.
    Result<QHash<QString, qint64>> versions();
    static QString key(const QString &entity, const QString &entityId) { return entity + u'\n' + entityId; }

    /// The constraint in words a user understands (English source text through tr()).
    static QString explain(const QString &brokenConstraint);

private:
    QSqlDatabase m_db;
};

} // namespace sitesafe
