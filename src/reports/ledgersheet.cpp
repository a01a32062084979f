#include "ledgersheet.h"

#include <QTimeZone>

#include "core/accidentlevel.h"
#include "core/dangerkinds.h"
#include "core/domainlabels.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

using Type = LedgerColumn::Type;

QVariant beijing(const QVariant &stored)
{
    const QDateTime t = QDateTime::fromString(stored.toString(), Qt::ISODateWithMs);
    return t.isValid() ? QVariant(t.toTimeZone(QTimeZone(8 * 3600))) : QVariant();
}

/// A stored UTC time as the Beijing calendar day it fell on.
QVariant beijingDay(const QVariant &stored)
{
    const QVariant t = beijing(stored);
    return t.isValid() ? QVariant(t.toDateTime().date()) : QVariant();
}

QVariant day(const QVariant &stored)
{
    const QDate d = QDate::fromString(stored.toString().left(10), Qt::ISODate);
    return d.isValid() ? QVariant(d) : QVariant();
}

QVariant text(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QVariant() : QVariant(v.toString());
}

/// The WHERE clause of a ledger query and its values, built condition by condition.
struct Where {
    QStringList conditions;
    QVariantList values;

    void add(const QString &condition, const QVariantList &conditionValues = {})
    {
        conditions << condition;
        values << conditionValues;
    }
    QString sql() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s); }
};

/// The place and period conditions every ledger shares; `timeColumn` is the column the month is judged on.
void addScope(Where &where, const LedgerQuery &query, const QString &timeColumn)
{
    if (!query.isRunning)
        where.add(u"%1 >= ? AND %1 < ?"_s.arg(timeColumn), {query.period.startUtc(), query.period.endUtc()});
    // The place's project ids once (client 0020's covering indexes), probed per row: the count then needs no
    // project row at all (a join read one per candidate row: 8,060 for 海口市's 未销号清单, 30–55 ms).
    if (!query.jurisdictionCode.isEmpty())
        where.add(u"x.project_id IN (SELECT id FROM projects WHERE jurisdiction_code = ? OR park_code = ?)"_s,
            {query.jurisdictionCode, query.jurisdictionCode});
}

QString marks(qsizetype count)
{
    return QStringList(count, u"?"_s).join(u", "_s);
}

const QString kProjectColumns = u"coalesce(j.name, p.jurisdiction_code), p.name, p.permit_no, p.category"_s;
const QString kProjectOnlyJoin = u" JOIN projects p ON p.id = x.project_id"_s;
const QString kProjectJoin = kProjectOnlyJoin + u" LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code"_s;

QList<LedgerColumn> projectColumns()
{
    return {{u"市县"_s, Type::Text, 10}, {u"工程项目名称"_s, Type::Text, 30}, {u"施工许可证编号"_s, Type::Text, 22},
            {u"工程类别"_s, Type::Text, 8}};
}

void appendProject(QVariantList &row, ReadQuery &q, int first)
{
    row << text(q.value(first)) << text(q.value(first + 1)) << text(q.value(first + 2))
        << text(DomainLabels::projectCategory(q.value(first + 3).toString()));
}

Error readError(const ReadQuery &q)
{
    return Error{u"storage"_s, LedgerReader::tr("The ledger could not be read (%1). Check the data folder with "
                                                "sitesafe-cli check.").arg(q.errorText())};
}

Result<QList<QVariantList>> run(ReadConnection db, const QString &sql, const QVariantList &values,
                                const std::function<QVariantList(ReadQuery &)> &rowOf)
{
    ReadQuery q(db);
    if (!q.run(sql, values))
        return readError(q);
    QList<QVariantList> rows;
    while (q.next())
        rows << rowOf(q);
    return rows;
}

} // namespace

std::optional<LedgerKind> LedgerReader::kindFromCode(QStringView code)
{
    if (code == u"major-hazards")
        return LedgerKind::MajorHazards;
    if (code == u"incidents")
        return LedgerKind::Incidents;
    if (code == u"dangers")
        return LedgerKind::Dangers;
    return std::nullopt;
}

QString LedgerReader::title(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::MajorHazards: return u"重大事故隐患台账"_s;
    case LedgerKind::Incidents: return u"非亡人事故台账"_s;
    case LedgerKind::Dangers: return u"重大险情台账"_s;
    }
    return {};
}

