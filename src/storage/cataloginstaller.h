#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/criteriacatalog.h"
#include "core/error.h"
#include "core/scoresheetcatalog.h"

namespace sitesafe {

/// Puts criteria catalogs into criteria_sets / criteria_items (and a checklist template per catalog) as server
/// data. Installing the same catalog version again changes nothing; a newer catalog version (corrected wording)
/// rewrites the rows in place, ids unchanged, and adds the checklist template of the new version.
class CatalogInstaller
{
    Q_DECLARE_TR_FUNCTIONS(CatalogInstaller)

public:
    explicit CatalogInstaller(QSqlDatabase db, QDateTime stamp);

    Status install(const CriteriaCatalog &catalog);
    Status install(const ScoreSheetCatalog &catalog);
    /// Both built-in criteria editions and the JGJ 59 score sheets.
    Status installBuiltIn();

private:
    bool isInstalled(const QString &code, int catalogVersion);

    QSqlDatabase m_db;
    QString m_stamp;
};

} // namespace sitesafe
