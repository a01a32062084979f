#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace sitesafe {

struct Caller;
struct EntityRule;
struct Mutation;

/// The role checks of one client write, as the rule table marks them (EntityRule::provinceOnlyFields,
/// restrictedValues, actorRoleField): province and admin may write anything; other roles may record a restricted
/// value only when the rule names their role, and then only at the level of their own 市县 (a supervisor of a 市
/// lists at city level, of a 县 at county level, and lifts only what is listed at that level). On a create, the
/// actor role field is filled with the caller's role; a different role there is refused, so a device cannot
/// record a step in someone else's name.
class RolePolicy
{
    Q_DECLARE_TR_FUNCTIONS(RolePolicy)

public:
    /// Why a write was refused: the wire error code (forbidden_field) and a sentence.
    struct Refusal {
        QString code;
        QString message;
    };

    /// Checks `m` for `caller` (fills the actor role field of an insert); std::nullopt when it may be applied.
    /// `db` is the open write transaction (the caller's 市县 kind and a hazard's listing are read from it).
    static std::optional<Refusal> check(QSqlDatabase db, const Caller &caller, const EntityRule &rule, Mutation &m);
    /// The supervision level of a 市县 kind: city for a 市 (prefecture_city, county_city), county for a 县
    /// (county, autonomous_county), empty otherwise.
    static QString levelOfJurisdictionKind(const QString &kind);

private:
    static std::optional<Refusal> checkOwnLevel(QSqlDatabase db, const Caller &caller, const EntityRule &rule,
                                                const Mutation &m, const QString &levelField);
};

} // namespace sitesafe
