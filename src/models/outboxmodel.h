#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "storage/readconnection.h"

namespace sitesafe {

class SqlWorker;

/// The outbox states the Sync page groups together.
enum class OutboxGroup {
    All,
    Waiting,  ///< pending + in_flight
    Applied,  ///< applied + duplicate
    Conflict,
    Rejected,
};

/// Rows per outbox state and the times of the last successful push and pull.
struct OutboxSummary {
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 applied = 0;
    qint64 duplicate = 0;
    qint64 conflict = 0;
    qint64 rejected = 0;
    QDateTime lastPushAt; ///< invalid: never
    QDateTime lastPullAt;

    qint64 count(OutboxGroup group) const;
};

/// One outbox row as the Sync page lists it (texts prepared on the worker thread).
struct OutboxRow {
    qint64 seq = 0;
    QString createdAt; ///< stored UTC text
    QString entity;
    QString entityId;
    QString recordName; ///< hazard description, event kind + hazard, inspection's project; may be empty
    QString op;
    QString change;     ///< one line: "Description: old → new; Location: …"
    QString changeDetail; ///< one line per field, for the tooltip
    QString state;
    qint64 serverSeq = -1;
    QString contentHash;
    QString reason;     ///< server's rejection, conflicting fields, or the last transport error
    int attempts = 0;
};

/// The outbox, newest first, filtered by state group. The outbox keeps every applied row forever, so it is never
/// loaded whole: rows come in pages (keyset on seq, one indexed range per state) read on a worker connection,
/// and views ask for the next page through canFetchMore()/fetchMore() as they scroll. The per-state counts are
/// exact. data() never touches the database.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column { Time, Record, Change, State, ServerSeq, ContentHash, Reason, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1, StateCodeRole, EntityRole, EntityIdRole };

    explicit OutboxModel(const QString &databasePath, QObject *parent = nullptr);
    ~OutboxModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    OutboxGroup group() const { return m_group; }
    /// Shows another group (reloads the counts and the first page).
    void setGroup(OutboxGroup group);
    /// Reads the counts and the first page again (after a sync or an edit).
    void reload();
    const OutboxSummary &summary() const { return m_summary; }
    /// Rows of the current group in the store (rowCount() is what has been fetched so far).
    qint64 totalCount() const { return m_summary.count(m_group); }
    /// True once the rows shown belong to the last reload asked for, and no page is being fetched.
    bool isReady() const { return m_shownGeneration == m_requestedGeneration && !m_isFetching; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    /// The queries behind the model; they run on any connection (worker thread, tests).
    static OutboxSummary loadSummary(ReadConnection db);
    /// Up to `limit` rows of `group` with seq below `beforeSeq` (-1: from the newest), newest first.
    /// `error` (optional) receives a translated sentence when a statement fails; the result is then empty.
    static QList<OutboxRow> loadPage(ReadConnection db, OutboxGroup group, qint64 beforeSeq, int limit,
                                     QString *error = nullptr);
    static QStringList states(OutboxGroup group);

Q_SIGNALS:
    /// A reload is in place (counts and first page).
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Fetched;
    void applyPage(const Fetched &fetched);

    SqlWorker *m_worker = nullptr;
    OutboxGroup m_group = OutboxGroup::All;
    OutboxSummary m_summary;
    QList<OutboxRow> m_rows;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
    int m_pageSize = 200;
    bool m_hasMore = false;
    bool m_isFetching = false;
};

} // namespace sitesafe
