#include "core/violationtypes.h"

#include <QSet>

#include <catch2/catch.hpp>

#include "core/enforcementkinds.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("Violation codes are stable, each in one group, labelled, with a legal note", "[violation]")
{
    // The stored codes: changing one orphans synced rows, so the list is spelled out here.
    const QStringList expected{u"unapproved_construction"_s, u"no_drawings"_s,        u"dual_drawings"_s,
                               u"compressed_schedule"_s,     u"bid_rigging"_s,        u"dismembered_contracting"_s,
                               u"illegal_transfer"_s,        u"affiliation"_s,        u"illegal_subcontracting"_s,
                               u"beyond_qualification"_s,    u"key_staff_absent"_s,   u"unrectified_hazard"_s,
                               u"safety_violation"_s,        u"accident_concealed"_s, u"accident_false_report"_s,
                               u"accident_late_report"_s,    u"accident_omitted"_s,   u"other"_s};
    CHECK(ViolationTypes::codes() == expected);
    QStringList grouped;
    for (const QString &group : ViolationTypes::groups()) {
        CHECK(ViolationTypes::groupLabel(group) != group);
        grouped += ViolationTypes::codesInGroup(group);
    }
    CHECK(QSet<QString>(grouped.begin(), grouped.end()) == QSet<QString>(expected.begin(), expected.end()));
    CHECK(grouped.size() == expected.size());
    for (const QString &code : expected) {
        INFO(code.toStdString());
        CHECK(ViolationTypes::isKnown(code));
        CHECK(ViolationTypes::label(code) != code);
        CHECK(ViolationTypes::legalNote(code).isEmpty() == (code == u"other"));
    }
    CHECK(ViolationTypes::codesInGroup(u"construction_procedure"_s)
          == QStringList{u"unapproved_construction"_s, u"no_drawings"_s, u"dual_drawings"_s, u"compressed_schedule"_s});
    CHECK(ViolationTypes::codesInGroup(u"contracting"_s).size() == 6);
    CHECK(ViolationTypes::group(u"accident_late_report"_s) == u"accident_report"_s);
    CHECK(ViolationTypes::label(u"illegal_transfer"_s) == u"Illegal transfer of the contract (转包)"_s);
    CHECK_FALSE(ViolationTypes::isKnown(u"speeding"_s));
    CHECK(ViolationTypes::label(u"speeding"_s) == u"speeding"_s);
}

TEST_CASE("Enforcement kinds: all 16 labelled, fines need amounts, 扣诚信分 points, person kinds a person",
          "[violation]")
{
    const QStringList kinds = EnforcementKinds::codes();
    CHECK(kinds.size() == 16);
    CHECK(QSet<QString>(kinds.begin(), kinds.end()).size() == 16);
    for (const QString &kind : kinds) {
        INFO(kind.toStdString());
        CHECK(EnforcementKinds::label(kind) != kind);
    }
    CHECK(EnforcementKinds::needsAmount(u"fine"_s));
    CHECK_FALSE(EnforcementKinds::needsAmount(u"warning_letter"_s));
    CHECK(EnforcementKinds::needsPoints(u"credit_points"_s));
    CHECK(EnforcementKinds::needsPerson(u"revoke_practice"_s));
    CHECK(EnforcementKinds::needsPerson(u"industry_ban"_s));
    CHECK_FALSE(EnforcementKinds::needsPerson(u"fine"_s));
    CHECK(EnforcementKinds::note(u"judicial_referral"_s).contains(u"危险作业罪"_s));
    CHECK(EnforcementKinds::label(u"reminder"_s) == u"Reminder"_s);
}
