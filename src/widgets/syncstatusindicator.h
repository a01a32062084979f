#pragma once

#include <QWidget>

#include "storage/syncattentionreader.h"
#include "sync/syncengine.h"

class QLabel;
class QProgressBar;

namespace sitesafe {

class SyncController;

/// The status-bar piece that says where sync stands at a glance: not set up, signed out, syncing (with a small
/// progress bar), "Synced 14:05" only when the last run succeeded and nothing waits, was refused or is in
/// conflict ("Last sync 14:05" otherwise), or why the last run failed and when it tries again. Clicking it asks
/// for the Sync page.
class SyncStatusIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusIndicator)

public:
    explicit SyncStatusIndicator(SyncController &controller, QWidget *parent = nullptr);

    QString text() const;
    /// Words for the current state, given what the data folder still holds (also used by tests).
    static QString describe(const SyncController &controller, qint64 nextAttemptMs, const SyncAttention &attention);
    /// What needs the user, one sentence each: "2 changes refused by the server", "1 conflict to resolve".
    static QStringList attentionSentences(const SyncAttention &attention);

public Q_SLOTS:
    /// The latest count of the data folder (OutboxStatusLabel); until then, the last run's own numbers.
    void setAttention(const sitesafe::SyncAttention &attention);

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
    SyncAttention m_attention;
};

} // namespace sitesafe
