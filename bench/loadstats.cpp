#include "loadstats.h"

#include <QJsonArray>

#include "benchreport.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kErrorSamples = 8;

QJsonObject latency(const QList<double> &ms)
{
    return {{u"count"_s, ms.size()}, {u"p50"_s, BenchReport::percentile(ms, 0.50)},
        {u"p99"_s, BenchReport::percentile(ms, 0.99)}, {u"max"_s, BenchReport::percentile(ms, 1.0)}};
}
} // namespace

void LoadLog::addError(const QString &what)
{
    if (errors++ < kErrorSamples)
        errorSamples.append(what);
}

void LoadSummary::add(const LoadLog &log)
{
    pushMs += log.pushMs;
    pullMs += log.pullMs;
    mutationsApplied += log.mutationsApplied;
    rowsPulled += log.rowsPulled;
    rounds += log.rounds;
    thinkMs += log.thinkMs;
    errors += log.errors;
    for (const QString &sample : log.errorSamples) {
        if (errorSamples.size() < kErrorSamples)
            errorSamples.append(sample);
    }
}

double LoadSummary::requestsPerSecond() const
{
    return seconds > 0 ? double(pushMs.size() + pullMs.size()) / seconds : 0;
}

double LoadSummary::offeredRequestsPerSecond() const
{
    if (meanThinkMs <= 0 || rounds == 0)
        return 0;
    const double requestsPerRound = double(pushMs.size() + pullMs.size()) / double(rounds);
    return double(devices) * requestsPerRound * 1000.0 / double(meanThinkMs);
}

double LoadSummary::p99Ms() const
{
    return BenchReport::percentile(pushMs + pullMs, 0.99);
}

QJsonObject LoadSummary::toJson() const
{
    return {{u"latency_ms"_s,
                QJsonObject {
                    {u"push"_s, latency(pushMs)}, {u"pull"_s, latency(pullMs)}, {u"all"_s, latency(pushMs + pullMs)}}},
        {u"seconds"_s, seconds}, {u"rounds"_s, rounds}, {u"requests_per_s"_s, requestsPerSecond()},
        {u"think_ms"_s, meanThinkMs}, {u"offered_requests_per_s"_s, offeredRequestsPerSecond()},
        {u"mean_pause_ms"_s, rounds > 0 ? double(thinkMs) / double(rounds) : 0},
        {u"pushes_per_s"_s, seconds > 0 ? double(pushMs.size()) / seconds : 0},
        {u"mutations_applied"_s, mutationsApplied},
        {u"mutations_per_s"_s, seconds > 0 ? double(mutationsApplied) / seconds : 0}, {u"rows_pulled"_s, rowsPulled},
        {u"errors"_s, errors}, {u"error_samples"_s, QJsonArray::fromStringList(errorSamples)}};
}
