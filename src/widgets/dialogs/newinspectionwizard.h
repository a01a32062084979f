#pragma once

#include <QWizard>

#include "core/error.h"
#include "core/fielddata.h"

namespace sitesafe {

class DataFolderSession;
class InspectionChecklistPage;
class InspectionDetailsPage;
class InspectionProjectPage;
class SqlWorker;

/// 新建检查: project (search as you type), kind and round, date, inspectors (two or more law-enforcement officers,
/// explained before saving), then the checklists — the major-hazard criteria in force on the date and the JGJ 59
/// sheets relevant to the project, preselected. Finish records the draft in one transaction
/// (InspectionRepository::create); an error is shown as a sentence on the last page and nothing is saved.
class NewInspectionWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewInspectionWizard)

public:
    enum PageId { ProjectPageId, DetailsPageId, ChecklistPageId };

    /// `session` must outlive the wizard; `actor` is the signed-in user, the first inspector.
    NewInspectionWizard(DataFolderSession &session, QString actor, QWidget *parent = nullptr);
    ~NewInspectionWizard() override;

    InspectionProjectPage *projectPage() const { return m_projectPage; }
    InspectionDetailsPage *detailsPage() const { return m_detailsPage; }
    InspectionChecklistPage *checklistPage() const { return m_checklistPage; }
    SqlWorker &worker() const { return *m_worker; }

    /// The inspection as the pages describe it now (not yet validated).
    Inspection inspection() const;
    /// Records the draft (the checklist page calls it on Finish); the id is createdId() afterwards.
    Status save();
    QString createdId() const { return m_createdId; }

Q_SIGNALS:
    void inspectionCreated(const QString &inspectionId);

private:
    DataFolderSession &m_session;
    QString m_actor;
    SqlWorker *m_worker = nullptr;
    InspectionProjectPage *m_projectPage = nullptr;
    InspectionDetailsPage *m_detailsPage = nullptr;
    InspectionChecklistPage *m_checklistPage = nullptr;
    QString m_createdId;
};

} // namespace sitesafe
