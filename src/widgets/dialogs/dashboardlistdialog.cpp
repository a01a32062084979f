#include "dashboardlistdialog.h"

#include <QAbstractTableModel>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sitesafe {

/// Plain rows of text for the list (a province-scale bar can hold thousands of rows: no item per cell).
class DashboardListModel final : public QAbstractTableModel
{
public:
    DashboardListModel(QStringList headers, QObject *parent) : QAbstractTableModel(parent), m_headers(std::move(headers))
    {
    }

    void setRows(QList<QStringList> rows, QStringList ids)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_ids = std::move(ids);
        endResetModel();
    }
    QString idAt(int row) const { return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString(); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_headers.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        return m_rows.at(index.row()).value(index.column());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return orientation == Qt::Horizontal ? QVariant(m_headers.value(section)) : QVariant(section + 1);
    }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QStringList m_ids;
};

DashboardListDialog::DashboardListDialog(const QString &title, const QStringList &headers, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"dashboardListDialog"_s);
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_model = new DashboardListModel(headers, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMaximumSectionSize(420);
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_summary = new QLabel(tr("Loading…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(960, 520);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model->idAt(index.row());
        if (!id.isEmpty())
            Q_EMIT activated(id);
    });
}

void DashboardListDialog::setRows(const QList<QStringList> &rows, const QStringList &ids, const QString &error)
{
    m_model->setRows(rows, ids);
    m_view->resizeColumnsToContents();
    m_summary->setText(error.isEmpty() ? tr("%n row(s). Double-click a row to open it.", nullptr, int(rows.size()))
                                       : error);
    m_isLoaded = true;
}

int DashboardListDialog::rowCount() const
{
    return m_model->rowCount();
}

QString DashboardListDialog::idAt(int row) const
{
    return m_model->idAt(row);
}

} // namespace sitesafe
