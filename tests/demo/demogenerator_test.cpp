#include "demo/demogenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

#include "core/creditcode.h"
#include "core/criteriacatalog.h"
#include "core/criteriaeditions.h"
#include "core/hazardlifecycle.h"
#include "core/idcardnumber.h"
#include "core/scoresheetcatalog.h"
#include "core/uuidv7.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 28);

const Dataset &smallDataset()
{
    static const Dataset dataset = DemoGenerator({1, DemoScale::Small, kToday, u"test-device"_s}).generateAll();
    return dataset;
}

/// A fingerprint of a dataset: the ids and a few fields of every list, in order.
QStringList fingerprint(const Dataset &d)
{
    QStringList f;
    for (const auto &x : d.jurisdictions)
        f << x.id << x.code;
    for (const auto &x : d.enterprises)
        f << x.id << x.creditCode << x.name << x.safetyLicenceExpiry.toString(Qt::ISODate);
    for (const auto &x : d.projects)
        f << x.id << x.name << x.permitNo << QString::number(x.latitude, 'f', 6) << x.status;
    for (const auto &x : d.participants)
        f << x.id << x.enterpriseId << x.role;
    for (const auto &x : d.people)
        f << x.id << x.name << x.idNumberHash;
    for (const auto &x : d.keyPeople)
        f << x.id << x.personId << x.role;
    for (const auto &x : d.certificates)
        f << x.id << x.number << x.validUntil.toString(Qt::ISODate);
    for (const auto &x : d.equipment)
        f << x.id << x.filingNo << x.useRegistrationNo;
    for (const auto &x : d.dangerousWorks)
        f << x.id << x.description << x.expertReview;
    for (const auto &x : d.noticeNumberBlocks)
        f << x.id << x.prefix << QString::number(x.nextNumber);
    for (const auto &x : d.inspections)
        f << x.id << x.inspectors.join(u',') << x.startedAt.toString(Qt::ISODateWithMs) << x.status;
    for (const auto &x : d.answers)
        f << x.id << x.itemCode << x.result;
    for (const auto &x : d.hazards)
        f << x.id << x.criteriaItem << x.description << x.deadline.toString(Qt::ISODate);
    for (const auto &x : d.hazardEvents)
        f << x.id << hazardEventKindCode(x.kind) << x.actor << x.at.toString(Qt::ISODateWithMs);
    for (const auto &x : d.notices)
        f << x.id << x.number << x.hazardIds.join(u',');
    for (const auto &x : d.certificateChecks)
        f << x.id << x.result;
    for (const auto &x : d.enforcementActions)
        f << x.id << x.kind << x.documentNo;
    for (const auto &x : d.incidents)
        f << x.id << x.kind << x.occurredAt.toString(Qt::ISODateWithMs);
    for (const auto &x : d.dangerEvents)
        f << x.id << x.kind;
    for (const auto &x : d.photos)
        f << x.id << x.sha256 << QString::number(x.size);
    return f;
}

QList<QString> allIds(const Dataset &d)
{
    QList<QString> ids;
    auto add = [&ids](const auto &list) {
        for (const auto &x : list)
            ids.append(x.id);
    };
    add(d.jurisdictions);
    add(d.enterprises);
    add(d.projects);
    add(d.participants);
    add(d.people);
    add(d.keyPeople);
    add(d.certificates);
    add(d.equipment);
    add(d.dangerousWorks);
    add(d.noticeNumberBlocks);
    add(d.inspections);
    add(d.answers);
    add(d.hazards);
    add(d.hazardEvents);
    add(d.notices);
    add(d.certificateChecks);
    add(d.enforcementActions);
    add(d.incidents);
    add(d.dangerEvents);
    add(d.photos);
    return ids;
}

/// Each hazard's events, in dataset order.
QHash<QString, QList<HazardEvent>> eventsByHazard(const Dataset &d)
{
    QHash<QString, QList<HazardEvent>> map;
    for (const HazardEvent &e : d.hazardEvents)
        map[e.hazardId].append(e);
    return map;
}

} // namespace

