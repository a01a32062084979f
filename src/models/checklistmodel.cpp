#include "checklistmodel.h"

#include <QBrush>
#include <QColor>

#include "checklistloader.h"
#include "sqlworker.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr quintptr kSectionId = 0; // internal id of a section; items carry their section index + 1
}

ChecklistModel::ChecklistModel(SqlWorker *worker, QObject *parent)
    : QAbstractItemModel(parent)
    , m_worker(worker)
{ }

void ChecklistModel::load(const QString &inspectionId)
{
    m_requestedId = inspectionId;
    m_worker->post<ChecklistData>(
        this, [inspectionId](ReadConnection db) { return ChecklistLoader(db).load(inspectionId); },
        [this, inspectionId](ChecklistData data) {
            if (inspectionId != m_requestedId)
                return;
            beginResetModel();
            m_data = std::move(data);
            m_byCode.clear();
            m_position.clear();
            for (int i = 0; i < m_data.items.size(); ++i)
                m_byCode.insert(m_data.items.at(i).code, i);
            for (int s = 0; s < m_data.sections.size(); ++s) {
                const QList<int> &items = m_data.sections.at(s).items;
                for (int r = 0; r < items.size(); ++r)
                    m_position.insert(items.at(r), {s, r});
            }
            m_isLoaded = m_data.isFound;
            endResetModel();
            if (!m_data.error.isEmpty())
                Q_EMIT loadFailed(m_data.error);
            else if (!m_data.isFound)
                Q_EMIT loadFailed(tr("This inspection is not in the data folder."));
            else
                Q_EMIT loaded();
        });
}

int ChecklistModel::itemIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId)
        return -1;
    const ChecklistSection &section = m_data.sections.at(int(index.internalId() - 1));
    return section.items.value(index.row(), -1);
}

QModelIndex ChecklistModel::indexOfItem(int itemIndex, int column) const
{
    const auto it = m_position.constFind(itemIndex);
    if (it == m_position.constEnd())
        return {};
    return createIndex(it->second, column, quintptr(it->first + 1));
}

int ChecklistModel::answeredCount() const
{
    int count = 0;
    for (const ChecklistItem &item : m_data.items)
        count += item.result.isEmpty() ? 0 : 1;
    return count;
}

int ChecklistModel::firstUnanswered() const
{
    for (const ChecklistSection &section : m_data.sections) {
        for (int i : section.items) {
            if (m_data.items.at(i).result.isEmpty())
                return i;
        }
    }
    return -1;
}

void ChecklistModel::setAnswer(const QString &itemCode, const QString &result, const QString &note, double deduction)
{
    const int i = itemIndex(itemCode);
    if (i < 0)
        return;
    ChecklistItem &item = m_data.items[i];
    item.result = result;
    item.note = note;
    item.deduction = deduction;
    Q_EMIT dataChanged(indexOfItem(i, 0), indexOfItem(i, ColumnCount - 1));
    const QModelIndex section = index(m_position.value(i).first, 0);
    Q_EMIT dataChanged(section, index(section.row(), ColumnCount - 1));
    Q_EMIT answersChanged();
}

QHash<QString, ItemMark> ChecklistModel::marks() const
{
    QHash<QString, ItemMark> marks;
    for (const ChecklistItem &item : m_data.items) {
        if (item.isCriterion || item.result.isEmpty())
            continue;
        ItemMark mark;
        mark.isMissing = item.result == u"not_applicable"_s;
        mark.deducted = mark.isMissing ? 0 : item.deduction;
        marks.insert(item.code, mark);
    }
    return marks;
}

QStringList ChecklistModel::sheetCodes() const
{
    QStringList codes;
    for (const QString &code : m_data.inspection.checklists) {
        if (!code.startsWith(u'V'))
            codes.append(code);
    }
    return codes;
}

QString ChecklistModel::resultLabel(const QString &result)
{
    if (result == u"pass"_s)
        return tr("Pass");
    if (result == u"fail"_s)
        return tr("Fail");
    if (result == u"not_applicable"_s)
        return tr("Not applicable");
    return {};
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_data.sections.size() ? createIndex(row, column, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || row >= m_data.sections.at(parent.row()).items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_data.sections.size());
    if (parent.internalId() == kSectionId && parent.column() == 0)
        return int(m_data.sections.at(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kSectionId)
        return sectionData(index.row(), index.column(), role);
    return itemData(itemIndex(index), index.column(), role);
}

QVariant ChecklistModel::sectionData(int section, int column, int role) const
{
    const ChecklistSection &s = m_data.sections.at(section);
    if (role == ItemIndexRole)
        return -1;
    if (role != Qt::DisplayRole)
        return {};
    if (column == CodeColumn)
        return s.code;
    if (column == TextColumn)
        return s.title;
    if (column == ResultColumn) {
        int answered = 0;
        for (int i : s.items)
            answered += m_data.items.at(i).result.isEmpty() ? 0 : 1;
        return tr("%1 / %2").arg(answered).arg(s.items.size());
    }
    return {};
}

QVariant ChecklistModel::itemData(int itemIndex, int column, int role) const
{
    if (itemIndex < 0)
        return {};
    const ChecklistItem &item = m_data.items.at(itemIndex);
    switch (role) {
    case ItemIndexRole:
        return itemIndex;
    case ResultRole:
        return item.result;
    case UncertainRole:
        return item.isUncertain;
    case Qt::ToolTipRole:
        if (column == TextColumn && item.isUncertain)
            return item.isCriterion ? tr("The wording of this item is not verified against the official text.")
                                    : tr("The points of this item are not verified against the standard.");
        return {};
    case Qt::ForegroundRole:
        if (column == ResultColumn && item.result == u"fail"_s)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case CodeColumn:
        return item.code;
    case TextColumn:
        if (!item.isUncertain)
            return item.text;
        return item.isCriterion ? tr("%1 [wording uncertain]").arg(item.text)
                                : tr("%1 [points unverified]").arg(item.text);
    case ResultColumn:
        return resultLabel(item.result);
    case DeductionColumn:
        if (item.isCriterion)
            return {};
        return item.deduction > 0 ? tr("−%1 of %2").arg(item.deduction).arg(item.points) : QString::number(item.points);
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Item");
    case TextColumn:
        return tr("Check");
    case ResultColumn:
        return tr("Answer");
    case DeductionColumn:
        return tr("Points");
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace sitesafe
