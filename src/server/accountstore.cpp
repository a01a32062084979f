#include "accountstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "core/clock.h"
#include "core/uuidv7.h"
#include "passwordhasher.h"
#include "serverauditlog.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
const QStringList kRoles{u"inspector"_s, u"supervisor"_s, u"province"_s, u"admin"_s};

Error dbError(const QSqlQuery &q)
{
    return Error{u"db.error"_s, q.lastError().text()};
}

Error invalidGrant()
{
    return Error{u"auth.invalid_grant"_s, u"The refresh token is not valid any more; sign in again."_s};
}

QVariant nullOr(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

AccountStore::AccountStore(Backend &backend, Settings settings) : m_backend(backend), m_settings(settings) {}

qint64 AccountStore::nowMs() const
{
    return m_backend.clock().now().toMSecsSinceEpoch();
}

QString AccountStore::nowText() const
{
    return Timestamp::toText(m_backend.clock().now());
}

Status AccountStore::addUser(const QString &name, const QString &role, const QString &jurisdictionCode,
                             const QString &password)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return Error{u"user.bad_name"_s, u"A user name is required (at most 100 characters)."_s};
    if (!kRoles.contains(role))
        return Error{u"user.bad_role"_s, u"The role must be inspector, supervisor, province or admin."_s};
    const bool bound = role == u"inspector" || role == u"supervisor";
    if (bound && jurisdictionCode.isEmpty())
        return Error{u"user.no_jurisdiction"_s,
                     u"Inspectors and supervisors belong to one 市县: give --jurisdiction CODE."_s};
    if (password.size() < 8)
        return Error{u"user.weak_password"_s, u"The password must have at least 8 characters."_s};
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Error{u"user.hash_failed"_s, u"The password could not be hashed (out of memory?)."_s};
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.database());
    q.prepare(u"INSERT INTO users (id, name, role, jurisdiction_code, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(UuidV7::generate());
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(nullOr(bound ? jurisdictionCode : QString()));
    q.addBindValue(hash);
    q.addBindValue(nowText());
    if (!q.exec())
        return Error{u"user.exists"_s, u"The user %1 could not be added: %2"_s.arg(name, q.lastError().text())};
    if (Status s = ServerAuditLog::append(tx.statements(), m_backend.clock().now(), u"cli"_s, {}, u"user.add"_s,
                                          u"users"_s, name, role);
        !s)
        return s;
    return tx.commit();
}

