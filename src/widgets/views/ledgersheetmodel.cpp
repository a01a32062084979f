#include "ledgersheetmodel.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sitesafe {

void LedgerSheetModel::setSheet(LedgerSheet sheet)
{
    beginResetModel();
    m_sheet = std::move(sheet);
    endResetModel();
}

int LedgerSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.rows.size());
}

int LedgerSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.columns.size());
}

QVariant LedgerSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheet.rows.size() || index.column() >= m_sheet.columns.size())
        return {};
    const QVariant value = m_sheet.rows.at(index.row()).value(index.column());
    const LedgerColumn::Type type = m_sheet.columns.at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole:
        if (!value.isValid())
            return {};
        switch (type) {
        case LedgerColumn::Type::Date: return value.toDate().toString(u"yyyy-MM-dd"_s);
        case LedgerColumn::Type::DateTime: return value.toDateTime().toString(u"yyyy-MM-dd HH:mm"_s);
        case LedgerColumn::Type::Number:
            // Counts and serial numbers as they are (no grouping: 序号 1459, not 1,459); amounts in the locale's way.
            return value.typeId() == QMetaType::Double ? QLocale().toString(value.toDouble(), 'g', 12)
                                                       : value.toString();
        case LedgerColumn::Type::Text: return value.toString();
        }
        return {};
    case Qt::ToolTipRole:
        return type == LedgerColumn::Type::Text ? value : QVariant();
    case Qt::TextAlignmentRole:
        return type == LedgerColumn::Type::Number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::UserRole:
        return value;
    default:
        return {};
    }
}

QVariant LedgerSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_sheet.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_sheet.columns.at(section).header;
}

} // namespace sitesafe
