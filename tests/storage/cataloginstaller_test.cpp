#include "storage/cataloginstaller.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/catalogids.h"
#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
QString textOf(QSqlDatabase db, const QString &code)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT text FROM criteria_items WHERE code = ?"_s);
    q.addBindValue(code);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("A newer catalog version rewrites the installed wording in place, ids unchanged", "[storage][catalog]")
{
    StorageFixture f;
    const QDateTime stamp(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    // A store installed by an older build: catalog version 1 with the old wording of 10-02.
    CriteriaCatalog old = CriteriaCatalogLoader::builtIn(u"V2024"_s).value();
    const int current = old.catalogVersion;
    REQUIRE(current >= 2);
    old.catalogVersion = 1;
    for (CriteriaArticle &a : old.articles) {
        for (CriteriaItem &i : a.items) {
            if (i.code == u"V2024-10-02")
                i.text = u"在建工程及脚手架、机械设备、场内机动车道与外电架空线路之间的安全距离不符合规范要求，且未采取防护措施"_s;
        }
    }
    REQUIRE(CatalogInstaller(f.db(), stamp).install(old).isOk());
    CHECK(textOf(f.db(), u"V2024-10-02"_s).contains(u"，且未采取"_s));
    const qint64 items = f.scalar(u"SELECT count(*) FROM criteria_items"_s);

    // The same old version again changes nothing; the built-in (newer) version rewrites the text.
    REQUIRE(CatalogInstaller(f.db(), stamp).install(old).isOk());
    REQUIRE(CatalogInstaller(f.db(), stamp.addDays(1)).installBuiltIn().isOk());
    CHECK(textOf(f.db(), u"V2024-10-02"_s) == u"在建工程及脚手架、机械设备、场内机动车道与外电架空线路之间的安全距离不符合规范要求且未采取防护措施"_s);
    CHECK(f.scalar(u"SELECT catalog_version FROM criteria_sets WHERE code = 'V2024'"_s) == current);
    CHECK(f.scalar(u"SELECT count(*) FROM criteria_sets WHERE code = 'V2024'"_s) == 1);
    // Same rows (name-based ids), one per code; the V2024 items did not multiply.
    CHECK(f.scalar(u"SELECT count(*) FROM criteria_items WHERE set_id = '"_s + CatalogIds::set(u"V2024"_s) + u"'"_s)
          == items);
    QSqlQuery q(f.db());
    q.prepare(u"SELECT id FROM criteria_items WHERE code = 'V2024-10-02'"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == CatalogIds::item(u"V2024"_s, u"item"_s, u"V2024-10-02"_s));
    // Both template versions exist; the new one lists the same items.
    CHECK(f.scalar(u"SELECT count(*) FROM checklist_templates WHERE code = 'V2024'"_s) == 2);
    // The old 2022 text had summary wording marked certain; now every 2022 item carries the official text.
    CHECK(textOf(f.db(), u"V2022-11-02"_s) == u"有限空间作业时现场未有专人负责监护工作"_s);
    CHECK(f.scalar(u"SELECT count(*) FROM criteria_items WHERE code LIKE 'V2022-%' AND is_uncertain = 1"_s) == 0);
}
