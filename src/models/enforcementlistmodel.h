#pragma once

#include "ledgertablemodel.h"

namespace sitesafe {

/// 执法: the enforcement actions, newest decision first: decided on, project, whom it addresses (enterprise or
/// person), kind, violation, document number, amount or points, decided by.
class EnforcementListModel final : public LedgerTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnforcementListModel)

public:
    enum Column { Decided, Project, Addressee, Kind, Violation, Document, Penalty, DecidedBy, ColumnCount };

    explicit EnforcementListModel(const QString &databasePath, QObject *parent = nullptr);
    ~EnforcementListModel() override;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString selectSql(const QString &projectCondition) const override;
};

} // namespace sitesafe
