#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "noticedraftdata.h"
#include "storage/readconnection.h"

namespace sitesafe {

/// Reads what the issue-notice form needs for the hazards a caller picked (or, with none, the open hazards of an
/// inspection): the project of the first hazard, every open or rectifying hazard of that project with its legal
/// basis, the project's participants, the inspection's inspectors, the project's issued notices and the notice
/// numbers left per kind. Runs on a worker connection (SqlWorker); plain values out.
class NoticeDraftLoader
{
    Q_DECLARE_TR_FUNCTIONS(NoticeDraftLoader)

public:
    static NoticeDraftData load(ReadConnection db, const QStringList &hazardIds, const QString &inspectionId = {});
};

} // namespace sitesafe
