#pragma once

#include <memory>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "support/faultproxy.h"
#include "syncclient.h"

inline const QString kApplied = QStringLiteral("SELECT count(*) FROM applied_mutations");
inline const QString kRepeated = QStringLiteral(
    "SELECT count(*) FROM (SELECT device_id, mutation_id FROM applied_mutations GROUP BY 1, 2 HAVING count(*) > 1) "
    "AS repeated");

/// A demo server, a FaultProxy in front of it, and a laptop that synced through the proxy once and then recorded
/// `hazards` hazards offline (two mutations each).
struct ProxiedLaptop {
    ServerProcess server;
    std::unique_ptr<FaultProxy> proxy;
    SyncClient client;
    qint64 appliedBefore = 0;

    explicit ProxiedLaptop(int hazards, sitesafe::SyncOptions options = {})
    {
        server.seedDemo(1);
        server.start();
        proxy = std::make_unique<FaultProxy>(server.tlsFile(QStringLiteral("server.pem")),
            server.tlsFile(QStringLiteral("server.key")), server.caFile(), server.port());
        client.connectThrough(proxy->baseUrl(), server, options);
        REQUIRE(client.sync().isEverythingApplied());
        for (int i = 0; i < hazards; ++i)
            client.createHazard(QStringLiteral("代理故障隐患 %1").arg(i));
        REQUIRE(client.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")) == 2 * hazards);
        appliedBefore = serverCount(server, kApplied);
    }

    /// Every outbox row of the laptop applied exactly once on the server, and the two agree row for row.
    void requireExactlyOnce(int mutations)
    {
        CHECK(serverCount(server, kApplied) == appliedBefore + mutations);
        CHECK(serverCount(server, kRepeated) == 0);
        CHECK(client.count(QStringLiteral("SELECT count(*) FROM outbox WHERE state NOT IN ('applied', 'duplicate')"))
            == 0);
        CHECK(
            serverCount(server, QStringLiteral("SELECT count(*) FROM hazards WHERE description LIKE '代理故障隐患 %'"))
            == mutations / 2);
        for (const QString &entity : {QStringLiteral("hazards"), QStringLiteral("hazard_events")}) {
            INFO(entity.toStdString());
            CHECK(client.rows(entity) == serverRows(server, entity));
        }
    }
};
