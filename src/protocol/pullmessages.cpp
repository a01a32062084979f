#include "pullmessages.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sitesafe {

QJsonObject PulledChange::toJson() const
{
    return QJsonObject{{u"server_seq"_s, serverSeq}, {u"entity"_s, entity}, {u"entity_id"_s, entityId}, {u"row"_s, row}};
}

PulledChange PulledChange::fromJson(const QJsonObject &json)
{
    return PulledChange{json.value(u"server_seq"_s).toInteger(), json.value(u"entity"_s).toString(),
                        json.value(u"entity_id"_s).toString(), json.value(u"row"_s).toObject()};
}

QJsonObject PullPage::toJson() const
{
    QJsonArray list;
    for (const PulledChange &c : changes)
        list.append(c.toJson());
    QJsonObject o{{u"changes"_s, list},
                  {u"has_more"_s, hasMore},
                  {u"server_epoch"_s, serverEpoch},
                  {u"high_water"_s, highWater}};
    if (!nextCursor.isEmpty())
        o.insert(u"next_cursor"_s, nextCursor);
    if (!nextPageToken.isEmpty())
        o.insert(u"next_page_token"_s, nextPageToken);
    return o;
}

PullPage PullPage::fromJson(const QJsonObject &json)
{
    PullPage p;
    const QJsonArray changeList = json.value(u"changes"_s).toArray(); // const: iterating does not copy the array
    for (const QJsonValue &v : changeList)
        p.changes.append(PulledChange::fromJson(v.toObject()));
    p.nextCursor = json.value(u"next_cursor"_s).toString();
    p.nextPageToken = json.value(u"next_page_token"_s).toString();
    p.hasMore = json.value(u"has_more"_s).toBool();
    p.serverEpoch = json.value(u"server_epoch"_s).toString();
    p.highWater = json.value(u"high_water"_s).toInteger();
    return p;
}

} // namespace sitesafe
