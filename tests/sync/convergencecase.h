#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// One case of the property-based convergence test (sync-anchors §3 case 14): a real server behind a FaultProxy,
/// 3–6 laptops (inspectors, a 市县 supervisor, the province) doing `operations` random things chosen by `seed`
/// (new hazards, the same fields edited on several laptops, lifecycle events, 挂牌督办, 销号 by both roles,
/// photos, notices numbered offline) with
/// syncs at random points under random faults (cut, lost, stalled, delayed, duplicated and reordered requests,
/// the server killed as a push arrives). Then faults off, sync until quiet, and the invariants are checked:
/// every laptop equals the server, every mutation applied exactly once or explicitly refused, per-device order
/// kept, every conflict holding both values, every photo on the server once and whole, no notice number twice. The same
/// seed and count give the same operations and faults, so a shorter count is a prefix of the same history (the
/// shrinking in convergence_test.cpp relies on it).
struct ConvergenceResult {
    QStringList failures; ///< broken invariants, in words; empty: the case passed
    int laptops = 0;
    int operations = 0;
    int syncs = 0;
    int faults = 0;
    int serverKills = 0;
    int mutations = 0;
    int conflicts = 0;
    int refused = 0;
    int photos = 0; ///< photos attached (each uploaded in chunks under the faults)
    int notices = 0; ///< notices numbered offline from the laptops' blocks
    QHash<QString, int> faultsByKind;
};

ConvergenceResult runConvergenceCase(quint64 seed, int operations);
