#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QDate>
#include <QElapsedTimer>
#include <QList>

#include "core/referencedata.h"
#include "projectfilter.h"

namespace sitesafe {

class SqlWorker;

/// The project list (about 20,000 projects at province scale). Filtering and sorting run in SQL on a worker
/// connection; the light rows of the result are kept, so scrolling never reads the database. Coverage in round
/// 1 / 2 is that of the campaign holding `today` (signed inspections only, CoverageQuery).
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Column { Name, PlatformNo, PermitNo, Jurisdiction, Park, Category, Status, Round1, Round2, OpenHazards, ColumnCount };
    enum Role { ProjectIdRole = Qt::UserRole + 1 };

    /// One project as listed.
    struct Row {
        QString id;
        QString name;
        QString platformNo;
        QString permitNo;
        QString jurisdictionName;
        QString parkName;
        QString category;
        QString status;
        bool isCoveredInRound1 = false;
        bool isCoveredInRound2 = false;
        int openHazards = 0;
    };
    struct Result;

    /// `today`: the day whose campaign the round columns and coverage filters are about (the session's today).
    ProjectListModel(const QString &databasePath, QDate today, QObject *parent = nullptr);
    ~ProjectListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_filter; }
    void reload();
    bool isReady() const { return m_shownGeneration == m_requestedGeneration; }
    qint64 lastLoadMilliseconds() const { return m_lastLoadMs; }

    /// The SQL that lists projects for a filter and sort, with coverage in `campaign` (also used by tests to
    /// cross-check counts).
    static QString selectSql(const ProjectFilter &filter, int sortColumn, Qt::SortOrder order,
                             const std::optional<Campaign> &campaign, QVariantList &values);

Q_SIGNALS:
    void loaded(int rowCount, qint64 milliseconds);
    void loadFailed(const QString &message);

private:
    void startReload();

    SqlWorker *m_worker = nullptr;
    QDate m_today;
    ProjectFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
    QElapsedTimer m_timer;
    qint64 m_lastLoadMs = 0;
    QList<Row> m_rows;
};

} // namespace sitesafe
