#include "monthlyreport.h"

#include <cmath>

#include <QJsonValue>

#include "core/violationtypes.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

struct Figure {
    const char16_t *key;
    const char16_t *label;
    bool isRatio = false;
};

constexpr Figure kFigures[] = {
    {u"projects_under_construction", u"在建项目数"},
    {u"projects_inspected", u"检查项目数"},
    {u"inspections", u"检查次数"},
    {u"hazards_found", u"排查隐患数"},
    {u"hazards_rectified", u"已整改隐患数"},
    {u"rectification_rate", u"隐患整改率", true},
    {u"major_hazards_found", u"重大事故隐患数"},
    {u"major_hazards_closed", u"重大事故隐患已整改销号数"},
    {u"major_rectification_rate", u"重大事故隐患整改率", true},
    {u"major_hazards_listed", u"重大事故隐患挂牌督办数"},
    {u"overdue", u"逾期未整改隐患数"},
    {u"rectification_notice_projects", u"责令限期整改项目数"},
    {u"stop_work_projects", u"停工整改项目数"},
    {u"enforcement_actions", u"执法措施数"},
    {u"enforcement_penalties", u"行政处罚起数"},
    {u"enforcement_fine_amount", u"处罚金额（万元）"},
    {u"enforcement_construction_procedure_projects", u"违反基本建设程序项目数"},
    {u"enforcement_contracting_violations", u"发包承包违法违规行为数"},
    {u"enforcement_enterprises", u"处罚单位数"},
    {u"enforcement_persons", u"处罚人员数"},
    {u"incidents", u"事故起数"},
    {u"deaths", u"死亡人数"},
    {u"dangers", u"重大险情起数"},
};

const QStringList kPenaltyKinds{u"fine"_s,           u"suspension"_s,      u"qualification_downgrade"_s,
                                u"qualification_revoked"_s, u"licence_suspended"_s, u"revoke_practice"_s,
                                u"industry_ban"_s};

QString quoted(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << u"'"_s + QString(v).replace(u"'"_s, u"''"_s) + u"'"_s;
    return out.join(u", "_s);
}

double ratio(double part, double whole)
{
    return whole > 0 ? std::round(part / whole * 10000.0) / 10000.0 : 0.0;
}

/// The ratios, always from the counts beside them (a province's from its summed counts, never averaged).
void addRatios(QJsonObject &figures)
{
    figures.insert(u"rectification_rate"_s, ratio(figures.value(u"hazards_rectified"_s).toDouble(),
                                                  figures.value(u"hazards_found"_s).toDouble()));
    figures.insert(u"major_rectification_rate"_s, ratio(figures.value(u"major_hazards_closed"_s).toDouble(),
                                                        figures.value(u"major_hazards_found"_s).toDouble()));
}

} // namespace

QStringList MonthlyReport::keys()
{
    QStringList out;
    for (const Figure &f : kFigures)
        out << QString::fromUtf16(f.key);
    return out;
}

QString MonthlyReport::label(const QString &key)
{
    for (const Figure &f : kFigures)
        if (key == f.key)
            return QString::fromUtf16(f.label);
    return key;
}

bool MonthlyReport::isRatio(const QString &key)
{
    for (const Figure &f : kFigures)
        if (key == f.key)
            return f.isRatio;
    return false;
}

QString MonthlyReport::rules()
{
    return u"统计期为北京时间的自然月，市县/园区按项目所在地。隐患按发现时间计，不含已作废的隐患；已整改指复查合格或已销号；"
           "整改率 = 已整改数 ÷ 排查数（保留4位小数）；逾期指统计期内发现、仍未整改且已过整改期限（截至次月1日，当月未结束时截至报告当日）。检查不含草稿；"
           "文书按下达时间计、不含作废，按项目计数。事故、险情按发生时间计。执法按决定日期计；行政处罚指罚款、停业整顿、"
           "资质与执业资格处罚和行业禁入。"_s;
}

