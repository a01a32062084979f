// The monthly report's figures against SQL written apart from MonthlyReport (months taken with SQLite's own
// '+8 hours', places spelled out), on the small demo dataset: three 市县, two months; the province's report is the
// sum of the 市县'; the command line's JSON is exactly the figures; the XLSX has the report and its ledgers.
#include "reports/monthlyreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/violationtypes.h"
#include "models/demofixture.h"
#include "models/modeltesthelpers.h"
#include "noticetesthelpers.h"
#include "reports/annualsummary.h"
#include "storage/annualsummaryrepository.h"
#include "support/tempdir.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

/// The figure as plain SQL: %P is the place condition on p, %M the month 'YYYY-MM', %N the next month's first day.
const QList<std::pair<QString, QString>> kIndependent{
    {u"projects_under_construction"_s, u"SELECT count(*) FROM projects p WHERE %P AND status = 'under_construction'"_s},
    {u"projects_inspected"_s, u"SELECT count(*) FROM projects p WHERE %P AND EXISTS (SELECT 1 FROM inspections i WHERE "
                              "i.project_id = p.id AND i.status IN ('submitted', 'signed') AND "
                              "strftime('%Y-%m', i.started_at, '+8 hours') = '%M')"_s},
    {u"inspections"_s, u"SELECT count(*) FROM inspections i, projects p WHERE p.id = i.project_id AND %P AND "
                       "i.status IN ('submitted', 'signed') AND strftime('%Y-%m', i.started_at, '+8 hours') = '%M'"_s},
    {u"hazards_found"_s, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %P AND "
                         "h.status IN ('open', 'rectifying', 'reported', 'verified', 'closed') AND "
                         "strftime('%Y-%m', h.found_at, '+8 hours') = '%M'"_s},
    {u"hazards_rectified"_s, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %P AND "
                             "h.status IN ('verified', 'closed') AND strftime('%Y-%m', h.found_at, '+8 hours') = '%M'"_s},
    {u"major_hazards_found"_s, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %P AND "
                               "h.is_major AND h.status != 'voided' AND strftime('%Y-%m', h.found_at, '+8 hours') = '%M'"_s},
    {u"major_hazards_closed"_s, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %P AND "
                                "h.is_major AND h.status = 'closed' AND strftime('%Y-%m', h.found_at, '+8 hours') = '%M'"_s},
    {u"major_hazards_listed"_s, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %P AND "
                                "h.is_major AND h.is_supervision_listed AND h.status != 'voided' AND "
                                "strftime('%Y-%m', h.found_at, '+8 hours') = '%M'"_s},
    {u"overdue"_s, u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND %P AND "
                   "h.status IN ('open', 'rectifying') AND strftime('%Y-%m', h.found_at, '+8 hours') = '%M' AND "
                   "date(coalesce(h.effective_deadline, h.deadline)) < date('%N')"_s},
    {u"rectification_notice_projects"_s,
     u"SELECT count(*) FROM projects p WHERE %P AND p.id IN (SELECT project_id FROM notices WHERE kind = "
     "'rectification' AND status = 'issued' AND strftime('%Y-%m', issued_at, '+8 hours') = '%M')"_s},
    {u"stop_work_projects"_s, u"SELECT count(*) FROM projects p WHERE %P AND p.id IN (SELECT project_id FROM notices "
                              "WHERE kind = 'stop_work' AND status = 'issued' AND "
                              "strftime('%Y-%m', issued_at, '+8 hours') = '%M')"_s},
    {u"enforcement_actions"_s, u"SELECT count(*) FROM enforcement_actions a, projects p WHERE p.id = a.project_id AND "
                               "%P AND substr(a.decided_on, 1, 7) = '%M'"_s},
    {u"enforcement_penalties"_s,
     u"SELECT count(*) FROM enforcement_actions a, projects p WHERE p.id = a.project_id AND %P AND "
     "substr(a.decided_on, 1, 7) = '%M' AND a.kind NOT IN ('reminder', 'warning_letter', 'interview', 'circular', "
     "'stop_work', 'credit_record', 'credit_points', 'judicial_referral', 'enforcement_proposal')"_s},
    {u"enforcement_fine_amount"_s, u"SELECT total(a.amount) FROM enforcement_actions a, projects p WHERE p.id = "
                                   "a.project_id AND %P AND substr(a.decided_on, 1, 7) = '%M' AND a.kind = 'fine'"_s},
    {u"enforcement_construction_procedure_projects"_s,
     u"SELECT count(DISTINCT a.project_id) FROM enforcement_actions a, projects p WHERE p.id = a.project_id AND %P "
     "AND substr(a.decided_on, 1, 7) = '%M' AND a.violation_code IN (%V1)"_s},
    {u"enforcement_contracting_violations"_s,
     u"SELECT count(*) FROM enforcement_actions a, projects p WHERE p.id = a.project_id AND %P AND "
     "substr(a.decided_on, 1, 7) = '%M' AND a.violation_code IN (%V2)"_s},
    {u"enforcement_enterprises"_s,
     u"SELECT count(DISTINCT a.enterprise_id) FROM enforcement_actions a, projects p WHERE p.id = a.project_id AND "
     "%P AND substr(a.decided_on, 1, 7) = '%M' AND a.kind IN ('fine', 'suspension', 'qualification_downgrade', "
     "'qualification_revoked', 'licence_suspended', 'revoke_practice', 'industry_ban')"_s},
    {u"enforcement_persons"_s,
     u"SELECT count(DISTINCT a.person_id) FROM enforcement_actions a, projects p WHERE p.id = a.project_id AND "
     "%P AND substr(a.decided_on, 1, 7) = '%M' AND a.kind IN ('fine', 'suspension', 'qualification_downgrade', "
     "'qualification_revoked', 'licence_suspended', 'revoke_practice', 'industry_ban')"_s},
    {u"incidents"_s, u"SELECT count(*) FROM incidents x, projects p WHERE p.id = x.project_id AND %P AND "
                     "strftime('%Y-%m', x.occurred_at, '+8 hours') = '%M'"_s},
    {u"deaths"_s, u"SELECT total(x.deaths) FROM incidents x, projects p WHERE p.id = x.project_id AND %P AND "
                  "strftime('%Y-%m', x.occurred_at, '+8 hours') = '%M'"_s},
    {u"dangers"_s, u"SELECT count(*) FROM danger_events x, projects p WHERE p.id = x.project_id AND %P AND "
                   "strftime('%Y-%m', x.occurred_at, '+8 hours') = '%M'"_s},
};

