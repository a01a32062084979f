#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

/// What one simulated device of load_bench measured: the latency of every request (push and pull apart, from
/// sending to the whole answer read), counts, and errors (any answer that is not 2xx, any TLS or connection error,
/// any mutation the server did not apply). Written only by its device's thread; read after the run.
struct LoadLog {
    QList<double> pushMs;
    QList<double> pullMs;
    qint64 mutationsApplied = 0;
    qint64 rowsPulled = 0;
    int rounds = 0;
    qint64 thinkMs = 0; ///< pauses between rounds, summed
    int errors = 0;
    QStringList errorSamples; ///< the first few errors, for the report

    void addError(const QString &what);
};

/// The figures of one configuration's run, summed over its devices.
struct LoadSummary {
    QList<double> pushMs;
    QList<double> pullMs;
    qint64 mutationsApplied = 0;
    qint64 rowsPulled = 0;
    qint64 rounds = 0;
    qint64 thinkMs = 0;
    int errors = 0;
    QStringList errorSamples;
    double seconds = 0; ///< from the first request to the last answer
    int devices = 0;
    int meanThinkMs = 0; ///< the --think-ms the devices ran with

    void add(const LoadLog &log);
    double requestsPerSecond() const;
    /// What the devices would ask for if every answer were instant: devices × requests a round ÷ mean think time
    /// (0 without think time: a closed loop offers whatever the server takes).
    double offeredRequestsPerSecond() const;
    /// {p50, p99, max, count} of push, pull and both, requests/s, offered requests/s, mutations/s, think time,
    /// counts and errors.
    QJsonObject toJson() const;
    double p99Ms() const;
};
