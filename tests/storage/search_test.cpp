#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storage/cataloginstaller.h"
#include "storage/hazardrepository.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QStringList search(QSqlDatabase db, const QString &query)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT h.id, highlight(hazards_fts, 0, '[', ']') FROM hazards_fts JOIN hazards h ON h.seq = "
              "hazards_fts.rowid WHERE hazards_fts MATCH ? ORDER BY h.seq"_s);
    q.addBindValue(QString(u"\""_s + query + u"\""_s));
    REQUIRE(q.exec());
    QStringList out;
    while (q.next())
        out.append(q.value(1).toString());
    return out;
}
} // namespace

TEST_CASE("Full-text search finds Chinese substrings in description, project and criterion text",
          "[storage][search]")
{
    StorageFixture f;
    REQUIRE(CatalogInstaller(f.db(), QDateTime::currentDateTimeUtc()).installBuiltIn().isOk());
    HazardRepository repo(f.db());
    Hazard h;
    h.projectId = QString::fromUtf16(StorageFixture::kProjectId);
    h.description = u"悬挑式卸料平台拉结点未设置在主体结构上"_s;
    h.criteriaItem = u"V2024-09-03"_s;
    h.measure = u"deadline"_s;
    const auto id = repo.create(h, u"张伟"_s);
    REQUIRE(id.isOk());

    CHECK(search(f.db(), u"卸料平台"_s) == QStringList{u"悬挑式[卸料平台]拉结点未设置在主体结构上"_s});
    CHECK(search(f.db(), u"江东新区"_s).size() == 1);     // project name
    CHECK(search(f.db(), u"搁置点、拉结点"_s).size() == 1); // official criterion wording
    CHECK(search(f.db(), u"塔式起重机"_s).isEmpty());

    h.id = id.value();
    h.description = u"塔式起重机附着装置松动"_s;
    REQUIRE(repo.update(h, u"张伟"_s).isOk());
    CHECK(search(f.db(), u"拉结点未设置"_s).isEmpty()); // the old description is gone from the index
    CHECK(search(f.db(), u"卸料平台"_s).size() == 1);  // still found through its criterion text
    CHECK(search(f.db(), u"附着装置"_s).size() == 1);
}
