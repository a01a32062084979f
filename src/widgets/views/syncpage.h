#pragma once

#include <memory>

#include <QTimer>
#include <QWidget>

#include "models/outboxmodel.h"
#include "storage/syncattentionreader.h"

class QTableView;
class QToolButton;

namespace Ui {
class SyncPage;
}

namespace sitesafe {

class ConflictDialog;
class ConflictListModel;
class DataFolderSession;
class DataStore;
class SyncController;
struct SyncProgress;
struct SyncReport;

/// 同步: where this computer stands with the provincial server — server, user and session, "Sync now", the last
/// successful push and pull, the last run's numbers and its error sentence, a progress bar while a run is under
/// way; the outbox (every change recorded here, newest first, filtered by state with exact counts, paged as it
/// scrolls) and the open conflicts, each resolved in a ConflictDialog as an undoable edit on the session's undo
/// stack. Above the lists, what needs the user — refused changes, open conflicts, a failed run — each a link to
/// its list; the page never says everything is applied while one of them stands. Lists read off the UI thread.
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    /// Where focus() puts the user: the overview, or the list that holds what to act on.
    enum class Focus { Overview, Waiting, Refused, Conflicts };

    explicit SyncPage(DataFolderSession &session, QWidget *parent = nullptr);
    ~SyncPage() override;

    OutboxModel *outboxModel() const { return m_outbox; }
    ConflictListModel *conflictModel() const { return m_conflicts; }
    QTableView *outboxView() const;
    QTableView *conflictView() const;
    QToolButton *filterButton(OutboxGroup group) const;
    /// The line that says what needs the user (hidden when nothing does).
    QString attentionText() const;

    /// Shows the outbox filter or the conflict list that `focus` names, with the keyboard focus on it.
    void focus(Focus focus);
    /// The place to act first: refused changes, then conflicts, then waiting changes.
    static Focus focusFor(const SyncAttention &attention);

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
    void updateAttention();
    QString actor() const;

    std::unique_ptr<Ui::SyncPage> m_ui;
    DataFolderSession &m_session;
    DataStore &m_store;
    SyncController *m_controller = nullptr;
    OutboxModel *m_outbox = nullptr;
    ConflictListModel *m_conflicts = nullptr;
    QTimer m_clock; ///< keeps "5 min ago" true
};

} // namespace sitesafe