QString quotedGroup(const QString &group)
{
    QStringList out;
    for (const QString &code : ViolationTypes::codesInGroup(group))
        out << u"'"_s + code + u"'"_s;
    return out.join(u',');
}

double independent(QSqlDatabase db, const QString &key, const QString &place, const QString &month)
{
    QString sql;
    for (const auto &[k, s] : kIndependent)
        if (k == key)
            sql = s;
    INFO(key.toStdString());
    REQUIRE(!sql.isEmpty());
    // A year ("2026") instead of a month: the same SQL over the calendar year in China time.
    const bool isYear = month.size() == 4;
    if (isYear) {
        sql.replace(u"strftime('%Y-%m',"_s, u"strftime('%Y',"_s);
        sql.replace(u"substr(a.decided_on, 1, 7)"_s, u"substr(a.decided_on, 1, 4)"_s);
    }
    const QDate first = isYear ? QDate(month.toInt() + 1, 1, 1)
                               : QDate::fromString(month + u"-01"_s, Qt::ISODate).addMonths(1);
    sql.replace(u"%P"_s, place.isEmpty() ? u"1"_s
                                          : u"(p.jurisdiction_code = '%1' OR p.park_code = '%1')"_s.arg(place));
    sql.replace(u"%M"_s, month);
    sql.replace(u"%N"_s, first.toString(Qt::ISODate));
    sql.replace(u"%V1"_s, quotedGroup(u"construction_procedure"_s));
    sql.replace(u"%V2"_s, quotedGroup(u"contracting"_s));
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toDouble();
}

} // namespace

