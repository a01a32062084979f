// Sync throughput benchmark (DESIGN.md §5):
//  - push and pull of 10,000 records over HTTPS on loopback each take no longer than PouchDB's replication of 10,000
//    documents (memory adapter behind express-pouchdb, plain HTTP, its fastest configuration) in the same run;
//    LevelDB over HTTPS (the configuration measured before) is reported alongside;
//  - a pushing client's whole sync ≤ 1.2 × its push;
//  - applying pulled pages runs at ≥ 80 % of raw SQLite insert speed of the same rows.
// Each run starts a real sitesafe-server (dev CA, init, user add, seed-demo) on 127.0.0.1 over HTTPS. Client A and
// client B take the snapshot; A creates --records hazards (HazardRepository: the hazard and its "created" event,
// two outbox rows = two mutations per record) and pushes them with SyncEngine::synchronize(); B then pulls them
// with SyncEngine::synchronize(). The same pull pages are fetched once more (before B pulls) and applied with
// PullApplier to a copy of B's store, and inserted raw (sqlite3 C API, one transaction, one prepared statement per
// table) into another copy. Then both PouchDB references (bench/pouchdb/replicate.js) run, the server stopped.
// Bytes on the wire: one more, untimed, pass of --bytes-records records goes through a counting relay (ByteRelay)
// so the timed runs do not carry the relay's hop. Progress goes to stderr, the JSON result to stdout (and --json).
//   build/<dir>/bench/sync_bench --runs 3 --node-modules build/bench-pouchdb/node_modules [--json FILE]
#include <algorithm>
#include <optional>
#include <tuple>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include "benchreport.h"
#include "benchserver.h"
#include "byterelay.h"
#include "protocol/pullmessages.h"
#include "rawinsert.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "storage/syncstatestore.h"
#include "sync/httpsclient.h"
#include "sync/pullapplier.h"
#include "sync/syncconnection.h"
#include "sync/syncengine.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
QTextStream err(stderr);

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

using BenchReport::fail;

std::unique_ptr<DataStore> openStore(const QString &dir)
{
    auto opened = DataStore::open(dir);
    if (!opened)
        fail(u"cannot open a store in %1: %2"_s.arg(dir, opened.error().message));
    return std::move(opened).value();
}

/// The server's address, or the relay's when one sits in between.
SyncOptions optionsFor(const BenchServer &server, const ByteRelay *relay, int pushWindow)
{
    SyncOptions options;
    options.pushWindow = pushWindow;
    options.serverUrl = QUrl(relay ? u"https://127.0.0.1:%1"_s.arg(relay->port()) : server.baseUrl());
    options.tls.caFile = server.caFile();
    return options;
}

void signIn(SyncEngine &engine)
{
    if (Status s = engine.signIn(BenchServer::userName(), BenchServer::password()); !s)
        fail(u"sign-in: "_s + s.error().message);
}

SyncReport syncOrFail(SyncEngine &engine, const char *what)
{
    SyncReport report = engine.synchronize();
    if (report.error)
        fail(u"%1: %2 (%3)"_s.arg(QString::fromLatin1(what), report.error->message, report.error->code));
    return report;
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        fail(sql + u": "_s + q.lastError().text());
    return q.value(0).toLongLong();
}

/// Every pull page from `cursor` on (GET /sync/pull, the engine's page size), read once with `connection`.
QList<PullPage> fetchPages(SyncConnection &connection, QString cursor, int limit)
{
    QList<PullPage> pages;
    for (;;) {
        QUrlQuery query;
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        query.addQueryItem(u"limit"_s, QString::number(limit));
        HttpRequest request;
        request.path = u"/api/v1/sync/pull?"_s + query.toString(QUrl::FullyEncoded);
        const HttpResult result = connection.call(request);
        if (!result.isOk() || result.status != 200)
            fail(u"pull page: HTTP %1"_s.arg(result.status));
        PullPage page = PullPage::fromJson(QJsonDocument::fromJson(result.body).object());
        cursor = page.nextCursor;
        const bool more = page.hasMore;
        pages.append(std::move(page));
        if (!more)
            return pages;
    }
}

