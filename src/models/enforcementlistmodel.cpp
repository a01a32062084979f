#include "enforcementlistmodel.h"

#include "core/enforcementkinds.h"
#include "core/violationtypes.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
enum Sql { Id, ProjectId, DecidedOn, ProjectName, EnterpriseName, PersonName, KindCode, ViolationCode, DocumentNo,
           Amount, Points, DecidedByText, SqlCount };
} // namespace

EnforcementListModel::EnforcementListModel(const QString &databasePath, QObject *parent)
    : LedgerTableModel(databasePath, SqlCount, parent)
{
    reload();
}

EnforcementListModel::~EnforcementListModel() = default;

int EnforcementListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EnforcementListModel::selectSql(const QString &projectCondition) const
{
    return u"SELECT a.id, a.project_id, a.decided_on, p.name, e.name, pe.name, a.kind, a.violation_code, "
           "a.document_no, a.amount, a.points, a.decided_by FROM enforcement_actions a "
           "JOIN projects p ON p.id = a.project_id LEFT JOIN enterprises e ON e.id = a.enterprise_id "
           "LEFT JOIN people pe ON pe.id = a.person_id WHERE "_s
        + projectCondition + u" ORDER BY a.decided_on DESC, a.created_at DESC, a.id DESC"_s;
}

QVariant EnforcementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &v = values(index.row());
    if (role == IdRole)
        return v.at(Id);
    if (role == ProjectIdRole)
        return v.at(ProjectId);
    if (role == Qt::TextAlignmentRole && index.column() == Penalty)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Violation)
        return ViolationTypes::legalNote(v.at(ViolationCode).toString());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Decided: return SqlValues::toDate(v.at(DecidedOn)).toString(u"yyyy-MM-dd"_s);
    case Project: return v.at(ProjectName);
    case Addressee: {
        const QString person = v.at(PersonName).toString();
        const QString enterprise = v.at(EnterpriseName).toString();
        if (!person.isEmpty() && !enterprise.isEmpty())
            return tr("%1 (%2)").arg(person, enterprise);
        return person.isEmpty() ? enterprise : person;
    }
    case Kind: return EnforcementKinds::label(v.at(KindCode).toString());
    case Violation: {
        const QString code = v.at(ViolationCode).toString();
        return code.isEmpty() ? QString() : ViolationTypes::label(code);
    }
    case Document: return v.at(DocumentNo);
    case Penalty: {
        if (v.at(Points).toInt() > 0)
            return tr("%1 points").arg(v.at(Points).toInt());
        if (v.at(Amount).toDouble() > 0)
            return tr("%1 × 10,000 yuan").arg(v.at(Amount).toDouble(), 0, 'f', 1);
        return QString();
    }
    case DecidedBy: return v.at(DecidedByText);
    default: return {};
    }
}

QVariant EnforcementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LedgerTableModel::headerData(section, orientation, role);
    switch (section) {
    case Decided: return tr("Decided on");
    case Project: return tr("Project");
    case Addressee: return tr("Addressed to");
    case Kind: return tr("Action");
    case Violation: return tr("Violation");
    case Document: return tr("Document no.");
    case Penalty: return tr("Amount / points");
    case DecidedBy: return tr("Decided by");
    default: return {};
    }
}

} // namespace sitesafe
