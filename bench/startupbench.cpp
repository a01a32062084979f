// Start-up benchmark (DESIGN.md §5): from process spawn to an interactive main window, the desktop client on a
// data folder (offline, --today fixed) against bench/bare_window (a bare QMainWindow with a menu bar and a label).
// "Interactive" is one definition for both (src/widgets/interactiveprobe.h): the first time the UI thread's event
// loop is idle after the window's first expose; each program prints "interactive <CLOCK_MONOTONIC ns>" on stderr
// and this program subtracts the monotonic time it read just before QProcess::start. Runs alternate bare/client
// after one untimed warm-up each; the ratio is taken per run, then the median. Under the offscreen platform and,
// when Xvfb is installed, under one Xvfb server started for the series (its own start-up is not timed).
//   client_startup_bench --data-dir DIR [--today 2026-11-28] [--runs 7] [--json FILE]
#include <chrono>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include "benchreport.h"

using namespace Qt::StringLiterals;
using BenchReport::median;

namespace {
QTextStream out(stdout);

/// CLOCK_MONOTONIC in nanoseconds: the clock InteractiveProbe prints (src/widgets/interactiveprobe.cpp).
qint64 monotonicNs()
{
    // libstdc++'s steady_clock is CLOCK_MONOTONIC, the same clock in every process of the machine.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct Platform {
    QString name;
    QProcessEnvironment environment;
};

/// Milliseconds from spawn to the program's "interactive" line; fails the benchmark if it never comes.
double timeOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(QProcess::nullDevice());
    const qint64 spawnedNs = monotonicNs();
    process.start(program, arguments);
    QByteArray seen;
    qint64 interactiveNs = -1;
    QElapsedTimer timeout;
    timeout.start();
    while (interactiveNs < 0 && timeout.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        seen += process.readAllStandardError();
        const qsizetype at = seen.indexOf("interactive ");
        const qsizetype end = at < 0 ? -1 : seen.indexOf('\n', at);
        if (end > 0)
            interactiveNs = seen.mid(at + 12, end - at - 12).toLongLong();
    }
    process.kill();
    process.waitForFinished(10000);
    if (interactiveNs < 0)
        BenchReport::fail(u"%1 never said it was interactive; its stderr:\n%2"_s.arg(program, QString::fromUtf8(seen)));
    return double(interactiveNs - spawnedNs) / 1e6;
}

/// An Xvfb server on a free display for the series; its display name, or empty if it could not start.
QString startXvfb(QProcess &xvfb)
{
    const QString program = QStandardPaths::findExecutable(u"Xvfb"_s);
    if (program.isEmpty())
        return {};
    for (int display = 90; display < 110; ++display) {
        if (QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(display)) || QFileInfo::exists(u"/tmp/.X%1-lock"_s.arg(display)))
            continue;
        xvfb.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        xvfb.start(program, {u":%1"_s.arg(display), u"-screen"_s, u"0"_s, u"1366x768x24"_s, u"-nolisten"_s, u"tcp"_s});
        xvfb.waitForStarted(10000);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000 && xvfb.state() == QProcess::Running) {
            if (QFileInfo::exists(u"/tmp/.X11-unix/X%1"_s.arg(display)))
                return u":%1"_s.arg(display);
            QThread::msleep(50);
        }
        xvfb.kill();
        xvfb.waitForFinished();
    }
    return {};
}

