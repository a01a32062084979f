#pragma once

#include "firstrunprogresspage.h"

namespace sitesafe {

class SyncController;
struct SyncProgress;
struct SyncReport;

/// The first-run wizard's last page in server mode: signs in with the server page's account, then takes the first
/// download (the snapshot of the user's jurisdiction) with its progress. A refused sign-in says why and sends the
/// user Back; a failed download offers Try again (what arrived is kept: the next run goes on from there).
class FirstRunSnapshotPage final : public FirstRunProgressPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunSnapshotPage)

public:
    explicit FirstRunSnapshotPage(SyncController &controller, QWidget *parent = nullptr);
    ~FirstRunSnapshotPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;
    void retry() override;

private:
    enum class Step { Idle, SigningIn, Downloading, Done, Failed };

    void onSignInFinished(bool isSignedIn, const QString &message);
    void onProgress(const SyncProgress &progress);
    void onFinished(const SyncReport &report);
    void fail(const QString &message, bool canRetry);
    void retranslate();

    SyncController &m_controller;
    Step m_step = Step::Idle;
    int m_rowsPulled = 0;
};

} // namespace sitesafe
