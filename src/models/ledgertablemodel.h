#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariantList>

namespace sitesafe {

class SqlWorker;

/// The shared part of the ledger lists (执法, 事故, 险情): rows read on a worker connection, filtered by a project
/// search in SQL, kept as light value rows so scrolling and repainting never read the database. The ledgers are
/// small (a few per project at most), so the whole filtered result is kept rather than windowed. Subclasses give
/// the SQL (first column the row's id) and what each column shows.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerTableModel)

public:
    enum Role { IdRole = Qt::UserRole + 1, ProjectIdRole };

    ~LedgerTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    /// Text of the project name search ("" for all); reloads.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void reload();
    bool isReady() const { return m_requested > 0 && m_shown == m_requested; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

Q_SIGNALS:
    void loaded(int rowCount);
    void loadFailed(const QString &message);

protected:
    /// `sqlColumns`: how many columns selectSql() selects.
    LedgerTableModel(const QString &databasePath, int sqlColumns, QObject *parent = nullptr);
    /// SELECT with the id first and the project id second; `projectCondition` ("p.name LIKE ? ESCAPE '\'" or
    /// "1 = 1") goes into its WHERE clause.
    virtual QString selectSql(const QString &projectCondition) const = 0;
    const QVariantList &values(int row) const { return m_rows.at(row); }

private:
    SqlWorker *m_worker = nullptr;
    int m_sqlColumns = 0;
    QString m_search;
    quint64 m_requested = 0;
    quint64 m_shown = 0;
    QList<QVariantList> m_rows;
};

} // namespace sitesafe
