#include "convergencecase.h"

#include <memory>
#include <random>
#include <set>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/hazardevent.h"
#include "core/uuidv7.h"
#include "serverprocess.h"
#include "storage/hazardrepository.h"
#include "storage/noticerepository.h"
#include "support/faultproxy.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

using Fault = FaultProxy::Fault;

/// One laptop of the case: its own clock (some run days ahead or behind), store, account and role.
struct Laptop {
    FixedClock clock;
    SyncClient client;
    QString user;
    QString role;
    QString actor;

    Laptop(const QDateTime &now, QString userName, QString roleName, QString actorName)
        : clock(now)
        , client(&clock)
        , user(std::move(userName))
        , role(std::move(roleName))
        , actor(std::move(actorName))
    { }
};

struct Account {
    const char16_t *user;
    const char16_t *role;
    const char16_t *actor;
};
// Laptops 0–5: two laptops of zhangwei and of lina are the same person on two computers.
constexpr Account kAccounts[]
    = {{u"zhangwei", u"inspector", u"张伟"}, {u"lina", u"supervisor", u"李娜"}, {u"province", u"province", u"赵敏"},
        {u"wangqiang", u"inspector", u"王强"}, {u"zhangwei", u"inspector", u"张伟"}, {u"lina", u"supervisor", u"李娜"}};

/// The value of `name` in a canonical row line ("a=1|b=2").
QString column(const QString &line, const QString &name)
{
    for (const QString &part : line.split(u'|'))
        if (part.startsWith(name + u'='))
            return part.mid(name.size() + 1);
    return {};
}

class CaseRun
{
public:
    CaseRun(quint64 seed, int operations)
        : m_random(seed)
        , m_operations(operations)
    { }

    ConvergenceResult run()
    {
        setUp();
        for (int i = 0; i < m_operations; ++i)
            operate();
        quiesce();
        check();
        m_result.operations = m_operations;
        m_result.photos = int(m_photos.size());
        m_result.notices = int(m_notices.size());
        m_result.faults = m_proxy->counts().injected;
        for (auto it = m_proxy->counts().byFault.cbegin(); it != m_proxy->counts().byFault.cend(); ++it)
            m_result.faultsByKind[QString::fromLatin1(FaultProxy::faultName(it.key()))] += it.value();
        return m_result;
    }

private:
    /// SITESAFE_CONVERGENCE_TRACE=1 prints each operation (to read a failing history).
    void trace(const QString &line)
    {
        static const bool isTracing = qEnvironmentVariableIntValue("SITESAFE_CONVERGENCE_TRACE") == 1;
        if (isTracing)
            fprintf(stderr, "convergence: %s\n", qPrintable(line));
    }

