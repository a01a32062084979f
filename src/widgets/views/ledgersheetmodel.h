#pragma once

#include <QAbstractTableModel>

#include "reports/ledgersheet.h"

namespace sitesafe {

/// A ledger (LedgerSheet) as a table: Chinese headers, dates and times in Beijing time, numbers right-aligned;
/// Qt::UserRole gives the typed value (what the exports write).
class LedgerSheetModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSheet(LedgerSheet sheet);
    const LedgerSheet &sheet() const { return m_sheet; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    LedgerSheet m_sheet;
};

} // namespace sitesafe
