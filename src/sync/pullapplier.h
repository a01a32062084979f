#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "core/error.h"
#include "protocol/pullmessages.h"
#include "storage/pulledrowwriter.h"

namespace sitesafe {

class Database;
struct EntityRule;

/// Applies pulled server rows to the local store: a page (or a few pages that only make sense together) and
/// the position it brings the client to are written in ONE remote transaction (PulledRowWriter), so the outbox
/// triggers stay quiet and a crash or cut leaves either the whole page with its cursor or neither. A field that
/// still has an unsent local edit keeps its local value until the push result arrives (sync-anchors §2.6); the
/// status cache of every touched hazard is refolded; an attachment whose photo is not here gets a `remote_only`
/// blob row so it can be downloaded on demand.
///
/// A row that breaks a local constraint is held (docs/sync-protocol.md, "Held pulled rows"): the page is rolled
/// back, the row is kept aside with its constraint and the run fails with "sync.row_held" naming entity, id and
/// constraint; the next run applies the page without it. Held rows are retried by retryHeld() at the end of every
/// pull and released once they apply.
class PullApplier
{
    Q_DECLARE_TR_FUNCTIONS(PullApplier)

public:
    explicit PullApplier(Database &db);

    using Position = PullPosition;

    /// Applies `changes` and stores `position`. Error code "sync.missing_parent" when a row refers to a row that a
    /// later page may bring and `isFinal` is false: the caller applies the pages together. With `isFinal`, rows
    /// whose parent is still missing are held like any other row that breaks a constraint.
    Result<int> apply(const QList<PulledChange> &changes, const Position &position, bool isFinal = true);
    /// Applies one server row that came outside the page stream (a notice number block answered by POST
    /// /notice-blocks) like a pulled row, in its own remote transaction, without moving the sync position. The
    /// same row arriving again by pull later changes nothing (a block's counter never moves back).
    Status adopt(const PulledChange &change);
    /// Tries every held row again in one transaction; returns how many applied and were released.
    Result<int> retryHeld();
    /// Rows of the pages applied so far that this computer already held exactly as the server sent them (a pushing
    /// client's own rows coming back): only their server_version was stored.
    int unchangedRows() const { return m_unchangedRows; }

    /// The Error of a pulled row that breaks a local constraint, in words a user understands.
    static Error heldError(const QString &entity, const QString &entityId, const QString &brokenConstraint);

private:
    struct PageOutcome;
    PageOutcome applyOnce(const QList<PulledChange> &changes, const Position &position,
                          const QHash<QString, qint64> &held, bool checkReferences);
    Status writeChange(const EntityRule &rule, const PulledChange &change, QSet<QString> &hazards);
    bool isHeldParent(const ForeignKeyBreak &orphan);

    Database &m_db;
    /// For one pull run: keeps its prepared statements (see PulledRowWriter).
    PulledRowWriter m_writer;
    int m_unchangedRows = 0;
};

} // namespace sitesafe
