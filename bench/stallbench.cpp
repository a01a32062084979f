// UI-stall benchmark (DESIGN.md §5: the UI thread never waits on network or disk for more than 50 ms). A
// StallWatchdog ticks every 5 ms on the UI thread of the real main window while the user's operation runs through
// the code path of its button:
//  (a) a full sync: a fresh client folder signs in (province account) to a real sitesafe-server over TLS on
//      loopback, seeded with the demo reference data and the field data of a small demo client folder; signing in
//      syncs at once (first snapshot pull), then the pages reload;
//  (b) 台账 exports at province scale: LedgersPage::exportTo (what Export XLSX/CSV/PDF… calls after the file
//      dialog) for the running list of major hazards not yet closed and for a month's major-hazard ledger.
// Reports the longest stall and the stalls over 50 ms of each.
//   ui_stall_bench --data-dir PROVINCE_COPY [--period 2026-11] [--today 2026-11-28] [--json FILE] [--skip-sync]
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchreport.h"
#include "benchserver.h"
#include "clientwindow.h"
#include "reports/ledgerperiod.h"
#include "reports/ledgersheet.h"
#include "session/datafoldersession.h"
#include "stallwatchdog.h"
#include "sync/synccontroller.h"
#include "widgets/mainwindow.h"
#include "widgets/views/ledgerspage.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
QTextStream out(stdout);

QJsonObject result(const QString &operation, const StallWatchdog &watchdog, const QString &detail)
{
    QJsonArray stalls;
    for (const StallWatchdog::Stall &s : watchdog.stalls())
        if (s.lengthMs > 50)
            stalls.append(QJsonObject{{u"at_ms"_s, s.atMs}, {u"ms"_s, s.lengthMs}});
    out << operation << ": " << detail << "; " << watchdog.watchedMs() << " ms watched, longest UI stall "
        << watchdog.longestMs() << " ms, " << watchdog.countOver(50) << " over 50 ms (load "
        << BenchReport::loadAverage() << ")" << Qt::endl;
    return {{u"operation"_s, operation},           {u"detail"_s, detail},
            {u"watched_ms"_s, watchdog.watchedMs()}, {u"longest_stall_ms"_s, watchdog.longestMs()},
            {u"stalls_over_50ms"_s, watchdog.countOver(50)}, {u"stalls"_s, stalls},
            {u"load"_s, BenchReport::loadAverage()}};
}

QJsonArray exports(const QString &dataDir, QDate today, const QString &period, const QString &outDir,
                   const QStringList &formats)
{
    ClientWindow client(dataDir, today);
    client.window->showPage(MainWindow::Page::Ledgers);
    LedgersPage *page = client.window->ledgersPage();
    QJsonArray results;
    const QList<QPair<QString, std::function<void()>>> ledgers{
        {u"running list (未销号清单, province)"_s, [page] { page->showRunningList(); }},
        {u"major hazards %1 (province)"_s.arg(period), [page, period] {
             page->setKind(LedgerKind::MajorHazards);
             page->setPeriod(*LedgerPeriod::parse(period));
         }}};
    for (const auto &[name, choose] : ledgers) {
        choose();
        if (!benchWaitFor([page] { return page->isReady(); }, 120000))
            BenchReport::fail(u"the ledger page never loaded "_s + name);
        benchIdle(300);
        for (const QString &suffix : formats) {
            const QString path = outDir + u"/ledger."_s + suffix;
            QSignalSpy exported(page, &LedgersPage::exported);
            StallWatchdog watchdog;
            watchdog.start();
            page->exportTo(path);
            const bool isDone = benchWaitFor([&] { return !exported.isEmpty(); }, 600000);
            watchdog.stop();
            const QString error = isDone ? exported.first().at(1).toString() : u"no answer in 10 minutes"_s;
            results.append(result(u"export %1 as %2"_s.arg(name, suffix), watchdog,
                                  error.isEmpty() ? u"%1 bytes"_s.arg(QFileInfo(path).size()) : error));
        }
    }
    return results;
}

