// Scale-out (issue 15, sync-anchors §3): the province's deployment of docs/deploy.md, two sitesafe-server
// processes behind nginx on one PostgreSQL database, with twenty devices pushing and pulling through both at once
// and one process SIGKILLed and restarted in the middle. Run through tests/server/with-postgres.sh (ctest does).

#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <catch2/catch.hpp>

#include "proxiedlaptop.h"
#include "scaleoutcluster.h"
#include "scaleoutdevice.h"
#include "storage/datastore.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
constexpr int kDevices = 20;
constexpr int kRounds = 6;
constexpr int kKillAt = 30; // of the devices' syncs in the rounds (kDevices * kRounds = 120 in all)
constexpr int kRestartAt = 60;
const QString kMarker = u"扩容巡检"_s;

struct Account {
    const char16_t *user;
    const char16_t *role;
    const char16_t *actor;
};
// Devices 0–13 are inspectors (four people, three or four computers each), 14–17 supervisors of 460100 (two
// people), 18–19 the province (one person on two computers).
constexpr Account kInspectors[] = {{u"zhangwei", u"inspector", u"张伟"}, {u"wangqiang", u"inspector", u"王强"},
    {u"chenjie", u"inspector", u"陈杰"}, {u"liuyang", u"inspector", u"刘洋"}};
constexpr Account kSupervisors[] = {{u"lina", u"supervisor", u"李娜"}, {u"zhoumin", u"supervisor", u"周敏"}};
constexpr Account kProvince = {u"province", u"province", u"赵敏"};

const Account &accountOf(int device)
{
    if (device < 14)
        return kInspectors[device % 4];
    return device < 18 ? kSupervisors[device % 2] : kProvince;
}

/// The lines of `rows` (canonical "a=1|b=2") whose `column` is one of `ids`.
QStringList ofRun(const QStringList &rows, const QString &column, const QSet<QString> &ids)
{
    QStringList out;
    for (const QString &line : rows) {
        for (const QString &part : line.split(u'|')) {
            if (part.startsWith(column + u'=') && ids.contains(part.mid(column.size() + 1)))
                out << line;
        }
    }
    return out;
}

/// What goes wrong in the middle of the run: `begin` as the rounds' syncs pass kKillAt, `end` as they pass
/// kRestartAt (or when the rounds are over, whichever comes first).
struct Disruption {
    std::function<void()> begin;
    std::function<void()> end;
};

/// The devices on their threads, and the test thread's side of their phases: each phase opens when every device
/// has reported the one before or ended; the disruption begins and ends as the rounds' syncs pass two counts.
class DeviceFleet
{
public:
    DeviceFleet(Disruption disruption, std::vector<ScaleOutDevice::Plan> plans)
        : m_disruption(std::move(disruption))
        , m_plans(std::move(plans))
        , m_outcomes(m_plans.size())
        , m_board(&m_context, [this](ScaleOutBoard::Event e, int) { onEvent(e); })
    { }

    /// Runs every device to its end (bounded: ten minutes); false when they did not all end in time.
    bool run()
    {
        QEventLoop loop;
        for (size_t i = 0; i < m_plans.size(); ++i) {
            QThread *thread = QThread::create([this, i] { m_outcomes[i] = ScaleOutDevice::run(m_plans[i], m_board); });
            QObject::connect(thread, &QThread::finished, &m_context, [this, &loop] {
                ++m_ended;
                advance();
                if (size_t(m_ended) == m_plans.size())
                    loop.quit();
            });
            m_threads.emplace_back(thread);
            thread->start();
        }
        bool isInTime = true;
        QTimer::singleShot(600000, &loop, [&] {
            isInTime = false;
            loop.quit();
        });
        loop.exec();
        m_board.open(ScaleOutBoard::Phase::Final); // devices still waiting give up their phase and end
        for (const auto &thread : m_threads)
            thread->wait(120000);
        return isInTime;
    }

    const std::vector<ScaleOutDevice::Outcome> &outcomes() const { return m_outcomes; }
    bool wasDisruptedAndRecovered() const { return m_isKilled && m_isRestarted; }

private:
    void onEvent(ScaleOutBoard::Event e)
    {
        ++m_counts[int(e)];
        if (e == ScaleOutBoard::Event::Synced && m_counts[int(e)] == kKillAt) {
            m_disruption.begin();
            m_isKilled = true;
        }
        if (e == ScaleOutBoard::Event::Synced && m_counts[int(e)] == kRestartAt)
            restart();
        advance();
    }

    void restart()
    {
        if (m_isKilled && !m_isRestarted) {
            m_disruption.end();
            m_isRestarted = true;
        }
    }

