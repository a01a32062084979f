#pragma once

#include <QJsonObject>

namespace sitesafe {

/// The limits a server advertises in GET /meta and enforces (sync-anchors §2.3, §2.7). Clients size their
/// batches, pages and chunks from these.
struct ProtocolLimits {
    /// 500 mutations or 2 MiB of JSON per push since issue 13 (fewer requests and commits per record); servers
    /// before it took 100 or 1 MiB (firstPushLimits()), so a client sizes its batches from the server's /meta.
    int maxPushMutations = 500;
    qint64 maxPushBytes = 2LL * 1024 * 1024;
    /// Push batches a device may have in flight at once (issue 13, sixth session): the server holds a batch that
    /// arrives ahead of its predecessor for up to pushHoldMs, waiting for that one to commit, instead of refusing
    /// it at once with out_of_order. Servers before it refuse at once: a /meta without the limit means 1.
    int pushWindow = 2;
    int pushHoldMs = 3000;
    int defaultPullLimit = 500;
    int maxPullLimit = 2000;
    qint64 maxBlobBytes = 50LL * 1024 * 1024;
    qint64 chunkBytes = 1024 * 1024;
    qint64 maxBodyBytes = 3LL * 1024 * 1024; ///< any request body (a chunk plus slack, or a push plus slack)
    int maxHeaderBytes = 16 * 1024;
    int maxJsonDepth = 16;
    int maxJsonArrayLength = 1000;
    int requestTimeoutSeconds = 30; ///< the whole request must arrive within this time
    int tombstoneHorizonDays = 400;

    QJsonObject toJson() const;
    /// The limits in `json`; a limit it does not state is taken from `missing` (or the defaults above).
    static ProtocolLimits fromJson(const QJsonObject &json);
    static ProtocolLimits fromJson(const QJsonObject &json, const ProtocolLimits &missing);
    /// The push limits every server accepts (the first servers': 100 mutations, 1 MiB), other limits default.
    static ProtocolLimits firstPushLimits();
};

} // namespace sitesafe