QJsonObject runSeries(const Platform &platform, const QStringList &clientArguments, int runs, QString *summary)
{
    const QString client = QStringLiteral(SITESAFE_APP);
    const QString bare = QStringLiteral(SITESAFE_BARE_WINDOW);
    timeOnce(bare, {}, platform.environment); // warm-up: libraries and the data set in the page cache
    timeOnce(client, clientArguments, platform.environment);
    QList<double> bareMs, clientMs, ratios;
    QJsonArray loads;
    for (int run = 0; run < runs; ++run) {
        loads.append(BenchReport::loadAverage());
        bareMs.append(timeOnce(bare, {}, platform.environment));
        clientMs.append(timeOnce(client, clientArguments, platform.environment));
        ratios.append(clientMs.last() / bareMs.last());
        out << platform.name << " run " << run + 1 << ": bare " << bareMs.last() << " ms, client " << clientMs.last()
            << " ms, ratio " << ratios.last() << " (load " << loads.last().toString() << ")" << Qt::endl;
    }
    auto toJson = [](const QList<double> &values) {
        QJsonArray array;
        for (double v : values)
            array.append(v);
        return array;
    };
    *summary = u"%1: client %2 ms, bare QMainWindow %3 ms (medians of %4 runs), ratio %5"_s.arg(platform.name)
                   .arg(median(clientMs), 0, 'f', 0)
                   .arg(median(bareMs), 0, 'f', 0)
                   .arg(runs)
                   .arg(median(ratios), 0, 'f', 2);
    return {{u"platform"_s, platform.name},       {u"bare_ms"_s, toJson(bareMs)},
            {u"client_ms"_s, toJson(clientMs)},   {u"ratios"_s, toJson(ratios)},
            {u"bare_median_ms"_s, median(bareMs)}, {u"client_median_ms"_s, median(clientMs)},
            {u"ratio_median"_s, median(ratios)},  {u"load_before_runs"_s, loads},
            {u"load_after"_s, BenchReport::loadAverage()}};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"client_startup_bench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"data-dir"_s, u"Data folder the client opens (it may write to it: use a copy)."_s, u"DIR"_s},
                       {u"today"_s, u"The client's --today."_s, u"DATE"_s, u"2026-11-28"_s},
                       {u"runs"_s, u"Timed runs per program and platform."_s, u"N"_s, u"7"_s},
                       {u"no-xvfb"_s, u"Only the offscreen platform."_s},
                       {u"json"_s, u"Write the figures and the budget row here."_s, u"FILE"_s}});
    parser.process(app);
    if (!parser.isSet(u"data-dir"_s))
        BenchReport::fail(u"--data-dir is required"_s);
    const int runs = qMax(1, parser.value(u"runs"_s).toInt());
    const QStringList clientArguments{u"--data-dir"_s, parser.value(u"data-dir"_s), u"--today"_s,
                                      parser.value(u"today"_s)};

    // Settings of a first start (no remembered geometry, no server: offline), the same for both programs.
    QTemporaryDir home;
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    base.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    base.insert(u"SITESAFE_REPORT_INTERACTIVE"_s, u"1"_s);
    base.remove(u"SITESAFE_PASSWORD"_s);
    QList<Platform> platforms;
    QProcessEnvironment offscreen = base;
    offscreen.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    platforms.append({u"offscreen"_s, offscreen});
    QProcess xvfb;
    if (!parser.isSet(u"no-xvfb"_s)) {
        if (const QString display = startXvfb(xvfb); !display.isEmpty()) {
            QProcessEnvironment x = base;
            x.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
            x.insert(u"DISPLAY"_s, display);
            platforms.append({u"xvfb"_s, x});
        } else {
            out << "Xvfb not available: offscreen only" << Qt::endl;
        }
    }

    QJsonArray series;
    QJsonArray rows;
    const QString budget = u"window start-up to an interactive main window ≤ 1.5 × a bare QMainWindow program's "
                           u"start-up"_s;
    // The verdict is Xvfb's (a real X server: the window is mapped and drawn) when there is one, else offscreen's.
    const QString judged = platforms.size() > 1 ? u"xvfb"_s : u"offscreen"_s;
    for (const Platform &platform : std::as_const(platforms)) {
        QString summary;
        const QJsonObject result = runSeries(platform, clientArguments, runs, &summary);
        series.append(result);
        out << summary << Qt::endl;
        const bool isJudged = platform.name == judged;
        const double ratio = result[u"ratio_median"_s].toDouble();
        rows.append(BenchReport::budgetRow(
            isJudged ? budget : u"window start-up, %1 platform (reported)"_s.arg(platform.name),
            u"%1 ms (%2, %3 runs, load %4)"_s.arg(result[u"client_median_ms"_s].toDouble(), 0, 'f', 0)
                .arg(platform.name)
                .arg(runs)
                .arg(result[u"load_after"_s].toString()),
            u"bare QMainWindow: %1 ms"_s.arg(result[u"bare_median_ms"_s].toDouble(), 0, 'f', 0), ratio,
            isJudged ? std::optional<bool>(ratio <= 1.5) : std::nullopt));
    }
    if (xvfb.state() != QProcess::NotRunning) {
        xvfb.terminate();
        xvfb.waitForFinished(5000);
    }
    const QJsonObject json{{u"benchmark"_s, u"client_startup_bench"_s},
                           {u"machine"_s, BenchReport::machine()},
                           {u"data_dir"_s, parser.value(u"data-dir"_s)},
                           {u"runs"_s, runs},
                           {u"judged_platform"_s, judged},
                           {u"series"_s, series},
                           {u"budget_rows"_s, rows}};
    if (parser.isSet(u"json"_s) && !BenchReport::writeJson(parser.value(u"json"_s), json))
        return 1;
    return 0;
}
