// The ledgers (台账) as files: `sitesafe-cli export ledger` on the small demo dataset, the XLSX read back with a real
// reader (openpyxl, Debian python3-openpyxl), the CSV read as bytes; row counts against SQL written independently
// of LedgerReader (the month taken with SQLite's own '+8 hours').
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "models/demofixture.h"
#include "noticetesthelpers.h"
#include "reports/ledgersheet.h"
#include "reports/ledgerwriter.h"
#include "reports/xlsxlibrary.h"
#include "support/tempdir.h"

using namespace sitesafe;
using namespace sitesafe::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCli = QStringLiteral(SITESAFE_CLI);

/// What openpyxl sees in an XLSX file: sheet names, and for the first sheet its frozen cell, header row, number
/// of data rows and, per column, whether every filled cell of it is a date.
const char *const kReader = R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb[wb.sheetnames[0]]
rows = list(ws.iter_rows(values_only=False))
header = [c.value for c in rows[0]]
dates = []
for i in range(len(header)):
    filled = [r[i] for r in rows[1:] if r[i].value is not None]
    dates.append(bool(filled) and all(c.is_date for c in filled))
print(json.dumps({"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "header": header,
                  "rows": len(rows) - 1, "dates": dates, "notes": [c.value for c in wb["说明"][2]]},
                 ensure_ascii=False))
)";

QJsonObject readXlsx(const QString &file)
{
    // Debian's interpreter, where python3-openpyxl installs (a python3 earlier on PATH may not have it).
    const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    const QByteArray json = runTool(python, {u"-c"_s, QString::fromUtf8(kReader), file});
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    INFO(json.toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

qint64 sqlCount(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(u"ledger-test"_s));
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct Case {
    const char16_t *kind;
    const char16_t *title;
    const char16_t *table;
    const char16_t *timeColumn;
    const char16_t *condition;
    QStringList dateHeaders;
};

} // namespace

TEST_CASE("Exported ledgers read back with openpyxl: sheets, Chinese headers frozen at A2, typed dates, the rows SQL "
          "counts, and the CSV with a BOM and the same rows",
          "[ledger]")
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ledger-test"_s);
        db.setDatabaseName(DemoFixture::databasePath());
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
    }
    const QList<Case> cases{
        {u"major-hazards", u"重大事故隐患台账", u"hazards", u"found_at", u"x.is_major = 1 AND x.status <> 'voided'",
         {u"发现时间"_s, u"整改期限"_s}},
        {u"incidents", u"非亡人事故台账", u"incidents", u"occurred_at", u"x.deaths = 0", {u"发生时间"_s}},
        {u"dangers", u"重大险情台账", u"danger_events", u"occurred_at", u"1", {u"发生时间"_s}}};
    TestDir dir;
    int nonEmpty = 0;
    for (const Case &c : cases) {
        for (const QString &period : {u"2026-10"_s, u"2026-11"_s}) {
            for (const QString &place : {QString(), u"460100"_s, u"469005"_s}) {
                const QString kind = QString::fromUtf16(c.kind);
                INFO(kind.toStdString() << " " << period.toStdString() << " " << place.toStdString());
                const qint64 expected = sqlCount(
                    u"SELECT count(*) FROM %1 x JOIN projects p ON p.id = x.project_id WHERE %2 AND "
                    "strftime('%Y-%m', x.%3, '+8 hours') = '%4' %5"_s.arg(
                        QString::fromUtf16(c.table), QString::fromUtf16(c.condition), QString::fromUtf16(c.timeColumn),
                        period,
                        place.isEmpty() ? QString()
                                        : u"AND (p.jurisdiction_code = '%1' OR p.park_code = '%1')"_s.arg(place)));
                if (expected > 0)
                    ++nonEmpty;
                QStringList arguments{u"export"_s, u"ledger"_s, u"--data-dir"_s, DemoFixture::directory(), u"--kind"_s,
                                      kind, u"--period"_s, period};
                if (!place.isEmpty())
                    arguments << u"--jurisdiction"_s << place;
                const QString xlsx = dir.file(u"%1-%2-%3.xlsx"_s.arg(kind, period, place));
                const QString csv = dir.file(u"%1-%2-%3.csv"_s.arg(kind, period, place));
                runTool(kCli, arguments + QStringList{u"--out"_s, xlsx});
                runTool(kCli, arguments + QStringList{u"--out"_s, csv});

                const QJsonObject book = readXlsx(xlsx);
                CHECK(book.value(u"sheets"_s).toArray()
                      == QJsonArray{QString::fromUtf16(c.title), u"说明"_s});
                CHECK(book.value(u"freeze"_s).toString() == u"A2"_s);
                CHECK(book.value(u"rows"_s).toInt() == expected);
                const QJsonArray header = book.value(u"header"_s).toArray();
                CHECK(header.contains(u"市县"_s));
                CHECK(header.contains(u"工程项目名称"_s));
                for (const QString &dateHeader : c.dateHeaders) {
                    const auto at = std::find(header.begin(), header.end(), QJsonValue(dateHeader)) - header.begin();
                    INFO(dateHeader.toStdString());
                    REQUIRE(at < header.size());
                    if (expected > 0)
                        CHECK(book.value(u"dates"_s).toArray().at(at).toBool());
                }
                // The rule of the ledger is stated in the file.
                CHECK(book.value(u"notes"_s).toArray().at(2).toString()
                      == LedgerReader::rules(*LedgerReader::kindFromCode(kind)));

                QFile file(csv);
                REQUIRE(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                CHECK(bytes.startsWith("\xEF\xBB\xBF"));
                const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
                // header, the rows, an empty line, the rules, and the final line break
                REQUIRE(lines.size() == expected + 4);
                CHECK(lines.first().startsWith(header.at(0).toString() + u','));
                CHECK(lines.at(lines.size() - 2).contains(LedgerReader::rules(*LedgerReader::kindFromCode(kind))));
            }
        }
    }
    // The demo has hazards, incidents and danger events in these months: the comparisons were not all 0 == 0.
    CHECK(nonEmpty >= 6);
    QSqlDatabase::removeDatabase(u"ledger-test"_s);
}

