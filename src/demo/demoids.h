#pragma once

#include <QString>
#include <QStringView>

namespace sitesafe::demo {

/// Ids of the demo's reference rows (jurisdictions, enterprises, projects, people, certificates, equipment,
/// 危大工程, notice-number blocks …). `sitesafe-cli demo` and `sitesafe-server seed-demo` make the same rows from
/// one seed on different days and machines, so an id may depend only on the seed, the entity and a stable key
/// (a code or the row's ordinal), never on the date or the clock. They keep the UUIDv7 shape every syncable id
/// has (version 7, RFC 9562 variant) with a fixed timestamp and the 74 other bits taken from a SHA-256 of the
/// name, like the name-based catalog ids of CatalogIds.
class DemoIds
{
public:
    static QString reference(quint64 seed, QStringView entity, const QString &key);
    static QString reference(quint64 seed, QStringView entity, qsizetype ordinal);
};

} // namespace sitesafe::demo
