#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/dataset.h"
#include "storage/auditlog.h"
#include "storage/dangereventrepository.h"
#include "storage/datasetwriter.h"
#include "storage/enforcementrepository.h"
#include "storage/incidentrepository.h"
#include "storagefixture.h"
#include "support/resultmatchers.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

const QString kPersonId = u"01930000-0000-7000-8000-0000000000c1"_s;

void addPerson(QSqlDatabase db)
{
    Dataset d;
    Person p;
    p.id = kPersonId;
    p.name = u"王建国"_s;
    p.enterpriseId = QString::fromUtf16(StorageFixture::kEnterpriseId);
    d.people.append(p);
    REQUIRE(DatasetWriter(db, QDateTime::currentDateTimeUtc()).write(d).isOk());
}

EnforcementAction fine()
{
    EnforcementAction a;
    a.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    a.enterpriseId = QString::fromUtf16(StorageFixture::kEnterpriseId);
    a.kind = u"fine"_s;
    a.violationCode = u"unrectified_hazard"_s;
    a.documentNo = u"海口建罚决字〔2026〕12号"_s;
    a.amount = 5;
    a.decidedOn = QDate(2026, 12, 1);
    a.decidedBy = u"海口市住建局"_s;
    return a;
}

Incident incident()
{
    Incident i;
    i.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(-3);
    i.kind = u"fall"_s;
    i.seriousInjuries = 1;
    i.summary = u"临边作业坠落"_s;
    return i;
}

DangerEvent dangerEvent()
{
    DangerEvent e;
    e.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    e.occurredAt = QDateTime::currentDateTimeUtc().addDays(-5);
    e.kind = u"excavation_collapse"_s;
    e.part = u"基坑北侧"_s;
    return e;
}

} // namespace