TEST_CASE("A month is a calendar month in China time", "[ledger]")
{
    const auto november = LedgerPeriod::parse(u"2026-11");
    REQUIRE(november);
    CHECK(november->startUtc() == u"2026-10-31T16:00:00.000Z"_s);
    CHECK(november->endUtc() == u"2026-11-30T16:00:00.000Z"_s);
    CHECK(LedgerPeriod::parse(u"2026-12")->endUtc() == u"2026-12-31T16:00:00.000Z"_s);
    CHECK_FALSE(LedgerPeriod::parse(u"2026-13"));
    CHECK_FALSE(LedgerPeriod::parse(u"2026-1"));
    CHECK_FALSE(LedgerPeriod::parse(u"november"));
}

TEST_CASE("A ledger exported as PDF names its place and month, counts its rows as SQL does and shows every permit "
          "number",
          "[ledger]")
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ledger-pdf-test"_s);
    db.setDatabaseName(DemoFixture::databasePath());
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    REQUIRE(db.open());
    TestDir dir;
    const QString pdf = dir.file(u"majors.pdf"_s);
    runTool(kCli, {u"export"_s, u"ledger"_s, u"--data-dir"_s, DemoFixture::directory(), u"--kind"_s,
                   u"major-hazards"_s, u"--period"_s, u"2026-11"_s, u"--jurisdiction"_s, u"460100"_s, u"--out"_s, pdf});
    const QString text = pdfText(pdf);
    QSqlQuery q(db);
    REQUIRE(q.exec(u"SELECT p.permit_no FROM hazards x JOIN projects p ON p.id = x.project_id WHERE x.is_major = 1 "
                   "AND x.status <> 'voided' AND strftime('%Y-%m', x.found_at, '+8 hours') = '2026-11' AND "
                   "(p.jurisdiction_code = '460100' OR p.park_code = '460100')"_s));
    QStringList permits;
    while (q.next())
        permits << q.value(0).toString();
    REQUIRE(permits.size() >= 3); // the demo has major hazards in 海口 that month: not an empty comparison
    CHECK(text.contains(u"重大事故隐患台账2026-11·海口市·共%1条"_s.arg(permits.size())));
    for (const QString &permit : permits)
        CHECK(text.contains(squeezed(permit)));
    CHECK(text.contains(squeezed(u"统计口径："_s + LedgerReader::rules(LedgerKind::MajorHazards))));
    db = {};
    QSqlDatabase::removeDatabase(u"ledger-pdf-test"_s);
}

