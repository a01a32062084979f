#include "referenceloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "backend.h"
#include "core/catalogids.h"
#include "core/clock.h"
#include "core/criteriacatalog.h"
#include "core/scoresheetcatalog.h"
#include "core/uuidv7.h"
#include "demo/demogenerator.h"
#include "protocol/entityrules.h"
#include "rowstore.h"
#include "serverauditlog.h"
#include "writetransaction.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant date(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

class Writer
{
public:
    Writer(StatementCache &statements, QString stamp) : m_rows(statements), m_stamp(std::move(stamp)) {}

    Status put(const QString &entity, const QVariantMap &row)
    {
        const EntityRule *rule = EntityRules::find(entity);
        Q_ASSERT(rule);
        if (Status s = m_rows.upsertReference(*rule, row, m_stamp); !s)
            return Error{s.error().code, u"%1 %2: %3"_s.arg(entity, row.value(u"id"_s).toString(), s.error().message)};
        ++m_count;
        return {};
    }
    int count() const { return m_count; }
    RowStore &rows() { return m_rows; }

private:
    RowStore m_rows;
    QString m_stamp;
    int m_count = 0;
};

#define SITESAFE_TRY(expr)                                                                                         \
    if (Status s_ = (expr); !s_)                                                                                   \
        return s_.error();

/// `onlyUpgrade`: rewrite catalogs present at an older version, install none that are missing.
Result<int> loadCatalogs(Writer &w, QSqlDatabase db, bool onlyUpgrade = false)
{
    // A catalog counts as installed at its version or a newer one; an older version (wording since corrected) is
    // written again: upsertReference updates the rows in place and logs the change, so devices pull the new text.
    auto installed = [&db, onlyUpgrade](const QString &code, int catalogVersion) {
        QSqlQuery q(db);
        q.prepare(u"SELECT catalog_version FROM criteria_sets WHERE code = ?"_s);
        q.addBindValue(code);
        if (!q.exec() || !q.next())
            return onlyUpgrade;
        return q.value(0).toInt() >= catalogVersion;
    };
    auto addTemplate = [&w](const QString &code, int version, const QString &title, const QStringList &items) {
        return w.put(u"checklist_templates"_s,
                     {{u"id"_s, CatalogIds::checklistTemplate(code, version)}, {u"code"_s, code}, {u"version"_s, version}, {u"title"_s, title},
                      {u"source_set_code"_s, code},
                      {u"item_codes"_s, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact))}});
    };
    for (const QString &code : CriteriaCatalogLoader::builtInCodes()) {
        auto catalog = CriteriaCatalogLoader::builtIn(code);
        if (!catalog)
            return catalog.error();
        const CriteriaCatalog &c = catalog.value();
        if (installed(c.code, c.catalogVersion))
            continue;
        const QString setId = CatalogIds::set(c.code);
        SITESAFE_TRY(w.put(u"criteria_sets"_s, {{u"id"_s, setId}, {u"code"_s, c.code}, {u"kind"_s, u"major_hazard_criteria"_s},
                                                {u"edition"_s, c.edition}, {u"title"_s, c.title}, {u"document"_s, text(c.document)},
                                                {u"catalog_version"_s, c.catalogVersion}, {u"effective_on"_s, date(c.effective)},
                                                {u"repealed_on"_s, date(c.repealedOn)}}));
        QStringList judging;
        for (const CriteriaArticle &a : c.articles) {
            for (const CriteriaItem &i : a.items) {
                judging.append(i.code);
                SITESAFE_TRY(w.put(u"criteria_items"_s,
                                   {{u"id"_s, CatalogIds::item(c.code, u"item"_s, i.code)}, {u"set_id"_s, setId}, {u"code"_s, i.code},
                                    {u"parent_code"_s, a.code}, {u"level"_s, u"item"_s}, {u"article_number"_s, a.number},
                                    {u"article_title"_s, a.title}, {u"item_number"_s, i.number}, {u"text"_s, i.text},
                                    {u"is_uncertain"_s, i.isUncertain ? 1 : 0}, {u"requires_reason"_s, i.requiresReason ? 1 : 0}}));
                for (const CriteriaCondition &cond : i.conditions)
                    SITESAFE_TRY(w.put(u"criteria_items"_s,
                                       {{u"id"_s, CatalogIds::item(c.code, u"condition"_s, cond.code)}, {u"set_id"_s, setId}, {u"code"_s, cond.code},
                                        {u"parent_code"_s, i.code}, {u"level"_s, u"condition"_s},
                                        {u"article_number"_s, a.number}, {u"article_title"_s, a.title},
                                        {u"item_number"_s, cond.number}, {u"text"_s, cond.text},
                                        {u"is_uncertain"_s, cond.isUncertain ? 1 : 0}, {u"requires_reason"_s, 0}}));
            }
        }
        SITESAFE_TRY(addTemplate(c.code, c.catalogVersion, c.title, judging));
    }
    auto sheets = ScoreSheetCatalogLoader::builtIn();
    if (!sheets)
        return sheets.error();
    const ScoreSheetCatalog &c = sheets.value();
    if (!installed(c.code, c.catalogVersion)) {
        const QString setId = CatalogIds::set(c.code);
        SITESAFE_TRY(w.put(u"criteria_sets"_s, {{u"id"_s, setId}, {u"code"_s, c.code}, {u"kind"_s, u"score_sheets"_s},
                                                {u"title"_s, c.title}, {u"catalog_version"_s, c.catalogVersion}}));
        QStringList codes;
        for (const ScoreSheet &sheet : c.sheets) {
            int number = 0;
            for (const ScoreSheetItem &i : sheet.items) {
                codes.append(i.code);
                const QString kind = i.kind == ScoreSheetItem::Kind::Guaranteed ? u"guaranteed"_s
                    : i.kind == ScoreSheetItem::Kind::General                   ? u"general"_s
                                                                                : u"unsplit"_s;
                SITESAFE_TRY(w.put(u"criteria_items"_s,
                                   {{u"id"_s, CatalogIds::item(c.code, u"sheet_item"_s, i.code)}, {u"set_id"_s, setId}, {u"code"_s, i.code},
                                    {u"parent_code"_s, sheet.code}, {u"level"_s, u"sheet_item"_s},
                                    {u"article_title"_s, sheet.title}, {u"item_number"_s, ++number}, {u"text"_s, i.title},
                                    {u"is_uncertain"_s, i.isUncertain() ? 1 : 0}, {u"requires_reason"_s, 0},
                                    {u"item_kind"_s, kind}, {u"points"_s, i.points}}));
            }
        }
        SITESAFE_TRY(addTemplate(c.code, c.catalogVersion, c.title, codes));
    }
    return w.count();
}

} // namespace

