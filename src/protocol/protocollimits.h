#pragma once

#include <QJsonObject>

namespace sitesafe {

/// The limits a server advertises in GET /meta and enforces (sync-anchors §2.3, §2.7). Clients size their
/// batches, pages and chunks from these.
struct ProtocolLimits {
    int maxPushMutations = 100;
    qint64 maxPushBytes = 1024 * 1024;
    int defaultPullLimit = 500;
    int maxPullLimit = 1000;
    qint64 maxBlobBytes = 50LL * 1024 * 1024;
    qint64 chunkBytes = 1024 * 1024;
    qint64 maxBodyBytes = 2LL * 1024 * 1024; ///< any request body (a chunk plus slack, or a push)
    int maxHeaderBytes = 16 * 1024;
    int maxJsonDepth = 16;
    int maxJsonArrayLength = 1000;
    int requestTimeoutSeconds = 30; ///< the whole request must arrive within this time
    int tombstoneHorizonDays = 400;

    QJsonObject toJson() const;
    static ProtocolLimits fromJson(const QJsonObject &json);
};

} // namespace sitesafe