    int pick(int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(m_random)); }
    bool chance(int percent) { return pick(100) < percent; }

    void setUp()
    {
        m_server.seedDemo(1);
        m_server.addUser(u"lina"_s, u"supervisor"_s, u"460100"_s);
        m_server.addUser(u"wangqiang"_s, u"inspector"_s, u"460100"_s);
        m_server.addUser(u"province"_s, u"province"_s, {});
        m_server.start();
        m_proxy = std::make_unique<FaultProxy>(
            m_server.tlsFile(u"server.pem"_s), m_server.tlsFile(u"server.key"_s), m_server.caFile(), m_server.port());
        m_proxy->setObserver([this](const QByteArray &method, const QByteArray &path) {
            if (m_isKillArmed && method == "POST" && path == "/api/v1/sync/push") {
                m_isKillArmed = false;
                m_wasKilled = true;
                m_server.kill(); // as the push arrives: the proxy finds no server and closes the laptop's side
            }
        });
        const int laptops = 3 + pick(4);
        const QDateTime start(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(8 * 3600));
        const qint64 offsetsDays[] = {0, 3, -5, 0, 1, -2};
        for (int i = 0; i < laptops; ++i) {
            const Account &a = kAccounts[i];
            m_laptops.push_back(std::make_unique<Laptop>(start.addDays(offsetsDays[i]), QString::fromUtf16(a.user),
                QString::fromUtf16(a.role), QString::fromUtf16(a.actor)));
            SyncOptions options;
            options.tls.deadlineMs = 5000; // a stalled request costs five seconds; less fails sign-in on a busy machine
            options.maxPushMutations = 3 + pick(20);
            options.pushWindow = 1 + pick(2);
            Laptop &l = *m_laptops.back();
            l.client.connectThrough(m_proxy->baseUrl(), m_server, options, l.user);
            REQUIRE(l.client.sync().isComplete());
        }
        m_result.laptops = laptops;
        for (int i = 0; i < 3; ++i)
            createHazard(*m_laptops[0]);
        for (auto &l : m_laptops)
            REQUIRE(l->client.sync().isComplete());
    }

    void operate()
    {
        Laptop &l = *m_laptops[size_t(pick(int(m_laptops.size())))];
        l.clock.advance(60000LL * (1 + pick(120)));
        const int what = pick(100);
        if (what < 15 && l.role != u"province")
            createHazard(l);
        else if (what < 37)
            editHazard(l);
        else if (what < 44)
            appendEvent(l, HazardEventKind::Comment);
        else if (what < 62)
            appendEvent(l, lifecycleStep());
        else if (what < 68)
            appendEvent(l, chance(70) ? HazardEventKind::SupervisionListed : HazardEventKind::SupervisionLifted);
        else if (what < 72)
            attachPhoto(l);
        else if (what < 76 && l.role != u"province")
            issueNotice(l);
        else if (what < 97)
            sync(l);
        else
            m_proxy->releaseStalled();
    }

    HazardEventKind lifecycleStep()
    {
        static constexpr HazardEventKind kSteps[]
            = {HazardEventKind::NoticeIssued, HazardEventKind::RectificationReported, HazardEventKind::ReinspectedPass,
                HazardEventKind::ReinspectedFail, HazardEventKind::Closed, HazardEventKind::DeadlineExtended};
        return kSteps[pick(6)];
    }

    void createHazard(Laptop &l)
    {
        Hazard h;
        h.projectId = l.client.anyProjectId();
        h.criteriaItem = u"V2024-09-04"_s;
        h.isMajor = true;
        h.description = u"收敛 %1 的隐患 %2"_s.arg(l.actor).arg(m_hazards.size());
        h.location = u"%1号楼"_s.arg(1 + pick(9));
        h.measure = u"partial_stop"_s;
        h.deadline = l.clock.now().date().addDays(3);
        const Result<QString> id = HazardRepository(l.client.db()).create(h, l.actor);
        INFO((id ? std::string() : id.error().message.toStdString()));
        REQUIRE(id.isOk());
        m_hazards.append(id.value());
        trace(u"%1 creates %2"_s.arg(l.actor, id.value()));
    }

    /// A hazard of the case this laptop holds (empty when it holds none yet).
    QString knownHazard(Laptop &l)
    {
        const QString id = m_hazards[pick(int(m_hazards.size()))];
        return l.client.count(u"SELECT count(*) FROM hazards WHERE id = ?"_s, {id}) == 1 ? id : QString();
    }

    void editHazard(Laptop &l)
    {
        const QString id = knownHazard(l);
        if (id.isEmpty())
            return;
        static const QString kFields[] = {u"description"_s, u"location"_s, u"responsible_person"_s, u"measure"_s};
        const QString field = l.role == u"province" ? kFields[0] : kFields[pick(4)];
        static const QString kMeasures[] = {u"partial_stop"_s, u"full_stop"_s, u"rectify_in_time"_s};
        const QString value = field == u"measure" ? kMeasures[pick(3)] : u"%1 改 %2"_s.arg(l.actor).arg(pick(1000));
        // Through the repository, as the hazard form saves (it stamps updated_at with the laptop's clock).
        HazardRepository hazards(l.client.db());
        std::optional<Hazard> h = hazards.find(id);
        REQUIRE(h);
        if (field == u"description")
            h->description = value;
        else if (field == u"location")
            h->location = value;
        else if (field == u"responsible_person")
            h->responsiblePerson = value;
        else
            h->measure = value;
        const bool isDone = hazards.update(*h, l.actor).isOk();
        trace(u"%1 sets %2 of %3 to %4 at %5%6"_s.arg(
            l.actor, field, id, value, Timestamp::toText(l.clock.now()), isDone ? QString() : u" (refused here)"_s));
        if (!isDone)
            ++m_localRefusals; // a frozen or closed record: refused here, never queued
    }

    void appendEvent(Laptop &l, HazardEventKind kind)
    {
        const QString id = knownHazard(l);
        if (id.isEmpty())
            return;
        HazardEvent e;
        e.id = UuidV7::generate();
        e.hazardId = id;
        e.kind = kind;
        e.at = l.clock.now();
        e.actor = l.actor;
        e.actorRole = l.role;
        e.note = u"收敛测试"_s;
        if (kind == HazardEventKind::SupervisionListed)
            e.level = l.role == u"province" ? u"province"_s : u"city"_s;
        if (kind == HazardEventKind::DeadlineExtended || kind == HazardEventKind::NoticeIssued)
            e.newDeadline = l.clock.now().date().addDays(5 + pick(10));
        const bool isDone = HazardRepository(l.client.db()).appendEvent(e).isOk();
        trace(u"%1 records %2 on %3%4"_s.arg(
            l.actor, hazardEventKindCode(kind), id, isDone ? QString() : u" (refused here)"_s));
        if (!isDone)
            ++m_localRefusals; // the local fold refused the step (a closed hazard, a step out of order)
    }

    /// A photo of a few KiB to a few dozen, new bytes each time: uploaded in chunks under the same faults.
    void attachPhoto(Laptop &l)
    {
        const QString id = knownHazard(l);
        if (id.isEmpty())
            return;
        const QString sha = l.client.attachPhoto(id, 1024 + pick(40 * 1024), quint32(m_random()));
        m_photos.insert(sha);
        trace(u"%1 attaches photo %2 to %3"_s.arg(l.actor, sha.left(12), id));
    }

    /// A notice numbered from this laptop's blocks, offline, as the issuing dialog does.
    void issueNotice(Laptop &l)
    {
        NoticeRepository notices(l.client.db());
        const QString kind = chance(70) ? u"rectification"_s : u"stop_work"_s;
        const auto next = notices.nextNumber(kind);
        if (!next) {
            trace(u"%1 has no %2 number left"_s.arg(l.actor, kind));
            ++m_localRefusals; // blocks spent: the dialog says to sync first
            return;
        }
        Notice n;
        n.id = UuidV7::generate();
        n.projectId = l.client.anyProjectId();
        n.kind = kind;
        n.number = next.value().number;
        n.blockId = next.value().blockId;
        n.issuedAt = l.clock.now();
        n.issuedBy = l.actor;
        n.inspectors = {l.actor, u"李娜"_s};
        n.deadline = l.clock.now().date().addDays(7);
        if (kind == u"stop_work")
            n.scope = u"partial"_s;
        const Status s = notices.insertIssued(n, l.actor);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.isOk());
        m_notices.insert(n.id);
        trace(u"%1 issues %2 %3"_s.arg(l.actor, kind, n.number));
    }

    FaultProxy::Rule randomRule()
    {
        static const QByteArray kPaths[] = {"/api/v1/sync/push", "/api/v1/sync/pull", "", "/api/v1/blobs/uploads"};
        static constexpr Fault kFaults[] = {Fault::CutRequest, Fault::LoseAnswer, Fault::CutAnswer, Fault::Delay,
            Fault::Duplicate, Fault::Reorder, Fault::Stall};
        FaultProxy::Rule rule;
        const int route = pick(4);
        rule.pathPrefix = kPaths[route];
        rule.method = route == 0 ? "POST" : route == 1 ? "GET" : "";
        rule.fault = kFaults[pick(chance(15) ? 7 : 6)]; // stalls cost a deadline each: fewer of them
        rule.fraction = 0.05 + 0.9 * std::uniform_real_distribution<double>(0, 1)(m_random);
        rule.delayMs = rule.fault == Fault::Reorder ? 500 : 20 + pick(200);
        rule.skip = pick(2);
        rule.times = chance(25) ? -1 : 1;
        return rule;
    }

    void sync(Laptop &l)
    {
        if (chance(60)) {
            const FaultProxy::Rule rule = randomRule();
            trace(u"fault %1 on %2 %3 (skip %4, times %5)"_s
                      .arg(QString::fromLatin1(FaultProxy::faultName(rule.fault)), QString::fromLatin1(rule.method),
                          QString::fromLatin1(rule.pathPrefix))
                      .arg(rule.skip)
                      .arg(rule.times));
            m_proxy->addRule(rule);
        }
        m_isKillArmed = chance(5);
        const SyncReport report = l.client.sync();
        ++m_result.syncs;
        trace(u"%1 syncs: %2 applied, %3 conflicts, %4 refused, %5 pulled%6"_s.arg(l.actor)
                  .arg(report.applied)
                  .arg(report.conflicts)
                  .arg(report.rejected)
                  .arg(report.rowsPulled)
                  .arg(report.error ? u", "_s + report.error->code : QString()));
        m_proxy->clearRules();
        m_isKillArmed = false;
        if (report.error && report.error->code == u"sync.bad_answer")
            m_result.failures << u"a network fault was reported as a foreign server: "_s + report.error->message;
        if (m_wasKilled) {
            m_wasKilled = false;
            ++m_result.serverKills;
            m_server.restart();
        }
    }

    void quiesce()
    {
        m_proxy->clearRules();
        m_proxy->releaseStalled();
        for (int round = 0; round < 8; ++round) {
            bool isQuiet = true;
            for (auto &l : m_laptops) {
                const SyncReport r = l->client.sync();
                isQuiet = isQuiet && r.isComplete() && r.rowsPulled == 0;
            }
            if (isQuiet)
                return;
        }
        m_result.failures << u"the laptops did not come to rest in 8 rounds of syncs without faults"_s;
    }

    void check();

    std::mt19937_64 m_random;
    int m_operations;
    ServerProcess m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::vector<std::unique_ptr<Laptop>> m_laptops;
    QStringList m_hazards;
    std::set<QString> m_photos; ///< sha256 of every photo the laptops attached
    std::set<QString> m_notices; ///< ids of every notice the laptops issued
    bool m_isKillArmed = false;
    bool m_wasKilled = false;
    int m_localRefusals = 0;
    ConvergenceResult m_result;
};