Result<QJsonObject> MonthlyReport::figures(ReadConnection db, const QString &jurisdictionCode,
                                           const LedgerPeriod &period, QDate asOf)
{
    const QString place = jurisdictionCode.isEmpty()
        ? u"1"_s
        : u"(p.jurisdiction_code = '%1' OR p.park_code = '%1')"_s.arg(QString(jurisdictionCode).replace(u"'"_s, u"''"_s));
    const QString start = period.startUtc();
    const QString end = period.endUtc();
    const QString firstDay = period.firstDay().toString(Qt::ISODate);
    const QString nextFirstDay = period.endDay().toString(Qt::ISODate);
    const QString overdueBefore = asOf.isValid() && asOf.toString(Qt::ISODate) < nextFirstDay
        ? asOf.toString(Qt::ISODate)
        : nextFirstDay;
    auto inMonth = [&](const QString &column) { return u"%1 >= '%2' AND %1 < '%3'"_s.arg(column, start, end); };
    const QString hazards = u"FROM hazards h JOIN projects p ON p.id = h.project_id WHERE %1 AND %2 AND "
                            "h.status <> 'voided'"_s.arg(place, inMonth(u"h.found_at"_s));
    const QString actions = u"FROM enforcement_actions a JOIN projects p ON p.id = a.project_id WHERE %1 AND "
                            "a.decided_on >= '%2' AND a.decided_on < '%3'"_s.arg(place, firstDay, nextFirstDay);
    const QList<std::pair<QString, QString>> counts{
        {u"projects_under_construction"_s,
         u"SELECT count(*) FROM projects p WHERE %1 AND p.status = 'under_construction'"_s.arg(place)},
        {u"projects_inspected"_s, u"SELECT count(DISTINCT i.project_id) FROM inspections i JOIN projects p ON p.id = "
                                  "i.project_id WHERE %1 AND %2 AND i.status <> 'draft'"_s.arg(place, inMonth(u"i.started_at"_s))},
        {u"inspections"_s, u"SELECT count(*) FROM inspections i JOIN projects p ON p.id = i.project_id WHERE %1 AND "
                           "%2 AND i.status <> 'draft'"_s.arg(place, inMonth(u"i.started_at"_s))},
        {u"hazards_found"_s, u"SELECT count(*) "_s + hazards},
        {u"hazards_rectified"_s, u"SELECT count(*) "_s + hazards + u" AND h.status IN ('verified', 'closed')"_s},
        {u"major_hazards_found"_s, u"SELECT count(*) "_s + hazards + u" AND h.is_major = 1"_s},
        {u"major_hazards_closed"_s, u"SELECT count(*) "_s + hazards + u" AND h.is_major = 1 AND h.status = 'closed'"_s},
        {u"major_hazards_listed"_s,
         u"SELECT count(*) "_s + hazards + u" AND h.is_major = 1 AND h.is_supervision_listed = 1"_s},
        {u"overdue"_s, u"SELECT count(*) "_s + hazards
                           + u" AND h.status IN ('open', 'rectifying') AND coalesce(h.effective_deadline, h.deadline) "
                             "< '%1'"_s.arg(overdueBefore)},
        {u"rectification_notice_projects"_s,
         u"SELECT count(DISTINCT n.project_id) FROM notices n JOIN projects p ON p.id = n.project_id WHERE %1 AND %2 "
         "AND n.kind = 'rectification' AND n.status <> 'voided'"_s.arg(place, inMonth(u"n.issued_at"_s))},
        {u"stop_work_projects"_s,
         u"SELECT count(DISTINCT n.project_id) FROM notices n JOIN projects p ON p.id = n.project_id WHERE %1 AND %2 "
         "AND n.kind = 'stop_work' AND n.status <> 'voided'"_s.arg(place, inMonth(u"n.issued_at"_s))},
        {u"enforcement_actions"_s, u"SELECT count(*) "_s + actions},
        {u"enforcement_penalties"_s, u"SELECT count(*) "_s + actions + u" AND a.kind IN (%1)"_s.arg(quoted(kPenaltyKinds))},
        {u"enforcement_fine_amount"_s, u"SELECT coalesce(sum(a.amount), 0) "_s + actions + u" AND a.kind = 'fine'"_s},
        {u"enforcement_construction_procedure_projects"_s,
         u"SELECT count(DISTINCT a.project_id) "_s + actions
             + u" AND a.violation_code IN (%1)"_s.arg(quoted(ViolationTypes::codesInGroup(u"construction_procedure"_s)))},
        {u"enforcement_contracting_violations"_s,
         u"SELECT count(*) "_s + actions
             + u" AND a.violation_code IN (%1)"_s.arg(quoted(ViolationTypes::codesInGroup(u"contracting"_s)))},
        {u"enforcement_enterprises"_s, u"SELECT count(DISTINCT a.enterprise_id) "_s + actions
                                           + u" AND a.kind IN (%1)"_s.arg(quoted(kPenaltyKinds))},
        {u"enforcement_persons"_s, u"SELECT count(DISTINCT a.person_id) "_s + actions
                                       + u" AND a.kind IN (%1)"_s.arg(quoted(kPenaltyKinds))},
        {u"incidents"_s, u"SELECT count(*) FROM incidents x JOIN projects p ON p.id = x.project_id WHERE %1 AND %2"_s
                             .arg(place, inMonth(u"x.occurred_at"_s))},
        {u"deaths"_s, u"SELECT coalesce(sum(x.deaths), 0) FROM incidents x JOIN projects p ON p.id = x.project_id "
                      "WHERE %1 AND %2"_s.arg(place, inMonth(u"x.occurred_at"_s))},
        {u"dangers"_s, u"SELECT count(*) FROM danger_events x JOIN projects p ON p.id = x.project_id WHERE %1 AND %2"_s
                           .arg(place, inMonth(u"x.occurred_at"_s))},
    };
    QJsonObject out;
    for (const auto &[key, sql] : counts) {
        ReadQuery q(db);
        if (!q.run(sql, {}) || !q.next())
            return Error{u"storage"_s, tr("The monthly figures could not be computed (%1). Check the data folder with "
                                          "sitesafe-cli check.").arg(q.errorText())};
        const double value = q.value(0).toDouble();
        out.insert(key, key == u"enforcement_fine_amount" ? QJsonValue(value) : QJsonValue(qint64(value)));
    }
    addRatios(out);
    return out;
}

