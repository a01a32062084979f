#include "dangerkinds.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QStringList DangerKinds::codes()
{
    return {u"excavation_collapse"_s, u"formwork_collapse"_s, u"scaffold_collapse"_s, u"crane_overturn"_s,
            u"tunnel_inrush"_s,       u"confined_space"_s,    u"fire"_s,              u"typhoon"_s,
            u"other"_s};
}

QString DangerKinds::label(const QString &code)
{
    if (code == u"excavation_collapse") return tr("Excavation or slope collapse");
    if (code == u"formwork_collapse") return tr("Formwork support collapse");
    if (code == u"scaffold_collapse") return tr("Scaffold collapse");
    if (code == u"crane_overturn") return tr("Crane overturned or jib broken");
    if (code == u"tunnel_inrush") return tr("Tunnel water or sand inrush, or collapse");
    if (code == u"confined_space") return tr("Confined-space poisoning");
    if (code == u"fire") return tr("Fire");
    if (code == u"typhoon") return tr("Typhoon");
    if (code == u"other") return tr("Other");
    return code;
}

} // namespace sitesafe
