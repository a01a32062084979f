// Ledger benchmark: what the 台账 page waits for on a province-scale store. The page (LedgerSheetModel) reads the
// first window of 200 rows with the list's length in one statement, then more windows as the view scrolls; exports
// read the whole ledger. Timed for a month's major-hazard ledger and for the running list of major hazards not yet
// closed, for the province and one 市县: the one statement, the count then the rows (as the page first did), and
// the whole ledger, with the ratio whole / window. Medians and worst of the runs.
//   build/<dir>/bench/ledger_bench --data-dir /tmp/ss-province --period 2026-11 [--jurisdiction 460100] [--runs 7]
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "reports/ledgersheet.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
struct Timing {
    qint64 median = 0;
    qint64 worst = 0;
};

Timing timeRuns(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    return {times.value(times.size() / 2), times.value(times.size() - 1)};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"data-dir"_s, u"Province-scale data folder (sitesafe-cli demo --scale province)."_s, u"DIR"_s});
    parser.addOption({u"period"_s, u"The month of the monthly ledger."_s, u"YYYY-MM"_s, u"2026-11"_s});
    parser.addOption({u"jurisdiction"_s, u"A 市县 timed beside the province."_s, u"CODE"_s, u"460100"_s});
    parser.addOption({u"runs"_s, u"Runs (default 7)."_s, u"N"_s, u"7"_s});
    parser.process(app);
    QTextStream out(stdout);
    auto opened = DataStore::open(parser.value(u"data-dir"_s));
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    const ReadConnection db(opened.value()->connection());
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const LedgerPeriod period = LedgerPeriod::parse(parser.value(u"period"_s)).value_or(LedgerPeriod{2026, 11});
    out << u"| ledger | place | rows | first 200 rows with the count (ms, median / worst) | count, then the rows | "
           "whole ledger | whole / window |"_s
        << Qt::endl
        << u"|---|---|---:|---:|---:|---:|---:|"_s << Qt::endl;
    for (const bool isRunning : {false, true}) {
        for (const QString &place : {QString(), parser.value(u"jurisdiction"_s)}) {
            const LedgerQuery query{LedgerKind::MajorHazards, period, place, {}, isRunning};
            qint64 rows = 0;
            const Timing window = timeRuns(runs, [&] { (void)LedgerReader::firstWindow(db, query, 200, rows); });
            const Timing apart = timeRuns(runs, [&] {
                (void)LedgerReader::count(db, query);
                (void)LedgerReader::read(db, query, 0, 200);
            });
            const Timing whole = timeRuns(runs, [&] { (void)LedgerReader::read(db, query); });
            out << u"| %1 | %2 | %3 | %4 / %5 | %9 / %10 | %6 / %7 | %8 |"_s
                       .arg(isRunning ? u"未销号清单"_s : u"重大事故隐患台账 "_s + period.text(),
                            place.isEmpty() ? u"全省"_s : place)
                       .arg(rows)
                       .arg(window.median)
                       .arg(window.worst)
                       .arg(whole.median)
                       .arg(whole.worst)
                       .arg(window.median > 0 ? QString::number(double(whole.median) / double(window.median), 'f', 1)
                                              : u"-"_s)
                       .arg(apart.median)
                       .arg(apart.worst)
                << Qt::endl;
        }
    }
    return 0;
}
