#include "storage/hazardrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/auditlog.h"
#include "storage/storecheck.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
Hazard sampleHazard()
{
    Hazard h;
    h.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    h.criteriaItem = u"V2024-08-04"_s;
    h.isMajor = true;
    h.description = u"塔式起重机力矩限制器失效"_s;
    h.location = u"1号塔吊"_s;
    h.measure = u"partial_stop"_s;
    h.deadline = QDate(2026, 12, 5);
    return h;
}

HazardEvent event(const QString &hazardId, HazardEventKind kind, const QString &actor)
{
    HazardEvent e;
    e.hazardId = hazardId;
    e.kind = kind;
    e.actor = actor;
    return e;
}
} // namespace

TEST_CASE("A hazard goes through its loop, the cached status follows the fold", "[storage][hazards]")
{
    StorageFixture f;
    HazardRepository repo(f.db());
    const auto id = repo.create(sampleHazard(), u"张伟"_s);
    REQUIRE(id.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM hazard_events WHERE kind = 'created'"_s) == 1);

    using K = HazardEventKind;
    REQUIRE(repo.appendEvent(event(id.value(), K::NoticeIssued, u"张伟"_s)).value().isApplied);
    REQUIRE(repo.appendEvent(event(id.value(), K::RectificationReported, u"施工单位"_s)).value().isApplied);
    REQUIRE(repo.appendEvent(event(id.value(), K::ReinspectedPass, u"张伟"_s)).value().isApplied);

    // The re-inspector cannot close alone: the event is kept, superseded, with the reason.
    const auto selfClose = repo.appendEvent(event(id.value(), K::Closed, u"张伟"_s));
    REQUIRE(selfClose.isOk());
    CHECK_FALSE(selfClose.value().isApplied);
    CHECK(f.scalar(u"SELECT count(*) FROM hazard_events WHERE is_superseded = 1"_s) == 1);

    QSqlQuery q(f.db());
    REQUIRE(q.exec(u"SELECT status FROM hazards"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"verified"_s);

    REQUIRE(repo.appendEvent(event(id.value(), K::Closed, u"李娜"_s)).value().isApplied);
    REQUIRE(q.exec(u"SELECT status, closed_at FROM hazards"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"closed"_s);
    CHECK_FALSE(q.value(1).isNull());

    CHECK(repo.events(id.value()).size() == 6);
    // Each write queued its mutation and its audit entry; the chain verifies; the store checks healthy.
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'hazard_events'"_s) == 6);
    CHECK(AuditLog::verify(f.db()).value() == 6);
    const StoreCheck::Report report = StoreCheck(f.db()).run();
    INFO(report.problems.join(u"\n"_s).toStdString());
    CHECK(report.isHealthy());
}

TEST_CASE("A hazard saved again unchanged writes nothing, a changed one is queued once", "[storage][hazards]")
{
    // The convergence campaign (issue 15, seed 20261208) found a save with no change that moved updated_at on this
    // computer only: the outbox triggers fire on synced values, so no other device and not the server saw it.
    StorageFixture f;
    HazardRepository repo(f.db());
    const auto id = repo.create(sampleHazard(), u"张伟"_s);
    REQUIRE(id.isOk());
    const auto updatedAt = [&] {
        QSqlQuery q(f.db());
        REQUIRE(q.exec(u"SELECT updated_at FROM hazards"_s));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    const QString before = updatedAt();
    const qint64 outbox = f.scalar(u"SELECT count(*) FROM outbox"_s);
    const qint64 audit = f.scalar(u"SELECT count(*) FROM audit_log"_s);

    Hazard same = *repo.find(id.value());
    REQUIRE(repo.update(same, u"张伟"_s).isOk());
    CHECK(updatedAt() == before);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == outbox);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log"_s) == audit);

    same.measure = u"full_stop"_s;
    REQUIRE(repo.update(same, u"张伟"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE op = 'update' AND json_extract(fields, '$.measure.value') = "
                   "'full_stop'"_s)
        == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log"_s) == audit + 1);
}

TEST_CASE("A tampered audit log is detected at the altered entry", "[storage][audit]")
{
    StorageFixture f;
    HazardRepository repo(f.db());
    for (int i = 0; i < 3; ++i)
        REQUIRE(repo.create(sampleHazard(), u"张伟"_s).isOk());
    REQUIRE(AuditLog::verify(f.db()).value() == 3);
    QSqlQuery q(f.db());
    REQUIRE(q.exec(u"UPDATE audit_log SET actor = '李四' WHERE seq = 2"_s));
    const auto verified = AuditLog::verify(f.db());
    REQUIRE_FALSE(verified.isOk());
    CHECK(verified.error().message.contains(u"entry 2"_s));
}

TEST_CASE("A stale status cache is reported by the store check", "[storage][hazards]")
{
    StorageFixture f;
    HazardRepository repo(f.db());
    REQUIRE(repo.create(sampleHazard(), u"张伟"_s).isOk());
    QSqlQuery q(f.db());
    REQUIRE(q.exec(u"UPDATE hazards SET status = 'closed'"_s));
    const StoreCheck::Report report = StoreCheck(f.db()).run();
    CHECK_FALSE(report.isHealthy());
    CHECK(report.problems.join(u" "_s).contains(u"status"_s));
}

TEST_CASE("A full disk fails the save with a clear message and keeps what was saved", "[storage][diskfull]")
{
    StorageFixture f;
    HazardRepository repo(f.db());
    REQUIRE(repo.create(sampleHazard(), u"张伟"_s).isOk());
    QSqlQuery q(f.db());
    REQUIRE(q.exec(u"PRAGMA page_count"_s));
    REQUIRE(q.next());
    const qint64 pages = q.value(0).toLongLong();
    REQUIRE(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    Hazard big = sampleHazard();
    big.description = QString(200000, QChar(u'险'));
    const auto failed = repo.create(big, u"张伟"_s);
    REQUIRE_FALSE(failed.isOk());
    CHECK(failed.error().code == u"storage.disk_full"_s);
    CHECK(failed.error().message.contains(u"free some space"_s));
    CHECK(f.scalar(u"SELECT count(*) FROM hazards"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'hazards'"_s) == 1);
}

TEST_CASE("A hazard citing an edition not in force on its day is refused and nothing is written", "[storage][hazards][criteria]")
{
    StorageFixture f;
    HazardRepository repo(f.db());
    Hazard h = sampleHazard();
    h.criteriaSet = u"V2022"_s;
    h.criteriaItem = u"V2022-08-05"_s;
    h.foundAt = QDateTime(QDate(2025, 3, 2), QTime(2, 0), Qt::UTC);
    const auto refused = repo.create(h, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().code == u"hazard.edition"_s);
    CHECK(refused.error().message.contains(u"A hazard found on 2025-03-02 is judged by the 2024 criteria"_s));
    CHECK(f.scalar(u"SELECT count(*) FROM hazards"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM hazard_events"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity IN ('hazards', 'hazard_events')"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log"_s) == 0);

    // The same item on the last China-time day of the 2022 edition is saved, under its own set.
    h.foundAt = QDateTime(QDate(2024, 12, 12), QTime(15, 59), Qt::UTC);
    const auto saved = repo.create(h, u"张伟"_s);
    REQUIRE(saved.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE criteria_set = 'V2022' AND criteria_item = 'V2022-08-05'"_s) == 1);

    // A general hazard (no item) takes the edition of its day and is never refused for it.
    Hazard general = sampleHazard();
    general.criteriaItem.clear();
    general.foundAt = QDateTime(QDate(2023, 5, 1), QTime(2, 0), Qt::UTC);
    REQUIRE(repo.create(general, u"张伟"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE criteria_item IS NULL AND criteria_set = 'V2022'"_s) == 1);
}
