#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "storage/conflictrepository.h"

namespace sitesafe {

class SqlWorker;

/// The open conflicts (fields both this computer and the server changed), newest first, with the record they
/// belong to; read on a worker connection. Bounded: conflicts are rare and each one waits for a person, so the
/// newest kLimit are listed and the exact total is kept.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictListModel)

public:
    enum Column { Detected, Record, Project, Field, Yours, Servers, ColumnCount };
    enum Role { ConflictIdRole = Qt::UserRole + 1 };
    static constexpr int kLimit = 500;

    explicit ConflictListModel(const QString &databasePath, QObject *parent = nullptr);
    ~ConflictListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    bool isReady() const { return m_shownGeneration == m_requestedGeneration; }
    /// Open conflicts in the store (may exceed rowCount()).
    qint64 totalCount() const { return m_total; }
    const ConflictRecord &conflictAt(int row) const { return m_rows.at(row); }

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Fetched;

    SqlWorker *m_worker = nullptr;
    QList<ConflictRecord> m_rows;
    qint64 m_total = 0;
    quint64 m_requestedGeneration = 0;
    quint64 m_shownGeneration = 0;
};

} // namespace sitesafe