    /// Opens each phase whose previous one every device has reported (a device that ended counts as reported).
    void advance()
    {
        const auto all
            = [this](ScaleOutBoard::Event e) { return size_t(m_counts[int(e)] + m_ended) >= m_plans.size(); };
        if (all(ScaleOutBoard::Event::Ready))
            m_board.open(ScaleOutBoard::Phase::Rounds);
        if (all(ScaleOutBoard::Event::RoundsDone)) {
            restart(); // should a device have ended early, fewer syncs passed the restart count
            m_board.open(ScaleOutBoard::Phase::Quiesce);
        }
        if (all(ScaleOutBoard::Event::Quiet))
            m_board.open(ScaleOutBoard::Phase::Final);
    }

    Disruption m_disruption;
    // Each thread reads its plan and writes its outcome, and nothing else: plain vectors, never detached.
    const std::vector<ScaleOutDevice::Plan> m_plans;
    std::vector<ScaleOutDevice::Outcome> m_outcomes;
    QObject m_context;
    ScaleOutBoard m_board;
    std::vector<std::unique_ptr<QThread>> m_threads;
    int m_counts[4] = {};
    int m_ended = 0;
    bool m_isKilled = false;
    bool m_isRestarted = false;
};

/// server_seq order is commit order (sync-anchors §2.2): with track_commit_timestamp on, the change log read in
/// server_seq order never goes back in commit time, so no row can commit after a higher sequence was readable,
/// and a pull that read up to a high-water mark never misses a row below it. (Commit times, not xmin: a row
/// written inside a savepoint carries the subtransaction's id, while its commit time is the transaction's.)
void requireSeqInCommitOrder(const ServerProcess &server)
{
    INFO("with-postgres.sh starts the cluster with track_commit_timestamp=on");
    REQUIRE(serverText(server, u"SELECT current_setting('track_commit_timestamp')"_s) == u"on");
    const QString ordered = u"SELECT server_seq, pg_xact_commit_timestamp(xmin) AS committed, "
                            "lag(pg_xact_commit_timestamp(xmin)) OVER (ORDER BY server_seq) AS previous_committed "
                            "FROM change_log"_s;
    CHECK(serverCount(server, u"SELECT count(*) FROM (%1) o WHERE committed IS NULL"_s.arg(ordered)) == 0);
    const qint64 transactions
        = serverCount(server, u"SELECT count(DISTINCT pg_xact_commit_timestamp(xmin)) FROM change_log"_s);
    INFO(transactions << " transactions wrote the change log");
    CHECK(transactions > 100);
    CHECK(serverCount(server, u"SELECT count(*) FROM (%1) o WHERE committed < previous_committed"_s.arg(ordered)) == 0);
    CHECK(serverCount(server, u"SELECT count(*) - count(DISTINCT server_seq) FROM change_log"_s) == 0);
}

QString errorSummary(const QMap<QString, int> &errors)
{
    QStringList parts;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        parts << u"%1 × %2"_s.arg(it.key()).arg(it.value());
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

int countAnswers(const QString &accessLog, const QByteArray &status)
{
    QFile file(accessLog);
    REQUIRE(file.open(QIODevice::ReadOnly));
    int count = 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        count += line.contains(QByteArray("\" " + status + ' ')) ? 1 : 0;
    return count;
}
} // namespace

