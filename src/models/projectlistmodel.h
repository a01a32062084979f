#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "core/referencedata.h"
#include "projectfilter.h"
#include "windowedrowmodel.h"

namespace sitesafe {

/// One project as listed (ProjectListModel::Row).
struct ProjectListRow {
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

/// The project list (about 20,000 projects at province scale). Filtering and sorting run in SQL on a worker
/// connection; only windows of rows are kept (WindowedRowModel), read as the view scrolls, so scrolling never
/// waits for the database. Coverage in round 1 / 2 is that of the campaign holding `today` (signed inspections
/// only, CoverageQuery).
class ProjectListModel final : public WindowedRowModel<ProjectListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Column { Name, PlatformNo, PermitNo, Jurisdiction, Park, Category, Status, Round1, Round2, OpenHazards, ColumnCount };
    enum Role { ProjectIdRole = Qt::UserRole + 1 };

    /// One project as listed.
    using Row = ProjectListRow;

    /// `today`: the day whose campaign the round columns and coverage filters are about (the session's today).
    ProjectListModel(const QString &databasePath, QDate today, QObject *parent = nullptr);
    ~ProjectListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_filter; }
    /// Queries the store again with the current filter and sort; `keepId`: the project to find, so that
    /// rowOf(keepId) answers when loaded() arrives (the selection survives a reload).
    void reload(const QString &keepId = {});

    /// The SQL that lists projects for a filter and sort, with coverage in `campaign` (also used by tests to
    /// cross-check counts).
    static QString selectSql(const ProjectFilter &filter, int sortColumn, Qt::SortOrder order,
                             const std::optional<Campaign> &campaign, QVariantList &values);

Q_SIGNALS:
    void loaded(int rowCount, qint64 milliseconds);
    void loadFailed(const QString &message);

private:
    void opened(int rows, qint64 milliseconds) override { Q_EMIT loaded(rows, milliseconds); }
    void failed(const QString &message) override { Q_EMIT loadFailed(message); }
    void load(const QString &keepId);
    /// The ORDER BY that ends selectSql().
    static QString orderBy(int sortColumn, Qt::SortOrder order);

    QDate m_today;
    ProjectFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sitesafe
