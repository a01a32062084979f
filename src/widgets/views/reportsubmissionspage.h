#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include "reports/ledgerperiod.h"
#include "reports/monthlysubmissions.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace sitesafe {

class DataFolderSession;
class SqlWorker;

/// 报送情况: the province's view of a month's reports (MonthlySubmissions, read on the worker): every 市县 and park
/// with on time, late (迟报), overdue or not yet due, a count of each, and a double-click that opens the place's
/// report. What is shown is what this computer has pulled; the line under the table says so.
class ReportSubmissionsPage final : public QWidget
{
    Q_OBJECT

public:
    ReportSubmissionsPage(DataFolderSession &session, SqlWorker &worker, QWidget *parent = nullptr);

    void reload();
    void setPeriod(const LedgerPeriod &period);
    bool isReady() const { return m_isReady; }
    const QList<MonthlySubmission> &rows() const { return m_rows; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void loaded();
    /// The report of `code` for `period` was asked for (double-click).
    void reportRequested(const QString &code, const LedgerPeriod &period);

protected:
    void showEvent(QShowEvent *event) override;

private:
    LedgerPeriod period() const;
    void showRows(const QList<MonthlySubmission> &rows);

    DataFolderSession &m_session;
    SqlWorker &m_worker;
    QComboBox *m_period = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QList<MonthlySubmission> m_rows;
    quint64 m_generation = 0;
    bool m_isReady = false;
};

} // namespace sitesafe
