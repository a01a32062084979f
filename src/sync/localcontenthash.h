#pragma once

#include <optional>

#include <QCoreApplication>

#include "core/error.h"

namespace sitesafe {

class RecordReader;

/// The content hash (protocol ContentHash) of a row of the client's own store, computed exactly as the server
/// computes it for its receipts: the entity's wire columns read as they travel on the wire (WireValue). Equal to
/// the receipt's hash when the local copy holds the same synced content as the server — the proof a user (or the
/// Sync page) can check that a record arrived as it was written.
class LocalContentHash
{
    Q_DECLARE_TR_FUNCTIONS(LocalContentHash)

public:
    /// nullopt when the row does not exist; an error for an entity the protocol does not sync.
    static Result<std::optional<QString>> of(RecordReader reader, const QString &entity, const QString &id);
};

} // namespace sitesafe
