#include "hazardeventcommand.h"

#include <QFileInfo>

#include "core/uuidv7.h"
#include "evidence/photoimporter.h"
#include "session/datafoldersession.h"
#include "storage/attachmentrepository.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

HazardEventCommand::HazardEventCommand(DataFolderSession &session, Account account, HazardEvent event,
                                       QStringList photoFiles, Changed changed)
    : m_session(&session),
      m_account(std::move(account)),
      m_event(std::move(event)),
      m_photoFiles(std::move(photoFiles)),
      m_changed(std::move(changed))
{
}

void HazardEventCommand::redo()
{
    HazardEvent e = m_event;
    e.id = UuidV7::generate(); // a redo after an undo is a new event: the withdrawn one stays as it was
    e.at = m_session->now();
    e.actor = m_account.userName;
    e.actorRole = m_account.role;
    e.timeTrust = m_session->timeTrust();
    HazardStepResult result;
    result.hazardId = e.hazardId;
    result.kind = e.kind;
    auto outcome = HazardRepository(m_session->store().connection()).appendEvent(e);
    if (!outcome) {
        if (!m_hasRun)
            setObsolete(true);
        m_eventId.clear();
        result.status = outcome.error();
        report(result);
        return;
    }
    m_eventId = e.id;
    result.eventId = e.id;
    result.outcome = outcome.value();
    if (!m_hasRun)
        m_firstEventId = e.id;
    m_hasRun = true;
    // The event is written first, so its photos never name an event the server has not been sent.
    if (Status s = attachPhotos(e.id, result); !s)
        result.photoErrors << s.error().message;
    report(result);
}

Status HazardEventCommand::attachPhotos(const QString &eventId, HazardStepResult &result)
{
    if (eventId == m_firstEventId) {
        PhotoContext context;
        context.inspectionTime = m_session->now();
        context.inspectorName = m_account.userName;
        context.timeTrust = m_session->timeTrust();
        const PhotoImporter importer(m_session->store(), u"hazard_events"_s, eventId, context);
        for (const QString &file : std::as_const(m_photoFiles)) {
            if (auto imported = importer.importFile(file); !imported)
                result.photoErrors << tr("%1: %2").arg(QFileInfo(file).fileName(), imported.error().message);
        }
        return {};
    }
    // A redone step: the same pictures are evidence of the copy too (the bytes are already in the blob store).
    AttachmentRepository attachments(m_session->store().connection());
    auto photos = attachments.list(u"hazard_events"_s, m_firstEventId);
    if (!photos)
        return photos.error();
    for (AttachmentRow row : photos.value()) {
        row.photo.id.clear();
        row.photo.ownerId = eventId;
        if (auto added = attachments.add(row.photo, row.localPath, m_account.userName); !added)
            return added.error();
    }
    return {};
}

void HazardEventCommand::undo()
{
    HazardEvent withdrawn;
    withdrawn.id = UuidV7::generate();
    withdrawn.hazardId = m_event.hazardId;
    withdrawn.kind = HazardEventKind::Withdrawn;
    withdrawn.targetEventId = m_eventId;
    withdrawn.at = m_session->now();
    withdrawn.actor = m_account.userName;
    withdrawn.actorRole = m_account.role;
    withdrawn.timeTrust = m_session->timeTrust();
    HazardStepResult result;
    result.hazardId = m_event.hazardId;
    result.kind = HazardEventKind::Withdrawn;
    result.isUndo = true;
    auto outcome = HazardRepository(m_session->store().connection()).appendEvent(withdrawn);
    if (!outcome) {
        result.status = outcome.error();
    } else {
        result.eventId = withdrawn.id;
        result.outcome = outcome.value();
    }
    report(result);
}

void HazardEventCommand::report(HazardStepResult result)
{
    m_last = result;
    if (m_changed)
        m_changed(m_last);
}

} // namespace sitesafe
