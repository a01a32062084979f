#pragma once

#include <QDateTime>
#include <QString>

#include "core/error.h"

namespace sitesafe {

class StatementCache;
struct Caller;

/// Appends to the server's audit_log inside the caller's transaction, so the entry commits or rolls back
/// with the write it records. Never pass passwords, tokens or personal data as detail. `at` is the server
/// clock's time (Backend::clock()). The statement is the connection's cached one (WriteTransaction::statements()).
class ServerAuditLog
{
public:
    static Status append(StatementCache &statements, const QDateTime &at, const QString &actor, const QString &deviceId,
                         const QString &action, const QString &entity = {}, const QString &entityId = {},
                         const QString &detail = {});
    static Status append(StatementCache &statements, const QDateTime &at, const Caller &caller, const QString &action,
                         const QString &entity = {}, const QString &entityId = {}, const QString &detail = {});
};

} // namespace sitesafe
