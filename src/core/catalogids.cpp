#include "catalogids.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
// Fixed namespace of SiteSafe catalog ids; never change it (ids in every store depend on it).
const QUuid kNamespace(u"5d0c6a53-7f4e-4f7a-9a57-7c1f0b9e2a61"_s);

QString nameBased(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
}
} // namespace

QString CatalogIds::set(const QString &setCode)
{
    return nameBased(u"criteria_sets/"_s + setCode);
}

QString CatalogIds::item(const QString &setCode, const QString &level, const QString &itemCode)
{
    return nameBased(u"criteria_items/"_s + setCode + u'/' + level + u'/' + itemCode);
}

QString CatalogIds::checklistTemplate(const QString &code, int version)
{
    return nameBased(u"checklist_templates/"_s + code + u'/' + QString::number(version));
}

} // namespace sitesafe
