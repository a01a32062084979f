#pragma once

#include <memory>

#include <QDate>
#include <QTimer>
#include <QWidget>

#include "models/hazardfilter.h"

class QTableView;

namespace Ui {
class HazardsPage;
}

namespace sitesafe {

class DataFolderSession;
class HazardActions;
class HazardDetailPane;
class HazardTableModel;
class HighlightDelegate;
class SqlWorker;

/// 隐患: the hazard list with its filters (status, major/general, overdue, criterion article, 市县, project,
/// deadline range, found-by) and full-text search with the matched words highlighted, sortable on every column,
/// multi-select, and the detail of the current hazard beside it. Everything reads off the UI thread. The number
/// column carries each row's sync badge (not yet on the server, conflict, refused), refreshed with reload().
class HazardsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HazardsPage)

public:
    HazardsPage(const QString &databasePath, const QString &blobRoot, QDate today, QWidget *parent = nullptr);
    ~HazardsPage() override;

    HazardTableModel *model() const { return m_model; }
    QTableView *view() const;
    HazardDetailPane *detailPane() const;
    /// The filter the controls describe now.
    HazardFilter currentFilter() const;
    /// True once the filter choices (市县, articles, inspectors) are in the boxes.
    bool hasChoices() const { return m_hasChoices; }

    /// Turns on the steps of the hazard loop (HazardActions): buttons in the detail pane, the list's context menu
    /// and shortcuts (Ctrl+R report, Ctrl+I re-inspect, Ctrl+Shift+X 销号, Ctrl+E extend, Ctrl+M comment), each an
    /// undoable command on the session's stack. Without a session the page only reads.
    void setSession(DataFolderSession &session);
    HazardActions *actions() const { return m_actions; }

    void showProjectHazards(const QString &projectId, const QString &projectName);
    void showHazard(const QString &hazardId);
    /// The reminders' lists, from any filter, judged on `today` (the day may have turned since the page opened):
    /// the overdue hazards, or those due today or tomorrow and still open or rectifying.
    void showOverdue(QDate today);
    void showDueSoon(QDate today);
    void focusSearch();
    void resetFilters();
    void reload();
    /// Copies the selected rows (loaded ones) as tab-separated text, for pasting into a spreadsheet.
    void copySelection();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void projectRequested(const QString &projectId);
    void choicesLoaded();
    /// "Issue notice…" on these hazards (the selected rows, or the hazard shown): the notice dialog takes over.
    void noticeRequested(const QStringList &hazardIds);

private:
    void keepHazardThroughReload(const QString &hazardId);
    void restoreKeptHazard();
    void fillFixedChoices();
    void loadChoices();
    void applyFilters();
    /// Every filter control back to "no restriction", without reloading.
    void clearFilterControls();
    void updateCountLabel();
    QStringList selectedHazardIds() const;

    std::unique_ptr<Ui::HazardsPage> m_ui;
    SqlWorker *m_worker = nullptr;
    HazardTableModel *m_model = nullptr;
    HighlightDelegate *m_highlight = nullptr;
    HazardActions *m_actions = nullptr;
    QTimer m_searchDelay;
    QDate m_today;
    QString m_projectId;
    /// The hazard a step was just recorded on, and its row: shown again once the list has reloaded (a reload
    /// resets the model, which would otherwise move the detail pane to the first row).
    QString m_keptHazardId;
    int m_keptRow = -1;
    QString m_projectName;
    bool m_hasChoices = false;
};

} // namespace sitesafe
