#include "firstrundemopage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QLocale>
#include <QWizard>

#include "session/datafoldersession.h"
#include "storage/datastore.h"

namespace sitesafe {

FirstRunDemoPage::FirstRunDemoPage(DataFolderSession &session, const QString &cliProgram, QWidget *parent)
    : FirstRunProgressPage(parent)
    , m_session(session)
    , m_process(new DemoDatasetProcess(cliProgram, this))
{
    connect(m_process, &DemoDatasetProcess::progressed, this, &FirstRunDemoPage::showProgress);
    connect(m_process, &DemoDatasetProcess::finished, this, &FirstRunDemoPage::onFinished);
    retranslate();
}

FirstRunDemoPage::~FirstRunDemoPage() = default;

void FirstRunDemoPage::initializePage()
{
    if (!m_isDone)
        retry();
}

bool FirstRunDemoPage::isComplete() const
{
    return m_isDone;
}

void FirstRunDemoPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    FirstRunProgressPage::changeEvent(event);
}

void FirstRunDemoPage::retry()
{
    showWorking(tr("Preparing the demo data set…"));
    setWizardButtonsEnabled(false);
    m_process->start(m_session.store().directory(), m_session.today());
}

void FirstRunDemoPage::showProgress(DemoDatasetProcess::Phase phase, qint64 done, qint64 total)
{
    switch (phase) {
    case DemoDatasetProcess::Phase::Rows:
        setStatus(tr("Writing the demo data set: %1 rows").arg(QLocale().toString(done)));
        break;
    case DemoDatasetProcess::Phase::Indexes:
        setStatus(tr("Building the search index…"));
        break;
    case DemoDatasetProcess::Phase::Notices:
        setStatus(tr("Drawing the notices: %1 of %2").arg(done).arg(total));
        break;
    }
    showCount(done, total);
}

void FirstRunDemoPage::onFinished(const QString &error)
{
    setWizardButtonsEnabled(true);
    if (!error.isEmpty()) {
        showFailure(error, true);
        return;
    }
    m_isDone = true;
    showFinished();
    retranslate();
    Q_EMIT completeChanged();
    // Written is written: going Back to choose the server would find a folder that is no longer empty.
    setWizardButtonsEnabled(false);
}

void FirstRunDemoPage::setWizardButtonsEnabled(bool isEnabled)
{
    if (!wizard())
        return;
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::CancelButton})
        if (QAbstractButton *button = wizard()->button(which))
            button->setEnabled(isEnabled);
}

void FirstRunDemoPage::retranslate()
{
    setTitle(tr("Demo data set"));
    setSubTitle(tr("SiteSafe fills this data folder with a fictional Hainan data set: about 320 projects with their "
                   "inspections, hazards and notices. To work for real later, choose a new, empty data folder in "
                   "Settings."));
    retranslateRetry();
    if (m_isDone)
        setStatus(tr("The demo data set is ready. Press Finish to open it."));
}

} // namespace sitesafe
