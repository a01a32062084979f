#pragma once

#include <memory>

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include "core/clock.h"
#include "server/referenceserver.h"
#include "support/tempdir.h"
#include "testclient.h"

/// An in-process reference server serving real HTTPS on 127.0.0.1 (a test CA made with DevCa), on SQLite, or
/// on a fresh PostgreSQL database when SITESAFE_TEST_PG_URL is set (tests/server/with-postgres.sh). Loads a
/// small reference set: 市县 460100 (海口) and 460200 (三亚), one enterprise, one project in each. The server
/// runs on `clock` (a test's FixedClock moves its time without sleeping); it must outlive the fixture.
class ServerFixture
{
public:
    explicit ServerFixture(sitesafe::ServerSettings settings = {},
                           const sitesafe::Clock &clock = sitesafe::Clock::system());
    ~ServerFixture();

    static constexpr const char *kHaikouProject = "0190a000-0000-7000-8000-000000000101";
    static constexpr const char *kSanyaProject = "0190a000-0000-7000-8000-000000000201";
    static constexpr const char *kEnterprise = "0190a000-0000-7000-8000-000000000301";

    bool isPostgres() const { return m_postgres; }
    QString baseUrl() const;
    QString caFile() const { return m_dir.file(QStringLiteral("tls/ca.pem")); }
    /// The folder holding the server's data, certificates and blob store.
    QString dataDir() const { return m_dir.path(); }
    std::unique_ptr<TestClient> client() const;
    /// Adds a user and signs in a new device; the client carries its access token.
    struct Session {
        std::unique_ptr<TestClient> client;
        QString deviceId;
        QString accessToken;
        QString refreshToken;
    };
    Session signIn(const QString &name, const QString &role, const QString &jurisdiction);
    /// A connection for assertions, on the test's thread.
    QSqlDatabase db();
    qint64 count(const QString &sql, const QVariantList &values = {});
    sitesafe::ReferenceServer &server() { return *m_server; }

private:
    TestDir m_dir;
    bool m_postgres = false;
    QString m_pgDatabase;
    std::unique_ptr<sitesafe::ReferenceServer> m_server;
    quint16 m_port = 0;
};

/// One mutation as the client's outbox writes it.
QJsonObject mutation(const QString &mutationId, qint64 clientSeq, const QString &entity, const QString &entityId,
                     const QString &op, const QJsonObject &fields, const QJsonValue &baseVersion = QJsonValue::Null);
QJsonObject pushBody(const QString &deviceId, const QJsonArray &mutations);
/// A new hazard on a project, as an insert mutation.
QJsonObject hazardInsert(const QString &mutationId, qint64 clientSeq, const QString &hazardId, const QString &projectId,
                         const QString &description);
QString newId();