namespace {
/// The accounts of kInspectors, kSupervisors and kProvince on a demo server, then both processes and nginx.
void startCluster(ScaleOutCluster &cluster)
{
    ServerProcess &server = cluster.server();
    server.seedDemo(1);
    for (const Account &a : kInspectors) {
        if (QStringView(a.user) != u"zhangwei")
            server.addUser(QString::fromUtf16(a.user), QString::fromUtf16(a.role), u"460100"_s);
    }
    for (const Account &a : kSupervisors)
        server.addUser(QString::fromUtf16(a.user), QString::fromUtf16(a.role), u"460100"_s);
    server.addUser(QString::fromUtf16(kProvince.user), QString::fromUtf16(kProvince.role), {});
    cluster.start(kDevices);
}

/// Twenty devices through `cluster` under `disruption`, then the checks: every device ended well and never took
/// a snapshot again, every mutation is on the server exactly once, every device holds the server's rows of the
/// run, and server_seq follows commit order.
void runAndCheck(ScaleOutCluster &cluster, const Disruption &disruption)
{
    ServerProcess &server = cluster.server();
    std::vector<std::unique_ptr<TestDir>> folders;
    std::vector<ScaleOutDevice::Plan> plans;
    const QDateTime start(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(8 * 3600));
    for (int i = 0; i < kDevices; ++i) {
        const Account &a = accountOf(i);
        folders.push_back(std::make_unique<TestDir>());
        ScaleOutDevice::Plan plan;
        plan.index = i;
        plan.folder = folders.back()->path();
        plan.baseUrl = cluster.baseUrl();
        plan.caFile = cluster.caFile();
        plan.user = QString::fromUtf16(a.user);
        plan.role = QString::fromUtf16(a.role);
        plan.actor = QString::fromUtf16(a.actor);
        plan.clockStart = start.addDays(i % 6 - 3); // from three days behind to two ahead
        plan.rounds = kRounds;
        plan.marker = kMarker;
        plans.push_back(plan);
    }

    DeviceFleet fleet(disruption, plans);
    REQUIRE(fleet.run());
    CHECK(fleet.wasDisruptedAndRecovered());
    QSet<QString> created;
    int syncs = 0, failed = 0;
    QMap<QString, int> errors;
    for (const ScaleOutDevice::Outcome &o : fleet.outcomes()) {
        INFO(o.fatal.toStdString());
        CHECK(o.fatal.isEmpty());
        CHECK(o.laterSnapshots == 0); // every pull went on from its cursor: a skipped row would stay missing
        for (const QString &id : o.created)
            created.insert(id);
        syncs += o.syncs;
        failed += o.failedSyncs;
        for (const QString &code : o.errorCodes)
            ++errors[code];
    }
    // A server or database away is an outage the user waits out, never "not a SiteSafe server".
    CHECK_FALSE(errors.contains(u"sync.bad_answer"_s));
    REQUIRE(created.size() == 14 * kRounds);

    // Every mutation exactly once, and each device's rows of the run equal the server's.
    CHECK(serverCount(server, kRepeated) == 0);
    CHECK(serverCount(server, u"SELECT count(*) FROM hazards WHERE description LIKE ?"_s, {QString(kMarker + u'%')})
        == created.size());
    const QStringList serverHazards = ofRun(serverRows(server, u"hazards"_s), u"id"_s, created);
    const QStringList serverEvents = ofRun(serverRows(server, u"hazard_events"_s), u"hazard_id"_s, created);
    REQUIRE(serverHazards.size() == created.size());
    for (int i = 0; i < kDevices; ++i) {
        INFO("device " << i << " (" << plans[size_t(i)].user.toStdString() << ")");
        auto store = DataStore::open(plans[size_t(i)].folder);
        REQUIRE(store.isOk());
        QSqlDatabase db = store.value()->connection();
        const QString device = fleet.outcomes()[size_t(i)].deviceId;
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT count(*), count(*) FILTER (WHERE state IN ('pending', 'in_flight')) FROM outbox"_s));
        REQUIRE(q.next());
        CHECK(q.value(1).toInt() == 0);
        CHECK(q.value(0).toLongLong()
            == serverCount(server, u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {device}));
        CHECK(ofRun(canonicalRows(db, u"hazards"_s), u"id"_s, created) == serverHazards);
        CHECK(ofRun(canonicalRows(db, u"hazard_events"_s), u"hazard_id"_s, created) == serverEvents);
    }
    requireSeqInCommitOrder(server);

    const int cut = countAnswers(cluster.nginxAccessLog(), "502");
    std::printf("scaleout: %d devices, %d syncs (%d failed during the disruption, %d answers 502 from nginx), "
                "%d hazards, %lld mutations applied once each; errors: %s\n",
        kDevices, syncs, failed, cut, int(created.size()), serverCount(server, kApplied),
        qPrintable(errorSummary(errors)));
}

/// tests/server/with-postgres.sh's control of its cluster: "stop" (immediate, as a crash) or "start".
void controlPostgres(const QString &command)
{
    const QString control = qEnvironmentVariable("SITESAFE_TEST_PG_CTL");
    INFO("SITESAFE_TEST_PG_CTL comes from tests/server/with-postgres.sh");
    REQUIRE_FALSE(control.isEmpty());
    REQUIRE(QProcess::execute(control, {command}) == 0);
}
} // namespace

TEST_CASE("Scale-out: twenty devices through nginx and two servers on one PostgreSQL converge, every mutation "
          "once, while one server is killed and restarted",
    "[.][scaleout]")
{
    ScaleOutCluster cluster;
    startCluster(cluster);
    runAndCheck(cluster, {[&] { cluster.kill(1); }, [&] { cluster.restart(1); }});
}

TEST_CASE("Scale-out: twenty devices through nginx and two servers converge, every mutation once, while "
          "PostgreSQL is stopped at once and started again",
    "[.][scaleout]")
{
    ScaleOutCluster cluster;
    startCluster(cluster);
    runAndCheck(cluster, {[] { controlPostgres(u"stop"_s); }, [] { controlPostgres(u"start"_s); }});
}
