#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace sitesafe {

/// What the Sync page and the conflict dialog call tables, columns, outbox states and stored values, translated.
/// Unknown names are shown as stored, so a new table or column is never hidden.
class SyncLabels
{
    Q_DECLARE_TR_FUNCTIONS(SyncLabels)

public:
    /// "hazards" → "Hazard".
    static QString entity(const QString &table);
    /// ("hazards", "description") → "Description".
    static QString field(const QString &table, const QString &column);
    /// Outbox state: pending → "Waiting", in_flight → "Sending", applied, duplicate, conflict, rejected.
    static QString outboxState(const QString &state);
    /// A stored value as people read it: codes named (measure, level, event kind), NULL as "(empty)".
    static QString value(const QString &table, const QString &column, const QVariant &value);
    /// "just now", "5 min ago", "3 h ago", "2 days ago"; "never" for an invalid time.
    static QString relativeTime(const QDateTime &then, const QDateTime &now);
    /// Local date and time with the relative time: "2026-11-28 14:03 (5 min ago)"; "never" for an invalid time.
    static QString whenText(const QDateTime &then, const QDateTime &now);
};

} // namespace sitesafe
