// Full coverage per campaign (CoverageQuery, the Today page's coverage and not-covered section, the project list's
// round columns) on a small store written for the purpose: which inspections count is the point, so each one is
// placed on purpose — signed or draft, inside or just outside the campaign's period in China time.
#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

#include "core/uuidv7.h"
#include "models/coveragequery.h"
#include "models/projectlistmodel.h"
#include "models/todaymodel.h"
#include "modeltesthelpers.h"
#include "storage/datasetwriter.h"
#include "storage/datastore.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::test;

namespace {

/// Three projects under construction in 海口 (one more completed, which never counts) and one in 三亚; the 2026
/// campaign. Round 1: H1 signed in March (counts), H2 a draft (does not), H3 signed at 23:30 China time on the
/// last day of 2025 (outside), S1 signed at 00:30 China time on the first day of 2026 (inside). Round 2: H1
/// submitted, not signed (does not count).
struct CoverageStore {
    TestDir dir;
    std::unique_ptr<DataStore> store;
    QString draftId;

    CoverageStore()
    {
        auto opened = DataStore::open(dir.path());
        REQUIRE(opened.isOk());
        store = std::move(opened).value();
        Dataset d;
        d.jurisdictions << Jurisdiction{UuidV7::generate(), u"460100"_s, u"海口市"_s, u"prefecture_city"_s, {}}
                        << Jurisdiction{UuidV7::generate(), u"460200"_s, u"三亚市"_s, u"prefecture_city"_s, {}};
        const auto project = [&](const QString &name, const QString &code, const QString &status) {
            Project p;
            p.id = UuidV7::generate();
            p.name = name;
            p.jurisdictionCode = code;
            p.category = u"building"_s;
            p.status = status;
            d.projects << p;
            return p.id;
        };
        const QString h1 = project(u"海口一号"_s, u"460100"_s, u"under_construction"_s);
        const QString h2 = project(u"海口二号"_s, u"460100"_s, u"under_construction"_s);
        const QString h3 = project(u"海口三号"_s, u"460100"_s, u"under_construction"_s);
        const QString h4 = project(u"海口四号"_s, u"460100"_s, u"completed"_s);
        const QString s1 = project(u"三亚一号"_s, u"460200"_s, u"under_construction"_s);
        Campaign c;
        c.id = UuidV7::generate();
        c.code = u"HN-2026"_s;
        c.name = u"海南省房屋市政工程安全生产治理行动（2026年）"_s;
        c.startsOn = QDate(2026, 1, 1);
        c.endsOn = QDate(2026, 12, 31);
        c.round1Deadline = QDate(2026, 5, 31);
        c.round2Deadline = QDate(2026, 10, 31);
        d.campaigns << c;
        const auto inspection = [&](const QString &projectId, int round, const QDateTime &at, const QString &status) {
            Inspection i;
            i.id = UuidV7::generate();
            i.projectId = projectId;
            i.round = round;
            i.kind = u"round"_s;
            i.inspectors = QStringList{u"王敏"_s, u"李强"_s};
            i.startedAt = at;
            i.status = status;
            d.inspections << i;
            return i.id;
        };
        inspection(h1, 1, QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC), u"signed"_s);
        draftId = inspection(h2, 1, QDateTime(QDate(2026, 3, 11), QTime(2, 0), Qt::UTC), u"draft"_s);
        inspection(h3, 1, QDateTime(QDate(2025, 12, 31), QTime(15, 30), Qt::UTC), u"signed"_s);
        inspection(h4, 1, QDateTime(QDate(2026, 3, 12), QTime(2, 0), Qt::UTC), u"signed"_s);
        inspection(s1, 1, QDateTime(QDate(2025, 12, 31), QTime(16, 30), Qt::UTC), u"signed"_s);
        inspection(h1, 2, QDateTime(QDate(2026, 9, 1), QTime(2, 0), Qt::UTC), u"submitted"_s);
        REQUIRE(DatasetWriter(store->connection(), QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC)).write(d).isOk());
    }

    QString path() const { return store->database().path(); }

    /// The draft is signed (as the inspection's signing does).
    void signDraft()
    {
        QSqlQuery q(store->connection());
        q.prepare(u"UPDATE inspections SET status = 'signed' WHERE id = ?"_s);
        q.addBindValue(draftId);
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
};

const CoverageCount &countOf(const CoverageSummary &summary, const QString &code)
{
    const auto it = std::find_if(summary.jurisdictions.cbegin(), summary.jurisdictions.cend(),
                                 [&](const CoverageCount &c) { return c.jurisdictionCode == code; });
    REQUIRE(it != summary.jurisdictions.cend());
    return *it;
}

} // namespace

