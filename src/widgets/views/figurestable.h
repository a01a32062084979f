#pragma once

#include <QJsonObject>
#include <QTableWidget>

namespace sitesafe {

/// The figures of a monthly report or year-end summary (MonthlyReport's keys and labels) as a two-column table:
/// counts as numbers, ratios as percentages; each value cell keeps its key (Qt::UserRole).
class FiguresTable final : public QTableWidget
{
    Q_OBJECT

public:
    explicit FiguresTable(QWidget *parent = nullptr);
    void setFigures(const QJsonObject &figures);
};

} // namespace sitesafe
