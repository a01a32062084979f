#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitesafe {

/// One step of a jurisdiction path: the row's `column` holds the id of a row in `table`.
struct JurisdictionHop {
    QString column;
    QString table;
};

/// Values of one field that only some roles may record; province and admin always may (the server checks).
struct RestrictedValues {
    QStringList values;
    QStringList roles;     ///< roles besides province and admin that may record them
    QString ownLevelField; ///< those roles must set this field to the level of their own 市县 (市 → city, 县 → county)
};

/// How the server treats writes to one entity (sync-anchors §2.5). The wire's entity and field names are the
/// client's table and column names (sql/client/0001_schema.sql), so one rule describes a table on both sides.
struct EntityRule {
    enum class Owner { Client, Server };
    enum class Policy {
        FieldCompareAndSet, ///< per-field compare-and-set against `base`; losing values go to conflicts
        AppendOnly,         ///< rows are only ever inserted (hazard_events)
        ServerAuthoritative ///< reference data: clients never write it
    };
    /// How a row maps to the 市县 whose people may see and write it.
    enum class Scope {
        Global,       ///< province-wide reference data every signed-in user reads
        Jurisdiction, ///< follow `jurisdictionPath`, then read `jurisdictionColumn`
        Device,       ///< only the device named in `deviceColumn` (notice-number blocks)
        Owner         ///< polymorphic: the scope of the row named by `ownerEntityColumn` + `ownerIdColumn`
    };
    /// What the server derives from this entity's rows.
    enum class Lifecycle {
        None,
        HazardEvents ///< rows are events of a hazard; the server folds them in server order (core HazardLifecycle)
    };

    QString entity;
    Owner owner = Owner::Server;
    Policy policy = Policy::ServerAuthoritative;
    Scope scope = Scope::Global;
    Lifecycle lifecycle = Lifecycle::None;
    QStringList fields;             ///< synced columns besides id, created_at and updated_at
    QStringList immutableFields;    ///< set by the create, never changed afterwards
    QStringList provinceOnlyFields; ///< written by province and admin roles only
    QHash<QString, RestrictedValues> restrictedValues; ///< field → values only some roles may write
    QString actorRoleField;         ///< filled with the writer's role on create; naming another role is refused
    QStringList serverOnlyFields;   ///< kept on the server, never sent to non-province roles
    QList<JurisdictionHop> jurisdictionPath;
    QString jurisdictionColumn;     ///< on the last table of the path (or this table when the path is empty)
    QString deviceColumn;
    QString ownerEntityColumn;
    QString ownerIdColumn;
    QString freezeField;            ///< a row whose freezeField holds one of freezeValues takes no more updates
    QStringList freezeValues;
    QString lifecycleParentColumn;  ///< HazardEvents: the column naming the hazard

    bool isClientWritable() const { return owner == Owner::Client && policy != Policy::ServerAuthoritative; }
    bool hasField(const QString &name) const { return fields.contains(name); }
    /// Every column the wire carries for a row: id, the fields, created_at, updated_at.
    QStringList wireColumns() const;
};

/// The rule table shared by client and server. A new entity type needs an entry here, not new endpoints.
class EntityRules
{
public:
    static const QList<EntityRule> &all();
    /// nullptr for an unknown entity.
    static const EntityRule *find(const QString &entity);
    /// Entities in dependency order (parents before children), for loading and snapshots.
    static QStringList names();
};

} // namespace sitesafe
