#include "account.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

bool Account::isSupervisorOrAbove() const
{
    return role == QLatin1StringView(kSupervisor) || role == QLatin1StringView(kProvince)
        || role == QLatin1StringView(kAdmin);
}

bool Account::canClose() const
{
    return isSupervisorOrAbove();
}

bool Account::canListSupervision() const
{
    return isSupervisorOrAbove();
}

QString Account::supervisionLevel(const QString &jurisdictionKind) const
{
    if (role == QLatin1StringView(kProvince) || role == QLatin1StringView(kAdmin))
        return u"province"_s;
    if (role != QLatin1StringView(kSupervisor))
        return {};
    if (jurisdictionKind == u"prefecture_city" || jurisdictionKind == u"county_city")
        return u"city"_s;
    if (jurisdictionKind == u"county" || jurisdictionKind == u"autonomous_county")
        return u"county"_s;
    return {};
}

QString Account::roleLabel(const QString &role)
{
    if (role == QLatin1StringView(kInspector))
        return tr("Inspector");
    if (role == QLatin1StringView(kSupervisor))
        return tr("Supervisor");
    if (role == QLatin1StringView(kProvince))
        return tr("Province");
    if (role == QLatin1StringView(kAdmin))
        return tr("Administrator");
    return role;
}

} // namespace sitesafe
