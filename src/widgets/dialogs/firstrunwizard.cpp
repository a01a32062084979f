#include "firstrunwizard.h"

#include <QEvent>

#include "firstrundemopage.h"
#include "firstrunserverpage.h"
#include "firstrunsnapshotpage.h"
#include "firstrunwelcomepage.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "sync/synccontroller.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

FirstRunWizard::FirstRunWizard(
    DataFolderSession &session, AppSettings &settings, const QString &cliProgram, QWidget *parent)
    : QWizard(parent)
{
    setObjectName(u"firstRunWizard"_s);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePage, new FirstRunWelcomePage(session, settings, this));
    m_demoPage = new FirstRunDemoPage(session, cliProgram, this);
    setPage(DemoPage, m_demoPage);
    setPage(ServerPage, new FirstRunServerPage(*session.syncController(), this));
    setPage(SnapshotPage, new FirstRunSnapshotPage(*session.syncController(), this));
    setStartId(WelcomePage);
    resize(680, 520);
    retranslate();
}

FirstRunWizard::~FirstRunWizard() = default;

bool FirstRunWizard::isNeeded(DataFolderSession &session)
{
    if (session.syncController()->profile().isConfigured())
        return false; // the usual start: no query
    const Result<qint64> projects = session.store().projectCount();
    return projects && projects.value() == 0;
}

void FirstRunWizard::reject()
{
    if (m_demoPage->isBusy())
        return;
    QWizard::reject();
}

void FirstRunWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void FirstRunWizard::retranslate()
{
    setWindowTitle(tr("Set up SiteSafe"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
}

} // namespace sitesafe
