#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/checklistselection.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// What the 新建检查 wizard offers, read from the store on a worker connection: projects matching what is typed,
/// the 危大工程 and equipment of the chosen project (they preselect the JGJ 59 sheets), the names of inspectors seen
/// in earlier inspections, and the criteria editions with their dates. Each list is small.
class InspectionChoices
{
    Q_DECLARE_TR_FUNCTIONS(InspectionChoices)

public:
    /// A project as the wizard lists it.
    struct Project {
        QString id;
        QString name;
        QString permitNo;
        QString platformNo;
        QString jurisdictionName; ///< 市县 (or park) name
    };
    /// What a project has that decides its JGJ 59 sheets.
    struct ProjectWorks {
        QString projectId;
        QList<ChecklistSelection::DangerousWork> works;
        QStringList equipmentKinds; ///< equipment.kind of equipment not dismantled
    };
    /// A major-hazard criteria edition (criteria_sets).
    struct Edition {
        QString code; ///< "V2024"
        int edition = 0;
        QString title;
        QString document; ///< "建质规〔2024〕5号"
        QDate effectiveOn;
        QDate repealedOn;
    };

    /// Projects whose name contains `text` or whose permit or platform number does; at most `limit`, by name.
    /// An empty text lists the first `limit` projects.
    static QList<Project> searchProjects(ReadConnection db, const QString &text, int limit = 50);
    static ProjectWorks projectWorks(ReadConnection db, const QString &projectId);
    /// Every name in earlier inspections' inspector lists, the most frequent first.
    static QStringList inspectorNames(ReadConnection db);
    static QList<Edition> criteriaEditions(ReadConnection db);
    /// The editions as ChecklistSelection takes them.
    static QList<ChecklistSelection::Edition> selectionEditions(const QList<Edition> &editions);
};

} // namespace sitesafe