TEST_CASE("Every monthly figure equals an independent SQL count for three 市县 and two months, the province is their "
          "sum and the command line writes exactly the figures",
          "[report]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    const ReadConnection read(db);
    int nonZero = 0;
    for (const QString &month : {u"2026-10"_s, u"2026-11"_s}) {
        const LedgerPeriod period = *LedgerPeriod::parse(month);
        for (const QString &place : {u"460100"_s, u"460200"_s, u"469005"_s}) {
            const auto figures = MonthlyReport::figures(read, place, period);
            REQUIRE(figures);
            CHECK(figures.value().keys().size() == MonthlyReport::keys().size());
            for (const QString &key : MonthlyReport::keys()) {
                INFO(month.toStdString() << " " << place.toStdString() << " " << key.toStdString());
                if (MonthlyReport::isRatio(key))
                    continue;
                const double expected = independent(db, key, place, month);
                CHECK(figures.value().value(key).toDouble() == Approx(expected));
                if (expected > 0)
                    ++nonZero;
            }
            const double found = figures.value().value(u"hazards_found"_s).toDouble();
            CHECK(figures.value().value(u"rectification_rate"_s).toDouble()
                  == Approx(found > 0 ? figures.value().value(u"hazards_rectified"_s).toDouble() / found : 0.0)
                         .margin(0.00005));
        }
        // The province's report is the sum over every 市县 (parks lie inside them and are not added again).
        QList<QJsonObject> cities;
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT code FROM jurisdictions WHERE kind <> 'park' AND kind <> 'province'"_s));
        while (q.next()) {
            const auto part = MonthlyReport::figures(read, q.value(0).toString(), period);
            REQUIRE(part);
            cities << part.value();
        }
        REQUIRE(cities.size() >= 18);
        const auto province = MonthlyReport::figures(read, QString(), period);
        REQUIRE(province);
        const QJsonObject sum = MonthlyReport::aggregate(cities);
        for (const QString &key : MonthlyReport::keys()) {
            INFO(month.toStdString() << " province " << key.toStdString());
            CHECK(province.value().value(key).toDouble() == Approx(sum.value(key).toDouble()));
            if (!MonthlyReport::isRatio(key))
                CHECK(province.value().value(key).toDouble() == Approx(independent(db, key, QString(), month)));
        }
    }
    // While the month runs, "overdue" is judged on the report's day: on 10 November only what was due before it.
    for (const QString &place : {u"460100"_s, u"460200"_s}) {
        const auto early = MonthlyReport::figures(read, place, *LedgerPeriod::parse(u"2026-11"), QDate(2026, 11, 10));
        REQUIRE(early);
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT count(*) FROM hazards h, projects p WHERE p.id = h.project_id AND "
                       "(p.jurisdiction_code = '%1' OR p.park_code = '%1') AND h.status IN ('open', 'rectifying') AND "
                       "strftime('%Y-%m', h.found_at, '+8 hours') = '2026-11' AND "
                       "date(coalesce(h.effective_deadline, h.deadline)) < date('2026-11-10')"_s.arg(place)));
        REQUIRE(q.next());
        CHECK(early.value().value(u"overdue"_s).toInt() == q.value(0).toInt());
    }
    // Not all 0 == 0: the demo has inspections, hazards, notices, enforcement and incidents in these months.
    CHECK(nonZero >= 30);

    // The command line's JSON is exactly the figures object that is submitted.
    TestDir dir;
    const QString json = dir.file(u"report.json"_s);
    runTool(QStringLiteral(SITESAFE_CLI), {u"report"_s, u"monthly"_s, u"--data-dir"_s, DemoFixture::directory(),
                                           u"--jurisdiction"_s, u"460100"_s, u"--period"_s, u"2026-11"_s, u"--out"_s,
                                           json, u"--today"_s, u"2026-12-05"_s});
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const auto expected = MonthlyReport::figures(read, u"460100"_s, *LedgerPeriod::parse(u"2026-11"), QDate(2026, 12, 5));
    REQUIRE(expected);
    CHECK(QJsonDocument::fromJson(file.readAll()).object() == expected.value());
    const QString xlsx = dir.file(u"report.xlsx"_s);
    runTool(QStringLiteral(SITESAFE_CLI), {u"report"_s, u"monthly"_s, u"--data-dir"_s, DemoFixture::directory(),
                                           u"--jurisdiction"_s, u"460100"_s, u"--period"_s, u"2026-11"_s, u"--out"_s,
                                           xlsx});
    CHECK(QFile(xlsx).size() > 5000);
}

