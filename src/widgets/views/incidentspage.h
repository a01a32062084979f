#pragma once

#include <QTimer>

#include "ledgerpage.h"

namespace sitesafe {

class IncidentListModel;

/// 事故: the incident ledger with the national-platform deadline running live. A timer re-reads the session's
/// clock once a minute (tick()) and moves the list's countdown column and the summary above it ("剩余 hh:mm"
/// for the nearest deadline, 迟报 in red for missed ones). Tests set the injected clock and call tick().
class IncidentsPage final : public LedgerPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPage)

public:
    static constexpr int kTickMs = 60'000;

    explicit IncidentsPage(DataFolderSession &session, QWidget *parent = nullptr);
    ~IncidentsPage() override;

    IncidentListModel *model() const;
    const QTimer &clockTimer() const { return m_clockTimer; }
    QLabel *deadlineLabel() const { return m_deadlineLabel; }
    /// Re-reads the clock: the countdown column and the summary follow.
    void tick();

protected:
    QDialog *makeForm(const QString &id) override;
    QString savedId(QDialog *form) const override;
    QString countText(int rows) const override;
    void afterLoad() override;

private:
    void updateSummary();

    QTimer m_clockTimer;
    QLabel *m_deadlineLabel = nullptr;
};

} // namespace sitesafe
