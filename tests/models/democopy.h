#pragma once

#include <stdexcept>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "demofixture.h"
#include "modeltesthelpers.h"
#include "storage/datastore.h"

namespace sitesafe::test {

/// A writable copy of the demo data folder (the shared one is read-only for tests), made with VACUUM INTO so
/// pages still in the demo file's WAL are included, and migrated to the current schema. Removed with the object.
class DemoCopy
{
public:
    DemoCopy()
    {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary folder");
        QSqlQuery q(directConnection(DemoFixture::databasePath()));
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(databasePath());
        if (!q.exec())
            throw std::runtime_error(q.lastError().text().toStdString());
        // Opening migrates the copy like the program would (the day's demo folder may predate a migration).
        auto opened = DataStore::open(m_dir.path());
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
    }
    QString directory() const { return m_dir.path(); }
    QString databasePath() const { return DataStore::databasePath(m_dir.path()); }

private:
    QTemporaryDir m_dir;
};

} // namespace sitesafe::test