TEST_CASE("Coverage counts signed round inspections in the campaign's period, per 市县 and in total",
          "[models][coverage]")
{
    CoverageStore f;
    const QDate today(2026, 5, 8);
    CoverageSummary summary = CoverageQuery::load(f.store->connection(), {}, today);
    REQUIRE(summary.campaign.has_value());
    CHECK(summary.campaign->code == u"HN-2026");
    REQUIRE(summary.jurisdictions.size() == 2);
    const CoverageCount &haikou = countOf(summary, u"460100"_s);
    CHECK(haikou.jurisdictionName == u"海口市");
    CHECK(haikou.projects == 3); // the completed project is not under construction
    CHECK(haikou.round1 == 1);   // H1 only: H2 is a draft, H3 was inspected in China's 2025
    CHECK(haikou.percent(1) == 33);
    CHECK(countOf(summary, u"460200"_s).round1 == 1); // 00:30 on 1 January in China is in the period
    CHECK(summary.total.projects == 4);
    CHECK(summary.total.round1 == 2);
    CHECK(summary.total.percent(1) == 50);
    CHECK(summary.total.round2 == 0); // submitted, not signed

    // The inspector of 海口 sees 海口 alone.
    const CoverageSummary own = CoverageQuery::load(f.store->connection(), u"460100"_s, today);
    CHECK(own.jurisdictions.size() == 1);
    CHECK(own.total.round1 == 1);
    CHECK(own.total.projects == 3);

    // Signed, the draft counts.
    f.signDraft();
    summary = CoverageQuery::load(f.store->connection(), {}, today);
    CHECK(countOf(summary, u"460100"_s).round1 == 2);
    CHECK(summary.total.round1 == 3);
    CHECK(summary.total.percent(1) == 75);
}

TEST_CASE("Days left to each round's deadline are counted from the given day, not the clock", "[models][coverage]")
{
    CoverageStore f;
    CoverageSummary may = CoverageQuery::load(f.store->connection(), {}, QDate(2026, 5, 8));
    CHECK(may.daysLeft(1) == 23);
    CHECK(may.daysLeft(2) == 176);
    CHECK(CoverageQuery::roundText(may, may.total, 1) == u"Round 1 50% · 23 day(s) left");
    CHECK(CoverageQuery::summaryText(may).startsWith(u"海南省房屋市政工程安全生产治理行动（2026年）: Round 1 50%"));
    CHECK(CoverageQuery::jurisdictionsText(may) == u"海口市 33% / 0% · 三亚市 100% / 0%");

    const CoverageSummary lastDay = CoverageQuery::load(f.store->connection(), {}, QDate(2026, 5, 31));
    CHECK(CoverageQuery::roundText(lastDay, lastDay.total, 1) == u"Round 1 50% · due today");
    const CoverageSummary november = CoverageQuery::load(f.store->connection(), {}, QDate(2026, 11, 28));
    CHECK(november.daysLeft(1) == -181);
    CHECK(CoverageQuery::roundText(november, november.total, 2) == u"Round 2 0% · deadline passed 28 day(s) ago");

    // A day no campaign holds: no deadline, and every signed round inspection counts (H3's too).
    const CoverageSummary later = CoverageQuery::load(f.store->connection(), {}, QDate(2031, 7, 1));
    CHECK_FALSE(later.campaign.has_value());
    CHECK_FALSE(later.daysLeft(1).has_value());
    CHECK(later.total.round1 == 3);
    CHECK(CoverageQuery::roundText(later, later.total, 1) == u"Round 1 75%");
}

TEST_CASE("Today's coverage and not-covered projects follow the campaign of the page's day", "[models][coverage][today]")
{
    CoverageStore f;
    TodayModel model(f.path());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int loads = 0;
    QObject::connect(&model, &TodayModel::loaded, [&loads] { ++loads; });
    model.refresh({}, QDateTime(QDate(2026, 5, 8), QTime(10, 0), Qt::LocalTime));
    REQUIRE(waitFor([&] { return loads == 1; }));
    const TodayData &data = model.today();
    CHECK(data.round == 1); // round 1's deadline is ahead
    CHECK(data.coverage.total.round1 == 2);
    CHECK(data.coverage.daysLeft(1) == 23);
    REQUIRE(data.sections.size() == 5);
    CHECK(data.sections[4].kind == TodaySection::Kind::NotCovered);
    CHECK(data.sections[4].total == 2); // H2 (a draft) and H3 (inspected in 2025)

    f.signDraft();
    model.refresh({}, QDateTime(QDate(2026, 5, 8), QTime(10, 0), Qt::LocalTime));
    REQUIRE(waitFor([&] { return loads == 2; }));
    CHECK(model.today().sections[4].total == 1);

    // After round 1's deadline the page follows round 2, where nothing is signed yet.
    model.refresh({}, QDateTime(QDate(2026, 7, 1), QTime(10, 0), Qt::LocalTime));
    REQUIRE(waitFor([&] { return loads == 3; }));
    CHECK(model.today().round == 2);
    CHECK(model.today().sections[4].total == 4);
}

TEST_CASE("The project list's round columns show coverage in the campaign of its day", "[models][coverage][projects]")
{
    CoverageStore f;
    const auto coveredInRound1 = [&](QDate today) {
        ProjectListModel model(f.path(), today);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        ProjectFilter covered;
        covered.coverage = ProjectFilter::Coverage::CoveredInRound1;
        model.setFilter(covered);
        REQUIRE(waitFor([&] { return model.isReady(); }));
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row) {
            names << model.index(row, ProjectListModel::Name).data().toString();
            CHECK(model.index(row, ProjectListModel::Round1).data().toString() == u"Covered");
        }
        return names;
    };
    CHECK(coveredInRound1(QDate(2026, 5, 8)) == QStringList{u"三亚一号"_s, u"海口一号"_s, u"海口四号"_s});
    f.signDraft();
    CHECK(coveredInRound1(QDate(2026, 5, 8)) == QStringList{u"三亚一号"_s, u"海口一号"_s, u"海口二号"_s, u"海口四号"_s});
    // In 2025's terms (no campaign holds that day in this store) every signed inspection counts, H3's too.
    CHECK(coveredInRound1(QDate(2025, 6, 1)).contains(u"海口三号"_s));
}
