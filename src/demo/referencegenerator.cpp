#include "referencegenerator.h"

#include <array>
#include <cmath>

#include <QSet>

#include "core/creditcode.h"
#include "demoids.h"
#include "hainangeography.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

namespace {

constexpr int kRoleCount = 7;

/// Share of each EnterpriseRole among the province's enterprises.
constexpr std::array<double, kRoleCount> kRoleWeights {38, 10, 17, 17, 8, 6, 4};

int roleIndex(EnterpriseRole role)
{
    return static_cast<int>(role);
}

const QString kCodeAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;

} // namespace

QString ReferenceGenerator::keyPersonId(const Dataset &out) const
{
    return DemoIds::reference(m_seed, u"project_key_people", out.keyPeople.size());
}

ReferenceGenerator::ReferenceGenerator(quint64 seed, int projectCount)
    : m_seed(seed)
    , m_random(seed, 0)
    , m_today(DemoTime::referenceDay())
    , m_projectCount(projectCount)
    , m_projects(m_random, m_today)
    , m_staff(m_random, m_today, seed)
    , m_sites(m_random, m_today, seed)
{ }

void ReferenceGenerator::build(Dataset &out, QList<ProjectContext> &contexts, OfficialRoster &roster)
{
    addJurisdictions(out);
    addEnterprises(out);
    addRoster(roster);
    contexts.reserve(m_projectCount);
    out.projects.reserve(m_projectCount);
    for (int i = 0; i < m_projectCount; ++i)
        addProject(i, out, contexts);
}

void ReferenceGenerator::moveDates(Dataset &out, QList<ProjectContext> &contexts, qint64 days)
{
    if (days == 0)
        return;
    auto move = [days](QDate &date) {
        if (date.isValid())
            date = date.addDays(days);
    };
    for (Enterprise &e : out.enterprises)
        move(e.safetyLicenceExpiry);
    for (Project &p : out.projects) {
        move(p.startDate);
        move(p.plannedCompletion);
    }
    for (Certificate &c : out.certificates) {
        move(c.issuedOn);
        move(c.validUntil);
    }
    for (Equipment &e : out.equipment) {
        move(e.installationNotifiedOn);
        move(e.acceptedOn);
        move(e.registeredOn);
    }
    for (ProjectContext &c : contexts)
        move(c.lastWorkDay);
}

void ReferenceGenerator::addJurisdictions(Dataset &out)
{
    for (const CountyProfile &county : HainanGeography::counties())
        out.jurisdictions.append(
            {DemoIds::reference(m_seed, u"jurisdictions", county.code), county.code, county.name, county.kind, {}});
    for (const ParkProfile &park : HainanGeography::parks())
        out.jurisdictions.append(
            {DemoIds::reference(m_seed, u"jurisdictions", park.code), park.code, park.name, u"park"_s, park.parentCode});
}

int ReferenceGenerator::drawCounty(bool isEnterprise)
{
    const QList<CountyProfile> &counties = HainanGeography::counties();
    std::array<double, 19> weights {};
    for (qsizetype i = 0; i < counties.size() && i < 19; ++i)
        weights[static_cast<size_t>(i)] = counties.at(i).weight * (isEnterprise && i == 0 ? 2 : 1);
    return m_random.weighted(weights);
}

QString ReferenceGenerator::homeCode(int countyIndex)
{
    const int county = m_random.chance(0.7) ? countyIndex : drawCounty(false);
    return HainanGeography::counties().at(county).code;
}

