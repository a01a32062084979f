// Sync throughput benchmark (DESIGN.md §5):
//  (a) "push and pull of 10,000 records over HTTPS on loopback beats PouchDB replication of 10,000 documents to a
//      PouchDB server on the same machine";
//  (b) "applying pulled pages runs at ≥ 50 % of raw SQLite insert speed of the same rows".
// Each run starts a real sitesafe-server (dev CA, init, user add, seed-demo) on 127.0.0.1 over HTTPS. Client A and
// client B take the snapshot; A creates --records hazards (HazardRepository: the hazard and its "created" event,
// two outbox rows = two mutations per record) and pushes them with SyncEngine::synchronize(); B then pulls them
// with SyncEngine::synchronize(). For (b) the same pull pages are fetched once more (before B pulls) and applied
// with PullApplier to a copy of B's store, and inserted raw (sqlite3 C API, one transaction, one prepared statement
// per table) into another copy. Then the PouchDB reference (bench/pouchdb/replicate.js, HTTPS with the same dev
// CA's server certificate) runs in the same run. Progress goes to stderr, the result as JSON to stdout (and --json).
//   build/<dir>/bench/sync_bench --runs 3 --node-modules build/bench-pouchdb/node_modules [--json FILE]
#include <algorithm>
#include <map>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

#include <sqlite3.h>

#include "benchserver.h"
#include "protocol/entityrules.h"
#include "protocol/pullmessages.h"
#include "protocol/wirevalue.h"
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

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QString firstLine(const QString &file, const char *prefix)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1)).simplified();
    }
    return {};
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).section(u' ', 0, 2) : QString();
}

QString machine()
{
    return u"%1, %2 logical CPUs, MemTotal %3; %4; Qt %5; SQLite %6"_s.arg(firstLine(u"/proc/cpuinfo"_s, "model name"))
        .arg(QThread::idealThreadCount())
        .arg(firstLine(u"/proc/meminfo"_s, "MemTotal"), QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()),
             QString::fromLatin1(sqlite3_libversion()));
}

[[noreturn]] void fail(const QString &what)
{
    err << "sync_bench: " << what << Qt::endl;
    ::exit(1);
}

std::unique_ptr<DataStore> openStore(const QString &dir)
{
    auto opened = DataStore::open(dir);
    if (!opened)
        fail(u"cannot open a store in %1: %2"_s.arg(dir, opened.error().message));
    return std::move(opened).value();
}

SyncOptions optionsFor(const BenchServer &server)
{
    SyncOptions options;
    options.serverUrl = QUrl(server.baseUrl());
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

/// One row ready for sqlite3_bind_*: converted from JSON before the raw insert is timed.
struct RawValue {
    enum class Kind { Null, Integer, Real, Text } kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray text;
};
struct RawRow {
    QString sql; ///< INSERT INTO "entity" (id, <columns the row has>, server_version) VALUES (?, …)
    std::vector<RawValue> values;
};

RawValue rawValue(const QVariant &v)
{
    RawValue r;
    if (v.isNull() || !v.isValid())
        return r;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        r.kind = RawValue::Kind::Integer;
        r.integer = v.toLongLong();
        break;
    case QMetaType::Double:
        r.kind = RawValue::Kind::Real;
        r.real = v.toDouble();
        break;
    default:
        r.kind = RawValue::Kind::Text;
        r.text = v.toString().toUtf8();
    }
    return r;
}

