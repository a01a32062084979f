#include "hazardfolder.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/clock.h"
#include "core/hazardlifecycle.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

Result<QString> HazardFolder::refold(QSqlDatabase db, const QString &hazardId, const QString &eventId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT deadline FROM hazards WHERE id = ?"_s);
    q.addBindValue(hazardId);
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    if (!q.next())
        return QString();
    const QDate initialDeadline = QDate::fromString(q.value(0).toString(), Qt::ISODate);

    q.prepare(u"SELECT id, kind, at, actor, note, new_deadline, level, is_superseded, superseded_reason, actor_role, "
              "target_event_id FROM hazard_events WHERE hazard_id = ? ORDER BY server_seq"_s);
    q.addBindValue(hazardId);
    if (!q.exec())
        return Error{u"db.error"_s, q.lastError().text()};
    QList<HazardEvent> events;
    QList<QPair<bool, QString>> cached;
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
    const HazardFold fold = HazardLifecycle::fold(events, initialDeadline);

    QString reason;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const HazardEventOutcome &outcome = fold.outcomes.value(i);
        const bool superseded = !outcome.isApplied;
        if (events[i].id == eventId && superseded)
            reason = outcome.reason;
        if (cached[i].first == superseded && cached[i].second == (superseded ? outcome.reason : QString()))
            continue;
        QSqlQuery u(db);
        u.prepare(u"UPDATE hazard_events SET is_superseded = ?, superseded_reason = ? WHERE id = ?"_s);
        u.addBindValue(superseded ? 1 : 0);
        u.addBindValue(textOrNull(superseded ? outcome.reason : QString()));
        u.addBindValue(events[i].id);
        if (!u.exec())
            return Error{u"db.error"_s, u.lastError().text()};
    }
    QSqlQuery h(db);
    h.prepare(u"UPDATE hazards SET status = ?, is_supervision_listed = ?, supervision_level = ?, "
              "effective_deadline = ?, closed_at = ? WHERE id = ?"_s);
    h.addBindValue(hazardStateCode(fold.state));
    h.addBindValue(fold.isSupervisionListed ? 1 : 0);
    h.addBindValue(textOrNull(fold.supervisionLevel));
    h.addBindValue(textOrNull(fold.deadline.isValid() ? fold.deadline.toString(Qt::ISODate) : QString()));
    h.addBindValue(textOrNull(fold.closedAt.isValid() ? Timestamp::toText(fold.closedAt) : QString()));
    h.addBindValue(hazardId);
    if (!h.exec())
        return Error{u"db.error"_s, h.lastError().text()};
    return reason;
}

} // namespace sitesafe
