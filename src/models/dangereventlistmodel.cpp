#include "dangereventlistmodel.h"

#include "core/dangerkinds.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
enum Sql { Id, ProjectId, OccurredAt, ProjectName, KindCode, PartText, IsEvacuated, ReportedAt, HazardText,
           DescriptionText, SqlCount };

QString localTime(const QVariant &stored)
{
    const QDateTime t = SqlValues::toTime(stored);
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}
} // namespace

DangerEventListModel::DangerEventListModel(const QString &databasePath, QObject *parent)
    : LedgerTableModel(databasePath, SqlCount, parent)
{
    reload();
}

DangerEventListModel::~DangerEventListModel() = default;

int DangerEventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DangerEventListModel::selectSql(const QString &projectCondition) const
{
    return u"SELECT d.id, d.project_id, d.occurred_at, p.name, d.kind, d.part, d.evacuated, d.reported_at, "
           "CASE WHEN h.id IS NULL THEN NULL ELSE coalesce(h.criteria_item || ' · ', '') || h.description END, "
           "d.description FROM danger_events d JOIN projects p ON p.id = d.project_id "
           "LEFT JOIN hazards h ON h.id = d.hazard_id WHERE "_s
        + projectCondition + u" ORDER BY d.occurred_at DESC, d.id DESC"_s;
}

QVariant DangerEventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &v = values(index.row());
    if (role == IdRole)
        return v.at(Id);
    if (role == ProjectIdRole)
        return v.at(ProjectId);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Occurred: return localTime(v.at(OccurredAt));
    case Project: return v.at(ProjectName);
    case Kind: return DangerKinds::label(v.at(KindCode).toString());
    case Part: return v.at(PartText);
    case Evacuated: return v.at(IsEvacuated).toInt() != 0 ? tr("Evacuated") : tr("No");
    case Reported: return localTime(v.at(ReportedAt));
    case Hazard: return v.at(HazardText);
    case Description: return v.at(DescriptionText);
    default: return {};
    }
}

QVariant DangerEventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LedgerTableModel::headerData(section, orientation, role);
    switch (section) {
    case Occurred: return tr("Occurred");
    case Project: return tr("Project");
    case Kind: return tr("Kind");
    case Part: return tr("Part of the works");
    case Evacuated: return tr("Workers evacuated");
    case Reported: return tr("Reported to the bureau");
    case Hazard: return tr("Hazard");
    case Description: return tr("What happened");
    default: return {};
    }
}

} // namespace sitesafe
