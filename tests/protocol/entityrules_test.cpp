#include "protocol/entityrules.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
/// Column names of one CREATE TABLE in the client schema as migrated (columns added by ALTER TABLE follow the
/// closing line there, comma-separated).
QStringList clientColumns(const QString &schema, const QString &table)
{
    // A table rebuilt by a migration keeps the quotes of its RENAME: CREATE TABLE "certificate_checks".
    const QRegularExpression re(u"CREATE TABLE \"?%1\"? \\((.*?)\\);"_s.arg(table),
                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(u"--[^\\n]*"_s);
    const QString body = re.match(schema).captured(1).remove(comment);
    QStringList columns;
    static const QRegularExpression separator(u",\\s"_s);
    for (const QString &part : body.split(separator)) {
        const QString t = part.trimmed();
        static const QRegularExpression column(u"^([a-z_0-9]+) (TEXT|INTEGER|REAL)"_s);
        const auto m = column.match(t);
        if (m.hasMatch())
            columns.append(m.captured(1));
    }
    return columns;
}
} // namespace

TEST_CASE("Every rule names real client tables and columns (the wire uses them verbatim)")
{
    QFile file(QStringLiteral(SITESAFE_SOURCE_DIR "/tests/data/client-schema.golden.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString schema = QString::fromUtf8(file.readAll());
    for (const EntityRule &rule : EntityRules::all()) {
        INFO(rule.entity.toStdString());
        const QStringList columns = clientColumns(schema, rule.entity);
        REQUIRE_FALSE(columns.isEmpty());
        for (const QString &column : rule.wireColumns()) {
            INFO(column.toStdString());
            CHECK(columns.contains(column));
        }
        for (const QString &f : rule.immutableFields + rule.provinceOnlyFields)
            CHECK(rule.fields.contains(f));
        for (const JurisdictionHop &hop : rule.jurisdictionPath)
            CHECK(EntityRules::find(hop.table) != nullptr);
        if (rule.scope == EntityRule::Scope::Jurisdiction) {
            const QString last = rule.jurisdictionPath.isEmpty() ? rule.entity : rule.jurisdictionPath.last().table;
            CHECK(EntityRules::find(last)->wireColumns().contains(rule.jurisdictionColumn));
        }
        for (const QString &f : rule.serverOnlyFields)
            CHECK_FALSE(rule.wireColumns().contains(f));
    }
}

TEST_CASE("Ownership and policies follow sync-anchors §2.5")
{
    CHECK_FALSE(EntityRules::find(u"projects"_s)->isClientWritable());
    CHECK(EntityRules::find(u"hazards"_s)->policy == EntityRule::Policy::FieldCompareAndSet);
    const EntityRule *events = EntityRules::find(u"hazard_events"_s);
    CHECK(events->policy == EntityRule::Policy::AppendOnly);
    CHECK(events->lifecycle == EntityRule::Lifecycle::HazardEvents);
    CHECK(events->restrictedValues.value(u"kind"_s).values.contains(u"supervision_listed"_s));
    CHECK(events->restrictedValues.value(u"kind"_s).roles == QStringList{u"supervisor"_s});
    CHECK(events->actorRoleField == u"actor_role"_s);
    CHECK(EntityRules::find(u"attachments"_s)->scope == EntityRule::Scope::Owner);
    CHECK(EntityRules::find(u"nonsense"_s) == nullptr);
    // Parents come before children, so loading in this order never breaks a reference.
    const QStringList order = EntityRules::names();
    CHECK(order.indexOf(u"projects"_s) < order.indexOf(u"hazards"_s));
    CHECK(order.indexOf(u"hazards"_s) < order.indexOf(u"hazard_events"_s));
}
