#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>

#include "inspectionfilter.h"

namespace sitesafe {

class SqlWorker;

/// The inspections (检查) of the data folder, newest first: status (an amendment says so), project, 市县, kind
/// with its round, inspectors, start, answered / total checklist items and hazards found. Filtering runs in SQL on
/// a worker connection; the light rows of the result are kept, so scrolling never reads the database.
class InspectionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionListModel)

public:
    enum Column { Status, Project, Jurisdiction, Kind, Inspectors, Started, Progress, Hazards, ColumnCount };
    enum Role { InspectionIdRole = Qt::UserRole + 1, StatusCodeRole };

    /// One inspection as listed.
    struct Row {
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
    struct Result;

    explicit InspectionListModel(const QString &databasePath, QObject *parent = nullptr);
    ~InspectionListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const InspectionFilter &filter);
    const InspectionFilter &filter() const { return m_filter; }
    void reload();
    bool isReady() const { return m_shownGeneration == m_requestedGeneration; }
    const Row &row(int index) const { return m_rows.at(index); }
    /// The row showing inspection `id`, or -1.
    int rowOf(const QString &id) const;

    /// The SQL that lists inspections for a filter (also used by tests to cross-check counts).
    static QString selectSql(const InspectionFilter &filter, QVariantList &values);

Q_SIGNALS:
    void loaded(int rowCount, qint64 milliseconds);
    void loadFailed(const QString &message);

private:
    void startReload();

    SqlWorker *m_worker = nullptr;
    InspectionFilter m_filter;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
    QElapsedTimer m_timer;
    QList<Row> m_rows;
};

} // namespace sitesafe
