// Reminder-scan benchmark: how long ReminderScanner takes on a province-scale store (the tray notifier runs it at
// start-up and every 15 minutes on a worker thread). Prints the median and the worst of the runs and the totals.
//   build/<dir>/bench/reminderscan_bench --data-dir /tmp/ss-province --today 2026-11-28 [--runs 7]
#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "models/reminderscanner.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"data-dir"_s, u"Province-scale data folder (sitesafe-cli demo --scale province)."_s, u"DIR"_s});
    parser.addOption({u"today"_s, u"The day to judge deadlines on (the dataset's day)."_s, u"YYYY-MM-DD"_s});
    parser.addOption({u"jurisdiction"_s, u"市县 or park code (default: the whole province)."_s, u"CODE"_s});
    parser.addOption({u"runs"_s, u"Runs (default 7)."_s, u"N"_s, u"7"_s});
    parser.process(app);
    QTextStream out(stdout);
    auto opened = DataStore::open(parser.value(u"data-dir"_s));
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    const QDate today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
    const QDateTime now(today, QTime(2, 0), Qt::UTC); // 10:00 China time
    QList<qint64> times;
    ReminderScan scan;
    for (int run = 0; run < parser.value(u"runs"_s).toInt(); ++run) {
        scan = ReminderScanner::scan(opened.value()->connection(), now, today, parser.value(u"jurisdiction"_s));
        if (!scan.isOk) {
            out << scan.error << Qt::endl;
            return 1;
        }
        times << scan.milliseconds;
    }
    std::sort(times.begin(), times.end());
    out << u"reminder scan on %1: median %2 ms, worst %3 ms over %4 runs; overdue %5, due within a day %6, "
           "reports running %7, late %8"_s.arg(parser.value(u"data-dir"_s))
               .arg(times.value(times.size() / 2))
               .arg(times.value(times.size() - 1))
               .arg(times.size())
               .arg(scan.overdue.total)
               .arg(scan.dueSoon.total)
               .arg(scan.reportsDue.total)
               .arg(scan.reportsLate.total)
        << Qt::endl;
    return 0;
}
