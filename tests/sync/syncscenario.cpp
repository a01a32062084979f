#include "syncscenario.h"

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/hazardevent.h"
#include "core/uuidv7.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
std::string describe(const SyncReport &r)
{
    return (r.error ? QString(r.error->code + u": "_s + r.error->message).toStdString() : std::string("no error"))
        + " applied=" + std::to_string(r.applied) + " conflicts=" + std::to_string(r.conflicts)
        + " rejected=" + std::to_string(r.rejected);
}
} // namespace

SyncScenario::SyncScenario()
{
    m_server.seedDemo(1);
    m_server.start();
    m_mine.connect(m_server);
    m_colleague.connect(m_server);
    REQUIRE(sync().isComplete());
    const SyncReport other = m_colleague.sync();
    INFO(describe(other));
    REQUIRE(other.isEverythingApplied());
}

QString SyncScenario::databasePath()
{
    return DataStore::databasePath(m_mine.store().directory());
}

SyncReport SyncScenario::sync()
{
    const SyncReport report = m_mine.sync();
    INFO(describe(report));
    REQUIRE(report.isComplete());
    return report;
}

QString SyncScenario::appliedHazard(const QString &description)
{
    const QString id = m_mine.createHazard(description);
    const SyncReport report = sync();
    INFO(describe(report));
    REQUIRE(report.isEverythingApplied());
    return id;
}

void SyncScenario::changeOnBothSides(const QString &hazardId, const QString &field, const QString &myValue,
                                     const QString &colleaguesValue, bool isSyncing)
{
    const SyncReport pulled = m_colleague.sync(); // the colleague has the hazard
    INFO(describe(pulled));
    REQUIRE(pulled.isComplete());
    REQUIRE(m_colleague.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {hazardId}) == 1);
    m_colleague.editHazard(hazardId, field, colleaguesValue);
    const SyncReport first = m_colleague.sync();
    INFO(describe(first));
    REQUIRE(first.isEverythingApplied());
    m_mine.editHazard(hazardId, field, myValue);
    if (!isSyncing)
        return;
    const SyncReport report = sync();
    REQUIRE(report.conflicts >= 1);
}

QString SyncScenario::provinceOnlyEvent(const QString &hazardId)
{
    HazardEvent e;
    e.id = UuidV7::generate();
    e.hazardId = hazardId;
    e.kind = HazardEventKind::SupervisionListed;
    e.at = Clock::system().now();
    e.actor = u"张伟"_s;
    e.level = u"province"_s;
    REQUIRE(HazardRepository(m_mine.db()).appendEvent(e).isOk());
    return e.id;
}

void SyncScenario::leaveInFlight(const std::function<void()> &edits)
{
    edits();
    bool isKilled = false;
    const auto connection = QObject::connect(&m_mine.engine(), &SyncEngine::pushSending, [&](const QString &, int) {
        if (!isKilled) {
            isKilled = true;
            m_server.kill(); // the batch is frozen and on its way: no receipt will come
        }
    });
    const SyncReport cut = m_mine.sync();
    QObject::disconnect(connection);
    INFO(describe(cut));
    REQUIRE(isKilled);
    REQUIRE(cut.error.has_value());
    REQUIRE(m_mine.count(u"SELECT count(*) FROM outbox WHERE state = 'in_flight'"_s) > 0);
    m_server.restart();
}

QStringList SyncScenario::makeEveryState(int hazards)
{
    QStringList ids;
    for (int i = 0; i < hazards; ++i)
        ids << m_mine.createHazard(u"脚手架隐患 %1"_s.arg(i));
    REQUIRE(sync().isEverythingApplied());
    REQUIRE(m_colleague.sync().isEverythingApplied());
    for (int i = 0; i < hazards; i += 4)
        m_colleague.editHazard(ids[i], u"description"_s, u"同事的描述 %1"_s.arg(i));
    REQUIRE(m_colleague.sync().isEverythingApplied());
    for (int i = 0; i < hazards; ++i) {
        m_mine.editHazard(ids[i], u"description"_s, u"新描述 %1"_s.arg(i));
        if (i % 5 == 0)
            provinceOnlyEvent(ids[i]);
    }
    const SyncReport mixed = sync();
    CHECK(mixed.conflicts == (hazards + 3) / 4);
    CHECK(mixed.rejected == (hazards + 4) / 5);
    leaveInFlight([&] {
        for (int i = 0; i < hazards; i += 3)
            m_mine.editHazard(ids[i], u"location"_s, u"北侧 %1"_s.arg(i));
    });
    for (int i = 0; i < hazards; i += 2)
        m_mine.editHazard(ids[i], u"responsible_person"_s, u"李工 %1"_s.arg(i));
    return ids;
}
