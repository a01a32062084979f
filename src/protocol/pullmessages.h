#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sitesafe {

/// One row as the server holds it now; `row` has the wire columns of the entity's rule.
struct PulledChange {
    qint64 serverSeq = 0;
    QString entity;
    QString entityId;
    QJsonObject row;

    QJsonObject toJson() const;
    static PulledChange fromJson(const QJsonObject &json);
};

/// GET /sync/pull and /sync/snapshot answer. Apply `changes` and store `nextCursor` in one transaction.
struct PullPage {
    QList<PulledChange> changes;
    QString nextCursor;    ///< pull: the cursor for the next call; snapshot: set on the last page only
    QString nextPageToken; ///< snapshot: the token of the next page; empty on the last page
    bool hasMore = false;
    QString serverEpoch;
    qint64 highWater = 0;  ///< the highest server_seq when the page was built

    QJsonObject toJson() const;
    static PullPage fromJson(const QJsonObject &json);
};

} // namespace sitesafe
