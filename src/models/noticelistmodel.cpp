#include "noticelistmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include "storage/readquery.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
NoticeListRow readRow(const ReadQuery &q)
{
    NoticeListRow row;
    row.id = q.value(0).toString();
    row.kind = q.value(1).toString();
    row.number = q.value(2).toString();
    row.projectId = q.value(3).toString();
    row.projectName = q.value(4).toString();
    row.recipientName = q.value(5).toString();
    row.issuedAt = SqlValues::toTime(q.value(6));
    row.deadline = SqlValues::toDate(q.value(7));
    row.status = q.value(8).toString();
    row.voidReason = q.value(9).toString();
    row.recipientSigner = q.value(10).toString();
    row.receivedAt = SqlValues::toTime(q.value(11));
    row.isRefused = q.value(12).toInt() != 0;
    row.hasPdf = q.value(13).toInt() != 0;
    return row;
}

QString errorText(const QString &driverError)
{
    return NoticeListModel::tr("The notice list could not be read (%1). Reopen the data folder; if it persists, "
                               "check it with sitesafe-cli check.")
        .arg(driverError);
}
} // namespace

NoticeListModel::NoticeListModel(const QString &databasePath, QObject *parent)
    : WindowedRowModel(databasePath, &readRow, &errorText, parent)
{
    load({});
}

NoticeListModel::~NoticeListModel() = default;

int NoticeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList NoticeListModel::kinds()
{
    return {u"rectification"_s, u"stop_work"_s, u"resume_work"_s, u"reinspection"_s, u"supervision"_s,
        u"enforcement_proposal"_s};
}

QString NoticeListModel::kindLabel(const QString &kind)
{
    if (kind == u"rectification")
        return tr("Rectification notice");
    if (kind == u"stop_work")
        return tr("Stop-work rectification notice");
    if (kind == u"resume_work")
        return tr("Resumption opinion");
    if (kind == u"reinspection")
        return tr("Re-inspection opinion");
    if (kind == u"supervision")
        return tr("Supervision notice");
    if (kind == u"enforcement_proposal")
        return tr("Enforcement proposal");
    return kind;
}

QString NoticeListModel::statusLabel(const QString &status)
{
    if (status == u"issued")
        return tr("Issued");
    if (status == u"voided")
        return tr("Voided");
    return status;
}

QString NoticeListModel::receiptLabel(const Row &row)
{
    if (row.isRefused)
        return tr("Refused to sign");
    if (!row.recipientSigner.isEmpty())
        return tr("Signed by %1, %2")
            .arg(row.recipientSigner, row.receivedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
    return tr("Not yet received");
}

QString NoticeListModel::selectSql(const NoticeFilter &f, QVariantList &values)
{
    QStringList conditions;
    if (!f.kind.isEmpty()) {
        conditions << u"n.kind = ?"_s;
        values << f.kind;
    }
    if (f.status == u"unreceived")
        conditions << u"n.status = 'issued' AND n.recipient_signer IS NULL AND n.is_refused = 0"_s;
    else if (f.status == u"refused")
        conditions << u"n.is_refused = 1"_s;
    else if (!f.status.isEmpty()) {
        conditions << u"n.status = ?"_s;
        values << f.status;
    }
    if (!f.projectId.isEmpty()) {
        conditions << u"n.project_id = ?"_s;
        values << f.projectId;
    }
    if (const QString text = f.searchText.trimmed(); !text.isEmpty()) {
        QString escaped = text;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions << u"(n.number LIKE ? ESCAPE '\\' OR p.name LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\')"_s;
        const QString contains = u"%"_s + escaped + u"%"_s;
        values << contains << contains << contains;
    }
    return u"SELECT n.id, n.kind, n.number, n.project_id, p.name, e.name, n.issued_at, n.deadline, n.status, "
           "n.void_reason, n.recipient_signer, n.received_at, n.is_refused, n.pdf_sha256 IS NOT NULL "
           "FROM notices n JOIN projects p ON p.id = n.project_id "
           "LEFT JOIN enterprises e ON e.id = n.recipient_enterprise_id"_s
        + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s))
        + orderBy();
}

QString NoticeListModel::orderBy()
{
    return u" ORDER BY n.issued_at DESC, n.id DESC"_s;
}

void NoticeListModel::setFilter(const NoticeFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    load({});
}

void NoticeListModel::reload(const QString &keepId)
{
    load(keepId);
}

void NoticeListModel::load(const QString &keepId)
{
    startReload(
        [filter = m_filter](const ReadConnection &) {
            WindowedListSql sql;
            sql.select = selectSql(filter, sql.values);
            sql.unordered = sql.select.chopped(orderBy().size());
            return sql;
        },
        keepId);
}

QVariant NoticeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *loaded = loadedRow(index.row());
    if (!loaded)
        return role == Qt::DisplayRole && index.column() == Project ? QVariant(tr("Loading…")) : QVariant();
    const Row &r = *loaded;
    const bool isVoided = r.status == u"voided";
    switch (role) {
    case NoticeIdRole:
        return r.id;
    case StatusCodeRole:
        return r.status;
    case KindCodeRole:
        return r.kind;
    case Qt::FontRole:
        if (isVoided) {
            QFont struck;
            struck.setStrikeOut(index.column() == Number);
            return struck;
        }
        return {};
    case Qt::ForegroundRole:
        if (isVoided)
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (index.column() == Receipt && r.isRefused)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        if (isVoided && index.column() == Status)
            return tr("Voided: %1").arg(r.voidReason);
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Kind:
        return kindLabel(r.kind);
    case Number:
        return r.number;
    case Project:
        return r.projectName;
    case Issued:
        return r.issuedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    case Deadline:
        return r.deadline.isValid() ? r.deadline.toString(u"yyyy-MM-dd"_s) : QString();
    case Status:
        return statusLabel(r.status);
    case Receipt:
        return receiptLabel(r);
    default:
        return {};
    }
}

QVariant NoticeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Number:
        return tr("Number");
    case Project:
        return tr("Project");
    case Issued:
        return tr("Issued on", "column: the day the notice was issued");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case Receipt:
        return tr("Receipt");
    default:
        return {};
    }
}

} // namespace sitesafe
