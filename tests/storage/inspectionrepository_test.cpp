#include "storage/inspectionrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
Inspection roundOne()
{
    Inspection in;
    in.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    in.kind = u"round"_s;
    in.round = 1;
    in.inspectors = {u"王检查"_s, u"李监督"_s};
    in.checklists = {u"V2024"_s, u"B.1"_s};
    in.timeTrust.clockOffsetMs = -1500;
    return in;
}
} // namespace

TEST_CASE("An inspection needs two different inspectors and is refused in words before anything is written",
          "[storage][inspection]")
{
    StorageFixture f;
    InspectionRepository repo(f.db());
    Inspection one = roundOne();
    one.inspectors = {u"王检查"_s, u" 王检查 "_s};
    auto refused = repo.create(one, u"王检查"_s);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.error().code == u"inspection.inspectors"_s);
    CHECK(refused.error().message.contains(u"two"_s));

    Inspection noRound = roundOne();
    noRound.round = 0;
    CHECK(repo.create(noRound, u"王检查"_s).error().code == u"inspection.round"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM inspections"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspections'"_s) == 0);
}

TEST_CASE("A draft is created, read back, changed and submitted, each write queued for the server",
          "[storage][inspection]")
{
    StorageFixture f;
    InspectionRepository repo(f.db());
    auto id = repo.create(roundOne(), u"王检查"_s);
    REQUIRE(id.isOk());
    auto stored = repo.find(id.value());
    REQUIRE(stored);
    CHECK(stored->status == u"draft"_s);
    CHECK(stored->round == 1);
    CHECK(stored->inspectors == QStringList{u"王检查"_s, u"李监督"_s});
    CHECK(stored->checklists == QStringList{u"V2024"_s, u"B.1"_s});
    CHECK(stored->templateCode == u"V2024"_s);
    REQUIRE(stored->timeTrust.clockOffsetMs);
    CHECK(*stored->timeTrust.clockOffsetMs == -1500);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND op = 'insert'"_s) == 1);

    Inspection edited = *stored;
    edited.siteRepresentative = u"项目经理 陈工"_s;
    edited.inspectors.append(u"赵记录"_s);
    REQUIRE(repo.update(edited, u"王检查"_s));
    REQUIRE(repo.submit(id.value(), u"王检查"_s));
    REQUIRE(repo.submit(id.value(), u"王检查"_s)); // idempotent
    stored = repo.find(id.value());
    CHECK(stored->status == u"submitted"_s);
    CHECK(stored->finishedAt.isValid());
    CHECK(stored->siteRepresentative == u"项目经理 陈工"_s);
    CHECK(stored->inspectors.size() == 3);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND op = 'update'"_s) == 2);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'inspection.submit'"_s) == 1);
}

TEST_CASE("A signed inspection is refused with a sentence pointing to an amendment", "[storage][inspection]")
{
    StorageFixture f;
    InspectionRepository repo(f.db());
    auto id = repo.create(roundOne(), u"王检查"_s);
    REQUIRE(id.isOk());
    QSqlQuery sign(f.db());
    REQUIRE(sign.exec(u"UPDATE inspections SET status = 'signed' WHERE id = '%1'"_s.arg(id.value())));
    Inspection edited = *repo.find(id.value());
    edited.notes = u"改一下"_s;
    Status s = repo.update(edited, u"王检查"_s);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().code == u"inspection.signed"_s);
    CHECK(s.error().message.contains(u"amendment"_s));
    CHECK(repo.find(id.value())->notes.isEmpty());
}
