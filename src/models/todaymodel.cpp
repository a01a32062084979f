#include "todaymodel.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>
#include <QFont>

#include "core/domainlabels.h"
#include "coveragequery.h"
#include "sqlworker.h"
#include "storage/readquery.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// Runs `select` twice: once as count(*), once with LIMIT, sharing the same conditions and values.
qint64 countOf(ReadConnection db, const QString &from, const QVariantList &values)
{
    ReadQuery q(db);
    q.prepare(u"SELECT count(*) "_s + from);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

ReadQuery listOf(ReadConnection db, const QString &columns, const QString &from, const QString &order,
                 const QVariantList &values, int limit)
{
    ReadQuery q(db);
    q.prepare(u"SELECT "_s + columns + u" "_s + from + u" ORDER BY "_s + order + u" LIMIT ?"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.exec();
    return q;
}

TodaySection hazardSection(ReadConnection db, TodaySection::Kind kind, const QString &condition,
                           const QVariantList &values, const QString &order, bool urgent, int limit)
{
    TodaySection s;
    s.kind = kind;
    const QString from = u"FROM hazards h JOIN projects p ON p.id = h.project_id "
                         "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code WHERE "_s
        + condition;
    s.total = countOf(db, from, values);
    ReadQuery q = listOf(db, u"h.id, h.description, p.name, coalesce(j.name, ''), h.effective_deadline, h.is_major"_s,
                         from, order, values, limit);
    while (q.next()) {
        TodayEntry e;
        e.kind = TodayEntry::Kind::Hazard;
        e.id = q.value(0).toString();
        e.title = (q.value(5).toInt() != 0 ? TodayModel::tr("[Major] ") : QString()) + q.value(1).toString();
        e.detail = u"%1 · %2"_s.arg(q.value(3).toString(), q.value(2).toString());
        e.date = q.value(4).toString();
        e.isUrgent = urgent || q.value(5).toInt() != 0;
        s.entries.append(e);
    }
    return s;
}
} // namespace

TodayModel::TodayModel(const QString &databasePath, QObject *parent)
    : QAbstractItemModel(parent), m_worker(new SqlWorker(databasePath, this))
{
}

TodayModel::~TodayModel() = default;

TodayData TodayModel::load(ReadConnection db, const QString &jurisdictionCode, const QDateTime &now, int limit)
{
    TodayData data;
    const QString today = now.toLocalTime().date().toString(Qt::ISODate);
    const QString soon = now.toLocalTime().date().addDays(kDueSoonDays).toString(Qt::ISODate);
    QString scope;
    QVariantList scopeValues;
    if (!jurisdictionCode.isEmpty()) {
        scope = u" AND (p.jurisdiction_code = ? OR p.park_code = ?)"_s;
        scopeValues << jurisdictionCode << jurisdictionCode;
    }

    data.sections << hazardSection(db, TodaySection::Kind::Overdue,
                                   u"h.status IN ('open', 'rectifying') AND h.effective_deadline < ?"_s + scope,
                                   QVariantList{today} + scopeValues, u"h.effective_deadline, h.seq"_s, true, limit);
    data.sections << hazardSection(db, TodaySection::Kind::DueSoon,
                                   u"h.status IN ('open', 'rectifying') AND h.effective_deadline >= ? "
                                   "AND h.effective_deadline <= ?"_s
                                       + scope,
                                   QVariantList{today, soon} + scopeValues, u"h.effective_deadline, h.seq"_s, false,
                                   limit);
    data.sections << hazardSection(db, TodaySection::Kind::ReinspectionDue, u"h.status = 'reported'"_s + scope,
                                   scopeValues, u"h.effective_deadline, h.seq"_s, false, limit);

    // Incidents not yet reported to the national platform: the 48-hour clock runs from the occurrence.
    {
        TodaySection s;
        s.kind = TodaySection::Kind::IncidentReports;
        const QString from = u"FROM incidents i JOIN projects p ON p.id = i.project_id "
                             "LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
                             "WHERE i.platform_reported_at IS NULL"_s
            + scope;
        s.total = countOf(db, from, scopeValues);
        ReadQuery q = listOf(db, u"i.id, i.kind, i.summary, p.name, coalesce(j.name, ''), i.occurred_at"_s, from,
                             u"i.occurred_at"_s, scopeValues, limit);
        while (q.next()) {
            TodayEntry e;
            e.kind = TodayEntry::Kind::Incident;
            e.id = q.value(0).toString();
            e.title = tr("%1: %2").arg(DomainLabels::incidentKind(q.value(1).toString()), q.value(2).toString());
            e.detail = u"%1 · %2"_s.arg(q.value(4).toString(), q.value(3).toString());
            const QDateTime occurred = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
            const QDateTime due = occurred.addSecs(qint64(kIncidentReportHours) * 3600);
            const qint64 hoursLeft = now.secsTo(due) / 3600;
            e.date = hoursLeft >= 0 ? tr("Report due %1 (%2 h left)").arg(DomainLabels::localDateTime(due.toString(Qt::ISODateWithMs))).arg(hoursLeft)
                                    : tr("Report overdue since %1").arg(DomainLabels::localDateTime(due.toString(Qt::ISODateWithMs)));
            e.isUrgent = hoursLeft < 12;
            s.entries.append(e);
        }
        data.sections << s;
    }

    // Coverage of the campaign holding the day, and the projects under construction not yet covered in the round in
    // progress: the round whose deadline is still ahead (the second once both passed), or without a campaign the
    // highest round begun. Covered means a signed inspection of the round in the campaign (CoverageQuery).
    {
        data.coverage = CoverageQuery::load(db, jurisdictionCode, now.toLocalTime().date());
        if (const auto daysLeft = data.coverage.daysLeft(1)) {
            data.round = *daysLeft >= 0 ? 1 : 2;
        } else {
            ReadQuery round(db);
            if (round.exec(u"SELECT coalesce(max(round), 1) FROM inspections WHERE kind = 'round'"_s) && round.next())
                data.round = qMax(1, round.value(0).toInt());
            round.finish();
        }
        TodaySection s;
        s.kind = TodaySection::Kind::NotCovered;
        QVariantList values;
        const QString covered = CoverageQuery::coveredCondition(data.round, data.coverage.campaign, values);
        const QString from = u"FROM projects p LEFT JOIN jurisdictions j ON j.code = p.jurisdiction_code "
                             "WHERE p.status = 'under_construction' AND NOT "_s
            + covered + scope;
        values += scopeValues;
        s.total = countOf(db, from, values);
        ReadQuery q = listOf(db, u"p.id, p.name, coalesce(j.name, ''), p.platform_no, p.progress"_s, from,
                             u"p.jurisdiction_code, p.name"_s, values, limit);
        while (q.next()) {
            TodayEntry e;
            e.kind = TodayEntry::Kind::Project;
            e.id = q.value(0).toString();
            e.title = q.value(1).toString();
            e.detail = u"%1 · %2"_s.arg(q.value(2).toString(), q.value(4).toString());
            e.date = q.value(3).toString();
            s.entries.append(e);
        }
        data.sections << s;
    }
    return data;
}

QString TodayModel::sectionTitle(TodaySection::Kind kind, qint64 total, int round)
{
    switch (kind) {
    case TodaySection::Kind::Overdue: return tr("Overdue hazards (%1)").arg(total);
    case TodaySection::Kind::DueSoon: return tr("Deadlines in the next %1 days (%2)").arg(kDueSoonDays).arg(total);
    case TodaySection::Kind::ReinspectionDue: return tr("Re-inspections due (%1)").arg(total);
    case TodaySection::Kind::IncidentReports:
        return tr("Incidents awaiting the %1-hour platform report (%2)").arg(kIncidentReportHours).arg(total);
    case TodaySection::Kind::NotCovered: return tr("Projects not yet covered in round %1 (%2)").arg(round).arg(total);
    }
    return {};
}

void TodayModel::refresh(const QString &jurisdictionCode, const QDateTime &now)
{
    const quint64 generation = ++m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_worker->post<TodayData>(
        this, [jurisdictionCode, now](ReadConnection db) { return load(db, jurisdictionCode, now); },
        [this, generation, timer](TodayData data) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_data = std::move(data);
            m_isReady = true;
            endResetModel();
            Q_EMIT loaded(timer->elapsed());
        });
}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_data.sections.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_data.sections.at(parent.row()).entries.size());
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const TodaySection &s = m_data.sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole: return index.column() == Title ? sectionTitle(s.kind, s.total, m_data.round) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case SectionKindRole: return int(s.kind);
        case SectionTotalRole: return s.total;
        default: return {};
        }
    }
    const TodaySection &s = m_data.sections.at(int(index.internalId() - 1));
    const TodayEntry &e = s.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return e.title;
        case Detail: return e.detail;
        case Date: return e.date;
        default: return {};
        }
    case Qt::ToolTipRole: return e.title;
    case Qt::ForegroundRole: return e.isUrgent ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28))) : QVariant();
    case EntryKindRole: return int(e.kind);
    case RecordIdRole: return e.id;
    case SectionKindRole: return int(s.kind);
    case IsUrgentRole: return e.isUrgent;
    default: return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Item");
    case Detail: return tr("City/county · project");
    case Date: return tr("Due");
    default: return {};
    }
}

} // namespace sitesafe
