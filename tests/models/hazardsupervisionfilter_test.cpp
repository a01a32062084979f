#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/domainlabels.h"
#include "democopy.h"
#include "demofixture.h"
#include "models/hazardtablemodel.h"
#include "modeltesthelpers.h"
#include "storage/hazardrepository.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {
QSet<QString> shownIds(HazardTableModel &model, HazardFilter::Supervision supervision)
{
    HazardFilter f;
    f.today = DemoFixture::today();
    f.supervision = supervision;
    model.setFilter(f);
    REQUIRE(waitFor([&] { return model.isReady() && model.filter().supervision == supervision; }));
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        model.prefetch(row);
        REQUIRE(waitFor([&] { return model.isRowLoaded(row); }));
        ids.insert(model.data(model.index(row, 0), HazardTableModel::HazardIdRole).toString());
    }
    return ids;
}
} // namespace

TEST_CASE("The supervision filter shows exactly the hazards listed, at the level asked for",
          "[rectification][hazardactions][models]")
{
    DemoCopy copy;
    auto opened = DataStore::open(copy.directory());
    REQUIRE(opened.isOk());
    std::unique_ptr<DataStore> store = std::move(opened).value();
    QSqlDatabase db = store->connection();
    HazardRepository hazards(db);

    // Whatever the demo listed already, then one more hazard per level and one listed and lifted again.
    QMap<QString, QSet<QString>> byLevel;
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT id, supervision_level FROM hazards WHERE is_supervision_listed = 1"_s));
    while (q.next())
        byLevel[q.value(1).toString()].insert(q.value(0).toString());
    REQUIRE(q.exec(u"SELECT id FROM hazards WHERE status IN ('open', 'rectifying') AND is_supervision_listed = 0 "
                   "ORDER BY seq LIMIT 4"_s));
    QStringList candidates;
    while (q.next())
        candidates << q.value(0).toString();
    q.finish();
    REQUIRE(candidates.size() == 4);
    const QStringList levels{u"province"_s, u"city"_s, u"county"_s, u"city"_s};
    for (int i = 0; i < 4; ++i) {
        HazardEvent e;
        e.hazardId = candidates[i];
        e.kind = HazardEventKind::SupervisionListed;
        e.level = levels[i];
        e.actor = u"zhao"_s;
        e.actorRole = levels[i] == u"province" ? u"province"_s : u"supervisor"_s;
        auto outcome = hazards.appendEvent(e);
        REQUIRE(outcome.isOk());
        REQUIRE(outcome.value().isApplied);
        if (i < 3)
            byLevel[levels[i]].insert(candidates[i]);
    }
    HazardEvent lifted;
    lifted.hazardId = candidates[3];
    lifted.kind = HazardEventKind::SupervisionLifted;
    lifted.actor = u"zhao"_s;
    lifted.actorRole = u"supervisor"_s;
    REQUIRE(hazards.appendEvent(lifted).isOk());

    HazardTableModel model(copy.databasePath(), DemoFixture::today());
    const QSet<QString> all = byLevel[u"province"_s] + byLevel[u"city"_s] + byLevel[u"county"_s];
    CHECK(shownIds(model, HazardFilter::Supervision::Listed) == all);
    CHECK(shownIds(model, HazardFilter::Supervision::Province) == byLevel[u"province"_s]);
    CHECK(shownIds(model, HazardFilter::Supervision::City) == byLevel[u"city"_s]);
    CHECK(shownIds(model, HazardFilter::Supervision::County) == byLevel[u"county"_s]);
    CHECK(!all.contains(candidates[3]));
    CHECK(model.rowCount() == byLevel[u"county"_s].size());
    // The column names the level; a city listing is never called provincial.
    shownIds(model, HazardFilter::Supervision::City);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, int(HazardColumn::Supervision))).toString()
              == DomainLabels::supervisionListing(u"city"_s));
}