void ReferenceGenerator::addEnterprises(Dataset &out)
{
    const int count = qMax(120, m_projectCount * 3 / 8);
    const int countyCount = static_cast<int>(HainanGeography::counties().size());
    m_enterprisesByRole = QList<QList<int>>(kRoleCount);
    m_enterprisesByRoleAndCounty = QList<QList<QList<int>>>(kRoleCount, QList<QList<int>>(countyCount));
    QSet<QString> names;
    QSet<QString> codes;
    const HainanNames &pool = HainanNames::instance();
    out.enterprises.reserve(count);
    for (int i = 0; i < count; ++i) {
        // The first ones cover every role, so even a small dataset has each kind of party.
        auto role = static_cast<EnterpriseRole>(i < kRoleCount ? i : m_random.weighted(kRoleWeights));
        const int county = drawCounty(true);
        const CountyProfile &profile = HainanGeography::counties().at(county);
        QString name;
        for (int attempt = 0; attempt < 20; ++attempt) {
            name = pool.enterpriseName(m_random, role, profile.name);
            if (!names.contains(name))
                break;
            if (role == EnterpriseRole::PublicOwner) // one 教育局 per county: fall back to a developer
                role = EnterpriseRole::Developer;
        }
        names.insert(name);

        // 统一社会信用代码: registration authority + type, division code, 9-character subject code, check character.
        const bool isPublicBody = role == EnterpriseRole::PublicOwner && !name.contains(u"有限公司");
        QString code;
        do {
            QString subject;
            if (!isPublicBody && m_random.chance(0.7)) {
                subject = u"MA5T"_s;
                while (subject.size() < 9)
                    subject += kCodeAlphabet.at(m_random.between(0, static_cast<int>(kCodeAlphabet.size()) - 1));
            } else {
                subject = QString::number(m_random.between(10000000, 99999999))
                    + (m_random.chance(0.1) ? u"X"_s : QString::number(m_random.between(0, 9)));
            }
            const QString prefix = isPublicBody ? (name.contains(u"中心") ? u"12"_s : u"11"_s) : u"91"_s;
            const QString first17 = prefix + m_random.pick(profile.districtCodes) + subject;
            code = first17 + CreditCode::checkCharacter(first17);
        } while (codes.contains(code));
        codes.insert(code);

        Enterprise e;
        e.id = DemoIds::reference(m_seed, u"enterprises", i);
        e.creditCode = code;
        e.name = name;
        e.legalRepresentative = pool.personName(m_random, m_random.chance(0.85));
        e.qualification = pool.qualification(m_random, role, name);
        e.jurisdictionCode = profile.code;
        const bool needsLicence = role == EnterpriseRole::Contractor || role == EnterpriseRole::MunicipalContractor
            || role == EnterpriseRole::Specialist || role == EnterpriseRole::Leasing;
        if (needsLicence) {
            // 安全生产许可证, valid three years: some lapsed, a few about to.
            const double draw = m_random.uniform(0, 1);
            e.safetyLicenceExpiry = draw < 0.08 ? m_today.addDays(-m_random.between(1, 300))
                : draw < 0.13                   ? m_today.addDays(m_random.between(0, 60))
                                                : m_today.addDays(m_random.between(61, 1000));
            e.safetyLicenceNo = u"（琼）JZ安许证字〔"_s + QString::number(e.safetyLicenceExpiry.addYears(-3).year())
                + u"〕"_s + QString::number(i + 1).rightJustified(6, u'0');
        }
        const int row = static_cast<int>(out.enterprises.size());
        out.enterprises.append(e);
        m_enterprisesByRole[roleIndex(role)].append(row);
        m_enterprisesByRoleAndCounty[roleIndex(role)][county].append(row);

        if (role == EnterpriseRole::Contractor || role == EnterpriseRole::MunicipalContractor) {
            const Person principal = m_staff.addPerson(e.id, homeCode(county), m_random.chance(0.9), out.people);
            m_staff.addCertificate(principal, u"A"_s, {}, profile.plateLetter, out.certificates);
            m_principalOf.insert(e.id, principal.id);
        }
    }
}

