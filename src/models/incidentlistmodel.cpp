#include "incidentlistmodel.h"

#include <QBrush>
#include <QColor>

#include "core/accidentlevel.h"
#include "core/domainlabels.h"
#include "core/incidentdeadline.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
enum Sql { Id, ProjectId, OccurredAt, ProjectName, KindCode, Deaths, Serious, Minor, Missing, Loss, UnitReportedAt,
           PlatformReportedAt, SummaryText, SqlCount };

IncidentDeadline deadlineOf(const QVariantList &v)
{
    return IncidentDeadline(SqlValues::toTime(v.at(OccurredAt)), SqlValues::toTime(v.at(PlatformReportedAt)),
                            SqlValues::toTime(v.at(UnitReportedAt)));
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}
} // namespace

IncidentListModel::IncidentListModel(const QString &databasePath, const QDateTime &now, QObject *parent)
    : LedgerTableModel(databasePath, SqlCount, parent), m_now(now)
{
    reload();
}

IncidentListModel::~IncidentListModel() = default;

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentListModel::selectSql(const QString &projectCondition) const
{
    return u"SELECT i.id, i.project_id, i.occurred_at, p.name, i.kind, i.deaths, i.serious_injuries, "
           "i.minor_injuries, i.missing, i.direct_loss, i.unit_reported_at, i.platform_reported_at, i.summary "
           "FROM incidents i JOIN projects p ON p.id = i.project_id WHERE "_s
        + projectCondition + u" ORDER BY i.occurred_at DESC, i.id DESC"_s;
}

void IncidentListModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, UnitReport), index(rowCount() - 1, PlatformReport));
}

int IncidentListModel::countingRows(qint64 *leastRemainingSecs) const
{
    int counting = 0;
    qint64 least = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const IncidentDeadline d = deadlineOf(values(row));
        if (d.state(m_now) != IncidentDeadline::State::Counting)
            continue;
        const qint64 remaining = d.remainingSecs(m_now);
        least = counting == 0 ? remaining : qMin(least, remaining);
        ++counting;
    }
    if (leastRemainingSecs)
        *leastRemainingSecs = least;
    return counting;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &v = values(index.row());
    const IncidentDeadline deadline = deadlineOf(v);
    const int deaths = v.at(Deaths).toInt();
    switch (role) {
    case IdRole: return v.at(Id);
    case ProjectIdRole: return v.at(ProjectId);
    case IsLateRole: return deadline.isLate(m_now);
    case IsCountingRole: return deadline.state(m_now) == IncidentDeadline::State::Counting;
    case RemainingSecsRole: return deadline.remainingSecs(m_now);
    case Qt::ForegroundRole:
        if (index.column() == PlatformReport && deadline.isLate(m_now))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == PlatformReport && deadline.state(m_now) == IncidentDeadline::State::Counting)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (index.column() == UnitReport && deadline.isUnitReportLate(m_now))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Casualties && deaths > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    default: break;
    }
    if (role == Qt::ToolTipRole && index.column() == PlatformReport)
        return tr("Due on the national platform by %1").arg(localTime(deadline.platformDue()));
    if (role == Qt::ToolTipRole && index.column() == Casualties && deaths > 0)
        return tr("Fatal: not part of the non-fatal incident (非亡人事故) ledger.");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Occurred: return localTime(SqlValues::toTime(v.at(OccurredAt)));
    case Project: return v.at(ProjectName);
    case Kind: return DomainLabels::incidentKind(v.at(KindCode).toString());
    case Casualties: {
        QStringList parts;
        if (deaths > 0)
            parts << tr("%1 dead").arg(deaths);
        if (v.at(Serious).toInt() > 0)
            parts << tr("%1 seriously injured").arg(v.at(Serious).toInt());
        if (v.at(Minor).toInt() > 0)
            parts << tr("%1 slightly injured").arg(v.at(Minor).toInt());
        if (v.at(Missing).toInt() > 0)
            parts << tr("%1 missing").arg(v.at(Missing).toInt());
        return parts.isEmpty() ? tr("None") : parts.join(tr(", "));
    }
    case Level:
        return AccidentLevel::label(AccidentLevel::of(deaths, v.at(Serious).toInt(), v.at(Loss).toDouble()));
    case UnitReport: {
        const QDateTime at = SqlValues::toTime(v.at(UnitReportedAt));
        if (!at.isValid())
            return deadline.isUnitReportLate(m_now) ? tr("Not reported (over 1 hour)") : tr("Not yet");
        const qint64 minutes = SqlValues::toTime(v.at(OccurredAt)).secsTo(at) / 60;
        return deadline.isUnitReportLate(m_now) ? tr("After %1 min (late)").arg(minutes)
                                                : tr("After %1 min").arg(minutes);
    }
    case PlatformReport: return deadline.statusText(m_now);
    case Summary: return v.at(SummaryText);
    default: return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LedgerTableModel::headerData(section, orientation, role);
    switch (section) {
    case Occurred: return tr("Occurred");
    case Project: return tr("Project");
    case Kind: return tr("Kind");
    case Casualties: return tr("Casualties");
    case Level: return tr("Level");
    case UnitReport: return tr("Unit's report (1 h)");
    case PlatformReport: return tr("National platform (48 h)");
    case Summary: return tr("What happened");
    default: return {};
    }
}

} // namespace sitesafe
