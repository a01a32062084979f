#include "noticesourcereader.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/hazardevent.h"
#include "hazardrepository.h"
#include "inspectionrepository.h"
#include "noticerepository.h"
#include "storageerror.h"

using namespace Qt::StringLiterals;

namespace sitesafe {


Result<NoticeSource> NoticeSourceReader::read(const Notice &notice)
{
    NoticeSource s;
    s.notice = notice;
    const QString reading = tr("reading the records the notice names");

    QSqlQuery project(m_db);
    project.prepare(u"SELECT p.id, p.platform_no, p.permit_no, p.name, p.address, p.jurisdiction_code, p.park_code, "
                    "p.category, coalesce(j.name, '') FROM projects p "
                    "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code WHERE p.id = ?"_s);
    project.addBindValue(notice.projectId);
    if (!project.exec())
        return StorageError::fromSql(project.lastError(), reading);
    if (!project.next())
        return Error{u"notice.no_project"_s,
                     tr("The project of the notice is not on this computer. Sync, then issue the notice again.")};
    s.project.id = project.value(0).toString();
    s.project.platformNo = project.value(1).toString();
    s.project.permitNo = project.value(2).toString();
    s.project.name = project.value(3).toString();
    s.project.address = project.value(4).toString();
    s.project.jurisdictionCode = project.value(5).toString();
    s.project.parkCode = project.value(6).toString();
    s.project.category = project.value(7).toString();
    s.jurisdictionName = project.value(8).toString();

    if (!notice.recipientEnterpriseId.isEmpty()) {
        QSqlQuery e(m_db);
        e.prepare(u"SELECT id, credit_code, name, legal_representative FROM enterprises WHERE id = ?"_s);
        e.addBindValue(notice.recipientEnterpriseId);
        if (!e.exec())
            return StorageError::fromSql(e.lastError(), reading);
        if (e.next()) {
            s.recipient.id = e.value(0).toString();
            s.recipient.creditCode = e.value(1).toString();
            s.recipient.name = e.value(2).toString();
            s.recipient.legalRepresentative = e.value(3).toString();
        }
    }

    AttachmentRepository attachments(m_db);
    if (!notice.inspectionId.isEmpty()) {
        s.inspection = InspectionRepository(m_db).find(notice.inspectionId);
        auto signatures = attachments.list(u"inspections"_s, notice.inspectionId, u"signature"_s);
        if (!signatures)
            return signatures.error();
        s.signatures = signatures.value();
    }
    if (!notice.originalNoticeId.isEmpty()) {
        if (auto original = NoticeRepository(m_db).find(notice.originalNoticeId))
            s.originalNumber = original->number;
    }

    HazardRepository hazards(m_db);
    QSqlQuery criteria(m_db);
    criteria.prepare(u"SELECT cs.title, coalesce(cs.document, ''), coalesce(ci.article_number, 0), "
                     "coalesce(ci.article_title, ''), ci.text FROM criteria_items ci "
                     "JOIN criteria_sets cs ON cs.id = ci.set_id WHERE ci.code = ?"_s);
    for (const QString &hazardId : notice.hazardIds) {
        NoticeSourceItem item;
        auto hazard = hazards.find(hazardId);
        if (!hazard)
            return Error{u"notice.no_hazard"_s, tr("A hazard the notice names is not on this computer. Sync, then "
                                                   "issue the notice again.")};
        item.hazard = *hazard;
        if (!item.hazard.criteriaItem.isEmpty()) {
            criteria.addBindValue(item.hazard.criteriaItem);
            if (!criteria.exec())
                return StorageError::fromSql(criteria.lastError(), reading);
            if (criteria.next()) {
                item.criteriaTitle = criteria.value(0).toString();
                item.criteriaDocument = criteria.value(1).toString();
                item.articleNumber = criteria.value(2).toInt();
                item.articleTitle = criteria.value(3).toString();
                item.itemText = criteria.value(4).toString();
            }
            criteria.finish();
        }
        auto photos = attachments.list(u"hazards"_s, hazardId);
        if (!photos)
            return photos.error();
        item.photos = photos.value();
        for (const HazardEvent &event : hazards.events(hazardId)) {
            if (event.kind == HazardEventKind::ReinspectedPass || event.kind == HazardEventKind::ReinspectedFail)
                item.reinspection = hazardEventKindCode(event.kind);
        }
        s.items.append(item);
    }
    return s;
}

Result<std::optional<QString>> NoticeSourceReader::noticeWithPdf(const QString &sha256)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM notices WHERE pdf_sha256 = ? LIMIT 1"_s);
    q.addBindValue(sha256);
    if (!q.exec())
        return StorageError::fromSql(q.lastError(), tr("looking for the notice of a PDF"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

} // namespace sitesafe
