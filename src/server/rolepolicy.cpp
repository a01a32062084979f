#include "rolepolicy.h"

#include <QSqlQuery>

#include "caller.h"
#include "protocol/entityrules.h"
#include "protocol/mutation.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr QStringView kSupervisionLifted = u"supervision_lifted";

QString roleList(const QStringList &roles)
{
    QStringList all = roles;
    all << u"province"_s << u"admin"_s;
    return all.join(u", "_s);
}
} // namespace

QString RolePolicy::levelOfJurisdictionKind(const QString &kind)
{
    if (kind == u"prefecture_city" || kind == u"county_city")
        return u"city"_s;
    if (kind == u"county" || kind == u"autonomous_county")
        return u"county"_s;
    return {};
}

std::optional<RolePolicy::Refusal> RolePolicy::check(QSqlDatabase db, const Caller &caller, const EntityRule &rule,
                                                     Mutation &m)
{
    if (!rule.actorRoleField.isEmpty() && m.op == Mutation::Op::Insert) {
        FieldChange &role = m.fields[rule.actorRoleField];
        if (role.value.isNull() || role.value.toString().isEmpty())
            role.value = caller.role; // events of clients that do not send the role yet
        else if (role.value.toString() != caller.role)
            return Refusal{u"forbidden_field"_s,
                           tr("The event names the role %1 but was sent by an account with the role %2; record it "
                              "under your own account.")
                               .arg(role.value.toString().left(32), caller.role)};
    }
    if (caller.isProvinceWide())
        return std::nullopt;

    // A restricted value this role may record (with the level field it must then carry).
    QString ownLevelField;
    for (auto it = rule.restrictedValues.cbegin(); it != rule.restrictedValues.cend(); ++it) {
        const auto field = m.fields.constFind(it.key());
        if (field == m.fields.cend() || !it->values.contains(field->value.toString()))
            continue;
        if (!it->roles.contains(caller.role))
            return Refusal{u"forbidden_field"_s,
                           tr("An account with the role %1 may not record %2 = %3 of %4; only these roles may: %5.")
                               .arg(caller.role, it.key(), field->value.toString(), rule.entity, roleList(it->roles))};
        if (!it->ownLevelField.isEmpty()) {
            if (auto refusal = checkOwnLevel(db, caller, rule, m, it->ownLevelField))
                return refusal;
            ownLevelField = it->ownLevelField;
        }
    }
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it) {
        if (it.key() == ownLevelField || !rule.provinceOnlyFields.contains(it.key()))
            continue;
        const bool changesValue = m.op == Mutation::Op::Insert ? !it->value.isNull() : true;
        if (changesValue)
            return Refusal{u"forbidden_field"_s, tr("Only the province may set %1 of %2.").arg(it.key(), rule.entity)};
    }
    return std::nullopt;
}

std::optional<RolePolicy::Refusal> RolePolicy::checkOwnLevel(QSqlDatabase db, const Caller &caller,
                                                             const EntityRule &rule, const Mutation &m,
                                                             const QString &levelField)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT kind FROM jurisdictions WHERE code = ?"_s);
    q.addBindValue(caller.jurisdictionCode);
    const QString ownLevel = q.exec() && q.next() ? levelOfJurisdictionKind(q.value(0).toString()) : QString();
    if (ownLevel.isEmpty())
        return Refusal{u"forbidden_field"_s,
                       tr("The 市县 %1 of your account has no supervision level; ask the province to record this.")
                           .arg(caller.jurisdictionCode)};
    const QString level = m.fields.value(levelField).value.toString();
    if (level != ownLevel)
        return Refusal{u"forbidden_field"_s,
                       tr("Your account may record this only at the level of its own 市县 (%1 = %2), not at %3; "
                          "ask the province for other levels.")
                           .arg(levelField, ownLevel, level.isEmpty() ? tr("no level") : level.left(32))};
    // Lifting: what is in force must have been listed at this level too (a 市 cannot lift the province's listing).
    if (m.fields.value(u"kind"_s).value.toString() == kSupervisionLifted && !rule.lifecycleParentColumn.isEmpty()) {
        QSqlQuery h(db);
        h.prepare(u"SELECT is_supervision_listed, supervision_level FROM hazards WHERE id = ?"_s);
        h.addBindValue(m.fields.value(rule.lifecycleParentColumn).value.toString());
        if (h.exec() && h.next() && h.value(0).toInt() != 0 && h.value(1).toString() != ownLevel)
            return Refusal{u"forbidden_field"_s,
                           tr("The hazard is listed for supervision at level %1; only that level or the province "
                              "may lift it.")
                               .arg(h.value(1).toString())};
    }
    return std::nullopt;
}

} // namespace sitesafe