/// PullApplier over the same pages, one apply() (one transaction) per page as SyncEngine::pull() does it.
double applyPages(Database &db, const QList<PullPage> &pages, int *rows)
{
    PullApplier applier(db);
    QElapsedTimer t;
    t.start();
    *rows = 0;
    for (const PullPage &page : pages) {
        PullApplier::Position position;
        position.cursor = page.nextCursor;
        position.epoch = page.serverEpoch;
        auto applied = applier.apply(page.changes, position);
        if (!applied)
            fail(u"PullApplier: "_s + applied.error().message);
        *rows += applied.value();
    }
    return ms(t);
}

/// A copy of the store in `from` (VACUUM INTO) as a new data folder `to`.
std::unique_ptr<DataStore> copyStore(DataStore &from, const QString &to)
{
    QSqlQuery q(from.connection());
    if (!q.exec(u"VACUUM INTO '%1'"_s.arg(DataStore::databasePath(to))))
        fail(u"VACUUM INTO: "_s + q.lastError().text());
    return openStore(to);
}

/// The template of the PouchDB documents: a hazard row and its "created" event as the server sent them.
QByteArray templateJson(const QList<PullPage> &pages)
{
    QJsonObject hazard, event;
    for (const PullPage &page : pages) {
        for (const PulledChange &c : page.changes) {
            if (hazard.isEmpty() && c.entity == u"hazards")
                hazard = c.row;
            if (event.isEmpty() && c.entity == u"hazard_events")
                event = c.row;
        }
    }
    return QJsonDocument(QJsonObject{{u"hazard"_s, hazard}, {u"event"_s, event}}).toJson(QJsonDocument::Compact);
}

struct Run {
    double createMs = 0;     // A: 10,000 HazardRepository::create (not part of any budget)
    double pushMs = 0;       // A: synchronize() start → last push batch recorded
    double pushSyncMs = 0;   // A: whole synchronize() (push, then pulling its own rows back)
    int pushMutations = 0;
    int pushBatches = 0;
    double pullMs = 0;       // B: whole synchronize() (ping, empty push, pull of every page)
    int pullRows = 0;
    double applyMs = 0;      // PullApplier over the same pages
    int applyRows = 0;
    double rawMs = 0;        // raw sqlite3 insert of the same rows
    int rawRows = 0;
    qint64 pushBytes = 0;     // through the relay (bytes pass only): A's push, A's whole sync, B's pull
    qint64 pushSyncBytes = 0;
    qint64 pullBytes = 0;
    std::optional<QJsonObject> pouchMemory;  // memory adapter, plain HTTP (the budget's reference)
    std::optional<QJsonObject> pouchLevelDb; // LevelDB, HTTPS
    QString loadBefore, loadAfter;
};

struct Setup {
    QString serverProgram;
    QString script; // bench/pouchdb/replicate.js
    QString nodeModules;
    QString node;
    bool withPouch = true;
    int pushWindow = SyncOptions().pushWindow;
};

enum class PouchConfig { MemoryHttp, LevelDbHttps };

std::optional<QJsonObject> runPouchDb(const BenchServer &server, const Setup &setup, const QString &templateFile,
                                      int records, PouchConfig config)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, setup.nodeModules);
    env.insert(u"NODE_EXTRA_CA_CERTS"_s, server.caFile());
    p.setProcessEnvironment(env);
    QStringList args{setup.script, u"--cert"_s, server.tlsFile(u"server.pem"_s), u"--key"_s,
                     server.tlsFile(u"server.key"_s), u"--template"_s, templateFile, u"--count"_s,
                     QString::number(records)};
    if (config == PouchConfig::MemoryHttp)
        args << u"--adapter"_s << u"memory"_s << u"--http"_s;
    else
        args << u"--adapter"_s << u"leveldb"_s;
    p.start(setup.node, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(600000) || p.exitCode() != 0) {
        err << "PouchDB reference failed: " << p.errorString() << "\n" << QString::fromUtf8(p.readAllStandardError())
            << Qt::endl;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed());
    return doc.isObject() ? std::optional(doc.object()) : std::nullopt;
}

