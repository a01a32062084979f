#include "storage/inspectionsigner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <catch2/catch.hpp>

#include "storage/inspectionrepository.h"
#include "storagefixture.h"
#include "support/resultmatchers.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

/// A 1×1 PNG with a tail that tells the signers apart (decoders stop at IEND; the store keeps bytes as they are).
QByteArray pngOf(const QString &tag)
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d4944415478da63f8ffff3f0005fe02fea73581890000000049454e44ae426082")
        + tag.toUtf8();
}

QString createDraft(QSqlDatabase db)
{
    Inspection in;
    in.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    in.kind = u"round"_s;
    in.round = 2;
    in.inspectors = {u"王检查"_s, u"李监督"_s};
    in.checklists = {u"V2024"_s, u"B.1"_s};
    in.notes = u"第二轮全覆盖检查"_s;
    auto id = InspectionRepository(db).create(in, u"王检查"_s);
    REQUIRE(id.isOk());
    return id.value();
}

bool exec(QSqlDatabase db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (error)
        *error = q.lastError().text();
    return ok;
}

void answer(QSqlDatabase db, const QString &inspectionId, const QString &item, const QString &result,
            const QString &note = {})
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO inspection_answers (id, inspection_id, item_code, result, note, deduction, created_at, "
              "updated_at) VALUES (?, ?, ?, ?, ?, 2, '2026-12-05T02:00:00.000Z', '2026-12-05T02:00:00.000Z')"_s);
    for (const QVariant &v : {QVariant(inspectionId + item), QVariant(inspectionId), QVariant(item), QVariant(result),
                              note.isEmpty() ? QVariant() : QVariant(note)})
        q.addBindValue(v);
    REQUIRE(q.exec());
}

/// Every column of every row the statement returns, as text: what "byte for byte unchanged" is compared on.
QStringList rowsOf(QSqlDatabase db, const QString &sql, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    REQUIRE(q.exec());
    QStringList rows;
    while (q.next()) {
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.record().fieldName(i) + u'='
                           + (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString()));
        rows.append(columns.join(u'|'));
    }
    return rows;
}

QList<Signature> everyoneSigns()
{
    return {{u"王检查"_s, Signature::Role::Inspector, pngOf(u"wang"_s)},
            {u"李监督"_s, Signature::Role::Inspector, pngOf(u"li"_s)},
            {u"陈项目"_s, Signature::Role::SiteRepresentative, pngOf(u"chen"_s)}};
}

} // namespace

