#include "inspectionlistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "core/domainlabels.h"
#include "storage/readquery.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
InspectionListRow readRow(const ReadQuery &q)
{
    InspectionListRow row;
    row.id = q.value(0).toString();
    row.status = q.value(1).toString();
    row.isAmendment = q.value(2).toInt() != 0;
    row.projectName = q.value(3).toString();
    row.jurisdictionName = q.value(4).toString();
    row.kind = q.value(5).toString();
    row.round = q.value(6).toInt();
    row.inspectors = SqlValues::fromJsonArray(q.value(7).toString());
    row.startedAt = SqlValues::toTime(q.value(8));
    row.answered = q.value(9).toInt();
    row.total = q.value(10).toInt();
    row.hazards = q.value(11).toInt();
    return row;
}

QString errorText(const QString &driverError)
{
    return InspectionListModel::tr("The inspection list could not be read (%1). Reopen the data folder; if it "
                                   "persists, check it with sitesafe-cli check.")
        .arg(driverError);
}
} // namespace

InspectionListModel::InspectionListModel(const QString &databasePath, QObject *parent)
    : WindowedRowModel(databasePath, &readRow, &errorText, parent)
{
    reload();
}

InspectionListModel::~InspectionListModel() = default;

int InspectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

WindowedListSql InspectionListModel::listSql(const InspectionFilter &f)
{
    WindowedListSql sql;
    QStringList conditions;
    if (f.status == u"amendment")
        conditions << u"i.amends_inspection_id IS NOT NULL"_s;
    else if (!f.status.isEmpty()) {
        conditions << u"i.status = ?"_s;
        sql.values << f.status;
    }
    if (!f.kind.isEmpty()) {
        conditions << u"i.kind = ?"_s;
        sql.values << f.kind;
        if (f.kind == u"round" && f.round != 0) {
            conditions << u"i.round = ?"_s;
            sql.values << f.round;
        }
    }
    if (!f.jurisdictionCode.isEmpty()) {
        conditions << u"(p.jurisdiction_code = ? OR p.park_code = ?)"_s;
        sql.values << f.jurisdictionCode << f.jurisdictionCode;
    }
    if (const QString text = f.searchText.trimmed(); !text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions << u"(p.name LIKE ? ESCAPE '\\' OR p.permit_no LIKE ? ESCAPE '\\' "
                      "OR p.platform_no LIKE ? ESCAPE '\\')"_s;
        const QString contains = u"%"_s + escaped + u"%"_s;
        sql.values << contains << contains << contains;
    }
    const QString where = conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
    const QString order = u" ORDER BY i.started_at DESC, i.id DESC"_s;
    // Items per checklist code: a criteria edition ("V2024") counts its items, a JGJ 59 sheet ("B.1") its check
    // items, the whole standard ("JGJ59-2011", the template of inspections that recorded no checklists) all of them.
    const QString codeItems
        = u"WITH code_items(code, n) AS ("
          "SELECT cs.code, count(*) FROM criteria_items ci JOIN criteria_sets cs ON cs.id = ci.set_id "
          "WHERE ci.level IN ('item', 'sheet_item') GROUP BY cs.code "
          "UNION ALL SELECT ci.parent_code, count(*) FROM criteria_items ci WHERE ci.level = 'sheet_item' "
          "GROUP BY ci.parent_code)"_s;
    const QString columns
        = u" SELECT i.id, i.status, i.amends_inspection_id IS NOT NULL, p.name, "
          "coalesce(j.name, p.jurisdiction_code), i.kind, i.round, i.inspectors, i.started_at, "
          "(SELECT count(*) FROM inspection_answers a WHERE a.inspection_id = i.id AND a.is_withdrawn = 0), "
          "coalesce((SELECT sum(c.n) FROM json_each(CASE WHEN json_array_length(i.checklists) > 0 THEN i.checklists "
          "ELSE json_array(i.template_code) END) w JOIN code_items c ON c.code = w.value), 0), "
          "(SELECT count(*) FROM hazards h WHERE h.inspection_id = i.id) "_s;
    const QString joins = u" JOIN projects p ON p.id = i.project_id "
                          "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code"_s;
    sql.unordered = u"SELECT i.id FROM inspections i JOIN projects p ON p.id = i.project_id"_s + where;
    sql.ids = sql.unordered + order;
    sql.select = codeItems + columns + u"FROM inspections i"_s + joins + where + order;
    // The window's ids first (the sort reads no counts), then the counts for those rows only.
    sql.window = codeItems + u", window_ids(id) AS ("_s + sql.ids + u" LIMIT ? OFFSET ?)"_s + columns
        + u"FROM window_ids w0 JOIN inspections i ON i.id = w0.id"_s + joins + order;
    return sql;
}

void InspectionListModel::setFilter(const InspectionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void InspectionListModel::reload(const QString &keepId)
{
    startReload([filter = m_filter](const ReadConnection &) { return listSql(filter); }, keepId);
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *loaded = loadedRow(index.row());
    if (!loaded)
        return role == Qt::DisplayRole && index.column() == Project ? QVariant(tr("Loading…")) : QVariant();
    const Row &r = *loaded;
    if (role == InspectionIdRole)
        return r.id;
    if (role == StatusCodeRole)
        return r.status;
    if (role == Qt::FontRole && index.column() == Status && r.status == u"draft") {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() == Hazards && r.hazards > 0)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && (index.column() == Progress || index.column() == Hazards))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Status: {
        const QString status = DomainLabels::inspectionStatus(r.status);
        return r.isAmendment ? tr("%1 · amendment").arg(status) : status;
    }
    case Project: return r.projectName;
    case Jurisdiction: return r.jurisdictionName;
    case Kind: return DomainLabels::inspectionKind(r.kind, r.round);
    case Inspectors: return r.inspectors.join(tr(", "));
    case Started: return r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case Progress: return u"%1 / %2"_s.arg(r.answered).arg(r.total);
    case Hazards: return r.hazards;
    default: return {};
    }
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Status: return tr("Status");
    case Project: return tr("Project");
    case Jurisdiction: return tr("City/county");
    case Kind: return tr("Kind");
    case Inspectors: return tr("Inspectors");
    case Started: return tr("Started");
    case Progress: return tr("Answered / items");
    case Hazards: return tr("Hazards found");
    default: return {};
    }
}

} // namespace sitesafe