/// One run. With `countBytes` the clients talk to the server through a ByteRelay and the run stops after B's pull:
/// its times are not used, only the bytes.
Run runOnce(int index, const Setup &setup, int records, bool countBytes)
{
    Run run;
    run.loadBefore = BenchReport::loadAverage();
    BenchServer server(setup.serverProgram);
    if (!server.start())
        fail(server.error());
    std::unique_ptr<ByteRelay> relay;
    if (countBytes) {
        relay = std::make_unique<ByteRelay>(server.port());
        if (!relay->listen())
            fail(u"the byte-counting relay cannot listen"_s);
    }
    const auto wireBytes = [&] { return relay ? relay->bytes() : 0; };
    err << "run " << index + 1 << ": sitesafe-server pid " << server.pid() << " on " << server.baseUrl()
        << (relay ? " (bytes pass, through a relay)" : "") << Qt::endl;
    QTemporaryDir dirA, dirB, dirC, dirD, work;
    auto storeA = openStore(dirA.path());
    auto storeB = openStore(dirB.path());
    SyncEngine engineA(*storeA, optionsFor(server, relay.get(), setup.pushWindow));
    SyncEngine engineB(*storeB, optionsFor(server, relay.get(), setup.pushWindow));
    signIn(engineA);
    signIn(engineB);
    syncOrFail(engineA, "snapshot A");
    syncOrFail(engineB, "snapshot B");
    const QString cursorB = SyncStateStore(storeB->connection()).cursor();

    // A: the records, each a hazard with its "created" event (two outbox rows).
    QSqlQuery project(storeA->connection());
    if (!project.exec(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s) || !project.next())
        fail(u"no project in the snapshot"_s);
    const QString projectId = project.value(0).toString();
    HazardRepository hazards(storeA->connection());
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < records; ++i) {
        Hazard h;
        h.projectId = projectId;
        h.criteriaItem = u"V2024-09-04"_s;
        h.isMajor = i % 10 == 0;
        h.description = u"脚手架连墙件缺失，第%1号"_s.arg(i, 5, 10, QChar(u'0'));
        h.location = u"2号楼电梯井"_s;
        h.measure = u"partial_stop"_s;
        h.deadline = QDate::currentDate().addDays(3);
        if (auto id = hazards.create(h, u"张伟"_s); !id)
            fail(u"create hazard: "_s + id.error().message);
    }
    run.createMs = ms(t);
    err << "run " << index + 1 << ": " << records << " hazards created in " << run.createMs << " ms; pushing" << Qt::endl;
    const qint64 outbox = engineA.pendingCount();

    // (a) push: from synchronize() to the receipts of the last batch.
    double lastPush = 0;
    qint64 bytesAtStart = wireBytes(), bytesAtLastPush = bytesAtStart;
    QObject::connect(&engineA, &SyncEngine::progressChanged, &engineA, [&](const SyncProgress &p) {
        if (p.phase != SyncProgress::Phase::Push)
            return;
        lastPush = ms(t);
        bytesAtLastPush = wireBytes();
        if (p.done >= p.total)
            err << "run " << index + 1 << ": push answered" << Qt::endl; // (a marker for profilers)
    });
    t.restart();
    const SyncReport pushed = syncOrFail(engineA, "push");
    run.pushSyncMs = ms(t);
    run.pushMs = lastPush;
    run.pushBytes = bytesAtLastPush - bytesAtStart;
    run.pushSyncBytes = wireBytes() - bytesAtStart;
    run.pushMutations = pushed.applied;
    run.pushBatches = pushed.batchesSent;
    if (pushed.applied != outbox || pushed.stillPending != 0)
        fail(u"push applied %1 of %2 mutations"_s.arg(pushed.applied).arg(outbox));

    // (b) the pages B is about to pull, read once with B's session (B's cursor is not moved).
    const QList<PullPage> pages = fetchPages(engineB.connection(), cursorB, SyncOptions().pullLimit);
    auto storeC = copyStore(*storeB, dirC.path());
    auto storeD = copyStore(*storeB, dirD.path());

    // (a) pull: B's whole synchronize().
    err << "run " << index + 1 << ": pushed in " << run.pushMs << " ms; pulling" << Qt::endl;
    bytesAtStart = wireBytes();
    t.restart();
    const SyncReport pulled = syncOrFail(engineB, "pull");
    run.pullMs = ms(t);
    run.pullBytes = wireBytes() - bytesAtStart;
    run.pullRows = pulled.rowsPulled;
    if (count(storeB->connection(), u"SELECT count(*) FROM hazards"_s) < records)
        fail(u"B has fewer hazards than were pushed"_s);
    if (countBytes)
        return run;

    // (b) PullApplier vs raw inserts of the same rows, alternating which goes first.
    RawInsert raw(pages, storeD->connection());
    const auto doApply = [&] { run.applyMs = applyPages(storeC->database(), pages, &run.applyRows); };
    const auto doRaw = [&] {
        run.rawMs = raw.run(storeD->connection());
        run.rawRows = raw.rowCount();
    };
    if (index % 2) {
        doRaw();
        doApply();
    } else {
        doApply();
        doRaw();
    }
    for (const QString &table : {u"hazards"_s, u"hazard_events"_s}) {
        const qint64 c = count(storeC->connection(), u"SELECT count(*) FROM "_s + table);
        const qint64 d = count(storeD->connection(), u"SELECT count(*) FROM "_s + table);
        if (c != d || c < records)
            fail(u"%1: %2 rows applied, %3 inserted raw"_s.arg(table).arg(c).arg(d));
    }

    // PouchDB references, same run, with the server stopped so both sides have the machine to themselves; which
    // configuration goes first alternates between runs.
    const QString templateFile = work.filePath(u"template.json"_s);
    QFile tf(templateFile);
    if (!tf.open(QIODevice::WriteOnly) || tf.write(templateJson(pages)) < 0)
        fail(u"cannot write "_s + templateFile);
    tf.close();
    server.stop();
    if (setup.withPouch) {
        for (int i = 0; i < 2; ++i) {
            if ((i + index) % 2 == 0)
                run.pouchMemory = runPouchDb(server, setup, templateFile, records, PouchConfig::MemoryHttp);
            else
                run.pouchLevelDb = runPouchDb(server, setup, templateFile, records, PouchConfig::LevelDbHttps);
        }
    }
    run.loadAfter = BenchReport::loadAverage();
    return run;
}