TEST_CASE("The monthly report as PDF names the 市县 and the month, lists every figure and attaches the ledgers",
          "[report]")
{
    QSqlDatabase db = directConnection(DemoFixture::databasePath());
    TestDir dir;
    for (const QString &place : {u"460100"_s, u"469005"_s}) {
        const QString pdf = dir.file(u"report-%1.pdf"_s.arg(place));
        runTool(QStringLiteral(SITESAFE_CLI), {u"report"_s, u"monthly"_s, u"--data-dir"_s, DemoFixture::directory(),
                                               u"--jurisdiction"_s, place, u"--period"_s, u"2026-11"_s, u"--out"_s,
                                               pdf, u"--today"_s, u"2026-12-05"_s});
        const QString text = pdfText(pdf);
        QSqlQuery q(db);
        REQUIRE(q.exec(u"SELECT name FROM jurisdictions WHERE code = '%1'"_s.arg(place)));
        REQUIRE(q.next());
        const QString name = q.value(0).toString();
        INFO(place.toStdString() << " " << name.toStdString());
        REQUIRE(!name.isEmpty());
        CHECK(text.contains(squeezed(MonthlyReport::documentTitle(u"2026-11 · "_s + name))));
        for (const QString &key : MonthlyReport::keys())
            CHECK(text.contains(squeezed(MonthlyReport::label(key))));
        // The hazards found, as figure and label, read as the report computed them.
        const auto figures = MonthlyReport::figures(ReadConnection(db), place, *LedgerPeriod::parse(u"2026-11"),
                                                    QDate(2026, 12, 5));
        REQUIRE(figures);
        CHECK(text.contains(MonthlyReport::label(u"hazards_found"_s)
                            + QString::number(figures.value().value(u"hazards_found"_s).toInt())));
        // The three ledgers follow, each with the count an independent query gives.
        const int majors = int(independent(db, u"major_hazards_found"_s, place, u"2026-11"_s));
        CHECK(text.contains(u"重大事故隐患台账2026-11·%1·共%2条"_s.arg(name).arg(majors)));
        CHECK(text.contains(u"非亡人事故台账2026-11·%1"_s.arg(name)));
        CHECK(text.contains(u"重大险情台账2026-11·%1"_s.arg(name)));
    }
}