TEST_CASE("The same seed gives the same dataset, another seed a different one", "[demo]")
{
    const Dataset &first = smallDataset();
    const Dataset again = DemoGenerator({1, DemoScale::Small, kToday, u"test-device"_s}).generateAll();
    const QStringList a = fingerprint(first);
    const QStringList b = fingerprint(again);
    REQUIRE(a.size() == b.size());
    CHECK(a == b);

    const Dataset other = DemoGenerator({2, DemoScale::Small, kToday, u"test-device"_s}).generateAll();
    CHECK(fingerprint(other) != a);
    CHECK(other.projects.constFirst().id != first.projects.constFirst().id);
    int sameNames = 0;
    for (int i = 0; i < qMin(first.projects.size(), other.projects.size()); ++i)
        sameNames += first.projects.at(i).name == other.projects.at(i).name ? 1 : 0;
    CHECK(sameNames < 20);
}

TEST_CASE("Jurisdictions are the 19 市县 of GB/T 2260 and the 11 key parks", "[demo]")
{
    const Dataset &d = smallDataset();
    const QHash<QString, QString> expectedKinds {
        {u"460100"_s, u"prefecture_city"_s},
        {u"460200"_s, u"prefecture_city"_s},
        {u"460300"_s, u"prefecture_city"_s},
        {u"460400"_s, u"prefecture_city"_s},
        {u"469001"_s, u"county_city"_s},
        {u"469002"_s, u"county_city"_s},
        {u"469005"_s, u"county_city"_s},
        {u"469006"_s, u"county_city"_s},
        {u"469007"_s, u"county_city"_s},
        {u"469021"_s, u"county"_s},
        {u"469022"_s, u"county"_s},
        {u"469023"_s, u"county"_s},
        {u"469024"_s, u"county"_s},
        {u"469025"_s, u"autonomous_county"_s},
        {u"469026"_s, u"autonomous_county"_s},
        {u"469027"_s, u"autonomous_county"_s},
        {u"469028"_s, u"autonomous_county"_s},
        {u"469029"_s, u"autonomous_county"_s},
        {u"469030"_s, u"autonomous_county"_s},
    };
    QHash<QString, QString> counties;
    QStringList parks;
    for (const Jurisdiction &j : d.jurisdictions) {
        if (j.kind == u"park") {
            parks.append(j.code);
            CHECK(expectedKinds.contains(j.parentCode));
        } else {
            counties.insert(j.code, j.kind);
            CHECK(j.parentCode.isEmpty());
        }
    }
    CHECK(counties == expectedKinds);
    CHECK(parks
        == QStringList {u"P01"_s, u"P02"_s, u"P03"_s, u"P04"_s, u"P05"_s, u"P06"_s, u"P07"_s, u"P08"_s, u"P09"_s,
            u"P10"_s, u"P11"_s});
    CHECK(d.jurisdictions.size() == 30);
    for (const Jurisdiction &j : d.jurisdictions) {
        if (j.code == u"460100")
            CHECK(j.name == u"海口市");
        if (j.code == u"469030")
            CHECK(j.name == u"琼中黎族苗族自治县");
        if (j.code == u"P04")
            CHECK(j.parentCode == u"469002");
    }
}

