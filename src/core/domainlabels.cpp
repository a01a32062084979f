#include "domainlabels.h"

#include <limits>
#include <optional>

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include "isotext.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString DomainLabels::hazardStatus(const QString &code)
{
    if (code == u"open") return tr("Open");
    if (code == u"rectifying") return tr("Rectifying");
    if (code == u"reported") return tr("Rectification reported");
    if (code == u"verified") return tr("Re-inspection passed");
    if (code == u"closed") return tr("Closed");
    if (code == u"voided") return tr("Voided");
    return code;
}

QString DomainLabels::hazardLevel(bool isMajor)
{
    return isMajor ? tr("Major") : tr("General");
}

QString DomainLabels::measure(const QString &code)
{
    if (code == u"immediate") return tr("Rectify immediately");
    if (code == u"deadline") return tr("Rectify by deadline");
    if (code == u"partial_stop") return tr("Partial stop work");
    if (code == u"full_stop") return tr("Full stop work");
    if (code == u"evacuate") return tr("Evacuate workers");
    return code;
}

QString DomainLabels::hazardEvent(const QString &code)
{
    if (code == u"created") return tr("Recorded");
    if (code == u"notice_issued") return tr("Notice issued");
    if (code == u"rectification_reported") return tr("Rectification reported");
    if (code == u"reinspected_pass") return tr("Re-inspection passed");
    if (code == u"reinspected_fail") return tr("Re-inspection failed");
    if (code == u"closed") return tr("Closed (销号)");
    if (code == u"reopened") return tr("Reopened");
    if (code == u"deadline_extended") return tr("Deadline extended");
    if (code == u"supervision_listed") return tr("Listed for supervision");
    if (code == u"supervision_lifted") return tr("Supervision lifted");
    if (code == u"comment") return tr("Comment");
    if (code == u"voided") return tr("Voided");
    if (code == u"withdrawn") return tr("Withdrawn (undone)");
    return code;
}

QString DomainLabels::supervisionListing(const QString &levelCode)
{
    if (levelCode == u"province") return tr("Province-level supervision");
    if (levelCode == u"city") return tr("City-level supervision");
    if (levelCode == u"county") return tr("County-level supervision");
    return levelCode.isEmpty() ? tr("Listed for supervision") : levelCode;
}

QString DomainLabels::supervisionLevel(const QString &code)
{
    if (code == u"province") return tr("Province");
    if (code == u"city") return tr("City");
    if (code == u"county") return tr("County");
    return code;
}

QString DomainLabels::criterion(const QString &itemCode)
{
    if (itemCode.isEmpty())
        return u"—"_s;
    static const QRegularExpression pattern(u"^V(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?:-(\\d+))?$"_s);
    const QRegularExpressionMatch m = pattern.match(itemCode);
    if (!m.hasMatch())
        return itemCode;
    const int edition = m.captured(1).toInt();
    const int article = m.captured(2).toInt();
    if (m.captured(3).isEmpty())
        return tr("%1 edition, art. %2").arg(edition).arg(article);
    if (m.captured(4).isEmpty())
        return tr("%1 edition, art. %2 (%3)").arg(edition).arg(article).arg(m.captured(3).toInt());
    return tr("%1 edition, art. %2 (%3) sign %4").arg(edition).arg(article).arg(m.captured(3).toInt()).arg(m.captured(4));
}

QString DomainLabels::criteriaArticle(int edition, int article, const QString &title)
{
    return tr("%1 edition, art. %2 — %3").arg(edition).arg(article).arg(title);
}

QString DomainLabels::projectCategory(const QString &code)
{
    if (code == u"building") return tr("Building works");
    if (code == u"municipal") return tr("Municipal works");
    return code;
}

QString DomainLabels::projectStatus(const QString &code)
{
    if (code == u"not_started") return tr("Not started");
    if (code == u"under_construction") return tr("Under construction");
    if (code == u"suspended") return tr("Suspended");
    if (code == u"completed") return tr("Completed");
    return code;
}