QString LedgerReader::rules(LedgerKind kind)
{
    const QString month = u"统计期为北京时间的自然月；市县/园区按项目所在地。"_s;
    switch (kind) {
    case LedgerKind::MajorHazards: return u"列出统计期内发现的重大事故隐患，不含已作废的隐患。"_s + month;
    case LedgerKind::Incidents: return u"列出统计期内发生的非亡人事故（死亡人数为 0）。"_s + month;
    case LedgerKind::Dangers: return u"列出统计期内发生的重大险情。"_s + month;
    }
    return {};
}

namespace {

/// How one ledger is read: its columns, the SELECT list, the FROM clause with joins, the conditions, the order and
/// how a result row becomes a ledger row. read() and count() share it, so the window and the count never differ.
struct Plan {
    QList<LedgerColumn> columns;
    QString select;
    QString from;
    QString countFrom; ///< `from` without the joins that never change the count (every row has its project: FK)
    Where where;
    QString order;
    std::function<QVariantList(ReadQuery &)> rowOf;
};

Plan majorHazards(const LedgerQuery &query)
{
    Plan plan;
    plan.columns = QList<LedgerColumn>{{u"隐患序号"_s, Type::Number, 9}} + projectColumns()
        + QList<LedgerColumn>{{u"隐患描述"_s, Type::Text, 36},   {u"部位"_s, Type::Text, 14},
                              {u"判定依据"_s, Type::Text, 14},   {u"发现时间"_s, Type::DateTime, 17},
                              {u"发现人"_s, Type::Text, 10},     {u"处置措施"_s, Type::Text, 10},
                              {u"整改期限"_s, Type::Date, 11},   {u"整改责任单位"_s, Type::Text, 26},
                              {u"整改责任人"_s, Type::Text, 10}, {u"挂牌督办"_s, Type::Text, 10},
                              {u"状态"_s, Type::Text, 8},        {u"销号日期"_s, Type::Date, 11}};
    plan.select = u"x.seq, "_s + kProjectColumns
        + u", x.description, x.location, x.criteria_item, x.found_at, x.found_by, x.measure, "
          "coalesce(x.effective_deadline, x.deadline), e.name, x.responsible_person, "
          "CASE WHEN x.is_supervision_listed = 1 THEN x.supervision_level END, x.status, x.closed_at"_s;
    // The partial indexes of client 0015 hold exactly the rows these conditions leave, in found_at order; their
    // WHERE terms are these very conditions, which is what lets SQLite use them. Named, because without ANALYZE
    // statistics SQLite prefers hazards_list_major and sorts every major hazard first.
    const QString table = u" FROM hazards x INDEXED BY "_s
        + (query.isRunning ? u"hazards_ledger_running"_s : u"hazards_ledger_major"_s);
    plan.from = table + kProjectJoin + u" LEFT JOIN enterprises e ON e.id = x.responsible_enterprise_id"_s;
    plan.countFrom = table;
    addScope(plan.where, query, u"x.found_at"_s);
    plan.where.add(u"x.is_major = 1 AND x.status <> 'voided'"_s);
    if (query.isRunning)
        plan.where.add(u"x.status IN ('open', 'rectifying', 'reported', 'verified')"_s);
    if (!query.statuses.isEmpty())
        plan.where.add(u"x.status IN (%1)"_s.arg(marks(query.statuses.size())),
            QVariantList(query.statuses.cbegin(), query.statuses.cend()));
    plan.order = u" ORDER BY x.found_at, x.seq"_s;
    plan.rowOf = [](ReadQuery &q) {
        QVariantList row{q.value(0).toLongLong()};
        appendProject(row, q, 1);
        const QString level = q.value(14).toString();
        row << text(q.value(5)) << text(q.value(6)) << text(q.value(7)) << beijing(q.value(8)) << text(q.value(9))
            << text(DomainLabels::measure(q.value(10).toString())) << day(q.value(11)) << text(q.value(12))
            << text(q.value(13))
            << (level.isEmpty() ? QVariant() : QVariant(DomainLabels::supervisionLevel(level)))
            << text(DomainLabels::hazardStatus(q.value(15).toString())) << beijingDay(q.value(16));
        return row;
    };
    return plan;
}

Plan incidents(const LedgerQuery &query)
{
    Plan plan;
    plan.columns = projectColumns()
        + QList<LedgerColumn>{{u"发生时间"_s, Type::DateTime, 17}, {u"地点/部位"_s, Type::Text, 16},
                              {u"事故类型"_s, Type::Text, 10},     {u"重伤"_s, Type::Number, 6},
                              {u"轻伤"_s, Type::Number, 6},        {u"下落不明"_s, Type::Number, 8},
                              {u"直接经济损失（万元）"_s, Type::Number, 12}, {u"事故等级"_s, Type::Text, 8},
                              {u"简要经过"_s, Type::Text, 36},     {u"单位报告时间"_s, Type::DateTime, 17},
                              {u"全国平台上报时间"_s, Type::DateTime, 17}, {u"应急处置"_s, Type::Text, 24},
                              {u"原因"_s, Type::Text, 24},         {u"调查处理"_s, Type::Text, 30},
                              {u"结案日期"_s, Type::Date, 11}};
    plan.select = kProjectColumns
        + u", x.occurred_at, coalesce(x.part, x.location), x.kind, x.serious_injuries, x.minor_injuries, x.missing, "
          "x.direct_loss, x.deaths, x.summary, x.unit_reported_at, x.platform_reported_at, x.emergency_response, "
          "x.cause, x.investigation, x.investigation_closed_on"_s;
    plan.from = u" FROM incidents x"_s + kProjectJoin;
    plan.countFrom = u" FROM incidents x"_s;
    addScope(plan.where, query, u"x.occurred_at"_s);
    plan.where.add(u"x.deaths = 0"_s);
    const bool isOpen = query.statuses.contains(u"open"_s);
    const bool isClosed = query.statuses.contains(u"closed"_s);
    if (isOpen != isClosed)
        plan.where.add(isOpen ? u"x.investigation_closed_on IS NULL"_s : u"x.investigation_closed_on IS NOT NULL"_s);
    plan.order = u" ORDER BY x.occurred_at, x.id"_s;
    plan.rowOf = [](ReadQuery &q) {
        QVariantList row;
        appendProject(row, q, 0);
        const int serious = q.value(7).toInt();
        const double loss = q.value(10).toDouble();
        row << beijing(q.value(4)) << text(q.value(5)) << text(DomainLabels::incidentKind(q.value(6).toString()))
            << serious << q.value(8).toInt() << q.value(9).toInt() << loss
            << AccidentLevel::label(AccidentLevel::of(q.value(11).toInt(), serious, loss)) << text(q.value(12))
            << beijing(q.value(13)) << beijing(q.value(14)) << text(q.value(15)) << text(q.value(16))
            << text(q.value(17)) << day(q.value(18));
        return row;
    };
    return plan;
}

Plan dangers(const LedgerQuery &query)
{
    Plan plan;
    plan.columns = projectColumns()
        + QList<LedgerColumn>{{u"发生时间"_s, Type::DateTime, 17}, {u"部位"_s, Type::Text, 14},
                              {u"险情类型"_s, Type::Text, 14},     {u"施工及作业人员情况"_s, Type::Text, 28},
                              {u"险情经过"_s, Type::Text, 30},     {u"影响"_s, Type::Text, 24},
                              {u"撤离人数"_s, Type::Number, 8},    {u"报告时间"_s, Type::DateTime, 17},
                              {u"全国平台上报时间"_s, Type::DateTime, 17}, {u"应急处置"_s, Type::Text, 24}};
    plan.select = kProjectColumns
        + u", x.occurred_at, x.part, x.kind, x.site_situation, x.description, x.impact, x.evacuated, x.reported_at, "
          "x.platform_reported_at, x.response"_s;
    plan.from = u" FROM danger_events x"_s + kProjectJoin;
    plan.countFrom = u" FROM danger_events x"_s;
    addScope(plan.where, query, u"x.occurred_at"_s);
    plan.order = u" ORDER BY x.occurred_at, x.id"_s;
    plan.rowOf = [](ReadQuery &q) {
        QVariantList row;
        appendProject(row, q, 0);
        row << beijing(q.value(4)) << text(q.value(5)) << text(DangerKinds::label(q.value(6).toString()))
            << text(q.value(7)) << text(q.value(8)) << text(q.value(9)) << q.value(10).toInt()
            << beijing(q.value(11)) << beijing(q.value(12)) << text(q.value(13));
        return row;
    };
    return plan;
}

Plan planOf(LedgerQuery query)
{
    if (query.kind != LedgerKind::MajorHazards)
        query.isRunning = false; // only major hazards have a running list
    switch (query.kind) {
    case LedgerKind::MajorHazards: return majorHazards(query);
    case LedgerKind::Incidents: return incidents(query);
    case LedgerKind::Dangers: break;
    }
    return dangers(query);
}

} // namespace

