#pragma once

#include <QWidget>

#include "reports/ledgersheet.h"

class QComboBox;
class QLabel;
class QTableView;

namespace sitesafe {

class DataFolderSession;
class JurisdictionCombo;
class LedgerSheetModel;
class SqlWorker;

/// 台账: the three ledgers (重大事故隐患, 非亡人事故, 重大险情) for a month in China time and a 市县 or park, read by
/// LedgerReader on the worker thread (so the rules are the exports'), with export to XLSX, CSV and PDF, and printing.
class LedgersPage final : public QWidget
{
    Q_OBJECT

public:
    /// `worker` reads the store; `today` picks the default month (the previous one: the report due by the 1st).
    LedgersPage(SqlWorker &worker, QDate today, QWidget *parent = nullptr);

    void reload();
    void setPeriod(const LedgerPeriod &period);
    void setKind(LedgerKind kind);
    void setJurisdiction(const QString &code);
    bool isReady() const { return m_isReady; }
    LedgerSheetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *countLabel() const { return m_countLabel; }
    /// Writes the ledger shown to `path` (.xlsx, .csv or .pdf); the error sentence, empty on success.
    QString exportTo(const QString &path) const;

Q_SIGNALS:
    void loaded();

private:
    void fillChoices(QDate today);
    void askExport(const QString &suffix);
    /// 重大事故隐患台账-2026-11-海口市: the file name offered for the ledger shown.
    QString suggestedName() const;

    SqlWorker &m_worker;
    QComboBox *m_kind = nullptr;
    QComboBox *m_period = nullptr;
    JurisdictionCombo *m_place = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_rulesLabel = nullptr;
    QTableView *m_view = nullptr;
    LedgerSheetModel *m_model = nullptr;
    quint64 m_generation = 0;
    bool m_isReady = false;
};

} // namespace sitesafe
