#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "inspectionfilter.h"
#include "windowedrowmodel.h"

namespace sitesafe {

/// One inspection as listed (InspectionListModel::Row).
struct InspectionListRow {
    QString id;
    QString status; ///< draft | submitted | signed
    bool isAmendment = false;
    QString projectName;
    QString jurisdictionName;
    QString kind;
    int round = 0;
    QStringList inspectors;
    QDateTime startedAt;
    int answered = 0; ///< answers not withdrawn
    int total = 0;    ///< items of the checklists walked (the template's when none are recorded)
    int hazards = 0;
};

/// The inspections (检查) of the data folder, newest first: status (an amendment says so), project, 市县, kind
/// with its round, inspectors, start, answered / total checklist items and hazards found. Filtering runs in SQL on
/// a worker connection; only windows of rows are kept (WindowedRowModel; 35,701 inspections at province scale),
/// and a window's answer and hazard counts are computed for its own rows only.
class InspectionListModel final : public WindowedRowModel<InspectionListRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionListModel)

public:
    enum Column { Status, Project, Jurisdiction, Kind, Inspectors, Started, Progress, Hazards, ColumnCount };
    enum Role { InspectionIdRole = Qt::UserRole + 1, StatusCodeRole };

    /// One inspection as listed.
    using Row = InspectionListRow;

    explicit InspectionListModel(const QString &databasePath, QObject *parent = nullptr);
    ~InspectionListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const InspectionFilter &filter);
    const InspectionFilter &filter() const { return m_filter; }
    /// Queries the store again with the current filter; `keepId`: the inspection to find, so that rowOf(keepId)
    /// answers when loaded() arrives.
    void reload(const QString &keepId = {});

    /// The statements that list inspections for a filter: the whole list, its ids alone, and one window.
    static WindowedListSql listSql(const InspectionFilter &filter);

Q_SIGNALS:
    void loaded(int rowCount, qint64 milliseconds);
    void loadFailed(const QString &message);

private:
    void opened(int rows, qint64 milliseconds) override { Q_EMIT loaded(rows, milliseconds); }
    void failed(const QString &message) override { Q_EMIT loadFailed(message); }

    InspectionFilter m_filter;
};

} // namespace sitesafe