Result<int> ReferenceLoader::loadDemo(Backend &backend, quint64 seed, QDate today)
{
    DemoOptions options;
    options.seed = seed;
    options.today = today;
    DemoGenerator generator(options);
    Dataset reference;
    generator.generate([&reference](const Dataset &chunk) {
        reference = chunk; // the first chunk holds all reference data
        return false;
    });
    return loadDataset(backend, reference);
}

Result<int> ReferenceLoader::upgradeCatalogs(Backend &backend)
{
    WriteTransaction tx(backend);
    if (!tx.isActive())
        return tx.error();
    Writer w(tx.statements(), Timestamp::toText(backend.clock().now()));
    auto written = loadCatalogs(w, tx.database(), true);
    if (!written)
        return written.error();
    if (written.value() > 0)
        SITESAFE_TRY(ServerAuditLog::append(tx.statements(), backend.clock().now(), u"server"_s, {},
                                            u"reference.catalogs_upgraded"_s, {}, {}, QString::number(written.value())));
    if (Status s = tx.commit(); !s)
        return s.error();
    return written.value();
}

Result<int> ReferenceLoader::loadDataset(Backend &backend, const Dataset &d, bool withCatalogs)
{
    WriteTransaction tx(backend);
    if (!tx.isActive())
        return tx.error();
    Writer w(tx.statements(), Timestamp::toText(backend.clock().now()));
    for (const Jurisdiction &j : d.jurisdictions)
        SITESAFE_TRY(w.put(u"jurisdictions"_s, {{u"id"_s, j.id}, {u"code"_s, j.code}, {u"name"_s, j.name},
                                                {u"kind"_s, j.kind}, {u"parent_code"_s, text(j.parentCode)}}));
    for (const Enterprise &e : d.enterprises)
        SITESAFE_TRY(w.put(u"enterprises"_s,
                           {{u"id"_s, e.id}, {u"credit_code"_s, e.creditCode}, {u"name"_s, e.name},
                            {u"legal_representative"_s, text(e.legalRepresentative)}, {u"qualification"_s, text(e.qualification)},
                            {u"safety_licence_no"_s, text(e.safetyLicenceNo)}, {u"safety_licence_expiry"_s, date(e.safetyLicenceExpiry)},
                            {u"jurisdiction_code"_s, text(e.jurisdictionCode)}}));
    for (const Project &p : d.projects)
        SITESAFE_TRY(w.put(u"projects"_s,
                           {{u"id"_s, p.id}, {u"platform_no"_s, text(p.platformNo)}, {u"permit_no"_s, text(p.permitNo)},
                            {u"name"_s, p.name}, {u"address"_s, text(p.address)}, {u"jurisdiction_code"_s, p.jurisdictionCode},
                            {u"park_code"_s, text(p.parkCode)}, {u"category"_s, p.category},
                            {u"structure_type"_s, text(p.structureType)}, {u"floor_area"_s, p.floorArea},
                            {u"contract_value"_s, p.contractValue}, {u"start_date"_s, date(p.startDate)},
                            {u"planned_completion"_s, date(p.plannedCompletion)}, {u"status"_s, p.status},
                            {u"progress"_s, text(p.progress)}, {u"latitude"_s, p.latitude}, {u"longitude"_s, p.longitude}}));
    for (const ProjectParticipant &p : d.participants)
        SITESAFE_TRY(w.put(u"project_participants"_s, {{u"id"_s, p.id}, {u"project_id"_s, p.projectId},
                                                       {u"enterprise_id"_s, p.enterpriseId}, {u"role"_s, p.role}}));
    for (const Person &p : d.people)
        SITESAFE_TRY(w.put(u"people"_s, {{u"id"_s, p.id}, {u"name"_s, p.name}, {u"id_number_masked"_s, text(p.idNumberMasked)},
                                         {u"id_number_hash"_s, text(p.idNumberHash)}, {u"enterprise_id"_s, text(p.enterpriseId)},
                                         {u"phone_masked"_s, text(p.phoneMasked)}}));
    for (const ProjectKeyPerson &k : d.keyPeople)
        SITESAFE_TRY(w.put(u"project_key_people"_s, {{u"id"_s, k.id}, {u"project_id"_s, k.projectId},
                                                     {u"person_id"_s, k.personId}, {u"role"_s, k.role}}));
    for (const Certificate &c : d.certificates)
        SITESAFE_TRY(w.put(u"certificates"_s,
                           {{u"id"_s, c.id}, {u"kind"_s, c.kind}, {u"operation_kind"_s, text(c.operationKind)},
                            {u"number"_s, c.number}, {u"holder_person_id"_s, text(c.holderPersonId)}, {u"issuer"_s, text(c.issuer)},
                            {u"issued_on"_s, date(c.issuedOn)}, {u"valid_until"_s, date(c.validUntil)},
                            {u"e_certificate_code"_s, text(c.eCertificateCode)}}));
    for (const Equipment &e : d.equipment)
        SITESAFE_TRY(w.put(u"equipment"_s,
                           {{u"id"_s, e.id}, {u"project_id"_s, e.projectId}, {u"kind"_s, e.kind}, {u"model"_s, text(e.model)},
                            {u"serial_no"_s, text(e.serialNo)}, {u"owner_enterprise_id"_s, text(e.ownerEnterpriseId)},
                            {u"filing_no"_s, text(e.filingNo)}, {u"use_registration_no"_s, text(e.useRegistrationNo)},
                            {u"installation_notified_on"_s, date(e.installationNotifiedOn)},
                            {u"accepted_on"_s, date(e.acceptedOn)}, {u"registered_on"_s, date(e.registeredOn)},
                            {u"status"_s, e.status}}));
    for (const DangerousWork &dw : d.dangerousWorks)
        SITESAFE_TRY(w.put(u"dangerous_works"_s,
                           {{u"id"_s, dw.id}, {u"project_id"_s, dw.projectId}, {u"category"_s, dw.category},
                            {u"description"_s, text(dw.description)}, {u"is_over_scale"_s, dw.isOverScale ? 1 : 0},
                            {u"plan_status"_s, dw.planStatus}, {u"expert_review"_s, dw.expertReview},
                            {u"acceptance_status"_s, dw.acceptanceStatus}, {u"monitoring_unit"_s, text(dw.monitoringUnit)}}));
    for (const Campaign &c : d.campaigns)
        SITESAFE_TRY(w.put(u"campaigns"_s, {{u"id"_s, c.id}, {u"code"_s, c.code}, {u"name"_s, c.name},
                                            {u"starts_on"_s, date(c.startsOn)}, {u"ends_on"_s, date(c.endsOn)},
                                            {u"round1_deadline"_s, date(c.round1Deadline)},
                                            {u"round2_deadline"_s, date(c.round2Deadline)}}));
    if (withCatalogs) {
        auto catalogs = loadCatalogs(w, tx.database());
        if (!catalogs)
            return catalogs.error();
    }
    SITESAFE_TRY(ServerAuditLog::append(tx.statements(), backend.clock().now(), u"cli"_s, {}, u"reference.load"_s, {},
                                        {}, QString::number(w.count())));
    SITESAFE_TRY(tx.commit());
    return w.count();
}

} // namespace sitesafe
