#pragma once

#include "ledgertablemodel.h"

namespace sitesafe {

/// 险情: the 重大险情 (major dangerous situations), newest first: occurred, project, kind, part, evacuation,
/// report to the bureau, the hazard it follows from, description.
class DangerEventListModel final : public LedgerTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DangerEventListModel)

public:
    enum Column { Occurred, Project, Kind, Part, Evacuated, Reported, Hazard, Description, ColumnCount };

    explicit DangerEventListModel(const QString &databasePath, QObject *parent = nullptr);
    ~DangerEventListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString selectSql(const QString &projectCondition) const override;
};

} // namespace sitesafe
