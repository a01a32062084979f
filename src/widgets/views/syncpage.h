#pragma once

#include "models/outboxmodel.h"

#include <QTimer>
#include <QWidget>

#include <memory>

class QTableView;
class QToolButton;
class QUndoStack;

namespace Ui {
class SyncPage;
}

namespace sitesafe {

class ConflictDialog;
class ConflictListModel;
class DataStore;
class SyncController;
struct SyncProgress;
struct SyncReport;

/// 同步: where this computer stands with the provincial server — server, user and session, "Sync now", the last
/// successful push and pull, the last run's numbers and its error sentence, a progress bar while a run is under
/// way; the outbox (every change recorded here, newest first, filtered by state with exact counts, paged as it
/// scrolls) and the open conflicts, each resolved in a ConflictDialog as an undoable edit. Lists read off the UI
/// thread. `controller` may be null (no sync set up, tests); the page then shows the local data only.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    SyncPage(DataStore &store, SyncController *controller, QWidget *parent = nullptr);
    ~SyncPage() override;

    OutboxModel *outboxModel() const { return m_outbox; }
    ConflictListModel *conflictModel() const { return m_conflicts; }
    QTableView *outboxView() const;
    QTableView *conflictView() const;
    /// Resolutions done on this page (the main window offers it in the Edit menu).
    QUndoStack *undoStack() const { return m_undoStack; }
    QToolButton *filterButton(OutboxGroup group) const;

    /// Reads the outbox, the counts, the sync times and the conflicts again.
    void reload();
    /// Opens the resolution dialog for the current conflict row (window-modal, not blocking); null when none.
    ConflictDialog *resolveCurrentConflict();

Q_SIGNALS:
    /// "Sync now" (or "Sign in…" when not signed in) was pressed; the main window decides which.
    void syncRequested();

private:
    void showGroup(OutboxGroup group);
    void updateSession();
    void updateTimes();
    void updateCounts();
    void showProgress(const SyncProgress &progress);
    void showReport(const SyncReport &report);
    void updateConflictsLabel();
    QString actor() const;

    std::unique_ptr<Ui::SyncPage> m_ui;
    DataStore &m_store;
    SyncController *m_controller = nullptr;
    OutboxModel *m_outbox = nullptr;
    ConflictListModel *m_conflicts = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTimer m_clock; ///< keeps "5 min ago" true
};

} // namespace sitesafe
