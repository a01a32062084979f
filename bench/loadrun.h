#pragma once

#include <functional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "loadstats.h"

/// The accounts and projects a load_bench run uses: devices go round-robin over `inspectors` (user name → its
/// 市县's project ids); `province` signs in to find the start cursor and to check the result.
struct LoadTarget {
    QString baseUrl; ///< https://127.0.0.1:PORT (the server or nginx)
    QString caFile;
    QString password;
    QList<QPair<QString, QStringList>> inspectors;
    QString province;
};

/// One configuration's load: `devices` LoadDevices spread over `threads` worker threads sign in (untimed), then all
/// loop push + pull (+ think time) for `seconds` from a common start; the round in progress at the deadline
/// completes, and a device whose pause would end after the deadline stops at once. Afterwards
/// LoadVerifier checks that the server holds every acknowledged mutation exactly once.
class LoadRun
{
public:
    struct Options {
        int devices = 100;
        int seconds = 60;
        int threads = 4;
        int maxRounds = 100000; ///< per device, a bound besides the time
        int thinkMs = 0; ///< mean pause between a device's rounds (± 50 %, seeded); 0 = saturation (closed loop)
        quint64 seed = 1; ///< of the pauses
        /// Called once every device has signed in, before the timed loop (load_bench caps the servers' CPU here:
        /// a hundred password checks at once would outlast nginx's proxy timeout on a capped process).
        std::function<bool(QStringList *problems)> beforeLoop;
        /// Called right after the timed loop, before the verification reads the server.
        std::function<void()> afterLoop;
    };

    explicit LoadRun(Options options)
        : m_options(options)
    { }

    /// The summary; `problems` gets set-up failures and verification mismatches (empty when all is well).
    LoadSummary run(const LoadTarget &target, QStringList *problems);

private:
    Options m_options;
};