TEST_CASE("Projects cover every 市县, lie in Hainan and carry plausible numbers", "[demo]")
{
    const Dataset &d = smallDataset();
    REQUIRE(d.projects.size() >= 300);
    QHash<QString, int> perCounty;
    int inPark = 0;
    int building = 0;
    const QRegularExpression permit(u"^46\\d{16}$"_s);
    for (const Project &p : d.projects) {
        ++perCounty[p.jurisdictionCode];
        inPark += p.parkCode.isEmpty() ? 0 : 1;
        building += p.category == u"building" ? 1 : 0;
        CHECK((p.category == u"building" || p.category == u"municipal"));
        CHECK(permit.match(p.permitNo).hasMatch());
        CHECK(p.permitNo.startsWith(p.jurisdictionCode));
        if (p.jurisdictionCode == u"460300") { // 三沙: the Paracel Islands
            CHECK(p.latitude > 15.0);
            CHECK(p.latitude < 17.5);
        } else {
            CHECK(p.latitude >= 18.1);
            CHECK(p.latitude <= 20.1);
            CHECK(p.longitude >= 108.6);
            CHECK(p.longitude <= 111.1);
        }
    }
    CHECK(perCounty.size() == 19);
    CHECK(perCounty.value(u"460100"_s) > perCounty.value(u"469001"_s));
    CHECK(perCounty.value(u"460100"_s) >= 40);
    CHECK(inPark > 10);
    CHECK(building > d.projects.size() / 2);
    CHECK(building < d.projects.size());

    int underConstruction = 0;
    for (const Project &p : d.projects)
        underConstruction += p.status == u"under_construction" ? 1 : 0;
    CHECK(underConstruction > d.projects.size() * 7 / 10);

    QSet<QString> roles;
    for (const ProjectParticipant &pp : d.participants)
        roles.insert(pp.projectId + u'/' + pp.role);
    for (const Project &p : d.projects) {
        CHECK(roles.contains(p.id + u"/owner"_s));
        CHECK(roles.contains(p.id + u"/general_contractor"_s));
        CHECK(roles.contains(p.id + u"/supervisor"_s));
    }
}

TEST_CASE("Enterprises have valid credit codes registered in Hainan", "[demo]")
{
    const Dataset &d = smallDataset();
    CHECK(d.enterprises.size() >= 100);
    int expiredLicences = 0;
    for (const Enterprise &e : d.enterprises) {
        const CodeCheck check = CreditCode::check(e.creditCode);
        INFO(e.creditCode.toStdString());
        CHECK(check.isValid);
        CHECK(e.creditCode.mid(2, 2) == u"46");
        expiredLicences += e.safetyLicenceExpiry.isValid() && e.safetyLicenceExpiry < kToday ? 1 : 0;
    }
    CHECK(expiredLicences > 0);
}

TEST_CASE("No clear ID-card number is stored", "[demo]")
{
    const Dataset &d = smallDataset();
    const QRegularExpression masked(u"^\\d{6}\\*{8}[0-9X]{4}$"_s);
    const QRegularExpression clear(u"\\d{17}[0-9X]"_s);
    const QRegularExpression hash(u"^[0-9a-f]{64}$"_s);
    REQUIRE(!d.people.isEmpty());
    for (const Person &p : d.people) {
        CHECK(masked.match(p.idNumberMasked).hasMatch());
        CHECK(p.idNumberMasked.startsWith(u"46"_s));
        CHECK(hash.match(p.idNumberHash).hasMatch());
        for (const QString &field : {p.id, p.name, p.idNumberMasked, p.enterpriseId, p.phoneMasked})
            CHECK_FALSE(clear.match(field).hasMatch());
    }
}

TEST_CASE("Certificates include expired ones and ones expiring soon", "[demo]")
{
    const Dataset &d = smallDataset();
    int expired = 0;
    int soon = 0;
    QSet<QString> kinds;
    for (const Certificate &c : d.certificates) {
        kinds.insert(c.kind);
        if (c.isExpiredOn(kToday))
            ++expired;
        else if (c.validUntil <= kToday.addDays(30))
            ++soon;
    }
    CHECK(expired > d.certificates.size() / 25);
    CHECK(expired < d.certificates.size() / 6);
    CHECK(soon > 0);
    for (const QString &kind : {u"A"_s, u"B"_s, u"C1"_s, u"C2"_s, u"C3"_s, u"special_operation"_s})
        CHECK(kinds.contains(kind));
    int unregistered = 0;
    for (const Equipment &e : d.equipment)
        unregistered += e.useRegistrationNo.isEmpty() ? 1 : 0;
    CHECK(unregistered > 0);
    CHECK(unregistered < d.equipment.size() / 4);
}

