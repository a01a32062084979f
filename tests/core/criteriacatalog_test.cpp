#include "core/criteriacatalog.h"

#include <catch2/catch.hpp>

#include "core/scoresheetcatalog.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("The 2024 criteria: 18 articles, 53 judging items, official wording", "[core][catalog]")
{
    const auto loaded = CriteriaCatalogLoader::builtIn(u"V2024"_s);
    REQUIRE(loaded.isOk());
    const CriteriaCatalog &c = loaded.value();
    CHECK(c.articles.size() == 18);
    CHECK(c.judgingItemCount() == 53);
    CHECK(c.document == u"建质规〔2024〕5号"_s);
    CHECK(c.effective == QDate(2024, 12, 13));
    CHECK_FALSE(c.repealedOn.isValid());
    const QList<int> perArticle{5, 4, 4, 3, 9, 5, 2, 4, 2, 7, 3, 3, 1, 1};
    for (int i = 0; i < perArticle.size(); ++i)
        CHECK(c.articles[i + 3].items.size() == perArticle[i]);

    const CriteriaItem *crane = c.findItem(u"V2024-08-04");
    REQUIRE(crane != nullptr);
    CHECK(crane->text == u"建筑起重机械的安全装置不齐全、失效或者被违规拆除、破坏"_s);
    CHECK(c.articleOf(u"V2024-08-04")->title == u"建筑起重机械及吊装工程"_s);

    const CriteriaItem *collapse = c.findItem(u"V2024-05-04");
    REQUIRE(collapse != nullptr);
    CHECK(collapse->conditions.size() == 4);
    CHECK(collapse->conditionRule == u"anyAndNotHandled"_s);
    CHECK(c.findItem(u"V2024-17-01")->requiresReason);

    // Corrections of catalog version 2 (official text of 建质规〔2024〕5号).
    CHECK(c.catalogVersion >= 2);
    CHECK(c.findItem(u"V2024-10-02")->text.endsWith(u"不符合规范要求且未采取防护措施"_s));
    CHECK(c.findItem(u"V2024-13-06")->text.contains(u"地下管线等，采取专项防护措施"_s));
    CHECK(c.findItem(u"V2024-16-01")->text.endsWith(u"应判定为重大事故隐患"_s));
    CHECK(c.findItem(u"V2024-17-01")->text.endsWith(u"应判定为重大事故隐患"_s));
    CHECK(c.articles[0].text.startsWith(u"为准确认定、及时消除房屋建筑和市政基础设施工程"_s));
    CHECK(c.articles[17].text.contains(u"（建质规〔2022〕2号）同时废止"_s));
    for (const CriteriaArticle &a : c.articles) {
        INFO(a.code.toStdString());
        CHECK_FALSE(a.isUncertain);
        for (const CriteriaItem &i : a.items)
            CHECK_FALSE(i.isUncertain);
    }
}

TEST_CASE("The 2022 criteria: repealed, 34 judging items, uncertain items marked", "[core][catalog]")
{
    const auto loaded = CriteriaCatalogLoader::builtIn(u"V2022"_s);
    REQUIRE(loaded.isOk());
    const CriteriaCatalog &c = loaded.value();
    CHECK(c.articles.size() == 16);
    CHECK(c.judgingItemCount() == 34);
    CHECK(c.repealedOn == QDate(2024, 12, 13));
    // Items of articles 4-15 carry the official wording; articles 1-3 and 16 are not verified yet.
    CHECK(c.findItem(u"V2022-11-02")->text == u"有限空间作业时现场未有专人负责监护工作"_s);
    int uncertainItems = 0;
    for (const CriteriaArticle &a : c.articles) {
        for (const CriteriaItem &i : a.items)
            uncertainItems += i.isUncertain ? 1 : 0;
    }
    CHECK(uncertainItems == 0);
    for (int n : {0, 1, 2, 15})
        CHECK(c.articles[n].isUncertain);
}

TEST_CASE("The JGJ 59 score sheets: 19 sheets of 100 points, guaranteed 60 / general 40", "[core][catalog]")
{
    const auto loaded = ScoreSheetCatalogLoader::builtIn();
    REQUIRE(loaded.isOk());
    const ScoreSheetCatalog &c = loaded.value();
    CHECK(c.sheets.size() == 19);
    CHECK(c.summary.size() == 10);
    for (const ScoreSheet &s : c.sheets) {
        double guaranteed = 0, general = 0;
        for (const ScoreSheetItem &i : s.items) {
            if (i.kind == ScoreSheetItem::Kind::Guaranteed)
                guaranteed += i.points;
            else if (i.kind == ScoreSheetItem::Kind::General)
                general += i.points;
        }
        INFO(s.code.toStdString());
        if (s.isSplit) {
            CHECK(guaranteed == 60);
            CHECK(general == 40);
        }
    }
    const ScoreSheet *electricity = c.findSheet(u"B.14");
    REQUIRE(electricity != nullptr);
    CHECK(electricity->items[1].points == 20); // 接地与接零保护系统
    CHECK_FALSE(c.findSheet(u"B.13")->isSplit);
}

TEST_CASE("Malformed or inconsistent catalogs are refused with a reason", "[core][catalog]")
{
    CHECK(CriteriaCatalogLoader::fromJson("{not json").error().code == u"catalog.malformed"_s);
    CHECK(CriteriaCatalogLoader::fromJson(R"({"kind":"score-sheets"})").error().code == u"catalog.kind"_s);
    const QByteArray duplicate = R"({"kind":"major-hazard-criteria","code":"X","edition":1,"catalogVersion":1,
        "effective":"2024-01-01","articles":[{"number":1,"code":"X-01","judging":true,"items":[
        {"number":1,"code":"X-01-01","text":"a"},{"number":2,"code":"X-01-01","text":"b"}]}]})";
    const auto d = CriteriaCatalogLoader::fromJson(duplicate);
    REQUIRE_FALSE(d.isOk());
    CHECK(d.error().message.contains(u"X-01-01"_s));
    const QByteArray badPoints = R"({"kind":"score-sheets","code":"S","catalogVersion":1,"sheets":[{"code":"B.1",
        "items":[{"code":"B.1-01","kind":"general","points":90}]}],"summary":[]})";
    CHECK(ScoreSheetCatalogLoader::fromJson(badPoints).error().code == u"catalog.points"_s);
    CHECK(CriteriaCatalogLoader::builtIn(u"V1999"_s).error().code == u"catalog.unknown"_s);
}
