#include "loadverifier.h"

#include "loadclient.h"
#include "protocol/pullmessages.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
constexpr int kNamed = 5;
constexpr int kMaxPages = 10000;
} // namespace

void LoadVerifier::expect(const QHash<QString, QString> &hazardLocations, const QSet<QString> &eventIds)
{
    m_hazards.insert(hazardLocations);
    m_events.unite(eventIds);
}

QStringList LoadVerifier::check(LoadClient &province, const QString &startCursor)
{
    QStringList problems;
    int unnamed = 0;
    auto report = [&](const QString &problem) {
        if (problems.size() < kNamed)
            problems.append(problem);
        else
            ++unnamed;
    };
    QHash<QString, QString> hazards;
    QSet<QString> events;
    QString cursor = startCursor;
    for (int page = 0; page < kMaxPages; ++page) {
        int status = 0;
        const PullPage pulled
            = PullPage::fromJson(province.get(u"/api/v1/sync/pull?limit=2000&cursor="_s + cursor, &status));
        if (status != 200)
            return {u"verification pull failed: "_s + province.error()};
        for (const PulledChange &change : pulled.changes) {
            if (change.entity == u"hazards"_s) {
                if (hazards.contains(change.entityId))
                    report(u"hazard %1 pulled twice"_s.arg(change.entityId));
                hazards.insert(change.entityId, change.row.value(u"location"_s).toString());
            } else if (change.entity == u"hazard_events"_s) {
                if (events.contains(change.entityId))
                    report(u"event %1 pulled twice"_s.arg(change.entityId));
                events.insert(change.entityId);
            }
        }
        cursor = pulled.nextCursor;
        if (!pulled.hasMore)
            break;
    }
    for (auto it = m_hazards.cbegin(); it != m_hazards.cend(); ++it) {
        const auto found = hazards.constFind(it.key());
        if (found == hazards.cend())
            report(u"hazard %1 is missing on the server"_s.arg(it.key()));
        else if (*found != it.value())
            report(u"hazard %1 has location \"%2\", expected \"%3\""_s.arg(it.key(), *found, it.value()));
    }
    for (const QString &id : std::as_const(m_events)) {
        if (!events.contains(id))
            report(u"event %1 is missing on the server"_s.arg(id));
    }
    if (hazards.size() != m_hazards.size())
        report(u"the server has %1 new hazards, the devices had %2 acknowledged"_s.arg(hazards.size())
                   .arg(m_hazards.size()));
    if (events.size() != m_events.size())
        report(
            u"the server has %1 new events, the devices had %2 acknowledged"_s.arg(events.size()).arg(m_events.size()));
    if (unnamed > 0)
        problems.append(u"and %1 more"_s.arg(unnamed));
    return problems;
}