QJsonObject runJson(const Run &r)
{
    QJsonObject o{{u"create_ms"_s, r.createMs},     {u"push_ms"_s, r.pushMs},
                  {u"push_sync_ms"_s, r.pushSyncMs}, {u"push_mutations"_s, r.pushMutations},
                  {u"push_batches"_s, r.pushBatches}, {u"pull_ms"_s, r.pullMs},
                  {u"pull_rows"_s, r.pullRows},     {u"apply_ms"_s, r.applyMs},
                  {u"apply_rows"_s, r.applyRows},   {u"raw_insert_ms"_s, r.rawMs},
                  {u"raw_rows"_s, r.rawRows},       {u"load_before"_s, r.loadBefore},
                  {u"load_after"_s, r.loadAfter}};
    if (r.pouchMemory)
        o.insert(u"pouchdb_memory_http"_s, *r.pouchMemory);
    if (r.pouchLevelDb)
        o.insert(u"pouchdb_leveldb_https"_s, *r.pouchLevelDb);
    return o;
}

QString seconds(double ms)
{
    return u"%1 s"_s.arg(ms / 1000, 0, 'f', 2);
}

QString bytesText(double bytes)
{
    return u"%1 B"_s.arg(bytes, 0, 'f', 0);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Sync throughput against PouchDB and raw SQLite (DESIGN.md §5)."_s);
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Runs (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"records"_s, u"Records (hazard + created event) per run (default 10000)."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"bytes-records"_s, u"Records of the untimed bytes-on-the-wire pass (default 2000; 0: none)."_s,
                      u"N"_s, u"2000"_s});
    parser.addOption({u"server"_s, u"sitesafe-server program."_s, u"FILE"_s, QStringLiteral(SITESAFE_SERVER)});
    parser.addOption({u"node"_s, u"node program (default node)."_s, u"FILE"_s, u"node"_s});
    parser.addOption({u"pouchdb-script"_s, u"The PouchDB reference script."_s, u"FILE"_s,
                      QStringLiteral(SITESAFE_POUCHDB_DIR "/replicate.js")});
    parser.addOption({u"node-modules"_s, u"node_modules with pouchdb-node and express-pouchdb."_s, u"DIR"_s});
    parser.addOption({u"no-pouchdb"_s, u"Skip the PouchDB references."_s});
    parser.addOption({u"push-window"_s, u"Push batches in flight at once (default 2; 1: one at a time)."_s, u"N"_s,
        QString::number(SyncOptions().pushWindow)});
    parser.addOption({u"json"_s, u"Also write the JSON result to FILE."_s, u"FILE"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int records = std::max(1, parser.value(u"records"_s).toInt());
    const int bytesRecords = std::max(0, parser.value(u"bytes-records"_s).toInt());
    const Setup setup {parser.value(u"server"_s), parser.value(u"pouchdb-script"_s), parser.value(u"node-modules"_s),
        parser.value(u"node"_s), !parser.isSet(u"no-pouchdb"_s), std::max(1, parser.value(u"push-window"_s).toInt())};
    if (setup.withPouch && setup.nodeModules.isEmpty())
        fail(u"--node-modules DIR is needed for the PouchDB reference (or --no-pouchdb)"_s);

    const QString machineText = BenchReport::machine();
    err << "machine: " << machineText << Qt::endl;
    QList<Run> all;
    QJsonArray rawRuns;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(i, setup, records, false);
        rawRuns.append(runJson(r));
        err << "run " << i + 1 << ": " << QJsonDocument(rawRuns.last().toObject()).toJson(QJsonDocument::Compact)
            << Qt::endl;
        all.append(r);
    }
    const std::optional<Run> bytesRun = bytesRecords > 0 ? std::optional(runOnce(runs, setup, bytesRecords, true))
                                                         : std::nullopt;

    // Medians of a figure or of a per-run ratio (both sides of a ratio saw the same machine load). `field` may return
    // std::nullopt for a run without the figure (a PouchDB reference that failed).
    const auto med = [&](auto field) {
        QList<double> v;
        for (const Run &r : std::as_const(all)) {
            if (const std::optional<double> x = field(r))
                v.append(*x);
        }
        return BenchReport::median(v);
    };
    const auto pouch = [](const std::optional<QJsonObject> &o, const QString &key) {
        return o ? std::optional(o->value(key).toDouble()) : std::nullopt;
    };
    const auto over = [](std::optional<double> a, std::optional<double> b) {
        return a && b && *b > 0 ? std::optional(*a / *b) : std::nullopt;
    };
    const double pushMs = med([](const Run &r) { return r.pushMs; });
    const double pushSyncMs = med([](const Run &r) { return r.pushSyncMs; });
    const double pullMs = med([](const Run &r) { return r.pullMs; });
    const double applyRowsPerS = med([](const Run &r) { return r.applyRows * 1000.0 / r.applyMs; });
    const double rawRowsPerS = med([](const Run &r) { return r.rawRows * 1000.0 / r.rawMs; });
    const double applyRatio = med([](const Run &r) {
        return (double(r.applyRows) / r.applyMs) / (double(r.rawRows) / r.rawMs);
    });
    const double syncOverPush = med([&](const Run &r) { return over(r.pushSyncMs, r.pushMs); });
    QJsonObject medians{{u"push_ms"_s, pushMs},
                        {u"push_sync_ms"_s, pushSyncMs},
                        {u"push_sync_over_push"_s, syncOverPush},
                        {u"push_mutations_per_s"_s,
                         med([](const Run &r) { return r.pushMutations * 1000.0 / r.pushMs; })},
                        {u"push_records_per_s"_s, records * 1000.0 / pushMs},
                        {u"pull_ms"_s, pullMs},
                        {u"pull_rows_per_s"_s, med([](const Run &r) { return r.pullRows * 1000.0 / r.pullMs; })},
                        {u"apply_ms"_s, med([](const Run &r) { return r.applyMs; })},
                        {u"apply_rows_per_s"_s, applyRowsPerS},
                        {u"raw_insert_ms"_s, med([](const Run &r) { return r.rawMs; })},
                        {u"raw_rows_per_s"_s, rawRowsPerS},
                        {u"apply_over_raw_speed"_s, applyRatio},
                        {u"create_ms"_s, med([](const Run &r) { return r.createMs; })}};
    QJsonArray table;
    const QString n = QLocale(QLocale::English).toString(records);
    if (setup.withPouch) {
        // Memory adapter over plain HTTP is the budget's reference; LevelDB over HTTPS is reported beside it.
        for (const auto &[config, name, label, isBudget] :
             {std::tuple(&Run::pouchMemory, u"pouchdb_memory"_s, u"PouchDB memory/HTTP"_s, true),
              std::tuple(&Run::pouchLevelDb, u"pouchdb_leveldb"_s, u"PouchDB LevelDB/HTTPS"_s, false)}) {
            for (const QString &phase : {u"push"_s, u"pull"_s}) {
                const double ref = med([&](const Run &r) { return pouch(r.*config, phase + u"_ms"_s); });
                const double ratio = med([&](const Run &r) {
                    return over(phase == u"push"_s ? r.pushMs : r.pullMs, pouch(r.*config, phase + u"_ms"_s));
                });
                medians.insert(u"%1_%2_ms"_s.arg(name, phase), ref);
                medians.insert(u"%1_over_%2_time"_s.arg(phase, name), ratio);
                medians.insert(u"%1_%2_bytes_per_record"_s.arg(name, phase),
                               med([&](const Run &r) { return pouch(r.*config, phase + u"_bytes_per_record"_s); }));
                const QString budget = isBudget ? u"%1 of %2 records over HTTPS ≤ %3 %1"_s
                                                : u"%1 of %2 records over HTTPS vs %3 %1 (reported)"_s;
                table.append(BenchReport::budgetRow(
                    budget.arg(phase, n, label),
                    seconds(phase == u"push"_s ? pushMs : pullMs), u"%1: %2"_s.arg(label, seconds(ref)), ratio,
                    isBudget ? std::optional(ratio > 0 && ratio <= 1) : std::nullopt));
            }
        }
    }
    table.append(BenchReport::budgetRow(u"pushing client's whole sync ≤ 1.2 × its push"_s, seconds(pushSyncMs),
                                        u"push: "_s + seconds(pushMs), syncOverPush, syncOverPush <= 1.2));
    table.append(BenchReport::budgetRow(u"applying pulled pages ≥ 0.8 × raw SQLite insert speed"_s,
                                        u"%1 rows/s"_s.arg(applyRowsPerS, 0, 'f', 0),
                                        u"raw SQLite: %1 rows/s"_s.arg(rawRowsPerS, 0, 'f', 0), applyRatio,
                                        applyRatio >= 0.8));
    QJsonObject result{{u"benchmark"_s, u"sync_bench"_s},
                       {u"machine"_s, machineText},
                       {u"records"_s, records},
                       {u"record"_s, u"one hazard + its created event: 2 outbox rows / mutations / pulled rows"_s},
                       {u"runs"_s, rawRuns},
                       {u"medians"_s, medians}};
    if (bytesRun) {
        const auto perRecord = [&](qint64 bytes) { return double(bytes) / bytesRecords; };
        result.insert(u"wire_bytes"_s,
                      QJsonObject{{u"records"_s, bytesRecords},
                                  {u"what"_s, u"TCP payload through a relay (TLS records), both directions"_s},
                                  {u"push_bytes"_s, bytesRun->pushBytes},
                                  {u"push_sync_bytes"_s, bytesRun->pushSyncBytes},
                                  {u"pull_bytes"_s, bytesRun->pullBytes},
                                  {u"push_bytes_per_record"_s, perRecord(bytesRun->pushBytes)},
                                  {u"push_sync_bytes_per_record"_s, perRecord(bytesRun->pushSyncBytes)},
                                  {u"pull_bytes_per_record"_s, perRecord(bytesRun->pullBytes)}});
        for (const QString &phase : {u"push"_s, u"pull"_s}) {
            const double ours = perRecord(phase == u"push"_s ? bytesRun->pushBytes : bytesRun->pullBytes);
            const double memory = medians.value(u"pouchdb_memory_%1_bytes_per_record"_s.arg(phase)).toDouble();
            const double levelDb = medians.value(u"pouchdb_leveldb_%1_bytes_per_record"_s.arg(phase)).toDouble();
            table.append(BenchReport::budgetRow(
                u"bytes on the wire per record, %1 (reported)"_s.arg(phase),
                u"%1 (TLS, %2 records)"_s.arg(bytesText(ours)).arg(bytesRecords),
                setup.withPouch
                    ? u"PouchDB memory/HTTP %1; LevelDB/HTTPS %2"_s.arg(bytesText(memory), bytesText(levelDb))
                    : u"–"_s,
                memory > 0 ? ours / memory : 0, std::nullopt));
        }
    }
    result.insert(u"budget_rows"_s, table);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Indented);
    if (parser.isSet(u"json"_s) && !BenchReport::writeJson(parser.value(u"json"_s), result))
        return 1;
    return 0;
}
