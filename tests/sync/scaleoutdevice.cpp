#include "scaleoutdevice.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "sync/syncengine.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
constexpr int kPhaseTimeoutMs = 300000;

class DeviceRun
{
public:
    DeviceRun(const ScaleOutDevice::Plan &plan, ScaleOutBoard &board)
        : m_plan(plan)
        , m_board(board)
        , m_clock(plan.clockStart)
        , m_random(quint32(20261207 + plan.index))
    { }

    ScaleOutDevice::Outcome run()
    {
        if (!setUp())
            return m_outcome;
        m_board.report(ScaleOutBoard::Event::Ready, m_plan.index);
        if (!waitFor(ScaleOutBoard::Phase::Rounds))
            return m_outcome;
        for (int round = 0; round < m_plan.rounds; ++round) {
            m_clock.advance(10 * 60 * 1000);
            record(round);
            sync();
            m_board.report(ScaleOutBoard::Event::Synced, m_plan.index);
        }
        m_board.report(ScaleOutBoard::Event::RoundsDone, m_plan.index);
        if (!waitFor(ScaleOutBoard::Phase::Quiesce))
            return m_outcome;
        for (int attempt = 0; attempt < 5 && m_engine->pendingCount() > 0; ++attempt)
            sync();
        m_board.report(ScaleOutBoard::Event::Quiet, m_plan.index);
        if (!waitFor(ScaleOutBoard::Phase::Final))
            return m_outcome;
        sync();
        return m_outcome;
    }

private:
    bool setUp()
    {
        Database::Options options;
        options.clock = &m_clock;
        auto opened = DataStore::open(m_plan.folder, options);
        if (!opened)
            return fail(u"cannot open the store: "_s + opened.error().message);
        m_store = std::move(opened).value();
        SyncOptions sync;
        sync.serverUrl = QUrl(m_plan.baseUrl);
        sync.tls.caFile = m_plan.caFile;
        sync.tls.deadlineMs = 30000; // twenty devices, two servers, PostgreSQL and nginx share two cores
        m_engine = std::make_unique<SyncEngine>(*m_store, sync);
        Status signedIn = m_engine->signIn(m_plan.user, u"correct horse battery staple"_s);
        for (int attempt = 1; attempt < 3 && !signedIn; ++attempt)
            signedIn = m_engine->signIn(m_plan.user, u"correct horse battery staple"_s);
        if (!signedIn)
            return fail(u"cannot sign in as %1: %2"_s.arg(m_plan.user, signedIn.error().message));
        const SyncReport first = m_engine->synchronize();
        if (first.error)
            return fail(u"the first sync failed: "_s + first.error->message);
        QSqlQuery q(m_store->connection());
        q.exec(u"SELECT value FROM sync_state WHERE key = 'device_id'"_s);
        m_outcome.deviceId = q.next() ? q.value(0).toString() : QString();
        return !m_outcome.deviceId.isEmpty() || fail(u"no device id after the first sync"_s);
    }

    bool fail(const QString &why)
    {
        m_outcome.fatal = u"device %1 (%2): %3"_s.arg(m_plan.index).arg(m_plan.user, why);
        return false;
    }

    bool waitFor(ScaleOutBoard::Phase phase)
    {
        return m_board.waitFor(phase, kPhaseTimeoutMs) || fail(u"the test thread did not open the next phase"_s);
    }

    void record(int round)
    {
        if (m_plan.role == u"inspector") {
            createHazard(round);
            if (round % 3 == 2)
                moveHazard();
        } else {
            comment();
        }
    }

    /// One of the run's hazards this device holds, picked at random; empty when it holds none yet.
    QString knownHazard()
    {
        QSqlQuery q(m_store->connection());
        q.prepare(u"SELECT id FROM hazards WHERE description LIKE ? ORDER BY id"_s);
        q.addBindValue(QString(m_plan.marker + u'%'));
        q.exec();
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids.isEmpty() ? QString() : ids[int(m_random.bounded(quint32(ids.size())))];
    }

    void createHazard(int round)
    {
        QSqlQuery q(m_store->connection());
        q.exec(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s);
        Hazard h;
        h.projectId = q.next() ? q.value(0).toString() : QString();
        h.criteriaItem = u"V2024-09-04"_s;
        h.isMajor = true;
        h.description = u"%1 设备%2 第%3轮"_s.arg(m_plan.marker).arg(m_plan.index).arg(round);
        h.location = u"%1号楼"_s.arg(1 + m_random.bounded(9));
        h.measure = u"partial_stop"_s;
        h.deadline = m_clock.now().date().addDays(3);
        const Result<QString> id = HazardRepository(m_store->connection()).create(h, m_plan.actor);
        if (id)
            m_outcome.created << id.value();
        else
            fail(u"cannot record a hazard: "_s + id.error().message);
    }

    void moveHazard()
    {
        const QString id = knownHazard();
        HazardRepository hazards(m_store->connection());
        std::optional<Hazard> h = id.isEmpty() ? std::nullopt : hazards.find(id);
        if (!h)
            return;
        h->location = u"%1 改到 %2号楼"_s.arg(m_plan.actor).arg(1 + m_random.bounded(9));
        if (const Status s = hazards.update(*h, m_plan.actor); !s)
            fail(u"cannot save hazard %1: %2"_s.arg(id, s.error().message));
    }

    void comment()
    {
        const QString id = knownHazard();
        if (id.isEmpty())
            return;
        HazardEvent e;
        e.id = UuidV7::generate();
        e.hazardId = id;
        e.kind = HazardEventKind::Comment;
        e.at = m_clock.now();
        e.actor = m_plan.actor;
        e.actorRole = m_plan.role;
        e.note = u"扩容测试 %1"_s.arg(m_plan.index);
        if (const auto s = HazardRepository(m_store->connection()).appendEvent(e); !s)
            fail(u"cannot comment on %1: %2"_s.arg(id, s.error().message));
    }

    void sync()
    {
        const SyncReport report = m_engine->synchronize();
        ++m_outcome.syncs;
        if (report.error) {
            ++m_outcome.failedSyncs;
            m_outcome.errorCodes << report.error->code;
        }
        if (report.hadSnapshot)
            ++m_outcome.laterSnapshots;
    }

    const ScaleOutDevice::Plan &m_plan;
    ScaleOutBoard &m_board;
    FixedClock m_clock;
    QRandomGenerator m_random;
    std::unique_ptr<DataStore> m_store;
    std::unique_ptr<SyncEngine> m_engine;
    ScaleOutDevice::Outcome m_outcome;
};
} // namespace

ScaleOutBoard::ScaleOutBoard(QObject *context, std::function<void(Event, int)> onEvent)
    : m_context(context)
    , m_onEvent(std::move(onEvent))
{ }

void ScaleOutBoard::report(Event event, int device)
{
    QMetaObject::invokeMethod(
        m_context, [this, event, device] { m_onEvent(event, device); }, Qt::QueuedConnection);
}

bool ScaleOutBoard::waitFor(Phase phase, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_opened.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_phase >= int(phase); });
}

void ScaleOutBoard::open(Phase phase)
{
    {
        std::lock_guard lock(m_mutex);
        m_phase = std::max(m_phase, int(phase));
    }
    m_opened.notify_all();
}

ScaleOutDevice::Outcome ScaleOutDevice::run(const Plan &plan, ScaleOutBoard &board)
{
    return DeviceRun(plan, board).run();
}
