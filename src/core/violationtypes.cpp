#include "violationtypes.h"

#include <array>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

struct Violation {
    QStringView code;
    QStringView group;
};

// Order is the forms' order; codes are stored and synced, so they are never renamed.
constexpr std::array<Violation, 18> kViolations{{
    {u"unapproved_construction", u"construction_procedure"},
    {u"no_drawings", u"construction_procedure"},
    {u"dual_drawings", u"construction_procedure"},
    {u"compressed_schedule", u"construction_procedure"},
    {u"bid_rigging", u"contracting"},
    {u"dismembered_contracting", u"contracting"},
    {u"illegal_transfer", u"contracting"},
    {u"affiliation", u"contracting"},
    {u"illegal_subcontracting", u"contracting"},
    {u"beyond_qualification", u"contracting"},
    {u"key_staff_absent", u"production_safety"},
    {u"unrectified_hazard", u"production_safety"},
    {u"safety_violation", u"production_safety"},
    {u"accident_concealed", u"accident_report"},
    {u"accident_false_report", u"accident_report"},
    {u"accident_late_report", u"accident_report"},
    {u"accident_omitted", u"accident_report"},
    {u"other", u"other"},
}};

} // namespace

QStringList ViolationTypes::codes()
{
    QStringList out;
    for (const Violation &v : kViolations)
        out << v.code.toString();
    return out;
}

bool ViolationTypes::isKnown(const QString &code)
{
    return !group(code).isEmpty();
}

QString ViolationTypes::group(const QString &code)
{
    for (const Violation &v : kViolations)
        if (v.code == code)
            return v.group.toString();
    return {};
}

QStringList ViolationTypes::groups()
{
    return {u"construction_procedure"_s, u"contracting"_s, u"production_safety"_s, u"accident_report"_s, u"other"_s};
}

QStringList ViolationTypes::codesInGroup(const QString &group)
{
    QStringList out;
    for (const Violation &v : kViolations)
        if (v.group == group)
            out << v.code.toString();
    return out;
}

QString ViolationTypes::label(const QString &code)
{
    if (code == u"unapproved_construction") return tr("Construction without approval (未批先建)");
    if (code == u"no_drawings") return tr("Construction without approved drawings (无图施工)");
    if (code == u"dual_drawings") return tr("Two sets of drawings (阴阳图纸)");
    if (code == u"compressed_schedule") return tr("Arbitrarily compressed schedule");
    if (code == u"bid_rigging") return tr("Bid rigging (围标串标)");
    if (code == u"dismembered_contracting") return tr("Dismembered contracting (肢解发包)");
    if (code == u"illegal_transfer") return tr("Illegal transfer of the contract (转包)");
    if (code == u"affiliation") return tr("Working under another firm's qualification (挂靠)");
    if (code == u"illegal_subcontracting") return tr("Illegal subcontracting (违法分包)");
    if (code == u"beyond_qualification") return tr("Work beyond the qualification");
    if (code == u"key_staff_absent") return tr("Key staff not at their posts");
    if (code == u"unrectified_hazard") return tr("Hazard not rectified by the deadline");
    if (code == u"safety_violation") return tr("Breach of mandatory safety standards");
    if (code == u"accident_concealed") return tr("Accident concealed (瞒报)");
    if (code == u"accident_false_report") return tr("Accident falsely reported (谎报)");
    if (code == u"accident_late_report") return tr("Accident reported late (迟报)");
    if (code == u"accident_omitted") return tr("Accident report omitted (漏报)");
    if (code == u"other") return tr("Other violation");
    return code;
}

QString ViolationTypes::groupLabel(const QString &group)
{
    if (group == u"construction_procedure") return tr("Basic construction procedure");
    if (group == u"contracting") return tr("Contracting and subcontracting");
    if (group == u"production_safety") return tr("Production safety");
    if (group == u"accident_report") return tr("Accident reporting");
    if (group == u"other") return tr("Other");
    return group;
}

QString ViolationTypes::legalNote(const QString &code)
{
    if (code == u"unapproved_construction")
        return tr("Construction Law art. 7: works need a construction permit before they start.");
    if (code == u"no_drawings")
        return tr("Regulation on Quality Management of Construction Projects art. 11: construction drawings must "
                  "pass review before use.");
    if (code == u"dual_drawings")
        return tr("Regulation on Quality Management of Construction Projects art. 11 and 28: build only to the "
                  "reviewed drawings.");
    if (code == u"compressed_schedule")
        return tr("Regulation on Work Safety of Construction Projects art. 7: the owner must not compress the "
                  "reasonable contract period.");
    if (code == u"bid_rigging")
        return tr("Bidding Law art. 32 and 53: bidders must not collude.");
    if (code == u"dismembered_contracting")
        return tr("Construction Law art. 24: the owner must not split the works among contractors.");
    if (code == u"illegal_transfer")
        return tr("Construction Law art. 28: the contractor must not pass the whole works on.");
    if (code == u"affiliation")
        return tr("Construction Law art. 26 and 66: a firm must not lend its name or qualification.");
    if (code == u"illegal_subcontracting")
        return tr("Construction Law art. 29: subcontracting needs the owner's consent and a qualified "
                  "subcontractor; the main structure is never subcontracted.");
    if (code == u"beyond_qualification")
        return tr("Construction Law art. 26 and 65: a firm works only within its qualification grade.");
    if (code == u"key_staff_absent")
        return tr("Regulation on Work Safety of Construction Projects art. 21 and 23: the project manager and the "
                  "full-time safety officers are on site.");
    if (code == u"unrectified_hazard")
        return tr("Work Safety Law art. 102: a hazard not eliminated as ordered is fined and the work stopped.");
    if (code == u"safety_violation")
        return tr("Regulation on Work Safety of Construction Projects art. 62 to 65.");
    if (code == u"accident_concealed" || code == u"accident_false_report")
        return tr("Regulation on Reporting of Work Safety Accidents (State Council order 493) art. 36.");
    if (code == u"accident_late_report" || code == u"accident_omitted")
        return tr("Regulation on Reporting of Work Safety Accidents (State Council order 493) art. 35.");
    return {};
}

} // namespace sitesafe
