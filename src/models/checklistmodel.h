#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include "checklistdata.h"
#include "core/jgj59scorer.h"

namespace sitesafe {

class SqlWorker;

/// The checklist of one inspection as a two-level tree: sections (criteria articles, JGJ 59 sheets) with their
/// items, each with its current answer. Loaded off the UI thread (ChecklistLoader on a SqlWorker); afterwards the
/// runner's commands tell it each answer they wrote (setAnswer), so the view never waits for a reload.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)

public:
    enum Column { CodeColumn, TextColumn, ResultColumn, DeductionColumn, ColumnCount };
    enum Role { ItemIndexRole = Qt::UserRole + 1, ResultRole, UncertainRole };

    /// `worker` must outlive the model.
    explicit ChecklistModel(SqlWorker *worker, QObject *parent = nullptr);

    void load(const QString &inspectionId);
    bool isLoaded() const { return m_isLoaded; }
    const ChecklistData &checklist() const { return m_data; }

    int itemCount() const { return int(m_data.items.size()); }
    const ChecklistItem &item(int index) const { return m_data.items.at(index); }
    int itemIndex(const QString &code) const { return m_byCode.value(code, -1); }
    /// The item a view index shows; -1 for a section heading.
    int itemIndex(const QModelIndex &index) const;
    QModelIndex indexOfItem(int itemIndex, int column = 0) const;
    int answeredCount() const;
    /// The first item without an answer, in checklist order; -1 when all are answered.
    int firstUnanswered() const;

    /// The item's answer as now stored; an empty result means unanswered (never answered or withdrawn).
    void setAnswer(const QString &itemCode, const QString &result, const QString &note, double deduction);

    /// What the JGJ 59 scorer needs: deductions of answered sheet items, not-applicable items as missing (缺项).
    QHash<QString, ItemMark> marks() const;
    /// The JGJ 59 sheets this inspection walks.
    QStringList sheetCodes() const;

    static QString resultLabel(const QString &result);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    /// An answer changed (after setAnswer): progress and score need a refresh.
    void answersChanged();

private:
    QVariant sectionData(int section, int column, int role) const;
    QVariant itemData(int itemIndex, int column, int role) const;

    SqlWorker *m_worker;
    ChecklistData m_data;
    QHash<QString, int> m_byCode;
    QHash<int, QPair<int, int>> m_position; ///< item index → (section, row in section)
    QString m_requestedId;
    bool m_isLoaded = false;
};

} // namespace sitesafe