Result<LedgerSheet> LedgerReader::read(ReadConnection db, LedgerKind kind, const LedgerPeriod &period,
                                       const QString &jurisdictionCode)
{
    return read(db, LedgerQuery{kind, period, jurisdictionCode, {}, false});
}

Result<LedgerSheet> LedgerReader::read(ReadConnection db, const LedgerQuery &query, qint64 offset, qint64 limit)
{
    const bool isRunning = query.isRunning && query.kind == LedgerKind::MajorHazards;
    LedgerSheet sheet;
    sheet.kind = query.kind;
    sheet.title = isRunning ? runningTitle() : title(query.kind);
    sheet.rules = isRunning ? runningRules() : rules(query.kind);
    QString place = u"全省"_s;
    if (!query.jurisdictionCode.isEmpty()) {
        ReadQuery q(db);
        place = q.run(u"SELECT name FROM jurisdictions WHERE code = ?"_s, {query.jurisdictionCode}) && q.next()
            ? q.value(0).toString()
            : query.jurisdictionCode;
    }
    sheet.scope = (isRunning ? u"未销号"_s : query.period.text()) + u" · "_s + place;
    const Plan plan = planOf(query);
    sheet.columns = plan.columns;
    auto rows = run(db,
                    u"SELECT "_s + plan.select + plan.from + plan.where.sql() + plan.order
                        + u" LIMIT %1 OFFSET %2"_s.arg(limit < 0 ? -1 : limit).arg(qMax<qint64>(0, offset)),
                    plan.where.values, plan.rowOf);
    if (!rows)
        return rows.error();
    sheet.rows = std::move(rows).value();
    return sheet;
}

