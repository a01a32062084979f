#pragma once

#include <functional>

#include "serverprocess.h"
#include "syncclient.h"

/// Outbox, receipt and conflict rows made by a real sync: the real sitesafe-server over TLS on 127.0.0.1 answers
/// a real SyncEngine, so every state a model or widget test shows (applied, conflict, rejected, in flight,
/// pending) is what the engine and the server leave, never a row written by hand. `mine` is the laptop under
/// test; `colleague` is a second laptop whose edits reach the server first.
class SyncScenario
{
public:
    /// Starts a server with the demo reference data of seed 1; both laptops sign in and take the snapshot.
    SyncScenario();

    ServerProcess &server() { return m_server; }
    SyncClient &mine() { return m_mine; }
    SyncClient &colleague() { return m_colleague; }
    /// The SQLite file of `mine` (what a model under test opens).
    QString databasePath();

    /// Syncs `mine` and requires the run to complete (conflicts and refusals are outcomes, not errors).
    sitesafe::SyncReport sync();
    /// A new hazard of mine, sent and applied (its insert and created event are released).
    QString appliedHazard(const QString &description);
    /// `field` of `hazardId` changed by the colleague (sent first) and by me: after my sync the field is an open
    /// conflict and my mutation is in state conflict. Does not sync `mine` when `isSyncing` is false.
    void changeOnBothSides(const QString &hazardId, const QString &field, const QString &myValue,
                           const QString &colleaguesValue, bool isSyncing = true);
    /// A province-only event (挂牌督办 at province level) recorded by me, an inspector: the server refuses it
    /// with forbidden_field at my next sync. Returns the event id.
    QString provinceOnlyEvent(const QString &hazardId);
    /// Runs `edits`, then a sync during which the server is SIGKILLed when the first batch goes out, then
    /// restarts the server: those mutations stay frozen in flight, waiting for a receipt.
    void leaveInFlight(const std::function<void()> &edits);

    /// Outbox rows of every state, interleaved over the seq range: `hazards` hazards of mine applied; then a
    /// description edit of each (every 4th was changed by the colleague first: conflict) and a province-only
    /// event on every 5th (refused: rejected), synced; then a location edit of every 3rd left in flight; then a
    /// responsible-person edit of every 2nd left pending. Returns the hazard ids.
    QStringList makeEveryState(int hazards);

private:
    ServerProcess m_server;
    SyncClient m_mine;
    SyncClient m_colleague;
};
