#include "hazardfolder.h"

#include "core/clock.h"
#include "core/hazardlifecycle.h"
#include "statementcache.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString textOrNull(const QString &s)
{
    return s.isEmpty() ? QString() : s; // a null QString binds NULL
}

/// Stored cache columns (as read) against the fold's values (as bound): NULL only equals NULL, numbers compare
/// by value, texts by characters.
bool sameCache(const QVariantList &stored, const QVariantList &folded)
{
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QVariant &a = stored.at(i);
        const QVariant &b = folded.at(i);
        const bool aNull = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isNull());
        const bool bNull = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isNull());
        if (aNull || bNull) {
            if (aNull != bNull)
                return false;
            continue;
        }
        if (b.typeId() == QMetaType::LongLong) {
            // SQLite reads integers as qint64, PostgreSQL's INTEGER as int.
            const int type = a.typeId();
            const bool isNumber = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::UInt
                || type == QMetaType::ULongLong || type == QMetaType::Double;
            if (!isNumber || a.toLongLong() != b.toLongLong())
                return false;
        } else if (a.typeId() != QMetaType::QString || a.toString() != b.toString()) {
            return false;
        }
    }
    return true;
}
} // namespace

Result<QString> HazardFolder::refold(StatementCache &statements, const QString &hazardId, const QString &eventId)
{
    QDate initialDeadline;
    QVariantList cache; // the hazard's cache columns as stored, in the order the UPDATE below writes them
    {
        auto deadline = statements.direct(u"SELECT deadline, status, is_supervision_listed, supervision_level, "
                                          "effective_deadline, closed_at FROM hazards WHERE id = ?"_s);
        if (!deadline)
            return deadline.error();
        DirectStatement &d = deadline.value();
        d.bind(0, hazardId);
        if (!d.exec())
            return Error{u"db.error"_s, d.errorText()};
        if (!d.next())
            return QString();
        initialDeadline = QDate::fromString(d.value(0).toString(), Qt::ISODate);
        for (int i = 1; i <= 5; ++i)
            cache.append(d.value(i));
    }

    QList<HazardEvent> events;
    QList<QPair<bool, QString>> cached;
    {
        // The loan ends (the statement is reset) once the rows are read.
        auto select = statements.direct(
            u"SELECT id, kind, at, actor, note, new_deadline, level, is_superseded, superseded_reason, actor_role, "
            "target_event_id FROM hazard_events WHERE hazard_id = ? ORDER BY server_seq"_s);
        if (!select)
            return select.error();
        DirectStatement &q = select.value();
        q.bind(0, hazardId);
        if (!q.exec())
            return Error{u"db.error"_s, q.errorText()};
        while (q.next()) {
            HazardEvent e;
            e.id = q.value(0).toString();
            e.hazardId = hazardId;
            e.kind = hazardEventKindFromCode(q.value(1).toString()).value_or(HazardEventKind::Comment);
            e.at = Timestamp::fromText(q.value(2).toString());
            e.actor = q.value(3).toString();
            e.note = q.value(4).toString();
            e.newDeadline = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            e.level = q.value(6).toString();
            e.actorRole = q.value(9).toString();
            e.targetEventId = q.value(10).toString();
            events.append(e);
            cached.append({q.value(7).toInt() != 0, q.value(8).toString()});
        }
    }
    const HazardFold fold = HazardLifecycle::fold(events, initialDeadline);

    QString reason;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const HazardEventOutcome &outcome = fold.outcomes.value(i);
        const bool superseded = !outcome.isApplied;
        if (events[i].id == eventId && superseded)
            reason = outcome.reason;
        if (cached[i].first == superseded && cached[i].second == (superseded ? outcome.reason : QString()))
            continue;
        auto update =
            statements.direct(u"UPDATE hazard_events SET is_superseded = ?, superseded_reason = ? WHERE id = ?"_s);
        if (!update)
            return update.error();
        DirectStatement &u = update.value();
        u.bind(0, qint64(superseded ? 1 : 0));
        u.bind(1, textOrNull(superseded ? outcome.reason : QString()));
        u.bind(2, events[i].id);
        if (!u.exec())
            return Error{u"db.error"_s, u.errorText()};
    }
    const QVariantList folded{
        hazardStateCode(fold.state),
        qint64(fold.isSupervisionListed ? 1 : 0),
        textOrNull(fold.supervisionLevel),
        textOrNull(fold.deadline.isValid() ? fold.deadline.toString(Qt::ISODate) : QString()),
        textOrNull(fold.closedAt.isValid() ? Timestamp::toText(fold.closedAt) : QString()),
    };
    // Most events leave the cache as it is (a pushed hazard starts with its effective deadline, so its created
    // event changes nothing): no write, so the status index is not touched either.
    if (sameCache(cache, folded))
        return reason;
    auto updateHazard = statements.direct(u"UPDATE hazards SET status = ?, is_supervision_listed = ?, "
                                           "supervision_level = ?, effective_deadline = ?, closed_at = ? WHERE id = ?"_s);
    if (!updateHazard)
        return updateHazard.error();
    DirectStatement &h = updateHazard.value();
    for (int i = 0; i < int(folded.size()); ++i)
        h.bind(i, folded[i]);
    h.bind(int(folded.size()), hazardId);
    if (!h.exec())
        return Error{u"db.error"_s, h.errorText()};
    return reason;
}

} // namespace sitesafe
