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

TEST_CASE("A page's new hazards enter both search indexes at its commit, as they stand then, and a row taken back "
          "by a savepoint never does",
          "[pull][search]")
{
    StorageFixture f;
    const QString a = u"01930000-0000-7000-8000-0000000000b1"_s, b = u"01930000-0000-7000-8000-0000000000b2"_s,
                  c = u"01930000-0000-7000-8000-0000000000b3"_s;
    const auto found = [&](const QString &words) {
        QSqlQuery q(f.db());
        REQUIRE(q.exec(u"SELECT h.id FROM hazards_fts JOIN hazards h ON h.seq = hazards_fts.rowid "
                       "WHERE hazards_fts MATCH '\"%1\"' ORDER BY h.id"_s.arg(words)));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    };
    {
        PulledRowWriter writer(f.db());
        REQUIRE(writer.begin().isOk());
        REQUIRE(writer.write(pulledHazard(a, 51, u"脚手架连墙件缺失"_s, u"3号楼"_s)).isOk());
        // Held aside: the savepoint takes the row back, and its rowid goes to the next new row.
        REQUIRE(writer.savepoint().isOk());
        REQUIRE(writer.write(pulledHazard(b, 52, u"基坑临边无防护"_s, u"2号楼"_s)).isOk());
        REQUIRE(writer.undoToSavepoint().isOk());
        REQUIRE(writer.write(pulledHazard(c, 53, u"塔吊限位失灵"_s, u"1号楼"_s)).isOk());
        // A later version of A in the same transaction (a carried page): indexed as it stands at the commit.
        REQUIRE(writer.write(pulledHazard(a, 60, u"脚手架连墙件已补设"_s, u"3号楼"_s)).isOk());
        CHECK(found(u"塔吊限"_s).isEmpty()); // not before the commit
        REQUIRE(writer.commit(std::nullopt).isOk());
    }
    CHECK(found(u"塔吊限"_s) == QStringList{c});
    CHECK(found(u"已补设"_s) == QStringList{a});
    CHECK(found(u"连墙件缺失"_s).isEmpty());
    CHECK(found(u"基坑临"_s).isEmpty());
    CHECK(f.scalar(u"SELECT count(*) FROM hazards WHERE id = '%1'"_s.arg(b)) == 0);
    CHECK(f.scalar(u"SELECT count(*) FROM hazards_fts"_s) == f.scalar(u"SELECT count(*) FROM hazards"_s));
    const qint64 seqC = f.scalar(u"SELECT seq FROM hazards WHERE id = '%1'"_s.arg(c));
    CHECK(gramMatches(f.db(), u"塔吊"_s) == QList<qint64>{seqC});
    CHECK(gramMatches(f.db(), u"基坑"_s).isEmpty());
    QSqlQuery check(f.db());
    CHECK(check.exec(u"INSERT INTO hazards_fts (hazards_fts, rank) VALUES ('integrity-check', 1)"_s));
    CHECK(indexMatchesView(f.db()));
}