TEST_CASE("Every answer belongs to an inspection and walks its whole template", "[demo]")
{
    const Dataset &d = smallDataset();
    const CriteriaCatalog v2024 = CriteriaCatalogLoader::builtIn(u"V2024"_s).value();
    const CriteriaCatalog v2022 = CriteriaCatalogLoader::builtIn(u"V2022"_s).value();
    const ScoreSheetCatalog jgj = ScoreSheetCatalogLoader::builtIn().value();
    QHash<QString, QString> templateOf;
    QSet<QString> projectIds;
    for (const Project &p : d.projects)
        projectIds.insert(p.id);
    for (const Inspection &i : d.inspections) {
        templateOf.insert(i.id, i.templateCode);
        CHECK(projectIds.contains(i.projectId));
        CHECK(i.inspectors.size() >= 2);
    }
    QHash<QString, int> answersPerInspection;
    for (const InspectionAnswer &a : d.answers) {
        REQUIRE(templateOf.contains(a.inspectionId));
        ++answersPerInspection[a.inspectionId];
    }
    for (auto it = templateOf.cbegin(); it != templateOf.cend(); ++it) {
        const int expected = it.value() == u"V2024" ? v2024.judgingItemCount()
            : it.value() == u"V2022"                ? v2022.judgingItemCount()
                                                    : jgj.itemCount();
        CHECK(answersPerInspection.value(it.key()) == expected);
    }
    QSet<int> rounds;
    QSet<QString> statuses;
    for (const Inspection &i : d.inspections) {
        rounds.insert(i.round);
        statuses.insert(i.status);
    }
    CHECK(rounds.contains(1));
    CHECK(rounds.contains(2));
    CHECK(statuses.contains(u"signed"_s));
}

TEST_CASE("Hazards cite catalog items and their events fold into every state", "[demo]")
{
    const Dataset &d = smallDataset();
    const CriteriaCatalog v2024 = CriteriaCatalogLoader::builtIn(u"V2024"_s).value();
    const CriteriaCatalog v2022 = CriteriaCatalogLoader::builtIn(u"V2022"_s).value();
    const ScoreSheetCatalog jgj = ScoreSheetCatalogLoader::builtIn().value();
    QSet<QString> jgjItems;
    for (const ScoreSheet &sheet : jgj.sheets) {
        for (const ScoreSheetItem &item : sheet.items)
            jgjItems.insert(item.code);
    }
    QHash<QString, QString> templateOf;
    for (const Inspection &i : d.inspections)
        templateOf.insert(i.id, i.templateCode);
    QSet<QString> failedAnswers;
    for (const InspectionAnswer &a : d.answers) {
        if (a.result == u"fail" && a.itemCode.startsWith(u"V20"_s))
            failedAnswers.insert(a.inspectionId + u'/' + a.itemCode);
    }

    const auto events = eventsByHazard(d);
    QHash<HazardState, int> states;
    int listed = 0;
    int superseded = 0;
    int overdue = 0;
    int dueSoon = 0;
    int v2022Hazards = 0;
    int majors = 0;
    int closedByOther = 0;
    QSet<QString> failedWithHazard;
    for (const Hazard &h : d.hazards) {
        INFO(h.criteriaItem.toStdString());
        CHECK((h.criteriaSet == u"V2024" || h.criteriaSet == u"V2022"));
        if (h.criteriaItem.startsWith(u"V2024"_s)) {
            CHECK(v2024.findItem(h.criteriaItem) != nullptr);
            CHECK(h.criteriaSet == u"V2024");
        } else if (h.criteriaItem.startsWith(u"V2022"_s)) {
            CHECK(v2022.findItem(h.criteriaItem) != nullptr);
            CHECK(h.criteriaSet == u"V2022");
            CHECK(h.foundAt.date() < QDate(2024, 12, 13));
            ++v2022Hazards;
        } else if (!h.criteriaItem.isEmpty()) {
            CHECK(jgjItems.contains(h.criteriaItem));
        }
        if (h.isMajor) {
            ++majors;
            CHECK(h.criteriaItem.startsWith(u"V20"_s));
            if (templateOf.value(h.inspectionId).startsWith(u"V20"_s))
                failedWithHazard.insert(h.inspectionId + u'/' + h.criteriaItem);
        }

        const QList<HazardEvent> history = events.value(h.id);
        REQUIRE(!history.isEmpty());
        CHECK(history.constFirst().kind == HazardEventKind::Created);
        for (qsizetype i = 1; i < history.size(); ++i)
            CHECK(history.at(i - 1).at <= history.at(i).at);
        CHECK(history.constLast().at <= QDateTime(kToday, QTime(12, 0), QTimeZone(8 * 3600)));
        const HazardFold fold = HazardLifecycle::fold(history, h.deadline);
        ++states[fold.state];
        listed += fold.isSupervisionListed ? 1 : 0;
        overdue += fold.isOverdueOn(kToday) ? 1 : 0;
        if ((fold.state == HazardState::Open || fold.state == HazardState::Rectifying) && fold.deadline >= kToday
            && fold.deadline <= kToday.addDays(7))
            ++dueSoon;
        for (const HazardEventOutcome &o : fold.outcomes)
            superseded += o.isApplied ? 0 : 1;
        if (fold.state == HazardState::Closed) {
            for (const HazardEvent &e : history) {
                if (e.kind == HazardEventKind::Closed && e.at == fold.closedAt && e.actor != fold.verifiedBy)
                    ++closedByOther;
            }
        }
    }
    // Every failed judging item is a major hazard citing it, and a criteria walk finds majors only that way.
    CHECK(failedWithHazard.size() == failedAnswers.size());
    CHECK(failedWithHazard.contains(failedAnswers));
    for (HazardState s : {HazardState::Open, HazardState::Rectifying, HazardState::RectificationReported,
             HazardState::Verified, HazardState::Closed, HazardState::Voided})
        CHECK(states.value(s) > 0);
    CHECK(states.value(HazardState::Closed) > d.hazards.size() / 3);
    CHECK(closedByOther == states.value(HazardState::Closed));
    CHECK(listed > 0);
    CHECK(superseded > 0);
    CHECK(overdue > 0);
    CHECK(dueSoon > 0);
    CHECK(v2022Hazards > 0);
    CHECK(majors > 0);
    CHECK(majors < d.hazards.size() / 3);

    QSet<HazardEventKind> kinds;
    for (const HazardEvent &e : d.hazardEvents)
        kinds.insert(e.kind);
    CHECK(kinds.size() == 12);
}