TEST_CASE("Enforcement actions refuse a fine without amount, points without points, a person kind without person",
          "[storage][enforcement]")
{
    StorageFixture f;
    EnforcementRepository repo(f.db());

    EnforcementAction a = fine();
    a.amount = 0;
    auto refused = repo.create(a, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().code == u"enforcement.amount"_s);
    CHECK(refused.error().message == u"A fine needs its amount. Enter the amount in 10,000 yuan."_s);

    a.kind = u"credit_points"_s;
    refused = repo.create(a, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message
          == u"Deducting credit points needs the number of points. Enter how many points are deducted."_s);

    a.kind = u"industry_ban"_s;
    refused = repo.create(a, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message
          == u"“Banned from the industry” is addressed to a person. Choose the person it is taken against."_s);

    a.kind = u"warning_letter"_s;
    a.violationCode = u"speeding"_s;
    refused = repo.create(a, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().code == u"enforcement.violation"_s);

    // Nothing of the refused attempts reached the table, the outbox or the audit log.
    CHECK(f.scalar(u"SELECT count(*) FROM enforcement_actions"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'enforcement_actions'"_s) == 0);
}

TEST_CASE("An enforcement action saves as one row with one outbox mutation and one audit entry per save",
          "[storage][enforcement]")
{
    StorageFixture f;
    addPerson(f.db());
    EnforcementRepository repo(f.db());
    const qint64 auditBefore = AuditLog::verify(f.db()).value();

    EnforcementAction a = fine();
    a.kind = u"credit_points"_s;
    a.points = 6;
    a.personId = kPersonId;
    a.hazardIds = {};
    const auto id = repo.create(a, u"张伟"_s);
    INFO(errorText(id));
    REQUIRE(id.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM enforcement_actions"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'enforcement_actions' AND op = 'insert'"_s) == 1);
    CHECK(AuditLog::verify(f.db()).value() == auditBefore + 1);

    auto found = repo.find(id.value());
    REQUIRE(found);
    CHECK(found->kind == u"credit_points"_s);
    CHECK(found->points == 6);
    CHECK(found->personId == kPersonId);
    CHECK(found->violationCode == u"unrectified_hazard"_s);
    CHECK(found->decidedBy == u"海口市住建局"_s);

    found->points = 8;
    found->note = u"复核后调整"_s;
    REQUIRE(repo.update(*found, u"张伟"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM enforcement_actions"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'enforcement_actions' AND op = 'update'"_s) == 1);
    CHECK(AuditLog::verify(f.db()).value() == auditBefore + 2);
    CHECK(repo.find(id.value())->points == 8);
    CHECK(repo.list(QString::fromUtf16(StorageFixture::kProjectId)).size() == 1);
    CHECK(repo.list(u"nope"_s).isEmpty());
}

TEST_CASE("Incidents: platform time before the incident is refused, a fatal one is kept but flagged",
          "[storage][incident]")
{
    StorageFixture f;
    IncidentRepository repo(f.db());

    Incident i = incident();
    i.platformReportedAt = i.occurredAt.addSecs(-60);
    auto refused = repo.create(i, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message
          == u"The national platform report cannot be earlier than the incident. Check both times."_s);
    i.platformReportedAt = {};
    i.occurredAt = QDateTime::currentDateTimeUtc().addDays(1);
    refused = repo.create(i, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().code == u"incident.occurred_at"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM incidents"_s) == 0);

    i = incident();
    CHECK(IncidentRepository::fatalNote(i).isEmpty());
    const auto id = repo.create(i, u"张伟"_s);
    INFO(errorText(id));
    REQUIRE(id.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM incidents"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'incidents'"_s) == 1);
    CHECK(repo.find(id.value())->recordedBy == u"张伟"_s);

    Incident edited = *repo.find(id.value());
    edited.platformReportedAt = edited.occurredAt.addSecs(30 * 3600);
    edited.unitReportedAt = edited.occurredAt.addSecs(40 * 60);
    edited.cause = u"未系挂安全带"_s;
    edited.investigation = u"区住建局牵头调查"_s;
    edited.investigationClosedOn = QDate::currentDate();
    REQUIRE(repo.update(edited, u"张伟"_s).isOk());
    const Incident stored = *repo.find(id.value());
    CHECK(stored.platformReportedAt == edited.platformReportedAt);
    CHECK(stored.unitReportedAt == edited.unitReportedAt);
    CHECK(stored.cause == u"未系挂安全带"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM incidents"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'incidents' AND op = 'update'"_s) == 1);

    Incident fatal = incident();
    fatal.deaths = 1;
    CHECK_FALSE(IncidentRepository::isNonFatal(fatal));
    CHECK(IncidentRepository::fatalNote(fatal).startsWith(u"Deaths: 1."_s));
    REQUIRE(repo.create(fatal, u"张伟"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM incidents WHERE deaths = 1"_s) == 1);
}

TEST_CASE("Danger events: one row and one mutation per save, report times not before the event",
          "[storage][danger]")
{
    StorageFixture f;
    DangerEventRepository repo(f.db());
    DangerEvent e = dangerEvent();
    e.reportedAt = e.occurredAt.addSecs(-1);
    auto refused = repo.create(e, u"张伟"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().message
          == u"The report to the bureau cannot be earlier than the dangerous situation. Check both times."_s);
    e.reportedAt = e.occurredAt.addSecs(1800);
    e.siteSituation = u"基坑开挖至-8m，12人作业"_s;
    e.impact = u"北侧市政道路出现裂缝"_s;
    e.response = u"撤离作业人员，回填反压"_s;
    e.evacuated = true;
    const auto id = repo.create(e, u"张伟"_s);
    INFO(errorText(id));
    REQUIRE(id.isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM danger_events"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'danger_events'"_s) == 1);
    DangerEvent stored = *repo.find(id.value());
    CHECK(stored.siteSituation == e.siteSituation);
    CHECK(stored.evacuated);
    CHECK(stored.reportedAt == e.reportedAt);
    stored.platformReportedAt = stored.occurredAt.addSecs(7200);
    REQUIRE(repo.update(stored, u"张伟"_s).isOk());
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'danger_events' AND op = 'update'"_s) == 1);
    CHECK(repo.list().size() == 1);
}
