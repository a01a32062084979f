#pragma once

#include <QJsonObject>
#include <QList>

#include "mutation.h"

namespace sitesafe {

/// POST /sync/push body: one device's frozen batch, mutations in strictly increasing client_seq.
struct PushRequest {
    QString deviceId;
    QString batchId;
    QList<Mutation> mutations;

    QJsonObject toJson() const;
    /// Error "invalid_batch" / "invalid_mutation" for a malformed body.
    static Result<PushRequest> fromJson(const QJsonObject &json);
};

/// Both values of a field that the client and someone else changed (kept server-side, echoed to the client).
struct FieldConflict {
    QString field;
    QJsonValue serverValue;
    QJsonValue clientValue;
    QJsonValue baseValue;
};

/// The server's answer to one mutation. A repeat of a recorded mutation answers `duplicate` with the
/// stored outcome in `originalStatus` (and the stored conflicts and error).
struct MutationResult {
    enum class Status { Applied, Duplicate, Conflict, Rejected };

    QString mutationId;
    qint64 clientSeq = 0;
    Status status = Status::Applied;
    Status originalStatus = Status::Applied; ///< duplicates only
    qint64 serverSeq = 0;                   ///< 0 when nothing was written
    QString errorCode;                      ///< rejected
    QString errorMessage;
    QList<FieldConflict> conflicts;
    QString supersededReason; ///< an event kept but without effect on the fold
    /// ContentHash of the row as the server holds it after the mutation (applied and conflict; duplicates repeat
    /// the stored one); empty for rejections and for answers of servers before the field existed.
    QString contentHash;

    QJsonObject toJson() const;
    /// QJsonDocument(toJson()).toJson(QJsonDocument::Compact), byte for byte, written directly (CompactJson).
    QByteArray toCompactJson() const;
    static MutationResult fromJson(const QJsonObject &json);
    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString &code);
};

/// POST /sync/push answer.
struct PushResponse {
    QList<MutationResult> results;
    qint64 writeCheckpoint = 0; ///< the server_seq after applying; pull until the cursor reaches it
    QString serverEpoch;

    QJsonObject toJson() const;
    /// QJsonDocument(toJson()).toJson(QJsonDocument::Compact), byte for byte, written directly (CompactJson).
    QByteArray toCompactJson() const;
    static PushResponse fromJson(const QJsonObject &json);
};

} // namespace sitesafe