LedgerSheet MonthlyReport::sheet(const QJsonObject &figures, const LedgerPeriod &period, const QString &scope)
{
    LedgerSheet sheet;
    sheet.title = u"月报"_s;
    sheet.scope = period.text() + u" · "_s + (scope.isEmpty() ? u"全省"_s : scope);
    sheet.rules = rules();
    sheet.columns = {{u"指标"_s, LedgerColumn::Type::Text, 28}, {u"数值"_s, LedgerColumn::Type::Number, 12},
                     {u"键"_s, LedgerColumn::Type::Text, 40}};
    for (const QString &key : keys())
        sheet.rows << QVariantList{label(key), figures.value(key).toDouble(), key};
    return sheet;
}

Result<QList<LedgerSheet>> MonthlyReport::document(ReadConnection db, const QString &jurisdictionCode,
                                                   const LedgerPeriod &period, const QJsonObject &figures)
{
    QList<LedgerSheet> sheets{sheet(figures, period, jurisdictionCode)};
    for (LedgerKind kind : {LedgerKind::MajorHazards, LedgerKind::Incidents, LedgerKind::Dangers}) {
        auto ledger = LedgerReader::read(db, kind, period, jurisdictionCode);
        if (!ledger)
            return ledger.error();
        sheets << std::move(ledger).value();
    }
    sheets.first().scope = sheets.at(1).scope; // the place's name, as the ledgers read it
    return sheets;
}

QString MonthlyReport::documentTitle(const QString &scope)
{
    return u"房屋市政工程安全生产治理月报（%1）"_s.arg(scope);
}

QJsonObject MonthlyReport::aggregate(const QList<QJsonObject> &parts)
{
    QJsonObject out;
    for (const QString &key : keys()) {
        if (isRatio(key))
            continue;
        double sum = 0;
        for (const QJsonObject &part : parts)
            sum += part.value(key).toDouble();
        out.insert(key, key == u"enforcement_fine_amount" ? QJsonValue(sum) : QJsonValue(qint64(sum)));
    }
    addRatios(out);
    return out;
}

} // namespace sitesafe
