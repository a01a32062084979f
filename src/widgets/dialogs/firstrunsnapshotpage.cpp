#include "firstrunsnapshotpage.h"

#include <QEvent>
#include <QLocale>

#include "sync/synccontroller.h"
#include "sync/syncreport.h"
#include "syncprogressdisplay.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

FirstRunSnapshotPage::FirstRunSnapshotPage(SyncController &controller, QWidget *parent)
    : FirstRunProgressPage(parent)
    , m_controller(controller)
{
    connect(&controller, &SyncController::signInFinished, this, &FirstRunSnapshotPage::onSignInFinished);
    connect(&controller, &SyncController::progressChanged, this, &FirstRunSnapshotPage::onProgress);
    connect(&controller, &SyncController::finished, this, &FirstRunSnapshotPage::onFinished);
    retranslate();
}

FirstRunSnapshotPage::~FirstRunSnapshotPage() = default;

void FirstRunSnapshotPage::initializePage()
{
    m_step = Step::SigningIn;
    m_rowsPulled = 0;
    showWorking(tr("Signing in…"));
    const QString password = field(u"password"_s).toString();
    setField(u"password"_s, QString()); // sent once to the sync thread, kept nowhere
    m_controller.signIn(field(u"userName"_s).toString().trimmed(), password);
}

void FirstRunSnapshotPage::cleanupPage()
{
    m_step = Step::Idle; // Back: answers still on their way are not this page's any more
}

bool FirstRunSnapshotPage::isComplete() const
{
    return m_step == Step::Done;
}

void FirstRunSnapshotPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FirstRunProgressPage::changeEvent(event);
}

void FirstRunSnapshotPage::retry()
{
    m_step = Step::Downloading;
    showWorking(tr("Downloading again…"));
    m_controller.syncNow();
}

void FirstRunSnapshotPage::onSignInFinished(bool isSignedIn, const QString &message)
{
    if (m_step != Step::SigningIn)
        return;
    if (!isSignedIn) {
        fail(tr("%1 Press Back to correct the address, the certificate or the password.").arg(message), false);
        return;
    }
    m_step = Step::Downloading;
    setStatus(tr("Signed in. Downloading the projects, hazards and checklists of your jurisdiction…"));
    m_controller.syncNow();
}

void FirstRunSnapshotPage::onProgress(const SyncProgress &progress)
{
    if (m_step == Step::Downloading)
        SyncProgressDisplay::show(progress, statusLabel(), progressBar());
}

void FirstRunSnapshotPage::onFinished(const SyncReport &report)
{
    if (m_step != Step::Downloading)
        return;
    m_rowsPulled += report.rowsPulled;
    if (report.error) {
        fail(tr("The download stopped: %1 What arrived is kept; Try again goes on from there.")
                 .arg(report.error->message),
            true);
        return;
    }
    m_step = Step::Done;
    showFinished();
    retranslate();
    Q_EMIT completeChanged();
}

void FirstRunSnapshotPage::fail(const QString &message, bool canRetry)
{
    m_step = Step::Failed;
    showFailure(message, canRetry);
    Q_EMIT completeChanged();
}

void FirstRunSnapshotPage::retranslate()
{
    setTitle(tr("First download"));
    setSubTitle(tr("SiteSafe signs in and downloads what your jurisdiction holds. This can take a few minutes; keep "
                   "the computer connected until it is done."));
    retranslateRetry();
    if (m_step == Step::Done)
        setStatus(
            tr("Ready: %1 rows downloaded. Press Finish to start working.").arg(QLocale().toString(m_rowsPulled)));
}

} // namespace sitesafe
