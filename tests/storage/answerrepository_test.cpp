#include "storage/answerrepository.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/inspectionrepository.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QString draft(StorageFixture &f)
{
    Inspection in;
    in.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    in.kind = u"special"_s;
    in.inspectors = {u"王检查"_s, u"李监督"_s};
    in.checklists = {u"V2024"_s, u"B.1"_s};
    auto id = InspectionRepository(f.db()).create(in, u"王检查"_s);
    REQUIRE(id.isOk());
    return id.value();
}

InspectionAnswer answer(const QString &inspectionId, const QString &item, const QString &result)
{
    InspectionAnswer a;
    a.inspectionId = inspectionId;
    a.itemCode = item;
    a.result = result;
    return a;
}
} // namespace

TEST_CASE("An answer is recorded once per item, changed in place, withdrawn and given again", "[storage][inspection]")
{
    StorageFixture f;
    const QString id = draft(f);
    AnswerRepository repo(f.db());
    InspectionAnswer first = answer(id, u"V2024-08-04"_s, u"pass"_s);
    first.timeTrust.clockOffsetMs = 2500;
    first.timeTrust.isDoubtful = true;
    REQUIRE(repo.record(first, u"王检查"_s));
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND op = 'insert'"_s) == 1);

    InspectionAnswer changed = answer(id, u"V2024-08-04"_s, u"fail"_s);
    changed.note = u"塔吊基础积水"_s;
    REQUIRE(repo.record(changed, u"王检查"_s));
    REQUIRE(repo.record(answer(id, u"B.1-01"_s, u"fail"_s), u"王检查"_s));
    CHECK(f.scalar(u"SELECT count(*) FROM inspection_answers WHERE inspection_id = '%1'"_s.arg(id)) == 2);

    QList<InspectionAnswer> all = repo.answers(id);
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).itemCode == u"V2024-08-04"_s);
    CHECK(all.at(1).result == u"fail"_s);
    CHECK(all.at(1).note == u"塔吊基础积水"_s);
    CHECK_FALSE(all.at(1).timeTrust.clockOffsetMs.has_value()); // the later answer's trust replaced the first's
    CHECK_FALSE(all.at(1).timeTrust.isDoubtful);

    REQUIRE(repo.withdraw(id, u"B.1-01"_s, u"王检查"_s));
    REQUIRE(repo.withdraw(id, u"B.1-01"_s, u"王检查"_s)); // already withdrawn: nothing more happens
    all = repo.answers(id);
    CHECK(all.at(0).isWithdrawn);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'answer.withdraw'"_s) == 1);

    InspectionAnswer again = answer(id, u"B.1-01"_s, u"pass"_s);
    again.deduction = 4;
    REQUIRE(repo.record(again, u"王检查"_s));
    all = repo.answers(id);
    CHECK_FALSE(all.at(0).isWithdrawn);
    CHECK(all.at(0).deduction == 4);
    CHECK(f.scalar(u"SELECT count(*) FROM inspection_answers"_s) == 2);
    // Two inserts, then an update for every later change: changed answer, withdrawal, answer given again.
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND op = 'insert'"_s) == 2);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND op = 'update'"_s) == 3);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND fields LIKE "
                   "'%is_withdrawn%'"_s)
        >= 2);
}

TEST_CASE("Answers of a signed inspection are refused in words and nothing is written", "[storage][inspection]")
{
    StorageFixture f;
    const QString id = draft(f);
    AnswerRepository repo(f.db());
    REQUIRE(repo.record(answer(id, u"V2024-08-04"_s, u"pass"_s), u"王检查"_s));
    QSqlQuery sign(f.db());
    REQUIRE(sign.exec(u"UPDATE inspections SET status = 'signed' WHERE id = '%1'"_s.arg(id)));
    const qint64 outboxBefore = f.scalar(u"SELECT count(*) FROM outbox"_s);

    Status s = repo.record(answer(id, u"V2024-08-04"_s, u"fail"_s), u"王检查"_s);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().code == u"inspection.signed"_s);
    CHECK(s.error().message.contains(u"amendment"_s));
    CHECK(repo.withdraw(id, u"V2024-08-04"_s, u"王检查"_s).error().code == u"inspection.signed"_s);
    CHECK(repo.record(answer(id, u"B.1-02"_s, u"pass"_s), u"王检查"_s).error().code == u"inspection.signed"_s);
    CHECK(repo.answers(id).constFirst().result == u"pass"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM inspection_answers"_s) == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == outboxBefore);
}

TEST_CASE("An answer that is not pass, fail or not applicable is refused", "[storage][inspection]")
{
    StorageFixture f;
    const QString id = draft(f);
    Status s = AnswerRepository(f.db()).record(answer(id, u"V2024-08-04"_s, u"maybe"_s), u"王检查"_s);
    CHECK(s.error().code == u"answer.result"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM inspection_answers"_s) == 0);
}
