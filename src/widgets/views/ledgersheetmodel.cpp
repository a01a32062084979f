#include "ledgersheetmodel.h"

#include <QDateTime>
#include <QLocale>

#include "models/sqlworker.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
struct Window {
    quint64 generation = 0;
    int page = 0;
    qint64 total = -1; ///< read with the first page only
    LedgerSheet sheet;
    QString error;
};
} // namespace

LedgerSheetModel::LedgerSheetModel(SqlWorker &worker, QObject *parent) : QAbstractTableModel(parent), m_worker(worker)
{ }

void LedgerSheetModel::setQuery(const LedgerQuery &query)
{
    m_query = query;
    const quint64 generation = ++m_generation;
    const int pageSize = m_pageSize;
    m_isReady = false;
    m_worker.post<Window>(
        this,
        [generation, query, pageSize](ReadConnection db) {
            Window w;
            w.generation = generation;
            qint64 total = 0;
            auto sheet = LedgerReader::firstWindow(db, query, pageSize, total);
            if (!sheet) {
                w.error = sheet.error().message;
                return w;
            }
            w.total = total;
            w.sheet = std::move(sheet).value();
            return w;
        },
        [this](const Window &w) {
            if (w.generation != m_generation)
                return; // a newer query is on its way
            beginResetModel();
            m_pages.clear();
            m_pending.clear();
            m_header = w.sheet;
            m_header.rows.clear();
            m_total = qMax<qint64>(0, w.total);
            if (w.error.isEmpty())
                m_pages.insert(0, w.sheet.rows);
            m_pagesRead = 1;
            endResetModel();
            m_isReady = true;
            if (w.error.isEmpty())
                Q_EMIT loaded();
            else
                Q_EMIT loadFailed(w.error);
        });
}

bool LedgerSheetModel::isRowLoaded(int row) const
{
    return m_pages.contains(row / m_pageSize);
}

void LedgerSheetModel::requestPage(int page) const
{
    if (m_pages.contains(page) || m_pending.contains(page))
        return;
    m_pending.insert(page);
    const quint64 generation = m_generation;
    const LedgerQuery query = m_query;
    const int pageSize = m_pageSize;
    auto *self = const_cast<LedgerSheetModel *>(this);
    m_worker.post<Window>(
        self,
        [generation, page, query, pageSize](ReadConnection db) {
            Window w;
            w.generation = generation;
            w.page = page;
            auto sheet = LedgerReader::read(db, query, qint64(page) * pageSize, pageSize);
            if (sheet)
                w.sheet = std::move(sheet).value();
            else
                w.error = sheet.error().message;
            return w;
        },
        [self](const Window &w) {
            if (w.generation != self->m_generation)
                return;
            self->m_pending.remove(w.page);
            if (!w.error.isEmpty()) {
                Q_EMIT self->loadFailed(w.error);
                return;
            }
            if (self->m_pages.size() >= kCachedPages) // keep memory flat on a province's list: drop the others
                self->m_pages.removeIf([&w](const auto &entry) { return qAbs(entry.key() - w.page) > 2; });
            self->m_pages.insert(w.page, w.sheet.rows);
            ++self->m_pagesRead;
            const int first = w.page * self->m_pageSize;
            const int last = qMin<qint64>(self->m_total, qint64(first) + self->m_pageSize) - 1;
            if (last >= first)
                Q_EMIT self->dataChanged(self->index(first, 0), self->index(last, self->columnCount() - 1));
        });
}

int LedgerSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int LedgerSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.columns.size());
}

QVariant LedgerSheetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_total || index.column() >= m_header.columns.size())
        return {};
    const int page = index.row() / m_pageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        requestPage(page);
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(u"…"_s) : QVariant();
    }
    const QVariant value = found->value(index.row() % m_pageSize).value(index.column());
    const LedgerColumn::Type type = m_header.columns.at(index.column()).type;
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_header.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_header.columns.at(section).header;
}

} // namespace sitesafe
