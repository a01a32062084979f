#include "serverfixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslSocket>
#include <QUrl>

#include <catch2/catch.hpp>

#include "core/uuidv7.h"
#include "rawtls.h"
#include "server/accountstore.h"
#include "server/backend.h"
#include "server/devca.h"
#include "server/referenceloader.h"
#include "support/resultmatchers.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {

Dataset referenceSet()
{
    Dataset d;
    d.jurisdictions = {{u"0190a000-0000-7000-8000-000000000001"_s, u"460100"_s, u"海口市"_s, u"prefecture_city"_s, {}},
                       {u"0190a000-0000-7000-8000-000000000002"_s, u"460200"_s, u"三亚市"_s, u"prefecture_city"_s, {}}};
    Enterprise e;
    e.id = QString::fromLatin1(ServerFixture::kEnterprise);
    e.creditCode = u"91460000MA5T00000X"_s;
    e.name = u"海南建工测试有限公司"_s;
    d.enterprises = {e};
    Project p;
    p.id = QString::fromLatin1(ServerFixture::kHaikouProject);
    p.name = u"海口江东新区测试项目"_s;
    p.jurisdictionCode = u"460100"_s;
    p.category = u"building"_s;
    p.status = u"under_construction"_s;
    Project q = p;
    q.id = QString::fromLatin1(ServerFixture::kSanyaProject);
    q.name = u"三亚崖州湾测试项目"_s;
    q.jurisdictionCode = u"460200"_s;
    d.projects = {p, q};
    return d;
}

} // namespace

QString newId()
{
    return UuidV7::generate();
}

ServerFixture::ServerFixture(ServerSettings settings, const Clock &clock)
{
    REQUIRE(DevCa::create(m_dir.file(u"tls"_s)).isOk());
    ServerConfig config;
    config.dataDir = m_dir.file(u"data"_s);
    const QString pgUrl = qEnvironmentVariable("SITESAFE_TEST_PG_URL");
    if (!pgUrl.isEmpty()) {
        m_postgres = true;
        m_pgDatabase = u"sitesafe_test_%1"_s.arg(QString::number(QDateTime::currentMSecsSinceEpoch()) +
                                                 QString::number(quintptr(this) % 100000));
        const QUrl url(pgUrl);
        QSqlDatabase admin = QSqlDatabase::contains(u"pg-admin"_s) ? QSqlDatabase::database(u"pg-admin"_s)
                                                                    : QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        REQUIRE(admin.open());
        QSqlQuery q(admin);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(u"CREATE DATABASE "_s + m_pgDatabase));
        QUrl dbUrl = url;
        dbUrl.setPath(u"/"_s + m_pgDatabase);
        config.databaseUrl = dbUrl.toString();
    }
    const Status init = ReferenceServer::initialize(config, clock);
    INFO(errorText(init));
    REQUIRE(init.isOk());
    settings.workerThreads = 4;
    auto server = ReferenceServer::open(config, settings, clock);
    INFO(errorText(server));
    REQUIRE(server.isOk());
    m_server = std::move(server).value();
    auto loaded = ReferenceLoader::loadDataset(m_server->backend(), referenceSet(), false);
    INFO(errorText(loaded));
    REQUIRE(loaded.isOk());
    auto port = m_server->listen(QHostAddress::LocalHost, 0, devServerTls(m_dir.file(u"tls"_s)));
    REQUIRE(port.isOk());
    m_port = port.value();
}

ServerFixture::~ServerFixture()
{
    m_server.reset();
    if (m_postgres) {
        QSqlQuery q(QSqlDatabase::database(u"pg-admin"_s));
        q.exec(u"DROP DATABASE IF EXISTS "_s + m_pgDatabase + u" WITH (FORCE)"_s);
    }
}

QString ServerFixture::baseUrl() const
{
    return u"https://127.0.0.1:%1"_s.arg(m_port);
}

std::unique_ptr<TestClient> ServerFixture::client() const
{
    return std::make_unique<TestClient>(baseUrl(), caFile());
}

ServerFixture::Session ServerFixture::signIn(const QString &name, const QString &role, const QString &jurisdiction)
{
    AccountStore accounts(m_server->backend(), {});
    const Status added = accounts.addUser(name, role, jurisdiction, u"correct horse battery"_s);
    INFO(errorText(added));
    REQUIRE(added.isOk());
    Session s;
    s.client = client();
    s.deviceId = newId();
    const TestReply reply = s.client->post(u"/api/v1/auth/token"_s, QJsonObject{{u"username"_s, name},
                                                                               {u"password"_s, u"correct horse battery"_s},
                                                                               {u"device_id"_s, s.deviceId}});
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    s.accessToken = reply.json().value(u"access_token"_s).toString();
    s.refreshToken = reply.json().value(u"refresh_token"_s).toString();
    s.client->setToken(s.accessToken);
    return s;
}

QSqlDatabase ServerFixture::db()
{
    auto conn = m_server->backend().connection();
    REQUIRE(conn.isOk());
    return conn.value();
}

qint64 ServerFixture::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString());
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QJsonObject mutation(const QString &mutationId, qint64 clientSeq, const QString &entity, const QString &entityId,
                     const QString &op, const QJsonObject &fields, const QJsonValue &baseVersion)
{
    return QJsonObject{{u"mutation_id"_s, mutationId}, {u"client_seq"_s, clientSeq}, {u"entity"_s, entity},
                       {u"entity_id"_s, entityId},     {u"op"_s, op},               {u"base_version"_s, baseVersion},
                       {u"fields"_s, fields}};
}

QJsonObject pushBody(const QString &deviceId, const QJsonArray &mutations)
{
    return QJsonObject{{u"device_id"_s, deviceId}, {u"batch_id"_s, newId()}, {u"mutations"_s, mutations}};
}

QJsonObject hazardInsert(const QString &mutationId, qint64 clientSeq, const QString &hazardId, const QString &projectId,
                         const QString &description)
{
    auto v = [](const QJsonValue &value) { return QJsonObject{{u"value"_s, value}}; };
    return mutation(mutationId, clientSeq, u"hazards"_s, hazardId, u"insert"_s,
                    QJsonObject{{u"project_id"_s, v(projectId)},
                                {u"criteria_set"_s, v(u"V2024"_s)},
                                {u"is_major"_s, v(1)},
                                {u"description"_s, v(description)},
                                {u"location"_s, v(u"3号楼"_s)},
                                {u"measure"_s, v(u"deadline"_s)},
                                {u"deadline"_s, v(u"2026-12-10"_s)},
                                {u"found_at"_s, v(u"2026-11-28T09:00:00.000Z"_s)},
                                {u"found_by"_s, v(u"张工"_s)},
                                {u"is_time_doubtful"_s, v(0)}, // every column, as a client's trigger sends it
                                {u"created_at"_s, v(u"2026-11-28T09:00:00.000Z"_s)},
                                {u"updated_at"_s, v(u"2026-11-28T09:00:00.000Z"_s)}});
}
