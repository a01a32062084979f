#include "ledgertablemodel.h"

#include "sqlworker.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
struct Loaded {
    quint64 generation = 0;
    QList<QVariantList> rows;
    QString error;
};
} // namespace

LedgerTableModel::LedgerTableModel(const QString &databasePath, int sqlColumns, QObject *parent)
    : QAbstractTableModel(parent), m_worker(new SqlWorker(databasePath, this)), m_sqlColumns(sqlColumns)
{
}

LedgerTableModel::~LedgerTableModel() = default;

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void LedgerTableModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

QString LedgerTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toString() : QString();
}

int LedgerTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(0).toString() == id)
            return i;
    return -1;
}

void LedgerTableModel::reload()
{
    const quint64 generation = ++m_requested;
    QVariantList bound;
    QString condition = u"1 = 1"_s;
    if (!m_search.isEmpty()) {
        QString escaped = m_search;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        condition = u"p.name LIKE ? ESCAPE '\\'"_s;
        bound << QVariant(QString(u"%"_s + escaped + u"%"_s));
    }
    const QString sql = selectSql(condition);
    m_worker->post<Loaded>(
        this,
        [generation, sql, bound, columns = m_sqlColumns](ReadConnection db) {
            Loaded r;
            r.generation = generation;
            ReadQuery q(db);
            if (!q.run(sql, bound)) {
                r.error = tr("The list could not be read (%1). Reopen the data folder; if it persists, check it "
                             "with sitesafe-cli check.")
                              .arg(q.errorText());
                return r;
            }
            while (q.next()) {
                QVariantList row;
                row.reserve(columns); // exact: appending one by one leaves a grown list's spare room in every row
                for (int c = 0; c < columns; ++c)
                    row.append(q.value(c));
                r.rows.append(row);
            }
            return r;
        },
        [this](Loaded r) {
            if (r.generation != m_requested)
                return;
            if (!r.error.isEmpty()) {
                Q_EMIT loadFailed(r.error);
                return;
            }
            beginResetModel();
            m_rows = std::move(r.rows);
            m_shown = r.generation;
            endResetModel();
            Q_EMIT loaded(int(m_rows.size()));
        });
}

} // namespace sitesafe