TEST_CASE("Every demo event names its author's role and each notice_issued event its notice", "[demo][roles]")
{
    const Dataset &d = smallDataset();
    QHash<QString, const Notice *> notices;
    for (const Notice &n : d.notices)
        notices.insert(n.id, &n);
    const QSet<QString> roles{u"inspector"_s, u"supervisor"_s, u"province"_s};
    int closes = 0;
    int inspectorCloses = 0;
    int listings = 0;
    int localListings = 0;
    for (const auto &history : eventsByHazard(d)) {
        const HazardFold fold = HazardLifecycle::fold(history);
        for (qsizetype i = 0; i < history.size(); ++i) {
            const HazardEvent &e = history[i];
            INFO(hazardEventKindCode(e.kind).toStdString() << " by " << e.actor.toStdString() << " as "
                                                           << e.actorRole.toStdString());
            CHECK(roles.contains(e.actorRole));
            if (e.kind == HazardEventKind::Closed && fold.outcomes[i].isApplied) {
                ++closes;
                CHECK(e.actorRole == u"supervisor"_s); // 销号 that counts is a supervisor's
            }
            inspectorCloses += e.kind == HazardEventKind::Closed && e.actorRole == u"inspector" ? 1 : 0;
            if (e.kind == HazardEventKind::SupervisionListed) {
                ++listings;
                // The province lists at province level, a 市县's supervisor at its own (city or county).
                CHECK((e.actorRole == u"province" ? e.level == u"province"
                                                  : e.actorRole == u"supervisor" && e.level != u"province"));
                localListings += e.actorRole == u"supervisor" ? 1 : 0;
            }
            if (e.kind == HazardEventKind::NoticeIssued) {
                const Notice *notice = notices.value(e.noticeId);
                REQUIRE(notice != nullptr);
                CHECK(notice->hazardIds.contains(e.hazardId));
                CHECK(notice->number == e.note);
            } else {
                CHECK(e.noticeId.isEmpty());
            }
        }
    }
    CHECK(closes > 0);
    CHECK(inspectorCloses > 0); // the re-inspector's own attempts, kept without effect
    CHECK(listings > localListings);
    CHECK(localListings > 0);
}

