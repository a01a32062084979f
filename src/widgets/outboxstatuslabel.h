#pragma once

#include <QLabel>
#include <QTimer>

#include "storage/syncattentionreader.h"

namespace sitesafe {

class SqlWorker;
class SyncController;

/// The status-bar sentence about this computer's changes: what needs the user first ("2 changes refused by the
/// server", "1 conflict to resolve"), then "3 changes waiting to sync". "All changes synced" only when nothing
/// waits, nothing was refused, no conflict is open and the last run did not fail. Counts off the UI thread
/// (SyncAttentionReader) from start() on: every 30 s, after every run and on recount(). Clicking it asks for the
/// place to act.
class OutboxStatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxStatusLabel)

public:
    OutboxStatusLabel(SqlWorker &worker, SyncController &controller, QWidget *parent = nullptr);

    /// Counts now and every 30 s. The main window calls it once it is on screen: a count opens a read connection
    /// (the schema parse of the data file), which would compete with the window's first paint for the CPU.
    void start();

    /// The last count (all zero before the first; see isCounted()).
    const SyncAttention &attention() const { return m_attention; }
    bool isCounted() const { return m_isCounted; }
    /// Words for `attention` after a run that failed (`hasFailed`) or not.
    static QString describe(const SyncAttention &attention, bool hasFailed);

public Q_SLOTS:
    void recount();

Q_SIGNALS:
    void counted(const sitesafe::SyncAttention &attention);
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void showCount();

    SqlWorker &m_worker;
    SyncController &m_controller;
    QTimer m_timer;
    SyncAttention m_attention;
    bool m_isCounted = false;
    bool m_isWarning = false;
};

} // namespace sitesafe