TEST_CASE("The year-end summary's figures equal independent SQL over the calendar year, its PDF carries the text and "
          "the 市县, and it is saved as a draft then submitted once as a synced record",
          "[report]")
{
    QSqlDatabase demo = directConnection(DemoFixture::databasePath());
    int nonZero = 0;
    for (const QString &place : {u"460100"_s, u"469005"_s}) {
        const auto figures = MonthlyReport::figures(ReadConnection(demo), place, LedgerPeriod::wholeYear(2026),
                                                    QDate(2026, 12, 31));
        REQUIRE(figures);
        for (const QString &key : MonthlyReport::keys()) {
            if (MonthlyReport::isRatio(key))
                continue;
            INFO(place.toStdString() << " " << key.toStdString());
            const double expected = independent(demo, key, place, u"2026"_s);
            CHECK(figures.value().value(key).toDouble() == Approx(expected));
            nonZero += expected > 0 ? 1 : 0;
        }
    }
    CHECK(nonZero >= 20);

    // A bureau writes its summary, saves a draft, then submits it: one row, the outbox carries it.
    DemoCopy copy;
    FixedClock clock(QDateTime(QDate(2026, 12, 20), QTime(2, 0), Qt::UTC));
    Database::Options options;
    options.clock = &clock;
    auto opened = DataStore::open(copy.directory(), options);
    REQUIRE(opened);
    QSqlDatabase db = opened.value()->connection();
    AnnualSummaryRepository summaries(db);
    AnnualSummaryRecord record;
    record.jurisdictionCode = u"460100"_s;
    record.firstMonth = u"2026-01"_s;
    record.lastMonth = u"2026-12"_s;
    record.label = AnnualSummary::yearLabel(2026);
    record.figures = u"{}"_s;
    // Submitting without text is refused with a sentence; a draft without text is fine.
    CHECK_FALSE(summaries.save(record, true, u"wang"_s));
    {
        const auto draft = summaries.save(record, false, u"wang"_s);
        INFO((draft ? QString() : draft.error().message).toStdString());
        REQUIRE(draft);
    }
    record.text = u"一、全年开展两轮全覆盖检查。\n\n二、重大事故隐患全部挂牌督办、整改销号。"_s;
    clock.set(clock.now().addDays(3));
    REQUIRE(summaries.save(record, true, u"wang"_s));
    CHECK(scalarText(db, u"SELECT count(*) || status || submitted_at FROM annual_summaries"_s)
          == u"1submitted"_s + Timestamp::toText(clock.now()));
    CHECK(scalarText(db, u"SELECT count(*) FROM outbox WHERE entity = 'annual_summaries'"_s) == u"2"_s);
    // Once submitted, a draft is refused (a correction is submitted again).
    CHECK_FALSE(summaries.save(record, false, u"wang"_s));

    TestDir dir;
    const QString pdf = dir.file(u"summary.pdf"_s);
    runTool(QStringLiteral(SITESAFE_CLI), {u"report"_s, u"yearly"_s, u"--data-dir"_s, copy.directory(),
                                           u"--jurisdiction"_s, u"460100"_s, u"--year"_s, u"2026"_s, u"--out"_s, pdf,
                                           u"--today"_s, u"2026-12-31"_s});
    const QString text = pdfText(pdf);
    CHECK(text.contains(squeezed(AnnualSummary::documentTitle(u"2026年度"_s, u"2026-01~2026-12 · 海口市"_s))));
    CHECK(text.contains(u"一、全年开展两轮全覆盖检查。"_s));
    CHECK(text.contains(u"二、重大事故隐患全部挂牌督办、整改销号。"_s));
    const int majors = int(independent(demo, u"major_hazards_found"_s, u"460100"_s, u"2026"_s));
    CHECK(text.contains(u"重大事故隐患台账2026-01~2026-12·海口市·共%1条"_s.arg(majors)));
    // A campaign's period by its code; an unknown code is refused.
    const QString xlsx = dir.file(u"campaign.xlsx"_s);
    runTool(QStringLiteral(SITESAFE_CLI), {u"report"_s, u"yearly"_s, u"--data-dir"_s, copy.directory(),
                                           u"--jurisdiction"_s, u"460100"_s, u"--campaign"_s, u"HN-2026"_s,
                                           u"--out"_s, xlsx});
    CHECK(QFile(xlsx).size() > 5000);
    int exitCode = 0;
    runTool(QStringLiteral(SITESAFE_CLI), {u"report"_s, u"yearly"_s, u"--data-dir"_s, copy.directory(),
                                           u"--jurisdiction"_s, u"460100"_s, u"--campaign"_s, u"NOPE"_s, u"--out"_s,
                                           xlsx + u"2.xlsx"_s}, &exitCode);
    CHECK(exitCode == 1);
}
