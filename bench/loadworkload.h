#pragma once

#include <optional>

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "protocol/pushmessages.h"

/// What one simulated device of load_bench writes, encoded as the client's outbox does (protocol Mutation,
/// PushRequest): each round a new hazard on one of its 市县's projects with its "created" event, and from the second
/// round on an edit of the previous round's hazard (its location, per-field compare-and-set against the value the
/// device last saw, with that row's server_seq as base_version). A batch that got no answer is sent again
/// unchanged (same mutation ids), as the client resends a frozen batch. Also keeps what the server must hold
/// afterwards: every hazard once with its last location, every event once (LoadVerifier compares).
class DeviceWorkload
{
public:
    DeviceWorkload(QString deviceId, QStringList projectIds, int deviceIndex);

    /// The pending batch, or a new one when the last was acknowledged.
    const sitesafe::PushRequest &nextBatch();
    /// Records the answer to the pending batch; returns how many of its mutations the server did not apply (a
    /// conflict, a rejection, a missing result), with the first reason in `problem`.
    int acknowledge(const sitesafe::PushResponse &response, QString *problem);

    qint64 appliedMutations() const { return m_appliedMutations; }
    /// Hazard id → the location the server must hold.
    const QHash<QString, QString> &expectedHazards() const { return m_expectedHazards; }
    const QSet<QString> &expectedEvents() const { return m_expectedEvents; }

private:
    struct Written {
        QString id;
        QString location;
        QString updatedAt;
        qint64 serverSeq = 0;
    };

    sitesafe::Mutation newMutation(const QString &entity, const QString &entityId);

    QString m_deviceId;
    QStringList m_projectIds;
    int m_deviceIndex = 0;
    qint64 m_clientSeq = 0;
    int m_round = 0;
    std::optional<sitesafe::PushRequest> m_pending;
    std::optional<Written> m_last; ///< the newest acknowledged hazard, edited in the next round
    std::optional<Written> m_newHazard; ///< the hazard of the pending batch
    std::optional<Written> m_edited; ///< m_last as the pending batch edits it
    QString m_newEvent;
    qint64 m_appliedMutations = 0;
    QHash<QString, QString> m_expectedHazards;
    QSet<QString> m_expectedEvents;
};
