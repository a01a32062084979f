#pragma once

#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace sitesafe {

/// One changed field of a mutation: the new value and, for updates, the value the client based its edit on.
struct FieldChange {
    QJsonValue value;
    std::optional<QJsonValue> base; ///< absent for inserts
};

/// One outbox entry on the wire (DESIGN §4): {mutation_id, client_seq, entity, entity_id, op, base_version,
/// fields{column: {value, base}}, blob_refs}. Entity and field names are the client's table and column names.
struct Mutation {
    enum class Op { Insert, Update };

    QString mutationId;
    qint64 clientSeq = 0;
    QString entity;
    QString entityId;
    Op op = Op::Insert;
    std::optional<qint64> baseVersion;
    QMap<QString, FieldChange> fields;
    QStringList blobRefs;

    QJsonObject toJson() const;
    /// QJsonDocument(toJson()).toJson(QJsonDocument::Compact), byte for byte, written directly (CompactJson).
    QByteArray toCompactJson() const;
    /// Error "invalid_mutation" naming the first wrong member.
    static Result<Mutation> fromJson(const QJsonObject &json);
    static QString opCode(Op op);
};

} // namespace sitesafe
