#pragma once

#include <QDateTime>

#include "ledgertablemodel.h"

namespace sitesafe {

/// 事故: the incidents, newest first, with the national-platform deadline (48 hours) as a live column: "剩余
/// hh:mm" while it runs, 迟报 in red once missed, "Reported" after. The countdown is computed for the instant
/// given to setNow() (the page re-reads its injected clock once a minute), never read from the system clock.
/// Incidents with deaths are listed but marked as outside the 非亡人事故 ledger.
class IncidentListModel final : public LedgerTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentListModel)

public:
    enum Column { Occurred, Project, Kind, Casualties, Level, UnitReport, PlatformReport, Summary, ColumnCount };
    enum IncidentRole { IsLateRole = ProjectIdRole + 1, IsCountingRole, RemainingSecsRole };

    /// `now`: the instant the countdown starts from.
    IncidentListModel(const QString &databasePath, const QDateTime &now, QObject *parent = nullptr);
    ~IncidentListModel() override;

    /// Moves the countdown to `now`; only the report columns change.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    /// Rows still counting down (not reported, deadline ahead) and the least time left among them (seconds).
    int countingRows(qint64 *leastRemainingSecs = nullptr) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QString selectSql(const QString &projectCondition) const override;

private:
    QDateTime m_now;
};

} // namespace sitesafe