TEST_CASE("Notices serve the hazards whose history says so, numbered from the blocks", "[demo]")
{
    const Dataset &d = smallDataset();
    QHash<QString, QString> noticeOfHazard; // hazard → number in its notice_issued event
    for (const HazardEvent &e : d.hazardEvents) {
        if (e.kind == HazardEventKind::NoticeIssued)
            noticeOfHazard.insert(e.hazardId, e.note);
    }
    QHash<QString, QString> measureOf;
    for (const Hazard &h : d.hazards)
        measureOf.insert(h.id, h.measure);
    QSet<QString> numbers;
    int stopWork = 0;
    REQUIRE(!d.notices.isEmpty());
    for (const Notice &n : d.notices) {
        CHECK_FALSE(numbers.contains(n.number));
        numbers.insert(n.number);
        stopWork += n.kind == u"stop_work" ? 1 : 0;
        REQUIRE(!n.hazardIds.isEmpty());
        for (const QString &id : n.hazardIds) {
            CHECK(noticeOfHazard.value(id) == n.number);
            const bool isStop = measureOf.value(id) == u"partial_stop" || measureOf.value(id) == u"full_stop";
            CHECK(isStop == (n.kind == u"stop_work"));
        }
        bool fromBlock = false;
        for (const NoticeNumberBlock &b : d.noticeNumberBlocks) {
            if (b.kind == n.kind && n.number.startsWith(b.prefix)) {
                const int number = n.number.mid(b.prefix.size(), 4).toInt();
                fromBlock = fromBlock || (number >= b.firstNumber && number < b.nextNumber);
            }
        }
        CHECK(fromBlock);
    }
    CHECK(noticeOfHazard.size() == [&] {
        int served = 0;
        for (const Notice &n : d.notices)
            served += static_cast<int>(n.hazardIds.size());
        return served;
    }());
    CHECK(stopWork > 0);
    QSet<QString> deviceKinds;
    for (const NoticeNumberBlock &b : d.noticeNumberBlocks) {
        CHECK(b.firstNumber <= b.nextNumber);
        CHECK(b.nextNumber <= b.lastNumber + 1);
        if (b.deviceId == u"test-device") {
            deviceKinds.insert(b.kind);
            CHECK(b.nextNumber == b.firstNumber);
        }
    }
    // This laptop gets one fresh block of each of the six kinds, so nothing warns on a fresh demo.
    CHECK(deviceKinds == QSet<QString>{u"rectification"_s, u"stop_work"_s, u"resume_work"_s, u"reinspection"_s,
                                       u"supervision"_s, u"enforcement_proposal"_s});
}

TEST_CASE("Incidents, danger events, enforcement, checks and photos are present", "[demo]")
{
    const Dataset &d = smallDataset();
    const QDateTime now(kToday, QTime(12, 0), QTimeZone(8 * 3600));
    int fresh = 0;
    for (const Incident &i : d.incidents) {
        CHECK(i.deaths == 0);
        CHECK(i.seriousInjuries + i.minorInjuries > 0);
        if (i.occurredAt.secsTo(now) < 48 * 3600 && !i.platformReportedAt.isValid())
            ++fresh;
    }
    CHECK(fresh > 0);
    CHECK(!d.dangerEvents.isEmpty());
    CHECK(!d.enforcementActions.isEmpty());
    QSet<QString> results;
    for (const CertificateCheck &c : d.certificateChecks)
        results.insert(c.result);
    CHECK(results.contains(u"expired"_s));
    CHECK(results.contains(u"mismatch"_s));
    CHECK(results.contains(u"valid"_s));
    QSet<QString> hazardIds;
    for (const Hazard &h : d.hazards)
        hazardIds.insert(h.id);
    const QRegularExpression sha(u"^[0-9a-f]{64}$"_s);
    REQUIRE(!d.photos.isEmpty());
    QSet<QString> inspectionIds;
    for (const Inspection &i : d.inspections)
        inspectionIds.insert(i.id);
    int signatures = 0;
    for (const PhotoRecord &p : d.photos) {
        CHECK(sha.match(p.sha256).hasMatch());
        if (p.role == u"signature") { // of a recent signed inspection, a real PNG (DemoEvidence)
            ++signatures;
            CHECK(p.ownerEntity == u"inspections");
            CHECK(inspectionIds.contains(p.ownerId));
            CHECK(p.mime == u"image/png");
            continue;
        }
        CHECK(p.role == u"photo");
        CHECK(p.ownerEntity == u"hazards");
        CHECK(hazardIds.contains(p.ownerId));
        // Rows-only photos have a drawn size; the recent ones are the small real JPEGs of DemoEvidence.
        CHECK(((p.size >= 200 * 1024 && p.size <= 4 * 1024 * 1024) || p.size < 30 * 1024));
        CHECK(p.mime == u"image/jpeg");
    }
    CHECK(signatures > 0);
}