QString DomainLabels::participantRole(const QString &code)
{
    if (code == u"owner") return tr("Owner (建设单位)");
    if (code == u"general_contractor") return tr("General contractor (施工单位)");
    if (code == u"subcontractor") return tr("Subcontractor");
    if (code == u"supervisor") return tr("Supervising engineer (监理单位)");
    if (code == u"designer") return tr("Designer");
    if (code == u"surveyor") return tr("Surveyor");
    return code;
}

QString DomainLabels::keyPersonRole(const QString &code)
{
    if (code == u"project_manager") return tr("Project manager");
    if (code == u"safety_officer") return tr("Full-time safety officer");
    if (code == u"chief_supervisor") return tr("Chief supervising engineer");
    if (code == u"technical_lead") return tr("Technical lead");
    if (code == u"enterprise_principal") return tr("Enterprise principal");
    return code;
}

QString DomainLabels::certificateKind(const QString &kind, const QString &operationKind)
{
    if (kind == u"A" || kind == u"B" || kind == u"C1" || kind == u"C2" || kind == u"C3")
        return tr("Safety certificate %1").arg(kind);
    if (kind == u"special_operation")
        return operationKind.isEmpty() ? tr("Special operation") : tr("Special operation: %1").arg(operationKind);
    if (kind == u"constructor") return tr("Registered constructor");
    if (kind == u"supervision_engineer") return tr("Supervision engineer");
    return kind;
}

QString DomainLabels::equipmentKind(const QString &code)
{
    if (code == u"tower_crane") return tr("Tower crane");
    if (code == u"construction_hoist") return tr("Construction hoist");
    if (code == u"material_hoist") return tr("Material hoist");
    return code;
}

QString DomainLabels::equipmentStatus(const QString &code)
{
    if (code == u"installing") return tr("Being installed");
    if (code == u"in_use") return tr("In use");
    if (code == u"dismantled") return tr("Dismantled");
    return code;
}

QString DomainLabels::dangerousWorkCategory(const QString &code)
{
    if (code == u"excavation") return tr("Excavation");
    if (code == u"formwork") return tr("Formwork and shoring");
    if (code == u"lifting") return tr("Lifting and crane erection");
    if (code == u"scaffolding") return tr("Scaffolding");
    if (code == u"demolition") return tr("Demolition");
    if (code == u"tunnelling") return tr("Tunnelling");
    if (code == u"other") return tr("Other");
    return code;
}

QString DomainLabels::planStatus(const QString &code)
{
    if (code == u"missing") return tr("No plan");
    if (code == u"drafted") return tr("Drafted");
    if (code == u"reviewed") return tr("Reviewed");
    if (code == u"approved") return tr("Approved");
    return code;
}

QString DomainLabels::expertReview(const QString &code)
{
    if (code == u"not_required") return tr("Not required");
    if (code == u"pending") return tr("Pending");
    if (code == u"passed") return tr("Passed");
    if (code == u"passed_with_changes") return tr("Passed with changes");
    if (code == u"failed") return tr("Failed");
    return code;
}

QString DomainLabels::acceptanceStatus(const QString &code)
{
    if (code == u"not_required") return tr("Not required");
    if (code == u"pending") return tr("Pending");
    if (code == u"accepted") return tr("Accepted");
    if (code == u"failed") return tr("Failed");
    return code;
}

QString DomainLabels::inspectionKind(const QString &code, int round)
{
    // 第一轮 / 第二轮: the campaign's own words, spelled out rather than numbered.
    if (code == u"round" && round == 1) return tr("Full-coverage round 1");
    if (code == u"round" && round == 2) return tr("Full-coverage round 2");
    if (code == u"round") return tr("Full-coverage round %1").arg(round);
    if (code == u"special") return tr("Special inspection");
    if (code == u"reinspection") return tr("Re-inspection");
    if (code == u"random") return tr("Random inspection");
    if (code == u"supervision") return tr("Supervision inspection");
    return code;
}

QString DomainLabels::inspectionStatus(const QString &code)
{
    if (code == u"draft") return tr("Draft");
    if (code == u"submitted") return tr("Submitted");
    if (code == u"signed") return tr("Signed");
    return code;
}

