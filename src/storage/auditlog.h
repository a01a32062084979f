#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/error.h"

namespace sitesafe {

/// Who did what, when: an append-only, hash-chained log. Each entry's hash covers the previous entry's hash, so
/// any edited, removed or reordered entry breaks the chain at that point. Append inside the caller's
/// transaction so the action and its record commit together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry {
        QString actor;
        QString action;   ///< "hazard.create", "hazard.event", "dataset.load" …
        QString entity;
        QString entityId;
        QString detail;   ///< short JSON or text; never personal data or secrets
    };

    static Status append(QSqlDatabase db, const Entry &entry);
    /// Walks the chain; returns the number of entries, or an error naming the first broken entry.
    static Result<qint64> verify(QSqlDatabase db);

    static QString genesisHash();
    static QString hashOf(const QString &previousHash, const QString &at, const Entry &entry);
};

} // namespace sitesafe