void ReferenceGenerator::addRoster(OfficialRoster &roster)
{
    // Names are unique across the whole roster, so the second person who closes a hazard is never taken for
    // its re-inspector.
    QSet<QString> used;
    const HainanNames &pool = HainanNames::instance();
    auto uniqueNames = [&](int count) {
        QStringList list;
        while (list.size() < count) {
            const QString name = pool.personName(m_random, m_random.chance(0.7));
            if (!used.contains(name)) {
                used.insert(name);
                list.append(name);
            }
        }
        return list;
    };
    const double scale = std::sqrt(qMax(1.0, m_projectCount / 320.0));
    for (const CountyProfile &county : HainanGeography::counties()) {
        const int inspectors = 4 + static_cast<int>(std::lround(county.weight * scale * 1.2));
        roster.countyInspectors.append(uniqueNames(inspectors));
        roster.countyLeaders.append(uniqueNames(2 + inspectors / 10));
    }
    roster.provinceInspectors = uniqueNames(8 + static_cast<int>(4 * scale));
    roster.provinceLeaders = uniqueNames(4);
}

const Enterprise &ReferenceGenerator::pickEnterprise(const Dataset &out, EnterpriseRole role, int countyIndex)
{
    const QList<int> &local = m_enterprisesByRoleAndCounty.at(roleIndex(role)).at(countyIndex);
    const QList<int> &all = m_enterprisesByRole.at(roleIndex(role));
    const QList<int> &pool = !local.isEmpty() && m_random.chance(0.6) ? local : all;
    // A few large firms win many projects.
    const auto i = static_cast<qsizetype>(std::pow(m_random.uniform(0, 1), 1.7) * double(pool.size()));
    return out.enterprises.at(pool.at(qMin(i, pool.size() - 1)));
}

