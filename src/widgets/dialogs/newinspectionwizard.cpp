#include "newinspectionwizard.h"

#include "inspectionchecklistpage.h"
#include "inspectiondetailspage.h"
#include "inspectionprojectpage.h"
#include "models/sqlworker.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "storage/inspectionrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

NewInspectionWizard::NewInspectionWizard(DataFolderSession &session, QString actor, QWidget *parent)
    : QWizard(parent),
      m_session(session),
      m_actor(std::move(actor)),
      m_worker(new SqlWorker(session.store().database().path(), this))
{
    setObjectName(u"newInspectionWizard"_s);
    setWindowTitle(tr("New inspection"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_projectPage = new InspectionProjectPage(*m_worker, this);
    m_detailsPage = new InspectionDetailsPage(*m_worker, session.today(), m_actor, this);
    m_checklistPage = new InspectionChecklistPage(*m_worker, this);
    setPage(ProjectPageId, m_projectPage);
    setPage(DetailsPageId, m_detailsPage);
    setPage(ChecklistPageId, m_checklistPage);
    setStartId(ProjectPageId);
    resize(820, 600);
}

NewInspectionWizard::~NewInspectionWizard() = default;

Inspection NewInspectionWizard::inspection() const
{
    Inspection in;
    in.projectId = m_projectPage->project().id;
    in.kind = m_detailsPage->kind();
    in.round = m_detailsPage->round();
    in.inspectors = m_detailsPage->inspectors();
    in.checklists = m_checklistPage->checkedCodes();
    const QDate date = m_detailsPage->date();
    if (date == m_session.today()) {
        in.startedAt = m_session.now();
    } else {
        // A record made later for another day: that day at the present time of day in China (UTC+8, no DST).
        constexpr int kChinaOffsetSeconds = 8 * 3600;
        const QTime timeOfDay = m_session.now().toOffsetFromUtc(kChinaOffsetSeconds).time();
        in.startedAt = QDateTime(date, timeOfDay, Qt::OffsetFromUTC, kChinaOffsetSeconds).toUTC();
    }
    in.timeTrust = m_session.timeTrust();
    return in;
}

Status NewInspectionWizard::save()
{
    if (!m_createdId.isEmpty())
        return {}; // Finish pressed twice: the draft exists once
    auto created = InspectionRepository(m_session.store().connection()).create(inspection(), m_actor);
    if (!created)
        return created.error();
    m_createdId = created.value();
    Q_EMIT inspectionCreated(m_createdId);
    return {};
}

} // namespace sitesafe
