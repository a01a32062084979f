#pragma once

#include <QSqlDatabase>

#include "storage/datastore.h"
#include "support/tempdir.h"

/// A fresh data folder with one 市县, one enterprise and one project loaded as server data.
class StorageFixture
{
public:
    StorageFixture();

    sitesafe::DataStore &store() { return *m_store; }
    QSqlDatabase db() { return m_store->connection(); }
    QString dataDir() const { return m_dir.path(); }
    qint64 scalar(const QString &sql);

    static constexpr const char16_t *kProjectId = u"01930000-0000-7000-8000-000000000001";
    static constexpr const char16_t *kEnterpriseId = u"01930000-0000-7000-8000-000000000002";

private:
    TestDir m_dir;
    std::unique_ptr<sitesafe::DataStore> m_store;
};

/// Loads the minimal reference rows into any open store.
void loadMinimalReference(QSqlDatabase db);
