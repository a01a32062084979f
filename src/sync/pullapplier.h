#pragma once

#include "core/error.h"
#include "protocol/pullmessages.h"
#include "storage/statementcache.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

namespace sitesafe {

/// Applies pulled server rows to the local store: a page (or a few pages that only make sense together) and
/// the position it brings the client to are written in ONE Transaction::Origin::Remote transaction, so the
/// outbox triggers stay quiet and a crash or cut leaves either the whole page with its cursor or neither.
/// Rows are upserted by id with their server_version; a field that still has an unsent local edit (a pending
/// or in-flight outbox entry) keeps its local value until the push result arrives (sync-anchors §2.6); the
/// status cache of every touched hazard is refolded; an attachment whose photo is not here gets a
/// `remote_only` blob row so it can be downloaded on demand.
class PullApplier
{
    Q_DECLARE_TR_FUNCTIONS(PullApplier)

public:
    explicit PullApplier(QSqlDatabase db) : m_db(db), m_statements(std::move(db)) {}

    /// Where the client stands after the page: the pull cursor, or (snapshot pages before the last) the token
    /// of the next snapshot page.
    struct Position {
        QString cursor;
        QString snapshotToken;
        QString epoch;
    };

    /// Applies `changes` and stores `position`. Error code "sync.missing_parent" when a row refers to a row that
    /// a later page brings: the caller applies the pages together.
    Result<int> apply(const QList<PulledChange> &changes, const Position &position);

private:
    Status applyRow(const PulledChange &change, QSet<QString> &hazards);
    Status storePosition(const Position &position);
    QSet<QString> dirtyFields(const QString &entity, const QString &id);
    QSqlDatabase m_db;
    /// For one pull run: compiling an INSERT into hazards also compiles its triggers, most of the apply time.
    StatementCache m_statements;
};

} // namespace sitesafe
