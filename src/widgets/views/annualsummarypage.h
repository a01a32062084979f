#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include "reports/annualsummary.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sitesafe {

class DataFolderSession;
class FiguresTable;
class JurisdictionCombo;
class SqlWorker;

/// 年度总结: the year-end work summary of a 市县 or park for a calendar year or a campaign (AnnualSummary, computed
/// on the worker): the figures, the text the bureau writes beside them, saved as a draft that syncs and submitted
/// as an `annual_summaries` record by 31 December; exported and printed with the three ledgers of the period.
class AnnualSummaryPage final : public QWidget
{
    Q_OBJECT

public:
    AnnualSummaryPage(DataFolderSession &session, SqlWorker &worker, QWidget *parent = nullptr);

    void reload();
    /// Chooses the period labelled `label` ("2026年度" or a campaign's name); false if there is none.
    bool choosePeriod(const QString &label);
    void setJurisdiction(const QString &code);
    bool isReady() const { return m_isReady; }
    const QJsonObject &figures() const { return m_figures; }
    const QList<LedgerSheet> &document() const { return m_document; }
    QString documentTitle() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *submitButton() const { return m_submit; }
    /// Saves the text as a draft, or submits figures and text; the error sentence, empty on success.
    QString save(bool isSubmitted);
    /// Writes the summary with its ledgers to `path` (.xlsx or .pdf); the error sentence, empty on success.
    QString exportTo(const QString &path) const;

Q_SIGNALS:
    void loaded();

private:
    void loadChoices();
    const AnnualSummary::Choice *choice() const;
    void showStatus();
    QList<LedgerSheet> documentWithText() const;

    DataFolderSession &m_session;
    SqlWorker &m_worker;
    QList<AnnualSummary::Choice> m_choices;
    QComboBox *m_period = nullptr;
    JurisdictionCombo *m_place = nullptr;
    FiguresTable *m_table = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_submit = nullptr;
    /// Text edited but not saved, by "place|first~last", kept while the choice changes so nothing typed is lost.
    QHash<QString, QString> m_unsaved;
    QString m_shownKey;
    QJsonObject m_figures;
    QList<LedgerSheet> m_document;
    quint64 m_generation = 0;
    bool m_isReady = false;
};

} // namespace sitesafe