TEST_CASE("Signing stores each signature in the blob store, records it on the inspection and freezes it",
          "[storage][signature]")
{
    StorageFixture f;
    QSqlDatabase db = f.db();
    const QString id = createDraft(db);
    answer(db, id, u"V2024-08-04"_s, u"fail"_s, u"基坑周边未设置防护栏杆"_s);
    const qint64 outboxBefore = f.scalar(u"SELECT count(*) FROM outbox"_s);

    InspectionSigner signer(f.store());
    const Status signedStatus = signer.sign(id, everyoneSigns(), u"陈项目"_s, {}, u"王检查"_s, {1200, true});
    INFO(errorText(signedStatus));
    REQUIRE(signedStatus.isOk());

    auto stored = InspectionRepository(db).find(id);
    REQUIRE(stored);
    CHECK(stored->status == u"signed"_s);
    CHECK(stored->signedAt.isValid());
    CHECK(stored->finishedAt.isValid());
    CHECK(stored->siteRepresentative == u"陈项目"_s);
    CHECK(stored->timeTrust.isDoubtful);

    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT a.signer, a.blob_sha256, b.mime, b.upload_state, b.local_path, a.clock_offset_ms, "
                   "a.is_time_doubtful, a.evidence_flags FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 "
                   "WHERE a.owner_entity = 'inspections' AND a.owner_id = '%1' AND a.role = 'signature' "
                   "ORDER BY a.signer"_s.arg(id)));
    QStringList signers;
    QSet<QString> hashes;
    while (q.next()) {
        signers.append(q.value(0).toString());
        hashes.insert(q.value(1).toString());
        CHECK(q.value(2).toString() == u"image/png"_s);
        CHECK(q.value(3).toString() == u"local"_s);
        CHECK(QFile::exists(f.store().blobs().root() + u'/' + q.value(4).toString()));
        CHECK(q.value(5).toLongLong() == 1200);
        CHECK(q.value(6).toInt() == 1);
        CHECK(q.value(7).toString() == u"[\"time_doubtful\"]"_s);
    }
    signers.sort();
    QStringList expected{u"王检查 (inspector)"_s, u"李监督 (inspector)"_s, u"陈项目 (site representative)"_s};
    expected.sort();
    CHECK(signers == expected);
    REQUIRE(hashes.size() == 3);
    for (const Signature &s : everyoneSigns()) {
        auto bytes = f.store().blobs().read(QString::fromLatin1(
            QCryptographicHash::hash(s.pngBytes, QCryptographicHash::Sha256).toHex()));
        REQUIRE(bytes.isOk());
        CHECK(bytes.value() == s.pngBytes);
    }
    // Queued for the server by the triggers: three attachments and the inspection's change, nothing else.
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'attachments' AND op = 'insert'"_s) == 3);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND op = 'update' AND entity_id = '%1' "
                   "AND json_extract(fields, '$.status.value') = 'signed'"_s.arg(id))
          == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == outboxBefore + 4);
    CHECK(f.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'inspection.sign'"_s) == 1);

    SECTION("the inspection can no longer be changed through the repository")
    {
        Inspection edited = *stored;
        edited.notes = u"签字后补充"_s;
        const Status refused = InspectionRepository(db).update(edited, u"王检查"_s);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.error().code == u"inspection.signed"_s);
        CHECK(refused.error().message.contains(u"amendment"_s));
    }
    SECTION("the triggers refuse raw SQL on the inspection and its answers")
    {
        QString error;
        CHECK_FALSE(exec(db, u"UPDATE inspections SET notes = 'late' WHERE id = '%1'"_s.arg(id), &error));
        CHECK(error.contains(u"signed inspection cannot be changed"_s));
        CHECK_FALSE(exec(db,
                         u"INSERT INTO inspection_answers (id, inspection_id, item_code, result, created_at, "
                         "updated_at) VALUES ('late', '%1', 'V2024-08-05', 'pass', 't', 't')"_s.arg(id),
                         &error));
        CHECK(error.contains(u"signed inspection cannot be changed"_s));
        CHECK_FALSE(exec(db, u"UPDATE inspection_answers SET result = 'pass' WHERE inspection_id = '%1'"_s.arg(id)));
        CHECK(f.scalar(u"SELECT count(*) FROM inspection_answers WHERE inspection_id = '%1' AND result = 'fail'"_s
                           .arg(id))
              == 1);
    }
    SECTION("signing twice is refused in words")
    {
        const Status again = signer.sign(id, everyoneSigns(), u"陈项目"_s, {}, u"王检查"_s);
        REQUIRE_FALSE(again.isOk());
        CHECK(again.error().code == u"inspection.signed"_s);
        CHECK(f.scalar(u"SELECT count(*) FROM attachments"_s) == 3);
    }
}

TEST_CASE("Signing is refused in words while a signature is missing, and writes nothing", "[storage][signature]")
{
    StorageFixture f;
    const QString id = createDraft(f.db());
    InspectionSigner signer(f.store());
    QList<Signature> oneInspector = everyoneSigns();
    oneInspector.removeAt(1);
    Status s = signer.sign(id, oneInspector, u"陈项目"_s, {}, u"王检查"_s);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().code == u"signature.inspector_missing"_s);
    CHECK(s.error().message.contains(u"李监督"_s));

    QList<Signature> noRepresentative = everyoneSigns();
    noRepresentative.removeLast();
    s = signer.sign(id, noRepresentative, u"陈项目"_s, {}, u"王检查"_s);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().code == u"signature.representative_missing"_s);

    QList<Signature> notPng = everyoneSigns();
    notPng[0].pngBytes = "GIF89a";
    s = signer.sign(id, notPng, u"陈项目"_s, {}, u"王检查"_s);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.error().code == u"signature.image"_s);

    CHECK(InspectionRepository(f.db()).find(id)->status == u"draft"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM attachments"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM blobs"_s) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'attachments'"_s) == 0);
}

TEST_CASE("A site representative who refuses to sign is recorded with the note instead of a signature",
          "[storage][signature]")
{
    StorageFixture f;
    const QString id = createDraft(f.db());
    InspectionSigner signer(f.store());
    QList<Signature> inspectors = everyoneSigns();
    inspectors.removeLast();
    const Status s = signer.sign(id, inspectors, u"陈项目"_s, u"称需请示公司后再签"_s, u"王检查"_s);
    INFO(errorText(s));
    REQUIRE(s.isOk());
    auto stored = InspectionRepository(f.db()).find(id);
    CHECK(stored->status == u"signed"_s);
    CHECK(stored->siteRepresentative == u"陈项目"_s);
    CHECK(stored->notes.startsWith(u"第二轮全覆盖检查\n"_s));
    CHECK(stored->notes.contains(u"称需请示公司后再签"_s));
    CHECK(stored->notes.contains(u"陈项目"_s));
    CHECK(f.scalar(u"SELECT count(*) FROM attachments WHERE role = 'signature'"_s) == 2);
}

