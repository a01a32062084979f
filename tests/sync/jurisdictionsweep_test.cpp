// Case 25, across jurisdictions on every entity: a server holding the province-wide demo field data (19 市县, every
// kind of field record, and 三亚's monthly report and year-end summary) and a 海口 inspector's laptop. Nothing outside
// 海口 reaches the laptop, and every attempt of its device to write a row of another 市县 (a copy under a new id, an
// edit) is refused, audited and changes nothing. Real programs: sitesafe-server over TLS on 127.0.0.1, the real sync
// engine.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/uuidv7.h"
#include "models/demofixture.h"
#include "protocol/entityrules.h"
#include "protocol/wirevalue.h"
#include "serverprocess.h"
#include "storage/annualsummaryrepository.h"
#include "storage/monthlyreportrepository.h"
#include "support/tempdir.h"
#include "sync/syncconnection.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// The rows of each field entity outside 海口 (460100), written by hand from the schema rather than taken from
/// EntityRules, so a wrong jurisdiction path in the rules fails the test instead of agreeing with it.
struct ForeignRows {
    const char16_t *entity;
    const char16_t *sql;
};
constexpr ForeignRows kForeign[] = {
    {u"inspections",
        u"SELECT x.id FROM inspections x JOIN projects p ON p.id = x.project_id WHERE "
        u"p.jurisdiction_code <> '460100'"},
    {u"inspection_answers",
        u"SELECT x.id FROM inspection_answers x JOIN inspections i ON i.id = x.inspection_id "
        u"JOIN projects p ON p.id = i.project_id WHERE p.jurisdiction_code <> '460100'"},
    {u"hazards",
        u"SELECT x.id FROM hazards x JOIN projects p ON p.id = x.project_id WHERE "
        u"p.jurisdiction_code <> '460100'"},
    {u"hazard_events",
        u"SELECT x.id FROM hazard_events x JOIN hazards h ON h.id = x.hazard_id JOIN projects p ON "
        u"p.id = h.project_id WHERE p.jurisdiction_code <> '460100'"},
    {u"notices",
        u"SELECT x.id FROM notices x JOIN projects p ON p.id = x.project_id WHERE "
        u"p.jurisdiction_code <> '460100'"},
    {u"certificate_checks",
        u"SELECT x.id FROM certificate_checks x JOIN inspections i ON i.id = x.inspection_id "
        u"JOIN projects p ON p.id = i.project_id WHERE p.jurisdiction_code <> '460100'"},
    {u"enforcement_actions",
        u"SELECT x.id FROM enforcement_actions x JOIN projects p ON p.id = x.project_id WHERE "
        u"p.jurisdiction_code <> '460100'"},
    {u"incidents",
        u"SELECT x.id FROM incidents x JOIN projects p ON p.id = x.project_id WHERE "
        u"p.jurisdiction_code <> '460100'"},
    {u"danger_events",
        u"SELECT x.id FROM danger_events x JOIN projects p ON p.id = x.project_id WHERE "
        u"p.jurisdiction_code <> '460100'"},
    {u"monthly_reports", u"SELECT x.id FROM monthly_reports x WHERE x.jurisdiction_code <> '460100'"},
    {u"annual_summaries", u"SELECT x.id FROM annual_summaries x WHERE x.jurisdiction_code <> '460100'"},
    {u"attachments",
        u"SELECT x.id FROM attachments x WHERE x.owner_id IN (SELECT h.id FROM hazards h JOIN projects p ON p.id = "
        u"h.project_id WHERE p.jurisdiction_code <> '460100' UNION SELECT i.id FROM inspections i JOIN projects p ON "
        u"p.id = i.project_id WHERE p.jurisdiction_code <> '460100' UNION SELECT n.id FROM notices n JOIN projects p "
        u"ON p.id = n.project_id WHERE p.jurisdiction_code <> '460100')"},
};

QStringList column(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// Every wire field of the server's row `id` of `rule`, as an insert's fields ({"value": …}).
QJsonObject fieldsOf(QSqlDatabase db, const EntityRule &rule, const QString &id)
{
    QStringList columns = rule.wireColumns();
    columns.removeAll(u"id"_s);
    QSqlQuery q(db);
    REQUIRE(q.prepare(u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns.join(u", "_s), rule.entity)));
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    QJsonObject fields;
    for (int i = 0; i < columns.size(); ++i)
        fields.insert(columns[i], QJsonObject{{u"value"_s, WireValue::json(q.value(i))}});
    return fields;
}

