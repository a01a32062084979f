#include "noticeissuer.h"

#include <QCryptographicHash>

#include "core/clock.h"
#include "core/hazardlifecycle.h"
#include "core/noticehash.h"
#include "core/uuidv7.h"
#include "noticerenderer.h"
#include "storage/attachmentrepository.h"
#include "storage/datastore.h"
#include "storage/hazardrepository.h"
#include "storage/noticerepository.h"
#include "storage/noticesourcereader.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

NoticeIssuer::NoticeIssuer(DataStore &store, QUrl verificationBase)
    : m_store(store), m_verificationBase(std::move(verificationBase))
{
}

Result<Notice> NoticeIssuer::issue(const NoticeDraft &draft)
{
    QSqlDatabase db = m_store.connection();
    HazardRepository hazards(db);
    if (draft.notice.hazardIds.isEmpty() && draft.notice.kind != u"enforcement_proposal")
        return Error{u"notice.no_hazard"_s, tr("Choose at least one hazard for the notice; nothing has been issued.")};
    for (const QString &hazardId : draft.notice.hazardIds) {
        const auto hazard = hazards.find(hazardId);
        if (!hazard)
            return Error{u"notice.no_hazard"_s, tr("A hazard the notice names is not on this computer. Sync, then "
                                                   "issue the notice again; nothing has been issued.")};
        const HazardFold fold = HazardLifecycle::fold(hazards.events(hazardId), hazard->deadline);
        if (fold.isTerminal())
            return Error{u"notice.hazard_closed"_s,
                         tr("The hazard “%1” is %2, so no notice can be issued for it. Leave it out of the notice; "
                            "nothing has been issued.")
                             .arg(hazard->description.left(40),
                                  fold.state == HazardState::Closed ? tr("closed (销号)") : tr("voided"))};
    }

    NoticeRepository notices(db);
    auto number = notices.nextNumber(draft.notice.kind);
    if (!number)
        return number.error();

    Notice notice = draft.notice;
    notice.id = UuidV7::generate();
    notice.number = number.value().number;
    notice.blockId = number.value().blockId;
    notice.issuedBy = draft.actor;
    const QDateTime now = m_store.clock().now().toUTC();
    // Stored with milliseconds: the hash is taken over the time as it will read back.
    notice.issuedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    notice.status = u"issued"_s;
    notice.contentHash = NoticeHash::of(notice);

    // Rendering happens once, before the transaction, so the database is not locked while the PDF is drawn; the
    // number it shows is the reserved one, and insertIssued refuses it if another notice took it meanwhile.
    auto source = NoticeSourceReader(db).read(notice);
    if (!source)
        return source.error();
    auto pdf = NoticeRenderer(m_verificationBase).render(source.value(), m_store.blobs());
    if (!pdf)
        return pdf.error();
    notice.pdfSha256 = QString::fromLatin1(QCryptographicHash::hash(pdf.value(), QCryptographicHash::Sha256).toHex());

    auto stored = m_store.blobs().put(pdf.value());
    if (!stored)
        return stored.error();

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = notices.insertIssued(notice, draft.actor); !s)
        return s.error();
    PhotoRecord attachment;
    attachment.ownerEntity = u"notices"_s;
    attachment.ownerId = notice.id;
    attachment.sha256 = stored.value().sha256;
    attachment.size = stored.value().size;
    attachment.mime = u"application/pdf"_s;
    attachment.role = u"notice_pdf"_s;
    attachment.caption = notice.number;
    attachment.capturedAt = notice.issuedAt;
    attachment.timeTrust = notice.timeTrust;
    if (auto added = AttachmentRepository(db).add(attachment, stored.value().relativePath, draft.actor); !added)
        return added.error();
    for (const QString &hazardId : notice.hazardIds) {
        HazardEvent event;
        event.hazardId = hazardId;
        event.kind = HazardEventKind::NoticeIssued;
        event.at = notice.issuedAt;
        event.actor = draft.actor;
        event.actorRole = draft.actorRole;
        event.noticeId = notice.id;
        event.newDeadline = notice.deadline;
        event.note = notice.number;
        event.timeTrust = notice.timeTrust;
        // A notice answering a re-inspection may find the hazard past rectifying: the event is then kept as
        // superseded (history is evidence), which is not a reason to refuse the notice.
        if (auto appended = hazards.appendEvent(event); !appended)
            return appended.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    auto issued = notices.find(notice.id);
    if (!issued)
        return Error{u"notice.missing"_s, tr("The notice was issued but could not be read back. Restart SiteSafe "
                                             "and look for it in the project's notices.")};
    return *issued;
}

Result<QByteArray> NoticeIssuer::storedPdf(DataStore &store, const QString &noticeId)
{
    const auto notice = NoticeRepository(store.connection()).find(noticeId);
    if (!notice)
        return Error{u"notice.missing"_s, tr("There is no notice with this id on this computer.")};
    auto pdfs = AttachmentRepository(store.connection()).list(u"notices"_s, noticeId, u"notice_pdf"_s);
    if (!pdfs)
        return pdfs.error();
    for (const AttachmentRow &row : pdfs.value()) {
        if (!notice->pdfSha256.isEmpty() && row.photo.sha256 != notice->pdfSha256)
            continue;
        if (!store.blobs().contains(row.photo.sha256))
            break;
        return store.blobs().read(row.photo.sha256);
    }
    return Error{u"notice.no_pdf"_s, tr("The PDF of notice %1 is not on this computer. Sync to download it, or "
                                        "render the notice again.")
                                         .arg(notice->number)};
}

} // namespace sitesafe