TEST_CASE("A ledger's first window and its length agree with the whole ledger, full window or not", "[ledger]")
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"ledger-window-test"_s);
    db.setDatabaseName(DemoFixture::databasePath());
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    REQUIRE(db.open());
    const LedgerPeriod november = *LedgerPeriod::parse(u"2026-11");
    const QList<LedgerQuery> queries{{LedgerKind::MajorHazards, november, QString(), {}, true},
                                     {LedgerKind::MajorHazards, november, u"460100"_s, {u"closed"_s}, false},
                                     {LedgerKind::Incidents, november, QString(), {}, false},
                                     {LedgerKind::Dangers, november, u"469005"_s, {}, false}};
    int nonEmpty = 0;
    for (const LedgerQuery &query : queries) {
        INFO(int(query.kind) << " " << query.jurisdictionCode.toStdString());
        const auto whole = LedgerReader::read(db, query); // what an export reads: every row, in order
        REQUIRE(whole);
        const qint64 length = whole.value().rows.size();
        const auto counted = LedgerReader::count(db, query);
        REQUIRE(counted);
        CHECK(counted.value() == length);
        // A full window is counted apart, a short one is the ledger itself: both give the ledger's length.
        for (const qint64 limit : {qint64(5), length, length + 1, qint64(200)}) {
            INFO("limit " << limit);
            qint64 total = -1;
            const auto window = LedgerReader::firstWindow(db, query, limit, total);
            REQUIRE(window);
            CHECK(total == length);
            CHECK(window.value().rows == whole.value().rows.mid(0, limit));
        }
        nonEmpty += length > 5 ? 1 : 0;
    }
    CHECK(nonEmpty >= 1); // the running list is longer than the window
    db = {};
    QSqlDatabase::removeDatabase(u"ledger-window-test"_s);
}

TEST_CASE("libxlsxwriter is loaded when the first XLSX is written, and a missing or wrong library says what to "
          "install without touching the target file",
          "[ledger][xlsx]")
{
    // The configured library loads and has every function LedgerWriter calls.
    const auto loaded = XlsxLibrary::load();
    REQUIRE(loaded);
    CHECK(loaded.value()->workbookNew != nullptr);
    CHECK(loaded.value()->errorText != nullptr);
    CHECK(XlsxLibrary::load().value() == loaded.value()); // loaded once

    // No such library: the error names the Debian package and the way out (CSV).
    const auto missing = XlsxLibrary::loadFrom(u"libxlsxwriter-not-installed.so.9"_s);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(u"libxlsxwriter4"_s));
    CHECK(missing.error().message.contains(u"CSV"_s));

    // A library that is not libxlsxwriter (zlib, always there): the functions it lacks are named.
    const auto wrong = XlsxLibrary::loadFrom(u"libz.so.1"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(u"workbook_new"_s));

    // The real writer through the loaded library: a file openpyxl reads, and no ".part" left beside it.
    TestDir dir;
    const QString path = dir.file(u"book.xlsx"_s);
    LedgerSheet sheet;
    sheet.title = u"重大事故隐患台账"_s;
    sheet.scope = u"2026-11 · 全省"_s;
    sheet.rules = u"口径"_s;
    sheet.columns = {{u"名称"_s, LedgerColumn::Type::Text, 20}, {u"发现日期"_s, LedgerColumn::Type::Date, 12}};
    sheet.rows = {{u"塔吊基础积水"_s, QDate(2026, 11, 3)}};
    REQUIRE(LedgerWriter::writeXlsx({sheet}, path));
    CHECK_FALSE(QFile::exists(path + u".part"_s));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(2) == "PK"); // a zip container, as every XLSX
}