/// A text field the rule lets clients change (not immutable, not province-only): the edit to try.
QString editableField(const EntityRule &rule, const QJsonObject &fields)
{
    for (const QString &f : rule.fields)
        if (!rule.immutableFields.contains(f) && !rule.provinceOnlyFields.contains(f)
            && fields.value(f).toObject().value(u"value"_s).isString())
            return f;
    return {};
}

} // namespace

TEST_CASE("Case 25 across jurisdictions: a 海口 laptop gets no row of another 市县 of any field entity, and every "
          "copy or edit of one it sends is refused, audited and changes nothing",
          "[sync][hostile][jurisdiction]")
{
    // The province's field data: the small demo dataset (all 19 市县), loaded into the server as if pushed long ago.
    TestDir dir;
    const QString fieldData = dir.file(u"province"_s);
    REQUIRE(QDir().mkpath(fieldData));
    REQUIRE(QFile::copy(test::DemoFixture::databasePath(), QDir(fieldData).filePath(u"sitesafe.db"_s)));
    ServerProcess server;
    QString out;
    const int code = ServerProcess::run({u"seed-demo"_s, u"--data-dir"_s, server.dataDir(), u"--seed"_s, u"1"_s,
                                         u"--today"_s, test::DemoFixture::today().toString(Qt::ISODate),
                                         u"--field-data-from"_s, fieldData},
                                        {}, &out);
    INFO(out.toStdString());
    REQUIRE(code == 0);
    server.addUser(u"sanya"_s, u"inspector"_s, u"460200"_s);
    server.start();

    // The demo field data has no reports: 三亚's laptop submits its November report and its year-end summary.
    SyncClient sanya;
    sanya.connectAs(server, u"sanya"_s);
    REQUIRE(
        MonthlyReportRepository(sanya.db()).submit(u"460200"_s, u"2026-11"_s, u"{\"hazards_found\":7}"_s, u"sanya"_s));
    AnnualSummaryRecord summary;
    summary.jurisdictionCode = u"460200"_s;
    summary.firstMonth = u"2026-01"_s;
    summary.lastMonth = u"2026-12"_s;
    summary.label = u"2026年度"_s;
    summary.figures = u"{\"hazards_found\":80}"_s;
    summary.text = u"三亚全年检查情况。"_s;
    REQUIRE(AnnualSummaryRepository(sanya.db()).save(summary, true, u"sanya"_s));
    const SyncReport sent = sanya.sync();
    INFO((sent.error ? sent.error->message.toStdString() : std::string()));
    REQUIRE(sent.isEverythingApplied());

    SyncClient haikou; // zhangwei, inspector of 460100
    haikou.connect(server);
    const SyncReport first = haikou.sync();
    INFO((first.error ? first.error->message.toStdString() : std::string()));
    REQUIRE(first.isComplete());

    // Reading: no row of another 市县, of any field entity, reached the laptop; its own did.
    QSqlDatabase serverDb = serverDatabase(server);
    QHash<QString, QStringList> foreign;
    for (const ForeignRows &f : kForeign) {
        const QString entity = QString::fromUtf16(f.entity);
        CAPTURE(entity);
        foreign[entity] = column(serverDb, QString::fromUtf16(f.sql));
        REQUIRE_FALSE(foreign[entity].isEmpty()); // the sweep covers this entity for real
        const QStringList local = column(haikou.db(), u"SELECT id FROM %1"_s.arg(entity));
        const QSet<QString> here(local.cbegin(), local.cend());
        int leaked = 0;
        for (const QString &id : foreign[entity])
            leaked += here.contains(id) ? 1 : 0;
        CHECK(leaked == 0);
        const qint64 total = serverCount(server, u"SELECT count(*) FROM %1"_s.arg(entity));
        if (entity != u"incidents" && entity != u"danger_events") // the demo has a handful, maybe none in 海口
            CHECK(local.size() == total - foreign[entity].size()); // and every 海口 row arrived
    }

    // Writing: for each entity, a copy of a row of another 市县 under a new id, and an edit of that row, sent by the
    // laptop's own device with its next numbers.
    const QString device = haikou.text(u"SELECT value FROM sync_state WHERE key = 'device_id'"_s);
    qint64 seq = serverCount(server, u"SELECT coalesce(max(client_seq), 0) FROM applied_mutations WHERE device_id = ?"_s,
                             {device});
    const qint64 refusalsBefore = serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'sync.rejected'"_s);
    QJsonArray mutations;
    QHash<QString, QString> expectCode; // mutation id → the refusal it must get
    for (const ForeignRows &f : kForeign) {
        const QString entity = QString::fromUtf16(f.entity);
        const EntityRule *rule = EntityRules::find(entity);
        REQUIRE(rule);
        const QString target = foreign[entity].first();
        const QJsonObject fields = fieldsOf(serverDb, *rule, target);
        const QString copy = UuidV7::generate();
        mutations.append(QJsonObject{{u"mutation_id"_s, copy}, {u"client_seq"_s, ++seq}, {u"entity"_s, entity},
                                     {u"entity_id"_s, UuidV7::generate()}, {u"op"_s, u"insert"_s},
                                     {u"base_version"_s, QJsonValue::Null}, {u"fields"_s, fields}});
        expectCode.insert(copy, u"forbidden_jurisdiction"_s);
        const QString field = editableField(*rule, fields);
        if (field.isEmpty() || rule->policy == EntityRule::Policy::AppendOnly)
            continue;
        const QString edit = UuidV7::generate();
        const QJsonValue current = fields.value(field).toObject().value(u"value"_s);
        mutations.append(QJsonObject{
            {u"mutation_id"_s, edit}, {u"client_seq"_s, ++seq}, {u"entity"_s, entity}, {u"entity_id"_s, target},
            {u"op"_s, u"update"_s}, {u"base_version"_s, QJsonValue::Null},
            {u"fields"_s, QJsonObject{{field, QJsonObject{{u"value"_s, u"越权修改"_s}, {u"base"_s, current}}}}}});
        expectCode.insert(edit, u"forbidden_jurisdiction"_s);
    }
    QHash<QString, QStringList> rowsBefore;
    for (const ForeignRows &f : kForeign)
        rowsBefore.insert(QString::fromUtf16(f.entity), canonicalRows(serverDb, QString::fromUtf16(f.entity)));

    HttpRequest push;
    push.method = "POST";
    push.path = u"/api/v1/sync/push"_s;
    push.contentType = "application/json";
    push.body = QJsonDocument(QJsonObject{{u"device_id"_s, device},
                                          {u"batch_id"_s, UuidV7::generate()},
                                          {u"mutations"_s, mutations}})
                    .toJson(QJsonDocument::Compact);
    const HttpResult answer = haikou.engine().connection().call(push);
    REQUIRE(answer.isOk());
    INFO(answer.body.left(2000).toStdString());
    REQUIRE(answer.status == 200);
    const QJsonArray results = QJsonDocument::fromJson(answer.body).object().value(u"results"_s).toArray();
    REQUIRE(results.size() == mutations.size());
    for (const QJsonValue &r : results) {
        const QJsonObject result = r.toObject();
        const QString id = result.value(u"mutation_id"_s).toString();
        CAPTURE(id);
        CHECK(result.value(u"status"_s).toString() == u"rejected"_s);
        CHECK(result.value(u"error"_s).toObject().value(u"error"_s).toString() == expectCode.value(id));
    }
    // Nothing changed, and the server kept a record of every refusal.
    for (const ForeignRows &f : kForeign) {
        const QString entity = QString::fromUtf16(f.entity);
        CAPTURE(entity);
        CHECK(canonicalRows(serverDb, entity) == rowsBefore.value(entity));
    }
    CHECK(serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'sync.rejected' AND device_id = ? AND "
                              "detail = 'forbidden_jurisdiction'"_s,
                      {device})
          == mutations.size());
    CHECK(serverCount(server, u"SELECT count(*) FROM audit_log WHERE action = 'sync.rejected'"_s)
          == refusalsBefore + mutations.size());

    // Photos: a photo of another 市县's record is as absent as a photo that does not exist; one of 海口's is there.
    const QString photoOf = u"SELECT a.blob_sha256 FROM attachments a JOIN hazards h ON h.id = a.owner_id JOIN "
                            "projects p ON p.id = h.project_id WHERE p.jurisdiction_code %1 '460100' AND "
                            "a.blob_sha256 IN (SELECT sha256 FROM blobs) ORDER BY a.id LIMIT 1"_s;
    const QString foreignPhoto = serverText(server, photoOf.arg(u"<>"_s));
    const QString ownPhoto = serverText(server, photoOf.arg(u"="_s));
    REQUIRE_FALSE(foreignPhoto.isEmpty()); // the server holds both photos' bytes
    REQUIRE_FALSE(ownPhoto.isEmpty());
    HttpRequest get;
    get.path = u"/api/v1/blobs/"_s + foreignPhoto;
    const HttpResult denied = haikou.engine().connection().call(get);
    REQUIRE(denied.isOk());
    CHECK(denied.status == 404);
    get.path = u"/api/v1/blobs/"_s + ownPhoto;
    const HttpResult allowed = haikou.engine().connection().call(get);
    REQUIRE(allowed.isOk());
    CHECK(allowed.status == 200);
}
