#include "enforcementkinds.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QStringList EnforcementKinds::codes()
{
    return {u"reminder"_s,         u"warning_letter"_s,  u"interview"_s,
            u"circular"_s,         u"credit_record"_s,   u"credit_points"_s,
            u"fine"_s,             u"stop_work"_s,       u"suspension"_s,
            u"licence_suspended"_s, u"qualification_downgrade"_s, u"qualification_revoked"_s,
            u"revoke_practice"_s,  u"industry_ban"_s,    u"judicial_referral"_s,
            u"enforcement_proposal"_s};
}

bool EnforcementKinds::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString EnforcementKinds::label(const QString &code)
{
    if (code == u"reminder") return tr("Reminder");
    if (code == u"warning_letter") return tr("Warning letter");
    if (code == u"interview") return tr("Interview (约谈)");
    if (code == u"circular") return tr("Public circular (通报)");
    if (code == u"fine") return tr("Fine");
    if (code == u"stop_work") return tr("Order to stop work");
    if (code == u"suspension") return tr("Suspension of business for rectification");
    if (code == u"qualification_downgrade") return tr("Qualification downgraded");
    if (code == u"qualification_revoked") return tr("Qualification certificate revoked");
    if (code == u"licence_suspended") return tr("Safety production licence suspended");
    if (code == u"revoke_practice") return tr("Practising qualification revoked");
    if (code == u"industry_ban") return tr("Banned from the industry");
    if (code == u"credit_record") return tr("Bad-conduct credit record");
    if (code == u"credit_points") return tr("Credit points deducted");
    if (code == u"judicial_referral") return tr("Clues referred to the judiciary");
    if (code == u"enforcement_proposal") return tr("Enforcement proposal (执法建议书)");
    return code;
}

QString EnforcementKinds::note(const QString &code)
{
    if (code == u"judicial_referral")
        return tr("Clues of the crime of dangerous operations (危险作业罪) go to the police.");
    if (code == u"credit_points") return tr("Enter the points deducted.");
    if (code == u"fine") return tr("Enter the amount in 10,000 yuan.");
    if (code == u"revoke_practice" || code == u"industry_ban") return tr("Choose the person addressed.");
    if (code == u"enforcement_proposal")
        return tr("From the province to the city or county, which decides the penalty.");
    return {};
}

bool EnforcementKinds::needsAmount(const QString &code)
{
    return code == u"fine";
}

bool EnforcementKinds::needsPoints(const QString &code)
{
    return code == u"credit_points";
}

bool EnforcementKinds::needsPerson(const QString &code)
{
    return code == u"revoke_practice" || code == u"industry_ban";
}

} // namespace sitesafe
