#include "syncclient.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

#include "core/clock.h"
#include "core/uuidv7.h"
#include "protocol/entityrules.h"
#include "protocol/wirevalue.h"
#include "serverprocess.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "sync/syncconnection.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QSqlQuery run(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(q.exec());
    return q;
}

QSqlDatabase serverDb(const ServerProcess &server)
{
    if (server.isPostgres()) {
        const QUrl url(server.databaseUrl());
        const QString name = u"server-read-"_s + server.databaseUrl();
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        const bool isOpen = db.isOpen() || db.open();
        INFO(db.lastError().text().toStdString());
        REQUIRE(isOpen);
        return db;
    }
    const QString name = u"server-read-"_s + server.databasePath();
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                   : QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(server.databasePath());
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    REQUIRE(db.open());
    return db;
}
} // namespace

SyncClient::SyncClient(const Clock *clock)
    : m_clock(clock)
{
    reopen();
}

void SyncClient::close()
{
    m_engine.reset();
    m_store.reset();
}

void SyncClient::reopen()
{
    close();
    Database::Options options;
    options.clock = m_clock;
    auto opened = DataStore::open(m_dir.path(), options);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.isOk());
    m_store = std::move(opened).value();
}

SyncClient::~SyncClient() = default;

QSqlDatabase SyncClient::db()
{
    return m_store->connection();
}

void SyncClient::connect(const ServerProcess &server, SyncOptions options, bool signIn)
{
    options.serverUrl = QUrl(server.baseUrl());
    if (options.tls.caFile.isEmpty())
        options.tls.caFile = server.caFile();
    connectWith(options);
    if (signIn) {
        const Status s = m_engine->signIn(u"zhangwei"_s, u"correct horse battery staple"_s);
        INFO((s ? std::string() : s.error().message.toStdString()));
        REQUIRE(s.isOk());
    }
}

void SyncClient::connectAs(const ServerProcess &server, const QString &user)
{
    connect(server, {}, false);
    const Status s = m_engine->signIn(user, u"correct horse battery staple"_s);
    INFO((s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.isOk());
}

void SyncClient::connectThrough(
    const QString &baseUrl, const ServerProcess &server, SyncOptions options, const QString &user)
{
    options.serverUrl = QUrl(baseUrl);
    options.tls.caFile = server.caFile();
    connectWith(options);
    const Status s = m_engine->signIn(user, u"correct horse battery staple"_s);
    INFO((s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.isOk());
}

void SyncClient::connectWith(const SyncOptions &options)
{
    m_engine.reset();
    m_engine = std::make_unique<SyncEngine>(*m_store, options);
}

SyncReport SyncClient::sync()
{
    return m_engine->synchronize();
}

QString SyncClient::anyProjectId()
{
    const QString id = text(u"SELECT id FROM projects ORDER BY id LIMIT 1"_s);
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

QString SyncClient::createHazard(const QString &description)
{
    Hazard h;
    h.projectId = anyProjectId();
    h.criteriaItem = u"V2024-09-04"_s;
    h.isMajor = true;
    h.description = description;
    h.location = u"2号楼电梯井"_s;
    h.measure = u"partial_stop"_s;
    h.deadline = QDate::currentDate().addDays(3);
    auto id = HazardRepository(db()).create(h, u"张伟"_s);
    REQUIRE(id.isOk());
    return id.value();
}

void SyncClient::editHazard(const QString &id, const QString &field, const QString &value)
{
    REQUIRE((field == u"description" || field == u"location" || field == u"responsible_person" || field == u"measure"));
    run(db(), u"UPDATE hazards SET %1 = ?, updated_at = ? WHERE id = ?"_s.arg(field),
        {value, Timestamp::toText(Clock::system().now()), id});
}

void SyncClient::addComment(const QString &hazardId, const QString &note)
{
    HazardEvent e;
    e.id = UuidV7::generate();
    e.hazardId = hazardId;
    e.kind = HazardEventKind::Comment;
    e.at = Clock::system().now();
    e.actor = u"张伟"_s;
    e.note = note;
    REQUIRE(HazardRepository(db()).appendEvent(e).isOk());
}

QString SyncClient::attachPhoto(const QString &hazardId, qint64 size, quint32 seed)
{
    QByteArray content(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        content[i] = char(generator.bounded(256));
    auto stored = store().blobs().put(content);
    REQUIRE(stored.isOk());
    const QString now = Timestamp::toText(Clock::system().now());
    run(db(),
        u"INSERT INTO blobs (sha256, size, mime, local_path, upload_state, created_at) VALUES (?, ?, 'image/jpeg', ?, "
        "'local', ?)"_s,
        {stored.value().sha256, size, stored.value().relativePath, now});
    run(db(),
        u"INSERT INTO attachments (id, owner_entity, owner_id, blob_sha256, role, caption, created_at, updated_at) "
        "VALUES (?, 'hazards', ?, ?, 'photo', '整改前', ?, ?)"_s,
        {UuidV7::generate(), hazardId, stored.value().sha256, now, now});
    return stored.value().sha256;
}

void SyncClient::checkServerServesPhoto(const QString &sha256)
{
    HttpRequest get;
    get.path = u"/api/v1/blobs/"_s + sha256;
    const HttpResult downloaded = engine().connection().call(get);
    REQUIRE(downloaded.isOk());
    CHECK(downloaded.status == 200);
    auto local = store().blobs().read(sha256);
    REQUIRE(local.isOk());
    CHECK(downloaded.body == local.value());
}

qint64 SyncClient::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = run(db(), sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString SyncClient::text(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = run(db(), sql, values);
    return q.next() ? q.value(0).toString() : QString();
}

QStringList SyncClient::rows(const QString &entity)
{
    return canonicalRows(db(), entity);
}

QStringList canonicalRows(QSqlDatabase db, const QString &entity)
{
    const EntityRule *rule = EntityRules::find(entity);
    REQUIRE(rule);
    const QStringList columns = rule->wireColumns();
    QSqlQuery q = run(db, u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns.join(u", "_s), entity), {});
    QStringList out;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QJsonValue v = WireValue::json(q.value(i));
            values.append(columns[i] + u'=' + (v.isString() ? v.toString() : v.isNull() ? u"NULL"_s
                                                                                       : QString::number(v.toDouble(), 'g', 15)));
        }
        out.append(values.join(u'|'));
    }
    return out;
}

QStringList serverRows(const ServerProcess &server, const QString &entity)
{
    const QStringList rows = canonicalRows(serverDb(server), entity);
    INFO("the server holds no " << entity.toStdString() << ": a comparison with it would pass as empty == empty");
    REQUIRE_FALSE(rows.isEmpty());
    return rows;
}

QSqlDatabase serverDatabase(const ServerProcess &server)
{
    return serverDb(server);
}

qint64 serverCount(const ServerProcess &server, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = run(serverDb(server), sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString serverText(const ServerProcess &server, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = run(serverDb(server), sql, values);
    return q.next() ? q.value(0).toString() : QString();
}
