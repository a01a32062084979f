#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/hazardrepository.h"
#include "storage/pulledrowwriter.h"
#include "storage/shortwords.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
PulledRow pulledHazard(const QString &id, qint64 serverSeq, const QString &description, const QVariant &location)
{
    return {u"hazards"_s, id, serverSeq,
            {u"project_id"_s, u"criteria_set"_s, u"criteria_item"_s, u"is_major"_s, u"description"_s, u"location"_s,
             u"measure"_s, u"deadline"_s, u"found_at"_s, u"found_by"_s, u"created_at"_s, u"updated_at"_s},
            {QString::fromUtf16(StorageFixture::kProjectId), u"V2024"_s, u"V2024-09-04"_s, 0, description, location,
             u"partial_stop"_s, u"2026-12-09"_s, u"2026-12-01T02:00:00.000Z"_s, u"李娜"_s,
             u"2026-12-01T02:00:00.000Z"_s, u"2026-12-01T02:00:00.000Z"_s}};
}

/// The rowids hazard_grams finds for a one- or two-character word (as the hazard list's short-word search asks).
QList<qint64> gramMatches(QSqlDatabase db, const QString &word)
{
    const QList<uint> points = word.toUcs4();
    const QString term = points.size() == 1 ? u"\"%1x\" *"_s.arg(points[0])
                                            : u"\"%1x%2\""_s.arg(points[0]).arg(points[1]);
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT rowid FROM hazard_grams WHERE hazard_grams MATCH '%1' ORDER BY rowid"_s.arg(term)));
    QList<qint64> rows;
    while (q.next())
        rows.append(q.value(0).toLongLong());
    return rows;
}

bool indexMatchesView(QSqlDatabase db)
{
    QSqlQuery q(db); // rank 1: FTS5 compares the index with what the view computes now from hazards_fts
    return q.exec(u"INSERT INTO hazard_grams (hazard_grams, rank) VALUES ('integrity-check', 1)"_s);
}
} // namespace

TEST_CASE("Pulled hazards get the short-word tokens the view would make, written by the pull, and every other "
          "writer gets them from the trigger as before",
          "[pull][search]")
{
    StorageFixture f;
    const QString a = u"01930000-0000-7000-8000-0000000000a1"_s, b = u"01930000-0000-7000-8000-0000000000a2"_s;
    {
        PulledRowWriter writer(f.db());
        REQUIRE(writer.begin().isOk());
        CHECK(f.scalar(u"SELECT count(*) FROM search_tokens_writer"_s) == 1);
        // ASCII letters folded as lower() folds them, a character outside the BMP, a NULL location.
        REQUIRE(writer.write(pulledHazard(a, 41, u"塔吊QZ基础积水𠀀"_s, u"3号楼"_s)).isOk());
        REQUIRE(writer.write(pulledHazard(b, 42, u"卸料平台限载牌缺失"_s, QVariant(QMetaType(QMetaType::QString))))
                    .isOk());
        REQUIRE(writer.commit(std::nullopt).isOk());
    }
    CHECK(f.scalar(u"SELECT count(*) FROM search_tokens_writer"_s) == 0); // never committed
    CHECK(indexMatchesView(f.db()));
    const qint64 seqA = f.scalar(u"SELECT seq FROM hazards WHERE id = '%1'"_s.arg(a));
    const qint64 seqB = f.scalar(u"SELECT seq FROM hazards WHERE id = '%1'"_s.arg(b));
    CHECK(gramMatches(f.db(), u"塔吊"_s) == QList<qint64>{seqA});
    CHECK(gramMatches(f.db(), u"qz"_s) == QList<qint64>{seqA});
    CHECK(gramMatches(f.db(), u"𠀀"_s) == QList<qint64>{seqA});
    CHECK(gramMatches(f.db(), u"限载"_s) == QList<qint64>{seqB});
    // The project's name is searched too: both hazards share it.
    QSqlQuery texts(f.db());
    REQUIRE(texts.exec(u"SELECT c0, c1, c2, c3 FROM hazards_fts_content WHERE id = %1"_s.arg(seqB)));
    REQUIRE(texts.next());
    REQUIRE(texts.value(2).toString().size() >= 2);
    CHECK(gramMatches(f.db(), texts.value(2).toString().left(2)) == QList<qint64>{seqA, seqB});
    // The C++ tokens are the view's, token for token.
    QSqlQuery view(f.db());
    REQUIRE(view.exec(u"SELECT bigrams FROM hazard_search_bigrams WHERE seq = %1"_s.arg(seqB)));
    REQUIRE(view.next());
    CHECK(shortWordTokens(texts.value(0).toString(), texts.value(1).toString(), texts.value(2).toString(),
                          texts.value(3).toString())
          == view.value(0).toString());

    // A rolled-back page leaves neither the hazard nor the writer's row behind.
    {
        PulledRowWriter writer(f.db());
        REQUIRE(writer.begin().isOk());
        REQUIRE(writer.write(pulledHazard(u"01930000-0000-7000-8000-0000000000a3"_s, 43, u"临边防护缺失"_s,
                                          u"5号楼"_s))
                    .isOk());
        writer.rollback();
    }
    CHECK(f.scalar(u"SELECT count(*) FROM search_tokens_writer"_s) == 0);
    CHECK(gramMatches(f.db(), u"临边"_s).isEmpty());

    // The app's own new hazard: the trigger makes its tokens again.
    Hazard own;
    own.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    own.description = u"洞口盖板缺失"_s;
    own.measure = u"partial_stop"_s;
    own.deadline = QDate(2026, 12, 8);
    auto created = HazardRepository(f.db()).create(own, u"张伟"_s);
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created);
    const qint64 seqOwn = f.scalar(u"SELECT seq FROM hazards WHERE id = '%1'"_s.arg(created.value()));
    CHECK(gramMatches(f.db(), u"洞口"_s) == QList<qint64>{seqOwn});
    CHECK(indexMatchesView(f.db()));
}
