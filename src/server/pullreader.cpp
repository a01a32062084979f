#include "pullreader.h"

#include <QSqlError>
#include <QSqlQuery>

#include "backend.h"
#include "protocol/synccursor.h"
#include "rowstore.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

PullReader::PullReader(Backend &backend, QString serverEpoch) : m_backend(backend), m_epoch(std::move(serverEpoch)) {}

Result<PullPage> PullReader::pull(const Caller &caller, const QString &cursorText, int limit, qint64 echoThrough)
{
    qint64 after = 0;
    if (!cursorText.isEmpty()) {
        auto cursor = SyncCursor::decode(cursorText);
        if (!cursor)
            return Error{u"sync.bad_cursor"_s, cursor.error().message};
        if (cursor.value().epoch != m_epoch)
            return Error{u"sync.resync_required"_s,
                         tr("The server's data was replaced (new epoch); download a fresh snapshot and push your "
                            "unsent work again.")};
        after = cursor.value().seq;
    }
    return page(caller, after, -1, limit, echoThrough);
}

Result<PullPage> PullReader::snapshot(const Caller &caller, const QString &pageToken, int limit)
{
    qint64 after = 0;
    qint64 pinned = -1;
    if (!pageToken.isEmpty()) {
        // A page token is a cursor whose epoch field carries "epoch/pinned".
        auto token = SyncCursor::decode(pageToken);
        if (!token)
            return Error{u"sync.bad_cursor"_s, token.error().message};
        const QStringList parts = token.value().epoch.split(u'/');
        if (parts.size() != 2 || parts[0] != m_epoch)
            return Error{u"sync.resync_required"_s, tr("The server's data was replaced (new epoch); start the snapshot again.")};
        pinned = parts[1].toLongLong();
        after = token.value().seq;
    }
    auto result = page(caller, after, pinned, limit);
    if (!result)
        return result;
    PullPage &p = result.value();
    const qint64 pin = pinned >= 0 ? pinned : p.highWater;
    p.highWater = pin;
    if (p.hasMore) {
        p.nextPageToken = SyncCursor{m_epoch + u'/' + QString::number(pin), p.changes.last().serverSeq}.encode();
        p.nextCursor.clear();
    } else {
        p.nextCursor = SyncCursor{m_epoch, pin}.encode();
    }
    return result;
}

Result<PullPage> PullReader::page(const Caller &caller, qint64 after, qint64 upTo, int limit, qint64 echoThrough)
{
    auto statements = m_backend.statements();
    if (!statements)
        return statements.error();
    StatementCache &cache = *statements.value();
    QSqlDatabase db = cache.database();
    if (Status s = m_backend.beginRead(db); !s)
        return s.error();
    struct Finish {
        StatementCache &cache;
        ~Finish()
        {
            cache.finishAll();
            cache.database().rollback(); // read-only: nothing to commit
        }
    } finish{cache};

    RowStore rows(cache);
    auto high = rows.highWater();
    if (!high)
        return high.error();
    const qint64 ceiling = upTo >= 0 ? qMin(upTo, high.value()) : high.value();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString scope = caller.isProvinceWide()
        ? u"(device_id IS NULL OR device_id = ?)"_s
        : u"((jurisdiction_code IS NULL AND device_id IS NULL) OR jurisdiction_code = ? OR device_id = ?)"_s;
    // The device's own rows that came back as it holds them, up to the receipts it keeps, are left out.
    const bool isEchoSkipped = echoThrough > 0 && !caller.deviceId.isEmpty();
    const QString echo
        = isEchoSkipped ? u" AND (echo_device IS NULL OR echo_device <> ? OR server_seq > ?)"_s : QString();
    q.prepare(u"SELECT server_seq, entity, entity_id FROM change_log WHERE server_seq > ? AND server_seq <= ? AND "_s
        + scope + echo + u" ORDER BY server_seq LIMIT ?"_s);
    q.addBindValue(after);
    q.addBindValue(ceiling);
    if (!caller.isProvinceWide())
        q.addBindValue(caller.jurisdictionCode);
    q.addBindValue(caller.deviceId);
    if (isEchoSkipped) {
        q.addBindValue(caller.deviceId);
        q.addBindValue(echoThrough);
    }
    q.addBindValue(limit + 1);
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    PullPage page;
    page.serverEpoch = m_epoch;
    page.highWater = ceiling;
    QHash<QString, QStringList> idsByEntity;
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.hasMore = true;
            break;
        }
        PulledChange c;
        c.serverSeq = q.value(0).toLongLong();
        c.entity = q.value(1).toString();
        c.entityId = q.value(2).toString();
        idsByEntity[c.entity].append(c.entityId);
        page.changes.append(c);
    }
    QHash<QString, QHash<QString, QJsonObject>> rowsByEntity;
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        const EntityRule *rule = EntityRules::find(it.key());
        if (!rule)
            continue;
        auto wire = rows.wireRows(*rule, it.value());
        if (!wire)
            return wire.error();
        rowsByEntity.insert(it.key(), wire.value());
    }
    for (PulledChange &c : page.changes)
        c.row = rowsByEntity.value(c.entity).value(c.entityId);
    // Past the last visible change nothing up to the ceiling concerns this caller.
    const qint64 next = page.hasMore ? page.changes.last().serverSeq : ceiling;
    page.nextCursor = SyncCursor{m_epoch, qMax(next, after)}.encode();
    return page;
}

} // namespace sitesafe