/// The same columns PullApplier writes for a new row (the rule's wire columns the row carries, id, server_version).
std::vector<RawRow> rawRows(const QList<PullPage> &pages)
{
    std::vector<RawRow> rows;
    for (const PullPage &page : pages) {
        for (const PulledChange &change : page.changes) {
            const EntityRule *rule = EntityRules::find(change.entity);
            if (!rule || change.row.isEmpty())
                continue;
            RawRow row;
            QStringList quoted, marks;
            row.values.push_back(rawValue(change.entityId));
            for (const QString &c : rule->wireColumns()) {
                if (c == u"id" || !change.row.contains(c))
                    continue;
                quoted.append(u"\"%1\""_s.arg(c));
                marks.append(u"?"_s);
                row.values.push_back(rawValue(WireValue::variant(change.row.value(c))));
            }
            row.values.push_back(rawValue(change.serverSeq));
            row.sql = u"INSERT INTO \"%1\" (id, %2, server_version) VALUES (?, %3, ?)"_s.arg(
                rule->entity, quoted.join(u", "_s), marks.join(u", "_s));
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(u"raw insert (%1): %2"_s.arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

/// Raw SQLite: one transaction, one prepared statement per distinct INSERT, bind / step / reset per row, on the
/// store's own connection (same pragmas: WAL, synchronous FULL, foreign keys). The outbox triggers are switched
/// off the way Transaction::Origin::Remote does it, so both sides write the same rows into the same schema.
double rawInsert(QSqlDatabase qdb, const std::vector<RawRow> &rows)
{
    const QVariant handle = qdb.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        fail(u"not a QSQLITE connection"_s);
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        fail(u"no sqlite3 handle"_s);
    QElapsedTimer t;
    t.start();
    check(db, sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), "begin");
    check(db, sqlite3_exec(db, "UPDATE sync_control SET applying_remote = 1 WHERE id = 1; PRAGMA defer_foreign_keys = ON",
                           nullptr, nullptr, nullptr),
          "remote flag");
    std::map<QString, sqlite3_stmt *> statements;
    for (const RawRow &row : rows) {
        sqlite3_stmt *&stmt = statements[row.sql];
        if (!stmt) {
            const QByteArray sql = row.sql.toUtf8();
            check(db, sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr), "prepare");
        }
        int i = 1;
        for (const RawValue &v : row.values) {
            switch (v.kind) {
            case RawValue::Kind::Null:
                sqlite3_bind_null(stmt, i);
                break;
            case RawValue::Kind::Integer:
                sqlite3_bind_int64(stmt, i, v.integer);
                break;
            case RawValue::Kind::Real:
                sqlite3_bind_double(stmt, i, v.real);
                break;
            case RawValue::Kind::Text:
                sqlite3_bind_text(stmt, i, v.text.constData(), int(v.text.size()), SQLITE_STATIC);
                break;
            }
            ++i;
        }
        check(db, sqlite3_step(stmt), "step");
        sqlite3_reset(stmt);
    }
    for (auto &entry : statements)
        sqlite3_finalize(entry.second);
    check(db, sqlite3_exec(db, "UPDATE sync_control SET applying_remote = 0 WHERE id = 1; COMMIT", nullptr, nullptr,
                           nullptr),
          "commit");
    return ms(t);
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
    std::optional<QJsonObject> pouch;
    QString loadBefore, loadAfter;
};

std::optional<QJsonObject> runPouchDb(const BenchServer &server, const QString &script, const QString &nodeModules,
                                      const QString &node, const QString &templateFile, int records, bool useHttp)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NODE_PATH"_s, nodeModules);
    env.insert(u"NODE_EXTRA_CA_CERTS"_s, server.caFile());
    p.setProcessEnvironment(env);
    QStringList args{script, u"--cert"_s, server.tlsFile(u"server.pem"_s), u"--key"_s, server.tlsFile(u"server.key"_s),
                     u"--template"_s, templateFile, u"--count"_s, QString::number(records)};
    if (useHttp)
        args.append(u"--http"_s);
    p.start(node, args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(600000) || p.exitCode() != 0) {
        err << "PouchDB reference failed: " << p.errorString() << "\n" << QString::fromUtf8(p.readAllStandardError())
            << Qt::endl;
        return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed());
    return doc.isObject() ? std::optional(doc.object()) : std::nullopt;
}

Run runOnce(int index, const QString &serverProgram, int records, const QString &script, const QString &nodeModules,
            const QString &node, bool withPouch, bool useHttp)
{
    Run run;
    run.loadBefore = loadAverage();
    BenchServer server(serverProgram);
    if (!server.start())
        fail(server.error());
    err << "run " << index + 1 << ": sitesafe-server pid " << server.pid() << " on " << server.baseUrl() << Qt::endl;
    QTemporaryDir dirA, dirB, dirC, dirD, work;
    auto storeA = openStore(dirA.path());
    auto storeB = openStore(dirB.path());
    SyncEngine engineA(*storeA, optionsFor(server));
    SyncEngine engineB(*storeB, optionsFor(server));
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
    QObject::connect(&engineA, &SyncEngine::progressChanged, &engineA, [&](const SyncProgress &p) {
        if (p.phase != SyncProgress::Phase::Push)
            return;
        lastPush = ms(t);
        if (p.done >= p.total)
            err << "run " << index + 1 << ": push answered" << Qt::endl; // (a marker for profilers)
    });
    t.restart();
    const SyncReport pushed = syncOrFail(engineA, "push");
    run.pushSyncMs = ms(t);
    run.pushMs = lastPush;
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
    t.restart();
    const SyncReport pulled = syncOrFail(engineB, "pull");
    run.pullMs = ms(t);
    run.pullRows = pulled.rowsPulled;
    if (count(storeB->connection(), u"SELECT count(*) FROM hazards"_s) < records)
        fail(u"B has fewer hazards than were pushed"_s);

    // (b) PullApplier vs raw inserts of the same rows, alternating which goes first.
    const std::vector<RawRow> raw = rawRows(pages);
    const auto doApply = [&] { run.applyMs = applyPages(storeC->database(), pages, &run.applyRows); };
    const auto doRaw = [&] {
        run.rawMs = rawInsert(storeD->connection(), raw);
        run.rawRows = int(raw.size());
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

    // PouchDB reference, same run, with the server stopped so both sides have the machine to themselves.
    const QString templateFile = work.filePath(u"template.json"_s);
    QFile tf(templateFile);
    if (!tf.open(QIODevice::WriteOnly) || tf.write(templateJson(pages)) < 0)
        fail(u"cannot write "_s + templateFile);
    tf.close();
    server.stop();
    if (withPouch)
        run.pouch = runPouchDb(server, script, nodeModules, node, templateFile, records, useHttp);
    run.loadAfter = loadAverage();
    return run;
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
    parser.addOption({u"server"_s, u"sitesafe-server program."_s, u"FILE"_s, QStringLiteral(SITESAFE_SERVER)});
    parser.addOption({u"node"_s, u"node program (default node)."_s, u"FILE"_s, u"node"_s});
    parser.addOption({u"pouchdb-script"_s, u"The PouchDB reference script."_s, u"FILE"_s,
                      QStringLiteral(SITESAFE_POUCHDB_DIR "/replicate.js")});
    parser.addOption({u"node-modules"_s, u"node_modules with pouchdb-node and express-pouchdb."_s, u"DIR"_s});
    parser.addOption({u"no-pouchdb"_s, u"Skip the PouchDB reference."_s});
    parser.addOption({u"pouchdb-http"_s, u"Run the PouchDB server over plain HTTP (default HTTPS)."_s});
    parser.addOption({u"json"_s, u"Also write the JSON result to FILE."_s, u"FILE"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const int records = std::max(1, parser.value(u"records"_s).toInt());
    const bool withPouch = !parser.isSet(u"no-pouchdb"_s);
    if (withPouch && parser.value(u"node-modules"_s).isEmpty())
        fail(u"--node-modules DIR is needed for the PouchDB reference (or --no-pouchdb)"_s);

    const QString machineText = machine();
    err << "machine: " << machineText << Qt::endl;
    QList<Run> all;
    QJsonArray rawRuns;
    for (int i = 0; i < runs; ++i) {
        const Run r = runOnce(i, parser.value(u"server"_s), records, parser.value(u"pouchdb-script"_s),
                              parser.value(u"node-modules"_s), parser.value(u"node"_s), withPouch,
                              parser.isSet(u"pouchdb-http"_s));
        QJsonObject o{{u"create_ms"_s, r.createMs},     {u"push_ms"_s, r.pushMs},
                      {u"push_sync_ms"_s, r.pushSyncMs}, {u"push_mutations"_s, r.pushMutations},
                      {u"push_batches"_s, r.pushBatches}, {u"pull_ms"_s, r.pullMs},
                      {u"pull_rows"_s, r.pullRows},     {u"apply_ms"_s, r.applyMs},
                      {u"apply_rows"_s, r.applyRows},   {u"raw_insert_ms"_s, r.rawMs},
                      {u"raw_rows"_s, r.rawRows},       {u"load_before"_s, r.loadBefore},
                      {u"load_after"_s, r.loadAfter}};
        if (r.pouch)
            o.insert(u"pouchdb"_s, *r.pouch);
        rawRuns.append(o);
        err << "run " << i + 1 << ": " << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        all.append(r);
    }

    const auto med = [&](auto field) {
        QList<double> v;
        for (const Run &r : std::as_const(all))
            v.append(field(r));
        return median(v);
    };
    const auto pouchMed = [&](const QString &key) {
        QList<double> v;
        for (const Run &r : std::as_const(all)) {
            if (r.pouch)
                v.append(r.pouch->value(key).toDouble());
        }
        return median(v);
    };
    const double pushMs = med([](const Run &r) { return r.pushMs; });
    const double pullMs = med([](const Run &r) { return r.pullMs; });
    const double applyMs = med([](const Run &r) { return r.applyMs; });
    const double rawMs = med([](const Run &r) { return r.rawMs; });
    // Per-run ratios first, then their median (both sides of a ratio saw the same machine load).
    const double applyRatio = med([](const Run &r) {
        return (double(r.applyRows) / r.applyMs) / (double(r.rawRows) / r.rawMs);
    });
    QJsonObject medians{{u"push_ms"_s, pushMs},
                        {u"push_sync_ms"_s, med([](const Run &r) { return r.pushSyncMs; })},
                        {u"push_mutations_per_s"_s, med([](const Run &r) { return r.pushMutations * 1000.0 / r.pushMs; })},
                        {u"push_records_per_s"_s, records * 1000.0 / pushMs},
                        {u"pull_ms"_s, pullMs},
                        {u"pull_rows_per_s"_s, med([](const Run &r) { return r.pullRows * 1000.0 / r.pullMs; })},
                        {u"apply_ms"_s, applyMs},
                        {u"apply_rows_per_s"_s, med([](const Run &r) { return r.applyRows * 1000.0 / r.applyMs; })},
                        {u"raw_insert_ms"_s, rawMs},
                        {u"raw_rows_per_s"_s, med([](const Run &r) { return r.rawRows * 1000.0 / r.rawMs; })},
                        {u"apply_over_raw_speed"_s, applyRatio},
                        {u"create_ms"_s, med([](const Run &r) { return r.createMs; })}};
    QJsonObject budgets{{u"b_apply_at_least_half_raw"_s, applyRatio >= 0.5}};
    if (withPouch) {
        const double pPush = pouchMed(u"push_ms"_s), pPull = pouchMed(u"pull_ms"_s);
        medians.insert(u"pouchdb_push_ms"_s, pPush);
        medians.insert(u"pouchdb_pull_ms"_s, pPull);
        const double pushRatio = med([](const Run &r) { return r.pouch ? r.pushMs / r.pouch->value(u"push_ms"_s).toDouble() : 0; });
        const double pullRatio = med([](const Run &r) { return r.pouch ? r.pullMs / r.pouch->value(u"pull_ms"_s).toDouble() : 0; });
        medians.insert(u"push_over_pouchdb_time"_s, pushRatio);
        medians.insert(u"pull_over_pouchdb_time"_s, pullRatio);
        budgets.insert(u"a_push_beats_pouchdb"_s, pushRatio < 1);
        budgets.insert(u"a_pull_beats_pouchdb"_s, pullRatio < 1);
    }
    const QJsonObject result{{u"benchmark"_s, u"sync_bench"_s},
                             {u"machine"_s, machineText},
                             {u"records"_s, records},
                             {u"record"_s, u"one hazard + its created event: 2 outbox rows / mutations / pulled rows"_s},
                             {u"runs"_s, rawRuns},
                             {u"medians"_s, medians},
                             {u"budgets"_s, budgets}};
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (parser.isSet(u"json"_s)) {
        QFile f(parser.value(u"json"_s));
        if (!f.open(QIODevice::WriteOnly) || f.write(json) < 0)
            fail(u"cannot write "_s + parser.value(u"json"_s));
    }
    return 0;
}
