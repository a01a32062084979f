#include "conflictlistmodel.h"

#include "core/domainlabels.h"
#include "sqlworker.h"
#include "synclabels.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

/// What the job hands back to the UI thread.
struct ConflictListModel::Fetched {
    quint64 generation = 0;
    QList<ConflictRecord> rows;
    qint64 total = 0;
    QString error;
};

ConflictListModel::ConflictListModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent), m_worker(new SqlWorker(databasePath, this))
{
}

ConflictListModel::~ConflictListModel() = default;

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ConflictListModel::reload()
{
    const quint64 generation = ++m_requestedGeneration;
    m_worker->post<Fetched>(
        this,
        [generation](ReadConnection db) {
            Fetched f;
            f.generation = generation;
            ConflictRepository conflicts(db.database());
            auto rows = conflicts.openConflicts(kLimit);
            auto total = conflicts.openCount();
            if (!rows || !total) {
                f.error = !rows ? rows.error().message : total.error().message;
                return f;
            }
            f.rows = std::move(rows).value();
            f.total = total.value();
            return f;
        },
        [this](Fetched f) {
            if (f.generation != m_requestedGeneration)
                return;
            if (!f.error.isEmpty()) {
                Q_EMIT loadFailed(f.error);
                return;
            }
            beginResetModel();
            m_shownGeneration = f.generation;
            m_rows = f.rows;
            m_total = f.total;
            endResetModel();
            Q_EMIT loaded();
        });
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictRecord &c = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == ConflictIdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Detected: return DomainLabels::localDateTime(c.detectedAt);
    case Record:
        return c.recordTitle.isEmpty() ? tr("%1 · %2").arg(SyncLabels::entity(c.entity), c.entityId.left(8))
                                       : tr("%1 · %2").arg(SyncLabels::entity(c.entity), c.recordTitle);
    case Project: return c.projectName;
    case Field: return SyncLabels::field(c.entity, c.field);
    case Yours: return SyncLabels::value(c.entity, c.field, c.localValue);
    case Servers: return SyncLabels::value(c.entity, c.field, c.serverValue);
    case ColumnCount: break;
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Detected: return tr("Detected");
    case Record: return tr("Record");
    case Project: return tr("Project");
    case Field: return tr("Field");
    case Yours: return tr("Your value");
    case Servers: return tr("Server's value");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sitesafe
