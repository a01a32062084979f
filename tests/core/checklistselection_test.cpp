#include "core/checklistselection.h"

#include <catch2/catch.hpp>

#include "core/criteriacatalog.h"
#include "core/scoresheetcatalog.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

using Work = ChecklistSelection::DangerousWork;

TEST_CASE("Every project walks the five general JGJ 59 sheets", "[core][checklists]")
{
    CHECK(ChecklistSelection::scoreSheetsFor({}, {})
          == QStringList{u"B.1"_s, u"B.2"_s, u"B.13"_s, u"B.14"_s, u"B.19"_s});
}

TEST_CASE("Dangerous works and equipment add their JGJ 59 sheets, in sheet order", "[core][checklists]")
{
    // The descriptions the demo generator writes (src/demo/sitegenerator.cpp) and the equipment kinds of the schema.
    const QList<Work> works{{u"excavation"_s, u"地下室基坑，开挖深度8米"_s},
                            {u"formwork"_s, u"高大模板支撑体系"_s},
                            {u"lifting"_s, u"塔式起重机安装、顶升加节及拆卸"_s},
                            {u"scaffolding"_s, u"型钢悬挑脚手架，分段搭设高度21.0米"_s}};
    CHECK(ChecklistSelection::scoreSheetsFor(works, {u"tower_crane"_s, u"construction_hoist"_s})
          == QStringList{u"B.1"_s, u"B.2"_s, u"B.8"_s, u"B.11"_s, u"B.12"_s, u"B.13"_s, u"B.14"_s, u"B.16"_s,
                         u"B.17"_s, u"B.18"_s, u"B.19"_s});
    CHECK(ChecklistSelection::scoreSheetsFor({}, {u"material_hoist"_s}).contains(u"B.15"_s));
}

TEST_CASE("Each scaffold kind maps to its own sheet", "[core][checklists]")
{
    const QList<QPair<QString, QString>> cases{
        {u"落地式钢管脚手架，搭设高度30.0米"_s, u"B.3"_s}, {u"扣件式钢管脚手架"_s, u"B.3"_s},
        {u"门式钢管脚手架"_s, u"B.4"_s},                   {u"碗扣式钢管脚手架"_s, u"B.5"_s},
        {u"承插型盘扣式钢管脚手架"_s, u"B.6"_s},           {u"满堂脚手架"_s, u"B.7"_s},
        {u"型钢悬挑脚手架，分段搭设高度18.0米"_s, u"B.8"_s}, {u"附着式升降脚手架，提升高度60米"_s, u"B.9"_s},
        {u"高处作业吊篮"_s, u"B.10"_s},                    {u"外脚手架"_s, u"B.3"_s}};
    for (const auto &[description, sheet] : cases) {
        INFO(description.toStdString());
        const QStringList sheets = ChecklistSelection::scoreSheetsFor({{u"scaffolding"_s, description}}, {});
        CHECK(sheets.contains(sheet));
        CHECK(sheets.size() == 6); // the five general sheets and exactly this one
    }
    // A gondola filed as "other" still brings its sheet; other "other" works bring none.
    CHECK(ChecklistSelection::scoreSheetsFor({{u"other"_s, u"幕墙施工采用高处作业吊篮"_s}}, {}).contains(u"B.10"_s));
    CHECK(ChecklistSelection::scoreSheetsFor({{u"other"_s, u"装配式建筑混凝土预制构件安装"_s}}, {}).size() == 5);
}

TEST_CASE("Every sheet the selection can name exists in the JGJ 59 catalog", "[core][checklists]")
{
    auto catalog = ScoreSheetCatalogLoader::builtIn();
    REQUIRE(catalog);
    QList<Work> everything;
    for (const QString &category : {u"excavation"_s, u"formwork"_s, u"lifting"_s, u"scaffolding"_s})
        everything.append({category, QString()});
    for (const QString &d : {u"门式"_s, u"碗扣"_s, u"盘扣"_s, u"满堂"_s, u"悬挑"_s, u"附着式升降"_s, u"吊篮"_s})
        everything.append({u"scaffolding"_s, d});
    const QStringList sheets = ChecklistSelection::scoreSheetsFor(
        everything, {u"tower_crane"_s, u"construction_hoist"_s, u"material_hoist"_s});
    CHECK(sheets.size() == catalog.value().sheets.size()); // all 19
    for (const QString &code : sheets) {
        INFO(code.toStdString());
        CHECK(catalog.value().findSheet(code) != nullptr);
    }
}

TEST_CASE("The criteria edition in force follows the catalog's dates", "[core][checklists]")
{
    QList<ChecklistSelection::Edition> editions;
    for (const QString &code : CriteriaCatalogLoader::builtInCodes()) {
        auto catalog = CriteriaCatalogLoader::builtIn(code);
        REQUIRE(catalog);
        editions.append({catalog.value().code, catalog.value().effective, catalog.value().repealedOn});
    }
    CHECK(ChecklistSelection::editionInForce(editions, QDate(2024, 6, 1)) == u"V2022");
    CHECK(ChecklistSelection::editionInForce(editions, QDate(2024, 12, 12)) == u"V2022");
    CHECK(ChecklistSelection::editionInForce(editions, QDate(2024, 12, 13)) == u"V2024");
    CHECK(ChecklistSelection::editionInForce(editions, QDate(2025, 1, 10)) == u"V2024");
    CHECK(ChecklistSelection::editionInForce(editions, QDate(2020, 1, 1)).isEmpty());
}