void ReferenceGenerator::addProject(int index, Dataset &out, QList<ProjectContext> &contexts)
{
    const int county = index < 19 ? index : drawCounty(false);
    const QString &countyCode = HainanGeography::counties().at(county).code;
    int park = -1;
    if (m_random.chance(0.22)) {
        QList<int> parks;
        for (int i = 0; i < HainanGeography::parks().size(); ++i) {
            if (HainanGeography::parks().at(i).parentCode == countyCode)
                parks.append(i);
        }
        if (!parks.isEmpty())
            park = m_random.pick(parks);
    }
    ProjectDraft draft = m_projects.make(index, county, park);
    draft.project.id = DemoIds::reference(m_seed, u"projects", index);
    out.projects.append(draft.project);
    const Project &project = out.projects.constLast();
    const bool isMunicipal = ProjectFactory::isMunicipal(draft.kind);
    const QChar plate = HainanGeography::counties().at(county).plateLetter;

    ProjectContext context;
    context.countyIndex = county;
    context.lastWorkDay = draft.lastWorkDay;
    context.floors = draft.floors;

    // Parties: 建设、施工总承包、监理, and sometimes a subcontractor.
    auto participate = [&](const Enterprise &e, const QString &role) {
        out.participants.append(
            {DemoIds::reference(m_seed, u"project_participants", QString::number(index) + u'/' + role), project.id,
             e.id, role});
    };
    const bool isPublic = isMunicipal || draft.kind == ProjectKind::School || draft.kind == ProjectKind::Hospital
        || draft.kind == ProjectKind::Public || draft.kind == ProjectKind::Resettlement;
    const Enterprise &owner = pickEnterprise(
        out, isPublic && m_random.chance(0.8) ? EnterpriseRole::PublicOwner : EnterpriseRole::Developer, county);
    const Enterprise &contractor
        = pickEnterprise(out, isMunicipal ? EnterpriseRole::MunicipalContractor : EnterpriseRole::Contractor, county);
    const Enterprise &supervisor = pickEnterprise(out, EnterpriseRole::Supervisor, county);
    participate(owner, u"owner"_s);
    participate(contractor, u"general_contractor"_s);
    participate(supervisor, u"supervisor"_s);
    context.contractorId = contractor.id;
    context.supervisorId = supervisor.id;
    if (m_random.chance(0.35)) {
        const Enterprise &sub = pickEnterprise(out, EnterpriseRole::Specialist, county);
        participate(sub, u"subcontractor"_s);
        context.subcontractorId = sub.id;
    }

    // Equipment and 危大工程.
    context.equipmentBegin = static_cast<int>(out.equipment.size());
    const QString equipmentOwner
        = m_random.chance(0.6) ? pickEnterprise(out, EnterpriseRole::Leasing, county).id : contractor.id;
    const quint32 equipmentFeatures = m_sites.addEquipment(draft, equipmentOwner, out.equipment);
    context.equipmentEnd = static_cast<int>(out.equipment.size());
    context.dangerousWorkBegin = static_cast<int>(out.dangerousWorks.size());
    context.features
        = equipmentFeatures | m_sites.addDangerousWorks(draft, equipmentFeatures, out.dangerousWorks);
    context.dangerousWorkEnd = static_cast<int>(out.dangerousWorks.size());

    // Key people with their certificates, then the special-operation workers.
    context.certificateBegin = static_cast<int>(out.certificates.size());
    auto keyPerson = [&](const QString &enterpriseId, const QString &role, bool isMale) {
        Person person = m_staff.addPerson(enterpriseId, homeCode(county), isMale, out.people);
        out.keyPeople.append({keyPersonId(out), project.id, person.id, role});
        return person;
    };
    const Person manager = keyPerson(contractor.id, u"project_manager"_s, m_random.chance(0.92));
    m_staff.addCertificate(manager, u"B"_s, {}, plate, out.certificates);
    m_staff.addCertificate(manager, u"constructor"_s, {}, plate, out.certificates);
    context.managerName = manager.name;
    context.managerPersonId = manager.id;
    const double size = isMunicipal ? project.contractValue / 300.0 : project.floorArea / 1000.0;
    const int officers = size > 100 ? 3 : size > 30 ? 2 : 1;
    for (int i = 0; i < officers; ++i) {
        const Person officer = keyPerson(contractor.id, u"safety_officer"_s, m_random.chance(0.8));
        m_staff.addCertificate(officer, m_staff.drawSafetyOfficerKind(), {}, plate, out.certificates);
        context.safetyOfficerNames.append(officer.name);
    }
    const Person chief = keyPerson(supervisor.id, u"chief_supervisor"_s, m_random.chance(0.85));
    m_staff.addCertificate(chief, u"supervision_engineer"_s, {}, plate, out.certificates);
    context.chiefSupervisorName = chief.name;
    if (m_random.chance(0.5))
        keyPerson(contractor.id, u"technical_lead"_s, m_random.chance(0.85));
    if (m_random.chance(0.2) && m_principalOf.contains(contractor.id))
        out.keyPeople.append(
            {keyPersonId(out), project.id, m_principalOf.value(contractor.id), u"enterprise_principal"_s});

    if (project.status != u"not_started") {
        const QString employer
            = !context.subcontractorId.isEmpty() && m_random.chance(0.5) ? context.subcontractorId : contractor.id;
        auto worker = [&](const QString &operationKind, double maleShare) {
            const Person person
                = m_staff.addPerson(employer, homeCode(county), m_random.chance(maleShare), out.people);
            m_staff.addCertificate(person, u"special_operation"_s, operationKind, plate, out.certificates);
        };
        for (int i = context.equipmentBegin; i < context.equipmentEnd; ++i) {
            worker(u"crane_operator"_s, 0.9); // 建筑起重机械司机 (塔式起重机 / 施工升降机 / 物料提升机)
            if (out.equipment.at(i).kind == u"tower_crane")
                worker(u"signaller"_s, 0.8);
        }
        worker(u"electrician"_s, 0.97);
        if (size > 60)
            worker(u"electrician"_s, 0.97);
        if (context.has(Scaffolding))
            worker(u"scaffolder"_s, 0.99);
    }
    context.certificateEnd = static_cast<int>(out.certificates.size());

    contexts.append(std::move(context));
}

} // namespace sitesafe::demo