Result<LedgerSheet> LedgerReader::firstWindow(ReadConnection db, const LedgerQuery &query, qint64 limit,
                                              qint64 &total)
{
    auto sheet = read(db, query, 0, qMax<qint64>(0, limit));
    if (!sheet)
        return sheet.error();
    // A window that is not full holds the whole ledger. A full one is counted apart: the count walks the ledger's
    // index alone, while a count over the window's own SELECT (count(*) OVER ()) made SQLite build every row with
    // its joins before the first one (issue 13: 85 ms for the province's running list, 8,060 rows).
    if (limit <= 0 || sheet.value().rows.size() >= limit) {
        const auto counting = count(db, query);
        if (!counting)
            return counting.error();
        total = counting.value();
    } else {
        total = sheet.value().rows.size();
    }
    return sheet;
}

Result<qint64> LedgerReader::count(ReadConnection db, const LedgerQuery &query)
{
    const Plan plan = planOf(query);
    ReadQuery q(db);
    if (!q.run(u"SELECT count(*)"_s + plan.countFrom + plan.where.sql(), plan.where.values) || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

QStringList LedgerReader::statusCodes(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::MajorHazards: return {u"open"_s, u"rectifying"_s, u"reported"_s, u"verified"_s, u"closed"_s};
    case LedgerKind::Incidents: return {u"open"_s, u"closed"_s};
    case LedgerKind::Dangers: break;
    }
    return {};
}

QString LedgerReader::runningTitle()
{
    return u"重大事故隐患未销号清单"_s;
}

QString LedgerReader::runningRules()
{
    return u"列出尚未整改销号的全部重大事故隐患（待整改、整改中、已报告整改、复查合格待销号），不论发现月份，不含已作废的隐患；"
           "市县/园区按项目所在地。"_s;
}

} // namespace sitesafe
