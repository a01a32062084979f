#include "hazarddetailloader.h"

#include <QDir>
#include <QFileInfo>
#include <QImageReader>

#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

HazardDetail HazardDetailLoader::load(const QString &hazardId, int thumbnailSize, const QSet<QString> &knownThumbnails)
{
    HazardDetail d;
    ReadQuery q(m_db);
    q.prepare(u"SELECT h.id, h.seq, h.description, h.location, h.status, h.is_major, h.is_supervision_listed, "
              "h.supervision_level, h.measure, h.deadline, h.effective_deadline, h.closed_at, h.found_at, h.found_by, "
              "e.name, h.responsible_person, h.project_id, p.name, coalesce(j.name, p.jurisdiction_code), "
              "h.criteria_set, cs.title, cs.document, h.criteria_item, ci.article_number, ci.article_title, "
              "ci.item_number, ci.text, coalesce(ci.is_uncertain, 0) "
              "FROM hazards h JOIN projects p ON p.id = h.project_id "
              "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
              "LEFT JOIN enterprises e ON e.id = h.responsible_enterprise_id "
              "LEFT JOIN criteria_items ci ON ci.code = h.criteria_item "
              // The set the cited item belongs to (a code names several editions; a JGJ 59 sheet item is not in
              // the major-hazard criteria): by the item, by the hazard's set code only when the item is unknown.
              "LEFT JOIN criteria_sets cs ON cs.id = coalesce(ci.set_id, "
              "(SELECT s.id FROM criteria_sets s WHERE s.code = h.criteria_set ORDER BY s.edition DESC LIMIT 1)) "
              "WHERE h.id = ?"_s);
    q.addBindValue(hazardId);
    if (!q.exec() || !q.next())
        return d;
    d.isFound = true;
    d.id = q.value(0).toString();
    d.seq = q.value(1).toLongLong();
    d.description = q.value(2).toString();
    d.location = q.value(3).toString();
    d.status = q.value(4).toString();
    d.isMajor = q.value(5).toInt() != 0;
    d.isSupervisionListed = q.value(6).toInt() != 0;
    d.supervisionLevel = q.value(7).toString();
    d.measure = q.value(8).toString();
    d.deadline = q.value(9).toString();
    d.effectiveDeadline = q.value(10).toString();
    d.closedAt = q.value(11).toString();
    d.foundAt = q.value(12).toString();
    d.foundBy = q.value(13).toString();
    d.responsibleEnterprise = q.value(14).toString();
    d.responsiblePerson = q.value(15).toString();
    d.projectId = q.value(16).toString();
    d.projectName = q.value(17).toString();
    d.jurisdictionName = q.value(18).toString();
    d.criteriaSetCode = q.value(19).toString();
    d.criteriaSetTitle = q.value(20).toString();
    d.criteriaDocument = q.value(21).toString();
    d.criteriaItem = q.value(22).toString();
    d.articleNumber = q.value(23).toInt();
    d.articleTitle = q.value(24).toString();
    d.itemNumber = q.value(25).toInt();
    d.itemText = q.value(26).toString();
    d.isUncertain = q.value(27).toInt() != 0;
    q.finish();
    loadTimeline(d);
    loadTimeTrust(d);
    loadPhotos(d, thumbnailSize, knownThumbnails);
    for (HazardTimelineEntry &e : d.timeline)
        e.photos = loadPhotosOf(u"hazard_events"_s, e.id, thumbnailSize, knownThumbnails);
    return d;
}

void HazardDetailLoader::loadTimeline(HazardDetail &d)
{
    // The fold's order: server order first, then local order for events not synced yet.
    ReadQuery q(m_db);
    q.prepare(u"SELECT kind, at, actor, note, new_deadline, level, is_superseded, superseded_reason, id, actor_role, "
              "notice_id, target_event_id, clock_offset_ms, is_time_doubtful FROM hazard_events WHERE hazard_id = ? "
              "ORDER BY server_version IS NULL, server_version, seq"_s);
    q.addBindValue(d.id);
    if (!q.exec())
        return;
    while (q.next()) {
        HazardTimelineEntry e;
        e.kind = q.value(0).toString();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.note = q.value(3).toString();
        e.newDeadline = q.value(4).toString();
        e.level = q.value(5).toString();
        e.isSuperseded = q.value(6).toInt() != 0;
        e.supersededReason = q.value(7).toString();
        e.id = q.value(8).toString();
        e.actorRole = q.value(9).toString();
        e.noticeId = q.value(10).toString();
        e.targetEventId = q.value(11).toString();
        if (!q.value(12).isNull())
            e.timeTrust.clockOffsetMs = q.value(12).toLongLong();
        e.timeTrust.isDoubtful = q.value(13).toInt() != 0;
        d.timeline.append(e);
    }
}

void HazardDetailLoader::loadTimeTrust(HazardDetail &d)
{
    ReadQuery q(m_db);
    if (!q.run(u"SELECT clock_offset_ms, is_time_doubtful FROM hazards WHERE id = ?"_s, {d.id}) || !q.next())
        return;
    if (!q.value(0).isNull())
        d.timeTrust.clockOffsetMs = q.value(0).toLongLong();
    d.timeTrust.isDoubtful = q.value(1).toInt() != 0;
}

QImage HazardDetailLoader::thumbnail(const QString &filePath, int size)
{
    QImageReader reader(filePath);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid())
        reader.setScaledSize(original.scaled(size, size, Qt::KeepAspectRatio));
    return reader.read();
}

void HazardDetailLoader::loadPhotos(HazardDetail &d, int thumbnailSize, const QSet<QString> &knownThumbnails)
{
    d.photos = loadPhotosOf(u"hazards"_s, d.id, thumbnailSize, knownThumbnails);
}

QList<HazardPhoto> HazardDetailLoader::loadPhotosOf(const QString &ownerEntity, const QString &ownerId,
                                                    int thumbnailSize, const QSet<QString> &knownThumbnails)
{
    QList<HazardPhoto> photos;
    ReadQuery q(m_db);
    q.prepare(u"SELECT a.caption, a.blob_sha256, b.captured_at, b.local_path FROM attachments a "
              "LEFT JOIN blobs b ON b.sha256 = a.blob_sha256 "
              "WHERE a.owner_entity = ? AND a.owner_id = ? AND a.role = 'photo' ORDER BY a.created_at, a.id"_s);
    q.addBindValue(ownerEntity);
    q.addBindValue(ownerId);
    if (!q.exec())
        return photos;
    while (q.next()) {
        HazardPhoto p;
        p.caption = q.value(0).toString();
        p.sha256 = q.value(1).toString();
        p.capturedAt = q.value(2).toString();
        const QString localPath = q.value(3).toString();
        const QString filePath = localPath.isEmpty() ? QString() : QDir(m_blobRoot).filePath(localPath);
        if (!filePath.isEmpty() && QFileInfo::exists(filePath)) {
            p.localPath = filePath;
            if (!knownThumbnails.contains(p.sha256)) {
                p.thumbnail = thumbnail(filePath, thumbnailSize);
                p.isLocal = !p.thumbnail.isNull();
            }
        }
        photos.append(p);
    }
    return photos;
}

} // namespace sitesafe