TEST_CASE("Ids are unique across the dataset and valid UUIDv7", "[demo]")
{
    const QList<QString> ids = allIds(smallDataset());
    QSet<QString> unique;
    unique.reserve(ids.size());
    int invalid = 0;
    for (const QString &id : ids) {
        unique.insert(id);
        invalid += UuidV7::isValid(id) ? 0 : 1;
    }
    CHECK(invalid == 0);
    CHECK(unique.size() == ids.size());
}

TEST_CASE("Province scale streams reference data first, then batches of projects", "[demo][province]")
{
    DemoGenerator generator({7, DemoScale::Province, kToday, {}});
    const DemoGenerator::Targets targets = generator.targets();
    CHECK(targets.projects == 20000);
    CHECK(targets.hazards == 300000);
    CHECK(targets.answers == 3000000);
    QList<Dataset> chunks;
    generator.generate([&chunks](const Dataset &chunk) {
        chunks.append(chunk);
        return chunks.size() < 2;
    });
    REQUIRE(chunks.size() == 2);
    const Dataset &reference = chunks.at(0);
    CHECK(reference.projects.size() == 20000);
    CHECK(reference.jurisdictions.size() == 30);
    CHECK(reference.enterprises.size() >= 5000);
    CHECK(reference.inspections.isEmpty());
    CHECK(reference.hazards.isEmpty());
    bool hasDeviceBlock = false;
    for (const NoticeNumberBlock &b : reference.noticeNumberBlocks)
        hasDeviceBlock = hasDeviceBlock || b.deviceId == u"demo-device";
    CHECK(hasDeviceBlock);

    const Dataset &field = chunks.at(1);
    CHECK(field.projects.isEmpty());
    CHECK(field.people.isEmpty());
    QSet<QString> batch;
    for (int i = 0; i < DemoGenerator::kProjectsPerChunk; ++i)
        batch.insert(reference.projects.at(i).id);
    QSet<QString> inspected;
    for (const Inspection &i : field.inspections)
        inspected.insert(i.projectId);
    CHECK(batch.contains(inspected));
    // One batch holds about 1/40 of the province's field data.
    const double share = double(DemoGenerator::kProjectsPerChunk) / targets.projects;
    CHECK(field.hazards.size() == Approx(targets.hazards * share).epsilon(0.25));
    CHECK(field.hazardEvents.size() == Approx(targets.hazardEvents * share).epsilon(0.25));
    CHECK(field.answers.size() == Approx(targets.answers * share).epsilon(0.25));
    CHECK(field.photos.size() == Approx(targets.photos * share).epsilon(0.35));
}

TEST_CASE("Every demo hazard cites the criteria edition in force on its China-time day", "[demo][criteria]")
{
    const Dataset &d = smallDataset();
    int criteriaHazards = 0;
    for (const Hazard &h : d.hazards) {
        const Status s = CriteriaEditions::checkHazardEdition(h.criteriaSet, h.criteriaItem, h.foundAt);
        INFO(h.criteriaItem.toStdString() << " " << h.foundAt.toString(Qt::ISODate).toStdString());
        CHECK(s.isOk());
        criteriaHazards += h.criteriaItem.startsWith(u"V20"_s) ? 1 : 0;
    }
    CHECK(criteriaHazards > 0);
}
