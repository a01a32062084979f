#include "figurestable.h"

#include <QHeaderView>
#include <QLocale>

#include "reports/monthlyreport.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

FiguresTable::FiguresTable(QWidget *parent) : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Figure"), tr("Value")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
}

void FiguresTable::setFigures(const QJsonObject &figures)
{
    const QStringList keys = MonthlyReport::keys();
    setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        const QString &key = keys.at(r);
        const double value = figures.value(key).toDouble();
        const QString text = MonthlyReport::isRatio(key) ? QLocale().toString(value * 100, 'f', 2) + u" %"_s
                                                         : QLocale().toString(value, 'g', 12);
        setItem(r, 0, new QTableWidgetItem(MonthlyReport::label(key)));
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setData(Qt::UserRole, key);
        setItem(r, 1, item);
    }
}

} // namespace sitesafe
