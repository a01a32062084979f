#pragma once

#include "sync/syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace sitesafe {

class SyncController;

/// The status-bar piece that says where sync stands at a glance: not set up, signed out, syncing (with a small
/// progress bar), the time of the last good sync, or why the last one failed and when it tries again. Clicking it
/// asks for the Sync page.
class SyncStatusIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusIndicator)

public:
    explicit SyncStatusIndicator(SyncController &controller, QWidget *parent = nullptr);

    QString text() const;
    /// Words for the current state (also used by the window's status text and tests).
    static QString describe(const SyncController &controller, qint64 nextAttemptMs);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refreshText();
    void showProgress(const SyncProgress &progress);

    SyncController &m_controller;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    qint64 m_nextAttemptMs = -1;
};

} // namespace sitesafe