TEST_CASE("An amendment links to the signed original, starts from its answers and leaves it unchanged",
          "[storage][signature]")
{
    StorageFixture f;
    QSqlDatabase db = f.db();
    const QString id = createDraft(db);
    answer(db, id, u"V2024-08-04"_s, u"fail"_s, u"基坑周边未设置防护栏杆"_s);
    answer(db, id, u"B.1-01"_s, u"pass"_s);
    InspectionSigner signer(f.store());

    const auto notYet = signer.amend(id, u"王检查"_s);
    REQUIRE_FALSE(notYet.isOk());
    CHECK(notYet.error().code == u"inspection.not_signed"_s);

    REQUIRE(signer.sign(id, everyoneSigns(), u"陈项目"_s, {}, u"王检查"_s));
    const QString inspectionSql = u"SELECT * FROM inspections WHERE id = ?"_s;
    const QString answersSql = u"SELECT * FROM inspection_answers WHERE inspection_id = ? ORDER BY id"_s;
    const QStringList originalBefore = rowsOf(db, inspectionSql, id);
    const QStringList answersBefore = rowsOf(db, answersSql, id);
    REQUIRE(answersBefore.size() == 2);
    const qint64 outboxBefore = f.scalar(u"SELECT count(*) FROM outbox"_s);

    const auto amendment = signer.amend(id, u"李监督"_s, {-300, false});
    INFO(errorText(amendment));
    REQUIRE(amendment.isOk());
    const QString amendId = amendment.value();
    CHECK(amendId != id);

    CHECK(rowsOf(db, inspectionSql, id) == originalBefore);
    CHECK(rowsOf(db, answersSql, id) == answersBefore);

    InspectionRepository repo(db);
    auto original = repo.find(id);
    auto amended = repo.find(amendId);
    REQUIRE(amended);
    CHECK(amended->amendsInspectionId == id);
    CHECK(amended->status == u"draft"_s);
    CHECK(amended->projectId == original->projectId);
    CHECK(amended->kind == original->kind);
    CHECK(amended->round == 2);
    CHECK(amended->checklists == original->checklists);
    CHECK(amended->inspectors == original->inspectors);
    CHECK_FALSE(amended->signedAt.isValid());
    REQUIRE(amended->timeTrust.clockOffsetMs);
    CHECK(*amended->timeTrust.clockOffsetMs == -300);

    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT a.item_code, a.result, a.note, a.deduction, a.id FROM inspection_answers a "
                   "WHERE a.inspection_id = '%1' ORDER BY a.item_code"_s.arg(amendId)));
    QStringList copied;
    while (q.next()) {
        copied.append(u"%1 %2 %3 %4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                          .arg(q.value(3).toDouble()));
        CHECK_FALSE(q.value(4).toString().startsWith(id)); // a new row, not the original's id
    }
    CHECK(copied == QStringList{u"B.1-01 pass  2"_s, u"V2024-08-04 fail 基坑周边未设置防护栏杆 2"_s});

    // Queued for the server: the new inspection and its two answers; the original gets no mutation.
    CHECK(f.scalar(u"SELECT count(*) FROM outbox"_s) == outboxBefore + 3);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspections' AND op = 'insert' AND entity_id = '%1' "
                   "AND json_extract(fields, '$.amends_inspection_id.value') = '%2'"_s.arg(amendId, id))
          == 1);
    CHECK(f.scalar(u"SELECT count(*) FROM outbox WHERE entity = 'inspection_answers' AND op = 'insert' AND "
                   "json_extract(fields, '$.inspection_id.value') = '%1'"_s.arg(amendId))
          == 2);

    // The amendment is an ordinary draft: it can be corrected and signed in its turn.
    Inspection correction = *amended;
    correction.notes = u"更正：B.1-01 应为不符合"_s;
    REQUIRE(repo.update(correction, u"李监督"_s));
    REQUIRE(exec(db, u"UPDATE inspection_answers SET result = 'fail' WHERE inspection_id = '%1' AND "
                     "item_code = 'B.1-01'"_s.arg(amendId)));
    CHECK(rowsOf(db, answersSql, id) == answersBefore);
    REQUIRE(signer.sign(amendId, everyoneSigns(), u"陈项目"_s, {}, u"李监督"_s));
    CHECK(repo.find(amendId)->status == u"signed"_s);
}