Result<AccountStore::TokenPair> AccountStore::login(const QString &name, const QString &password,
                                                    const QString &deviceId, const QString &remoteAddress)
{
    if (name.isEmpty() || password.isEmpty() || deviceId.isEmpty() || deviceId.size() > 64)
        return Error{u"auth.bad_request"_s, u"Sign-in needs username, password and device_id."_s};
    auto conn = m_backend.connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    const qint64 since = nowMs() - qint64(m_settings.failureWindowSeconds) * 1000;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT (SELECT count(*) FROM login_failures WHERE name = ? AND at > ?), "
                  "(SELECT count(*) FROM login_failures WHERE remote_address = ? AND at > ?)"_s);
        q.addBindValue(name);
        q.addBindValue(since);
        q.addBindValue(remoteAddress);
        q.addBindValue(since);
        if (!q.exec() || !q.next())
            return dbError(q);
        if (q.value(0).toInt() >= m_settings.maxFailuresPerName || q.value(1).toInt() >= m_settings.maxFailuresPerAddress)
            return Error{u"auth.rate_limited"_s, u"Too many failed sign-ins; wait and try again."_s};
    }
    Caller caller;
    QString hash;
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT id, role, jurisdiction_code, password_hash, is_disabled FROM users WHERE name = ?"_s);
        q.addBindValue(name);
        if (!q.exec())
            return dbError(q);
        if (q.next() && q.value(4).toInt() == 0) {
            caller.userId = q.value(0).toString();
            caller.role = q.value(1).toString();
            caller.jurisdictionCode = q.value(2).toString();
            hash = q.value(3).toString();
        }
    }
    caller.userName = name;
    caller.deviceId = deviceId;
    // Verify even for unknown names, so timing does not tell which names exist.
    static const QString dummy = PasswordHasher::hash(u"not-a-password"_s);
    const bool ok = PasswordHasher::verify(hash.isEmpty() ? dummy : hash, password) && !hash.isEmpty();
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return tx.error();
    if (!ok) {
        QSqlQuery q(tx.database());
        q.prepare(u"INSERT INTO login_failures (name, remote_address, at) VALUES (?, ?, ?)"_s);
        q.addBindValue(name);
        q.addBindValue(remoteAddress);
        q.addBindValue(nowMs());
        if (!q.exec())
            return dbError(q);
        ServerAuditLog::append(tx.statements(), m_backend.clock().now(), name, deviceId, u"auth.login_failed"_s);
        if (Status s = tx.commit(); !s)
            return s.error();
        return Error{u"auth.invalid_credentials"_s, u"The user name or password is wrong."_s};
    }
    {
        QSqlQuery q(tx.database());
        q.prepare(u"DELETE FROM login_failures WHERE name = ?"_s);
        q.addBindValue(name);
        q.exec();
        // A device belongs to the account that first signed in on it (docs/architecture.md, "one account per data
        // folder"): one device's client_seq, notice blocks and unsent work never mix two accounts. The upsert changes
        // nothing when the device is another account's, in the same statement, so two sign-ins cannot race past it.
        q.prepare(u"INSERT INTO devices (id, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (id) DO UPDATE SET last_seen_at = excluded.last_seen_at "
                  "WHERE devices.user_id = excluded.user_id"_s);
        q.addBindValue(deviceId);
        q.addBindValue(caller.userId);
        q.addBindValue(nowText());
        q.addBindValue(nowText());
        if (!q.exec())
            return dbError(q);
        if (q.numRowsAffected() == 0) {
            if (Status s
                = ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"auth.device_taken"_s);
                !s)
                return s.error();
            if (Status s = tx.commit(); !s)
                return s.error();
            return Error {u"auth.device_taken"_s,
                u"This device id belongs to another account; sign in from a data "
                "folder of your own."_s};
        }
    }
    auto pair = issue(tx.database(), caller, UuidV7::generate());
    if (!pair)
        return pair;
    if (Status s = ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"auth.login"_s); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return pair;
}

