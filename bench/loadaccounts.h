#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "benchserver.h"

/// The accounts of a load_bench run, taken from the demo data that `sitesafe-server seed-demo` loads (same seed and
/// day, so the same project ids): one inspector account per 市县 that has projects, up to one per device, devices
/// spread over them round-robin; and one province account for the start cursor and the final check.
struct LoadAccounts {
    QList<BenchAccount> accounts; ///< for BenchServerOptions
    QList<QPair<QString, QStringList>> inspectors; ///< user name → its 市县's project ids
    QString province;

    static LoadAccounts fromDemo(quint64 seed, QDate today, int devices);
};
