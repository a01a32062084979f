#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/dataset.h"
#include "core/error.h"

namespace sitesafe {

/// Writes a Dataset (demo, benchmark or a server snapshot) into the store as server data: in one transaction per
/// call, with the outbox triggers quiet (Transaction::Origin::Remote), every row stamped with a server_version,
/// and each hazard's status cache set from the fold of its events.
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetWriter)

public:
    explicit DatasetWriter(QSqlDatabase db, QDateTime stamp);

    Status write(const Dataset &data);
    qint64 rowsWritten() const { return m_rows; }

private:
    QVariant nextVersion() { return ++m_version; }
    Status writeReference(const Dataset &data);
    Status writeField(const Dataset &data);
    Status writeHazards(const Dataset &data);

    QSqlDatabase m_db;
    QString m_stamp;
    qint64 m_version = 0;
    qint64 m_rows = 0;
};

} // namespace sitesafe
