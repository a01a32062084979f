#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class LoadClient;

/// Checks after a load_bench run that the server holds every pushed mutation exactly once: a province account
/// pulls everything after the start cursor and finds each hazard the devices pushed (once, with the location of its
/// last acknowledged edit) and each "created" event, and nothing else of theirs. Pull returns a row once at its
/// latest server_seq, so a lost insert, a lost or doubled edit, or a row nobody acknowledged shows up as a mismatch.
class LoadVerifier
{
public:
    void expect(const QHash<QString, QString> &hazardLocations, const QSet<QString> &eventIds);
    /// Problems found (empty when all is well); the first few are named, then a count.
    QStringList check(LoadClient &province, const QString &startCursor);

private:
    QHash<QString, QString> m_hazards;
    QSet<QString> m_events;
};
