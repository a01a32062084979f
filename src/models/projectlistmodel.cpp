#include "projectlistmodel.h"

#include <QBrush>
#include <QColor>

#include "core/domainlabels.h"
#include "coveragequery.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
ProjectListRow readRow(const ReadQuery &q)
{
    ProjectListRow row;
    row.id = q.value(0).toString();
    row.name = q.value(1).toString();
    row.platformNo = q.value(2).toString();
    row.permitNo = q.value(3).toString();
    row.jurisdictionName = q.value(4).toString();
    row.parkName = q.value(5).toString();
    row.category = q.value(6).toString();
    row.status = q.value(7).toString();
    row.isCoveredInRound1 = q.value(8).toInt() != 0;
    row.isCoveredInRound2 = q.value(9).toInt() != 0;
    row.openHazards = q.value(10).toInt();
    return row;
}

QString errorText(const QString &driverError)
{
    return ProjectListModel::tr("The project list could not be read (%1).").arg(driverError);
}
} // namespace

ProjectListModel::ProjectListModel(const QString &databasePath, QDate today, QObject *parent)
    : WindowedRowModel(databasePath, &readRow, &errorText, parent), m_today(today)
{
    load({});
}

ProjectListModel::~ProjectListModel() = default;

int ProjectListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectListModel::selectSql(const ProjectFilter &f, int sortColumn, Qt::SortOrder order,
                                    const std::optional<Campaign> &campaign, QVariantList &values)
{
    // The coverage columns come first in the statement, so their values are bound first.
    QVariantList coverageValues;
    const QString covered1 = CoverageQuery::coveredCondition(1, campaign, coverageValues);
    const QString covered2 = CoverageQuery::coveredCondition(2, campaign, coverageValues);
    values << coverageValues;
    QStringList conditions;
    if (!f.jurisdictionCode.isEmpty()) {
        conditions << u"(p.jurisdiction_code = ? OR p.park_code = ?)"_s;
        values << f.jurisdictionCode << f.jurisdictionCode;
    }
    if (!f.category.isEmpty()) {
        conditions << u"p.category = ?"_s;
        values << f.category;
    }
    if (!f.status.isEmpty()) {
        conditions << u"p.status = ?"_s;
        values << f.status;
    }
    switch (f.coverage) {
    case ProjectFilter::Coverage::Any: break;
    case ProjectFilter::Coverage::CoveredInRound1: conditions << u"round1"_s; break;
    case ProjectFilter::Coverage::NotCoveredInRound1: conditions << u"NOT round1"_s; break;
    case ProjectFilter::Coverage::CoveredInRound2: conditions << u"round2"_s; break;
    case ProjectFilter::Coverage::NotCoveredInRound2: conditions << u"NOT round2"_s; break;
    }
    if (const QString text = f.searchText.trimmed(); !text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions << u"(p.name LIKE ? ESCAPE '\\' OR p.permit_no LIKE ? ESCAPE '\\' "
                      "OR p.platform_no LIKE ? ESCAPE '\\')"_s;
        const QString contains = u"%"_s + escaped + u"%"_s;
        const QString startsWith = escaped + u"%"_s;
        values << contains << startsWith << startsWith;
    }
    return u"SELECT p.id, p.name, p.platform_no, p.permit_no, coalesce(j.name, p.jurisdiction_code), pk.name, "
           "p.category, p.status, "_s
        + covered1 + u" AS round1, "_s + covered2
        + u" AS round2, coalesce(oh.n, 0) AS open_hazards "
          "FROM projects p LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
          "LEFT JOIN jurisdictions pk ON pk.code = p.park_code "
          "LEFT JOIN (SELECT project_id, count(*) AS n FROM hazards "
          "WHERE status IN ('open', 'rectifying', 'reported', 'verified') GROUP BY project_id) oh "
          "ON oh.project_id = p.id"_s
        + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s))
        + orderBy(sortColumn, order);
}

QString ProjectListModel::orderBy(int sortColumn, Qt::SortOrder order)
{
    static const QStringList sortExpressions{u"p.name"_s, u"p.platform_no"_s, u"p.permit_no"_s,
                                             u"p.jurisdiction_code"_s, u"p.park_code"_s, u"p.category"_s,
                                             u"p.status"_s, u"round1"_s, u"round2"_s, u"open_hazards"_s};
    const QString sort = sortExpressions.value(sortColumn, u"p.name"_s);
    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return u" ORDER BY %1 %2, p.name %2, p.id"_s.arg(sort, direction);
}

void ProjectListModel::setFilter(const ProjectFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    load({});
}

void ProjectListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    load({});
}

void ProjectListModel::reload(const QString &keepId)
{
    load(keepId);
}

void ProjectListModel::load(const QString &keepId)
{
    startReload(
        [filter = m_filter, sortColumn = m_sortColumn, order = m_sortOrder, today = m_today](const ReadConnection &db) {
            WindowedListSql sql;
            sql.select = selectSql(filter, sortColumn, order, CoverageQuery::campaignOn(db, today), sql.values);
            sql.unordered = sql.select.chopped(orderBy(sortColumn, order).size());
            return sql;
        },
        keepId);
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *loaded = loadedRow(index.row());
    if (!loaded)
        return role == Qt::DisplayRole && index.column() == Name ? QVariant(tr("Loading…")) : QVariant();
    const Row &r = *loaded;
    if (role == ProjectIdRole)
        return r.id;
    if (role == Qt::ForegroundRole) {
        if ((index.column() == Round1 && !r.isCoveredInRound1) || (index.column() == Round2 && !r.isCoveredInRound2))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == OpenHazards)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case PlatformNo: return r.platformNo;
    case PermitNo: return r.permitNo;
    case Jurisdiction: return r.jurisdictionName;
    case Park: return r.parkName;
    case Category: return DomainLabels::projectCategory(r.category);
    case Status: return DomainLabels::projectStatus(r.status);
    case Round1: return r.isCoveredInRound1 ? tr("Covered") : tr("Not yet");
    case Round2: return r.isCoveredInRound2 ? tr("Covered") : tr("Not yet");
    case OpenHazards: return r.openHazards;
    default: return {};
    }
}

QVariant ProjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Project");
    case PlatformNo: return tr("Platform no.");
    case PermitNo: return tr("Permit no.");
    case Jurisdiction: return tr("City/county");
    case Park: return tr("Park");
    case Category: return tr("Category");
    case Status: return tr("Status");
    case Round1: return tr("Round 1");
    case Round2: return tr("Round 2");
    case OpenHazards: return tr("Open hazards");
    default: return {};
    }
}

} // namespace sitesafe