QString DomainLabels::incidentKind(const QString &code)
{
    if (code == u"fall") return tr("Fall from height");
    if (code == u"struck_by") return tr("Struck by object");
    if (code == u"collapse") return tr("Collapse");
    if (code == u"lifting") return tr("Lifting injury");
    if (code == u"machinery") return tr("Machinery injury");
    if (code == u"electric") return tr("Electric shock");
    if (code == u"poisoning") return tr("Poisoning or asphyxiation");
    if (code == u"fire") return tr("Fire");
    if (code == u"vehicle") return tr("Vehicle injury");
    if (code == u"drowning") return tr("Drowning");
    if (code == u"other") return tr("Other");
    return code;
}

QString DomainLabels::jurisdictionKind(const QString &code)
{
    if (code == u"prefecture_city") return tr("City");
    if (code == u"county_city") return tr("County-level city");
    if (code == u"county") return tr("County");
    if (code == u"autonomous_county") return tr("Autonomous county");
    if (code == u"park") return tr("Park");
    return code;
}

namespace {
/// The system zone's offset from UTC (seconds) at `utcMs`. QDateTime::toLocalTime() asks the C library, which
/// checks /etc/localtime again (a stat) at every call when TZ is unset: ~1.5 ms of a 256-row hazard-list window
/// on a VM (issue 13). This takes the zone from Qt's zone data once per thread and keeps the span between two
/// transitions that the last answer fell in (one span for all of China since 1991). A zone changed while the
/// program runs shows at its next start.
std::optional<int> systemOffsetAt(qint64 utcMs)
{
    thread_local const QTimeZone zone = QTimeZone::systemTimeZone();
    thread_local qint64 spanFrom = 1, spanUntil = 0; // [from, until): empty at first
    thread_local int spanOffset = 0;
    if (!zone.isValid())
        return std::nullopt;
    if (utcMs >= spanFrom && utcMs < spanUntil)
        return spanOffset;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    spanOffset = zone.offsetFromUtc(at);
    const QDateTime from = zone.previousTransition(at.addMSecs(1)).atUtc; // `at` itself when it is a transition
    const QDateTime until = zone.nextTransition(at).atUtc;
    spanFrom = from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    spanUntil = until.isValid() ? until.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    return spanOffset;
}

/// "yyyy-MM-dd HH:mm" (or "yyyy-MM-dd") of a stored UTC time in the system zone, as QDateTime::toLocalTime() and
/// toString() would write it.
QString formatLocal(const QString &storedTime, bool withTime)
{
    const std::optional<qint64> utcMs = IsoText::parseUtc(storedTime);
    const std::optional<int> offset = utcMs ? systemOffsetAt(*utcMs) : std::nullopt;
    if (!offset) {
        const QDateTime t = QDateTime::fromString(storedTime, Qt::ISODateWithMs);
        return t.isValid() ? t.toLocalTime().toString(withTime ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s) : storedTime;
    }
    const IsoText::Civil local = IsoText::civil(*utcMs + *offset * 1000LL);
    if (local.date.year() < 1 || local.date.year() > 9999)
        return QDateTime::fromMSecsSinceEpoch(*utcMs, Qt::UTC)
            .toLocalTime()
            .toString(withTime ? u"yyyy-MM-dd HH:mm"_s : u"yyyy-MM-dd"_s);
    char16_t text[16];
    IsoText::putDigits(text, 0, local.date.year(), 4);
    text[4] = u'-';
    IsoText::putDigits(text, 5, local.date.month(), 2);
    text[7] = u'-';
    IsoText::putDigits(text, 8, local.date.day(), 2);
    if (!withTime)
        return QString(reinterpret_cast<const QChar *>(text), 10);
    text[10] = u' ';
    IsoText::putDigits(text, 11, int(local.msOfDay / 3600000), 2);
    text[13] = u':';
    IsoText::putDigits(text, 14, int(local.msOfDay % 3600000 / 60000), 2);
    return QString(reinterpret_cast<const QChar *>(text), 16);
}
} // namespace

QString DomainLabels::localDateTime(const QString &storedTime)
{
    return formatLocal(storedTime, true);
}

QString DomainLabels::localDate(const QString &storedTime)
{
    return formatLocal(storedTime, false);
}

} // namespace sitesafe