QJsonObject sync(QDate today)
{
    QTemporaryDir work;
    const QString demo = work.filePath(u"demo"_s);
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QStringLiteral(SITESAFE_CLI), {u"demo"_s, u"--data-dir"_s, demo, u"--seed"_s, u"1"_s, u"--today"_s,
                                             today.toString(Qt::ISODate)});
    if (!cli.waitForFinished(300000) || cli.exitCode() != 0)
        BenchReport::fail(u"sitesafe-cli demo failed: "_s + QString::fromUtf8(cli.readAll()));
    BenchServer server{QStringLiteral(SITESAFE_SERVER)};
    BenchServerOptions options;
    options.fieldDataFrom = demo;
    options.accounts = {{u"sheng"_s, u"province"_s, {}}};
    if (!server.start(options))
        BenchReport::fail(server.error());

    ClientWindow client(work.filePath(u"client"_s), today);
    SyncController &controller = *client.window->syncController();
    ServerProfile profile = controller.profile();
    profile.serverUrl = QUrl(server.baseUrl());
    profile.userName = u"sheng"_s;
    profile.tls.caFile = server.caFile();
    if (Status s = controller.setProfile(profile); !s)
        BenchReport::fail(s.error().message);
    benchIdle(1000);
    QSignalSpy finished(&controller, &SyncController::finished);
    StallWatchdog watchdog;
    watchdog.start();
    controller.signIn(u"sheng"_s, BenchServer::password()); // what the sign-in dialog's button does
    const bool isDone = benchWaitFor([&] { return !finished.isEmpty(); }, 600000);
    benchIdle(2000); // the pages reload with the pulled rows
    watchdog.stop();
    if (!isDone)
        BenchReport::fail(u"the sync did not finish in 10 minutes"_s);
    const SyncReport report = finished.first().at(0).value<SyncReport>();
    const QString detail = report.error ? u"failed: "_s + report.error->message
                                        : u"%1 rows pulled (snapshot: %2)"_s.arg(report.rowsPulled)
                                              .arg(report.hadSnapshot ? u"yes"_s : u"no"_s);
    return result(u"full sync (sign-in, first snapshot pull, pages reloaded)"_s, watchdog, detail);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ui_stall_bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"data-dir"_s, u"Province data folder for the exports (use a copy)."_s, u"DIR"_s},
                       {u"period"_s, u"Month of the major-hazard ledger."_s, u"YYYY-MM"_s, u"2026-11"_s},
                       {u"today"_s, u"The session's today."_s, u"DATE"_s, u"2026-11-28"_s},
                       {u"skip-sync"_s, u"Only the exports."_s},
                       {u"formats"_s, u"Export formats, comma-separated."_s, u"LIST"_s, u"csv,xlsx,pdf"_s},
                       {u"skip-export"_s, u"Only the sync."_s},
                       {u"json"_s, u"Write the figures and the budget row here."_s, u"FILE"_s}});
    parser.process(app);
    const QDate today = QDate::fromString(parser.value(u"today"_s), Qt::ISODate);
    QTemporaryDir outDir;
    QJsonArray operations;
    if (!parser.isSet(u"skip-sync"_s))
        operations.append(sync(today));
    if (!parser.isSet(u"skip-export"_s)) {
        if (!parser.isSet(u"data-dir"_s))
            BenchReport::fail(u"--data-dir is required for the exports"_s);
        for (const QJsonValue &v : exports(parser.value(u"data-dir"_s), today, parser.value(u"period"_s),
                                           outDir.path(), parser.value(u"formats"_s).split(u',')))
            operations.append(v);
    }
    double longest = 0;
    int over = 0;
    QString worst;
    for (const QJsonValue &v : std::as_const(operations)) {
        over += v[u"stalls_over_50ms"_s].toInt();
        if (v[u"longest_stall_ms"_s].toDouble() >= longest) {
            longest = v[u"longest_stall_ms"_s].toDouble();
            worst = v[u"operation"_s].toString();
        }
    }
    const QJsonObject json{
        {u"benchmark"_s, u"ui_stall_bench"_s}, {u"machine"_s, BenchReport::machine()},
        {u"operations"_s, operations},
        {u"budget_rows"_s,
         QJsonArray{BenchReport::budgetRow(
             u"the UI thread never waits on network or disk for more than 50 ms"_s,
             u"longest stall %1 ms (%2); %3 stalls over 50 ms in %4 operations (load %5)"_s.arg(longest, 0, 'f', 0)
                 .arg(worst)
                 .arg(over)
                 .arg(operations.size())
                 .arg(BenchReport::loadAverage()),
             u"50 ms"_s, longest / 50, longest <= 50)}}};
    if (parser.isSet(u"json"_s) && !BenchReport::writeJson(parser.value(u"json"_s), json))
        return 1;
    return 0;
}
