#pragma once

#include <QJsonObject>
#include <QWidget>

#include "figurestable.h"
#include "reports/ledgerperiod.h"
#include "reports/ledgersheet.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sitesafe {

class DataFolderSession;
class JurisdictionCombo;
class SqlWorker;

/// 月报: the monthly report of a 市县 or park for a month (MonthlyReport's figures, computed on the worker),
/// reviewed on screen and submitted as a `monthly_reports` record that syncs. The report for a month is due before
/// the 1st of the next (每月1日前报送); the page says whether it is submitted, when, and whether late (迟报), or
/// overdue while not submitted.
class MonthlyReportPage final : public QWidget
{
    Q_OBJECT

public:
    MonthlyReportPage(DataFolderSession &session, SqlWorker &worker, QWidget *parent = nullptr);

    void reload();
    void setPeriod(const LedgerPeriod &period);
    void setJurisdiction(const QString &code);
    bool isReady() const { return m_isReady; }
    const QJsonObject &figures() const { return m_figures; }
    FiguresTable *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *submitButton() const { return m_submit; }
    /// Writes the report with its three ledgers to `path` (.xlsx or .pdf); the error sentence, empty on success.
    QString exportTo(const QString &path) const;
    /// The report and its ledgers as shown: what export and print write.
    const QList<LedgerSheet> &document() const { return m_document; }
    QString documentTitle() const;
    /// Submits the figures shown; the error sentence, empty on success.
    QString submit();

Q_SIGNALS:
    void loaded();

private:
    LedgerPeriod period() const;
    void showStatus();
    QString suggestedName() const;

    DataFolderSession &m_session;
    SqlWorker &m_worker;
    QComboBox *m_period = nullptr;
    JurisdictionCombo *m_place = nullptr;
    FiguresTable *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_submit = nullptr;
    QJsonObject m_figures;
    QList<LedgerSheet> m_document;
    quint64 m_generation = 0;
    bool m_isReady = false;
};

} // namespace sitesafe
