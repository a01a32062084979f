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
} // namespace

Result<QString> HazardFolder::refold(StatementCache &statements, const QString &hazardId, const QString &eventId)
{
    QDate initialDeadline;
    {
        auto deadline = statements.direct(u"SELECT deadline FROM hazards WHERE id = ?"_s);
        if (!deadline)
            return deadline.error();
        DirectStatement &d = deadline.value();
        d.bind(0, hazardId);
        if (!d.exec())
            return Error{u"db.error"_s, d.errorText()};
        if (!d.next())
            return QString();
        initialDeadline = QDate::fromString(d.value(0).toString(), Qt::ISODate);
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
    auto updateHazard = statements.direct(u"UPDATE hazards SET status = ?, is_supervision_listed = ?, "
                                           "supervision_level = ?, effective_deadline = ?, closed_at = ? WHERE id = ?"_s);
    if (!updateHazard)
        return updateHazard.error();
    DirectStatement &h = updateHazard.value();
    h.bind(0, hazardStateCode(fold.state));
    h.bind(1, qint64(fold.isSupervisionListed ? 1 : 0));
    h.bind(2, textOrNull(fold.supervisionLevel));
    h.bind(3, textOrNull(fold.deadline.isValid() ? fold.deadline.toString(Qt::ISODate) : QString()));
    h.bind(4, textOrNull(fold.closedAt.isValid() ? Timestamp::toText(fold.closedAt) : QString()));
    h.bind(5, hazardId);
    if (!h.exec())
        return Error{u"db.error"_s, h.errorText()};
    return reason;
}

} // namespace sitesafe
