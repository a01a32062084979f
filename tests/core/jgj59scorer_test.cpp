#include "core/jgj59scorer.h"

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
ScoreSheetCatalog catalog()
{
    auto loaded = ScoreSheetCatalogLoader::builtIn();
    REQUIRE(loaded.isOk());
    return loaded.value();
}
} // namespace

TEST_CASE("Deductions beyond an item's points floor at zero", "[core][jgj59]")
{
    const ScoreSheetCatalog c = catalog();
    const Jgj59Scorer scorer(c);
    const ScoreSheet &civil = *c.findSheet(u"B.2"); // 文明施工: six guaranteed, four general, 10 each
    // General item B.2-07 loses 25 of its 10 points: it counts 0, not -15.
    const SheetScore s = scorer.scoreSheet(civil, {{u"B.2-07"_s, {25, false}}});
    CHECK_FALSE(s.isVetoed);
    CHECK(s.score == Approx(90));
}

TEST_CASE("A guaranteed item at zero vetoes the sheet", "[core][jgj59]")
{
    const ScoreSheetCatalog c = catalog();
    const Jgj59Scorer scorer(c);
    const SheetScore s = scorer.scoreSheet(*c.findSheet(u"B.1"), {{u"B.1-01"_s, {10, false}}});
    CHECK(s.isVetoed);
    CHECK(s.score == 0);
}

TEST_CASE("Guaranteed items under 40 of 60 veto the sheet even when none is zero", "[core][jgj59]")
{
    const ScoreSheetCatalog c = catalog();
    const Jgj59Scorer scorer(c);
    QHash<QString, ItemMark> marks;
    for (int i = 1; i <= 6; ++i) // each guaranteed item loses 4 of 10: 36 of 60
        marks.insert(u"B.1-0%1"_s.arg(i), {4, false});
    const SheetScore vetoed = scorer.scoreSheet(*c.findSheet(u"B.1"), marks);
    CHECK(vetoed.guaranteedScaled == Approx(36));
    CHECK(vetoed.isVetoed);
    for (int i = 1; i <= 6; ++i) // 3 of 10 each: 42 of 60 passes
        marks.insert(u"B.1-0%1"_s.arg(i), {3, false});
    const SheetScore passed = scorer.scoreSheet(*c.findSheet(u"B.1"), marks);
    CHECK_FALSE(passed.isVetoed);
    CHECK(passed.score == Approx(82));
}

TEST_CASE("Missing items are scaled out: A2 = D / E × 100", "[core][jgj59]")
{
    const ScoreSheetCatalog c = catalog();
    const Jgj59Scorer scorer(c);
    // B.2: general items 07 and 08 do not apply; 09 loses 5. D = 100 - 20 - 5 = 75 of E = 80.
    const SheetScore s = scorer.scoreSheet(
        *c.findSheet(u"B.2"), {{u"B.2-07"_s, {0, true}}, {u"B.2-08"_s, {0, true}}, {u"B.2-09"_s, {5, false}}});
    CHECK(s.score == Approx(75.0 * 100.0 / 80.0));
}

TEST_CASE("Summary: A1 = B × C / 100, mean of sheets, missing rows scaled, rating", "[core][jgj59]")
{
    const ScoreSheetCatalog c = catalog();
    const Jgj59Scorer scorer(c);
    // Inspected: B.1 (loses 10 on a general item → 90), B.2 (full), B.3 (loses 20 → 80) and B.8 (full → 100).
    // 安全管理 10×90/100 = 9; 文明施工 15; 脚手架 10 × mean(80, 100)/100 = 9. Rows present 35 points.
    QHash<QString, ItemMark> marks{{u"B.1-07"_s, {10, false}}, {u"B.3-07"_s, {10, false}},
                                   {u"B.3-08"_s, {10, false}}};
    const SummaryScore s = scorer.score(marks, {u"B.2"_s, u"B.8"_s});
    CHECK(s.sheets.size() == 4);
    CHECK(s.rowScores.value(u"A-01"_s) == Approx(9));
    CHECK(s.rowScores.value(u"A-02"_s) == Approx(15));
    CHECK(s.rowScores.value(u"A-03"_s) == Approx(9));
    CHECK(s.total == Approx(33.0 * 100.0 / 35.0)); // 94.29
    CHECK(s.rating == SafetyRating::Excellent);

    // A zero sheet makes the whole inspection 不合格 whatever the total.
    marks.insert(u"B.1-01"_s, {10, false});
    const SummaryScore failed = scorer.score(marks, {u"B.2"_s, u"B.8"_s});
    CHECK(failed.hasZeroSheet);
    CHECK(failed.rating == SafetyRating::Unqualified);
}

