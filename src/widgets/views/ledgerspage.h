#pragma once

#include <QWidget>

#include "reports/ledgersheet.h"

class QComboBox;
class QLabel;
class QTableView;

namespace sitesafe {

class JurisdictionCombo;
class LedgerSheetModel;
class SqlWorker;

/// 台账: the three ledgers (重大事故隐患, 非亡人事故, 重大险情) for a month in China time and a 市县 or park, filtered
/// by status, and the running list of major hazards not yet closed (销号), read by LedgerReader on the worker thread
/// in windows (LedgerSheetModel) so the rules are the exports' and a province's rows never block the window. Export
/// to XLSX, CSV and PDF, and printing, read the whole ledger on the worker first.
class LedgersPage final : public QWidget
{
    Q_OBJECT

public:
    /// `worker` reads the store; `today` picks the default month (the previous one: the report due by the 1st).
    LedgersPage(SqlWorker &worker, QDate today, QWidget *parent = nullptr);

    void reload();
    void setPeriod(const LedgerPeriod &period);
    void setKind(LedgerKind kind);
    /// The running list of major hazards not yet closed (the month is not used).
    void showRunningList();
    /// Only these status codes (LedgerReader::statusCodes); empty: every status.
    void setStatus(const QString &status);
    void setJurisdiction(const QString &code);
    bool isReady() const;
    LedgerSheetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_countLabel; }
    QComboBox *statusCombo() const { return m_status; }
    /// Reads the whole ledger shown on the worker and writes it to `path` (.xlsx, .csv or .pdf); exported() says
    /// how it went.
    void exportTo(const QString &path);

Q_SIGNALS:
    void loaded();
    /// An export finished: `error` is the sentence, empty on success.
    void exported(const QString &path, const QString &error);

private:
    void fillChoices(QDate today);
    void fillStatuses();
    LedgerQuery currentQuery() const;
    void askExport(const QString &suffix);
    /// Reads the whole ledger shown, then hands it to `use` (on this thread), or shows why it could not be read.
    void withWholeSheet(std::function<void(const LedgerSheet &, const QString &error)> use);
    /// 重大事故隐患台账-2026-11-海口市: the file name offered for the ledger shown.
    QString suggestedName() const;

    SqlWorker &m_worker;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_status = nullptr;
    JurisdictionCombo *m_place = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QTableView *m_view = nullptr;
    LedgerSheetModel *m_model = nullptr;
};

} // namespace sitesafe
