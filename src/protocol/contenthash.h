#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace sitesafe {

struct EntityRule;

/// The content hash of a record in a server receipt: lower-case hex sha256 of the record's canonical JSON.
/// Client and server compute it from their own copy of the row, so equal hashes mean both hold the same synced
/// content. The canonical form (docs/sync-protocol.md, "Content hash") is RFC 8785 (JCS) applied to an object
/// holding exactly the entity's wire columns (id, the rule's synced fields, created_at, updated_at): a missing
/// column counts as null, booleans become 0/1 as on the wire, bookkeeping columns (server_seq/server_version,
/// fold caches, server-only fields) are never part of it.
class ContentHash
{
public:
    /// RFC 8785 text of any JSON value: object keys sorted by UTF-16 code units, no whitespace, numbers as
    /// ECMAScript prints doubles, strings escaped minimally and otherwise raw UTF-8.
    static QByteArray canonicalJson(const QJsonValue &value);
    /// The canonical JSON of a record: `row` restricted (and completed with nulls) to `rule.wireColumns()`.
    static QByteArray canonicalRecord(const EntityRule &rule, const QJsonObject &row);
    /// sha256 of canonicalRecord() as 64 lower-case hex characters.
    static QString of(const EntityRule &rule, const QJsonObject &row);
    /// The same for a row given as its values in the order of `rule.wireColumns()` (as a statement reads them;
    /// no object is built, which the server's push does once per mutation).
    static QByteArray canonicalRecord(const EntityRule &rule, const QList<QJsonValue> &wireValues);
    static QString of(const EntityRule &rule, const QList<QJsonValue> &wireValues);
    /// True for a well-formed hash (64 lower-case hex characters).
    static bool isWellFormed(const QString &hash);
    /// The number as ECMAScript's Number.prototype.toString prints it (RFC 8785 §3.2.2.3); null if not finite.
    static QByteArray number(double value);
};

} // namespace sitesafe