TEST_CASE("Rating bands: 80 and over 优良, 70 to 80 合格, under 70 不合格", "[core][jgj59]")
{
    const ScoreSheetCatalog c = catalog();
    const Jgj59Scorer scorer(c);
    const auto rate = [&](double deductedOnGeneral) {
        // Only B.2 inspected; general items 07..10 share the deduction (never vetoed).
        QHash<QString, ItemMark> marks;
        for (int i = 7; i <= 10; ++i)
            marks.insert(u"B.2-%1"_s.arg(i, 2, 10, QLatin1Char('0')), {deductedOnGeneral / 4, false});
        return scorer.score(marks, {});
    };
    CHECK(rate(20).rating == SafetyRating::Excellent);  // 80
    CHECK(rate(25).rating == SafetyRating::Qualified);  // 75
    CHECK(rate(31).rating == SafetyRating::Unqualified); // 69
}

TEST_CASE("JGJ 59 deduction rules: how many items carry them, and every rule fits its item", "[core][jgj59][catalog]")
{
    const ScoreSheetCatalog c = catalog();
    int items = 0;
    int withRules = 0;
    int complete = 0;
    int uncertain = 0;
    for (const ScoreSheet &sheet : c.sheets) {
        for (const ScoreSheetItem &item : sheet.items) {
            ++items;
            withRules += item.deductions.isEmpty() ? 0 : 1;
            complete += item.isDeductionsComplete ? 1 : 0;
            uncertain += item.isUncertain() ? 1 : 0;
            INFO(item.code.toStdString());
            // An item with no rule can never claim a complete set; it stays visible as uncertain.
            if (item.deductions.isEmpty()) {
                CHECK_FALSE(item.isDeductionsComplete);
                CHECK(item.isUncertain());
            }
            for (const DeductionRule &rule : item.deductions) {
                INFO(rule.text.toStdString());
                CHECK_FALSE(rule.text.isEmpty());
                CHECK(rule.minPoints > 0);
                CHECK(rule.minPoints <= rule.maxPoints);
                CHECK(rule.maxPoints <= item.points);
            }
        }
    }
    CHECK(items == 189);
    // Read from copies of the standard's tables B.1, B.3, B.11 and B.14 (docs/architecture.md, "Catalog fidelity").
    CHECK(withRules == 21);
    CHECK(complete == 17);
    // Only B.14-01 has both its points (domain reference ✅) and its whole rule set read from the table.
    CHECK(uncertain == 188);

    const ScoreSheetItem &guard = c.findSheet(u"B.14")->items[0];
    REQUIRE(guard.deductions.size() == 4);
    CHECK(guard.deductions[0].maxPoints == 10);
    const ScoreSheetItem &perPlace = c.findSheet(u"B.3")->items[2];
    CHECK(perPlace.deductions[0].isPerInstance);
}

TEST_CASE("A deduction rule worth more than its item is refused", "[core][jgj59][catalog]")
{
    const QByteArray tooMuch = R"({"kind":"score-sheets","code":"S","catalogVersion":1,"sheets":[{"code":"B.1",
        "title":"t","split":false,"items":[{"code":"B.1-01","title":"a","kind":"unsplit","points":100,
        "deductions":[{"text":"x","min":5,"max":120}]}]}],"summary":[{"code":"A","title":"a","points":100,
        "sheets":["B.1"]}]})";
    const auto loaded = ScoreSheetCatalogLoader::fromJson(tooMuch);
    REQUIRE_FALSE(loaded.isOk());
    CHECK(loaded.error().code == u"catalog.deduction"_s);
}