Result<AccountStore::TokenPair> AccountStore::issue(QSqlDatabase &db, const Caller &caller, const QString &family)
{
    TokenPair pair;
    pair.accessToken = PasswordHasher::randomToken();
    pair.refreshToken = PasswordHasher::randomToken();
    pair.expiresIn = m_settings.accessTokenTtlSeconds;
    pair.caller = caller;
    pair.caller.tokenFamily = family;
    const qint64 now = nowMs();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO access_tokens (token_hash, family_id, user_id, device_id, expires_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(PasswordHasher::tokenHash(pair.accessToken));
    q.addBindValue(family);
    q.addBindValue(caller.userId);
    q.addBindValue(caller.deviceId);
    q.addBindValue(now + qint64(m_settings.accessTokenTtlSeconds) * 1000);
    if (!q.exec())
        return dbError(q);
    q.prepare(u"INSERT INTO refresh_tokens (token_hash, family_id, user_id, device_id, issued_at, expires_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(PasswordHasher::tokenHash(pair.refreshToken));
    q.addBindValue(family);
    q.addBindValue(caller.userId);
    q.addBindValue(caller.deviceId);
    q.addBindValue(now);
    q.addBindValue(now + qint64(m_settings.refreshTokenTtlSeconds) * 1000);
    if (!q.exec())
        return dbError(q);
    return pair;
}

Result<AccountStore::TokenPair> AccountStore::refresh(const QString &refreshToken, const QString &deviceId)
{
    if (refreshToken.isEmpty() || refreshToken.size() > 200)
        return invalidGrant();
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return tx.error();
    QSqlDatabase &db = tx.database();
    QSqlQuery q(db);
    q.prepare(u"SELECT r.family_id, r.user_id, r.device_id, r.expires_at, r.used_at, r.revoked_at, u.name, u.role, "
              "u.jurisdiction_code, u.is_disabled FROM refresh_tokens r JOIN users u ON u.id = r.user_id "
              "WHERE r.token_hash = ?"_s);
    q.addBindValue(PasswordHasher::tokenHash(refreshToken));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return invalidGrant();
    const QString family = q.value(0).toString();
    Caller caller;
    caller.userId = q.value(1).toString();
    caller.deviceId = q.value(2).toString();
    const qint64 expires = q.value(3).toLongLong();
    const bool used = !q.value(4).isNull();
    const bool revoked = !q.value(5).isNull();
    caller.userName = q.value(6).toString();
    caller.role = q.value(7).toString();
    caller.jurisdictionCode = q.value(8).toString();
    const bool disabled = q.value(9).toInt() != 0;
    const qint64 now = nowMs();
    if (used && !revoked) {
        // A rotated token came back: someone holds a copy. Revoke the whole family (RFC 9700 §4.14.2).
        QSqlQuery r(db);
        r.prepare(u"UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"_s);
        r.addBindValue(now);
        r.addBindValue(family);
        r.exec();
        r.prepare(u"UPDATE access_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"_s);
        r.addBindValue(now);
        r.addBindValue(family);
        r.exec();
        ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"auth.refresh_reuse"_s, {}, {},
                               u"family revoked"_s);
        if (Status s = tx.commit(); !s)
            return s.error();
        return Error{u"auth.token_reused"_s,
                     u"This refresh token was already used; every session of this sign-in is now revoked. Sign in again."_s};
    }
    if (revoked || disabled || expires <= now || caller.deviceId != deviceId)
        return invalidGrant();
    QSqlQuery mark(db);
    mark.prepare(u"UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?"_s);
    mark.addBindValue(now);
    mark.addBindValue(PasswordHasher::tokenHash(refreshToken));
    if (!mark.exec())
        return dbError(mark);
    auto pair = issue(db, caller, family);
    if (!pair)
        return pair;
    if (Status s = ServerAuditLog::append(tx.statements(), m_backend.clock().now(), caller, u"auth.refresh"_s); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return pair;
}

Status AccountStore::revoke(const QString &refreshToken)
{
    WriteTransaction tx(m_backend);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(tx.database());
    q.prepare(u"SELECT family_id, device_id FROM refresh_tokens WHERE token_hash = ?"_s);
    q.addBindValue(PasswordHasher::tokenHash(refreshToken));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return invalidGrant();
    const QString family = q.value(0).toString();
    const QString device = q.value(1).toString();
    const qint64 now = nowMs();
    for (const QString &table : {u"refresh_tokens"_s, u"access_tokens"_s}) {
        QSqlQuery r(tx.database());
        r.prepare(u"UPDATE %1 SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"_s.arg(table));
        r.addBindValue(now);
        r.addBindValue(family);
        if (!r.exec())
            return dbError(r);
    }
    ServerAuditLog::append(tx.statements(), m_backend.clock().now(), u"device"_s, device, u"auth.revoke"_s);
    return tx.commit();
}

Result<Caller> AccountStore::authenticate(const QString &accessToken)
{
    const Error unauthorized{u"auth.unauthorized"_s, u"Sign in first: the request has no valid access token."_s};
    if (accessToken.isEmpty() || accessToken.size() > 200)
        return unauthorized;
    auto conn = m_backend.connection();
    if (!conn)
        return conn.error();
    QSqlQuery q(conn.value());
    q.prepare(u"SELECT a.user_id, a.device_id, a.family_id, a.expires_at, a.revoked_at, u.name, u.role, "
              "u.jurisdiction_code, u.is_disabled FROM access_tokens a JOIN users u ON u.id = a.user_id "
              "WHERE a.token_hash = ?"_s);
    q.addBindValue(PasswordHasher::tokenHash(accessToken));
    if (!q.exec())
        return dbError(q);
    if (!q.next() || !q.value(4).isNull() || q.value(8).toInt() != 0)
        return unauthorized;
    if (q.value(3).toLongLong() <= nowMs())
        return Error{u"auth.token_expired"_s, u"The access token has expired; refresh it."_s};
    Caller c;
    c.userId = q.value(0).toString();
    c.deviceId = q.value(1).toString();
    c.tokenFamily = q.value(2).toString();
    c.userName = q.value(5).toString();
    c.role = q.value(6).toString();
    c.jurisdictionCode = q.value(7).toString();
    return c;
}

} // namespace sitesafe