void CaseRun::check()
{
    QStringList &failures = m_result.failures;
    const std::set<QString> touched(m_hazards.cbegin(), m_hazards.cend());
    const QStringList serverHazards = serverRows(m_server, u"hazards"_s);
    const QStringList serverEvents = serverRows(m_server, u"hazard_events"_s);
    // serverRows refuses an empty table (an empty == empty comparison proves nothing): read only what the case made.
    const QStringList serverAttachments = m_photos.empty() ? QStringList() : serverRows(m_server, u"attachments"_s);
    const QStringList serverNotices = m_notices.empty() ? QStringList() : serverRows(m_server, u"notices"_s);
    for (size_t i = 0; i < m_laptops.size(); ++i) {
        SyncClient &c = m_laptops[i]->client;
        const QString who = u"laptop %1 (%2)"_s.arg(i).arg(m_laptops[i]->user);
        const QString device = c.text(u"SELECT value FROM sync_state WHERE key = 'device_id'"_s);
        if (const qint64 waiting = c.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s))
            failures << u"%1: %2 mutations never answered"_s.arg(who).arg(waiting);
        // Every mutation recorded once by the server, in the state the laptop holds.
        const qint64 mutations = c.count(u"SELECT count(*) FROM outbox"_s);
        m_result.mutations += int(mutations);
        const qint64 recorded
            = serverCount(m_server, u"SELECT count(*) FROM applied_mutations WHERE device_id = ?"_s, {device});
        if (recorded != mutations)
            failures << u"%1: %2 mutations here, %3 recorded by the server"_s.arg(who).arg(mutations).arg(recorded);
        QSqlQuery q(c.db());
        q.exec(u"SELECT mutation_id, state FROM outbox"_s);
        std::set<QString> refused; // entity ids a refusal left different here, by design
        while (q.next()) {
            const QString mine = q.value(1).toString();
            const QString wanted = mine == u"duplicate" ? u"applied"_s : mine;
            const QString theirs = serverText(m_server,
                u"SELECT status FROM applied_mutations WHERE device_id = ? AND "
                "mutation_id = ?"_s,
                {device, q.value(0)});
            if (theirs != wanted)
                failures << u"%1: mutation %2 is %3 here and '%4' on the server"_s.arg(
                    who, q.value(0).toString(), mine, theirs);
            if (mine == u"rejected") {
                ++m_result.refused;
                refused.insert(c.text(u"SELECT entity_id FROM outbox WHERE mutation_id = ?"_s, {q.value(0)}));
            }
            if (mine == u"conflict") {
                ++m_result.conflicts;
                if (c.count(u"SELECT count(*) FROM conflicts WHERE mutation_id = ? AND local_value IS NOT NULL AND "
                            "server_value IS NOT NULL"_s,
                        {q.value(0)})
                    == 0)
                    failures << u"%1: conflict %2 does not hold both values"_s.arg(who, q.value(0).toString());
            }
        }
        // The case's rows equal the server's, but for those a refusal of this laptop's own left different.
        const auto mine = [&](const QStringList &rows, const QString &idColumn) {
            QStringList out;
            for (const QString &row : rows)
                if (touched.count(column(row, idColumn)) && !refused.count(column(row, u"id"_s))
                    && !refused.count(column(row, u"hazard_id"_s)))
                    out << row;
            return out;
        };
        const QStringList here = mine(c.rows(u"hazards"_s), u"id"_s), there = mine(serverHazards, u"id"_s);
        if (here != there) {
            QString first;
            for (qsizetype r = 0; r < std::max(here.size(), there.size()) && first.isEmpty(); ++r)
                if (here.value(r) != there.value(r))
                    first = u" (here: %1; server: %2)"_s.arg(here.value(r), there.value(r));
            failures << u"%1: its hazards differ from the server's%2"_s.arg(who, first);
        }
        if (mine(c.rows(u"hazard_events"_s), u"hazard_id"_s) != mine(serverEvents, u"hazard_id"_s))
            failures << u"%1: its hazard events differ from the server's"_s.arg(who);
        if (mine(c.rows(u"attachments"_s), u"owner_id"_s) != mine(serverAttachments, u"owner_id"_s))
            failures << u"%1: its photo attachments differ from the server's"_s.arg(who);
        const auto ofCase = [&](const QStringList &rows) {
            QStringList out;
            for (const QString &row : rows)
                if (m_notices.count(column(row, u"id"_s)) && !refused.count(column(row, u"id"_s)))
                    out << row;
            return out;
        };
        if (ofCase(c.rows(u"notices"_s)) != ofCase(serverNotices))
            failures << u"%1: its notices differ from the server's"_s.arg(who);
        for (const QString &sha : m_photos)
            if (c.count(
                    u"SELECT count(*) FROM blobs WHERE sha256 = ? AND upload_state IN ('local', 'uploading')"_s, {sha}))
                failures << u"%1: photo %2 was never uploaded"_s.arg(who, sha.left(12));
    }
    // Every photo is on the server once, and its file there hashes to its name.
    for (const QString &sha : m_photos) {
        if (serverCount(m_server, u"SELECT count(*) FROM blobs WHERE sha256 = ?"_s, {sha}) != 1)
            failures << u"photo %1 is not on the server exactly once"_s.arg(sha.left(12));
        QFile file(QDir(m_server.dataDir()).filePath(u"blobs/%1/%2"_s.arg(sha.left(2), sha)));
        if (!file.open(QIODevice::ReadOnly)
            || QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex() != sha.toLatin1())
            failures << u"the server's file of photo %1 is missing or does not match it"_s.arg(sha.left(12));
    }
    // No notice number twice, anywhere.
    if (const qint64 twice = serverCount(m_server,
            u"SELECT count(*) FROM (SELECT kind, number FROM notices GROUP BY kind, number HAVING count(*) > 1) t"_s))
        failures << u"%1 notice numbers are used twice on the server"_s.arg(twice);
    for (const QString &id : m_notices)
        if (serverCount(m_server, u"SELECT count(*) FROM notices WHERE id = ?"_s, {id}) != 1)
            failures << u"notice %1 is not on the server exactly once"_s.arg(id);
    if (const qint64 inversions = serverCount(m_server,
            u"SELECT count(*) FROM applied_mutations a JOIN applied_mutations b ON a.device_id = b.device_id "
            "AND a.client_seq < b.client_seq AND a.server_seq > b.server_seq AND a.status = 'applied' AND b.status = 'applied'"_s))
        failures << u"%1 pairs of one device's mutations applied out of client_seq order (%2)"_s.arg(inversions)
                        .arg(serverText(m_server,
                            u"SELECT group_concat(a.entity || ':' || a.status || ':' || a.client_seq || '@' || "
                            u"a.server_seq || '>' || "
                            "b.entity || ':' || b.status || ':' || b.client_seq || '@' || b.server_seq, ' ') FROM "
                            "applied_mutations a "
                            "JOIN applied_mutations b ON a.device_id = b.device_id AND a.client_seq < b.client_seq "
                            "AND a.server_seq > b.server_seq AND a.status = 'applied' AND b.status = 'applied'"_s));
    if (const qint64 halves
        = serverCount(m_server, u"SELECT count(*) FROM conflicts WHERE server_value IS NULL OR client_value IS NULL"_s))
        failures << u"%1 conflicts on the server miss one of the two values"_s.arg(halves);
}

} // namespace

ConvergenceResult runConvergenceCase(quint64 seed, int operations)
{
    return CaseRun(seed, operations).run();
}
