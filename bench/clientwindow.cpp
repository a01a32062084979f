#include "clientwindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include "benchreport.h"
#include "core/clock.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "widgets/appsettings.h"
#include "widgets/mainwindow.h"

using namespace Qt::StringLiterals;

ClientWindow::ClientWindow(const QString &dataDir, QDate today)
{
    settings = std::make_unique<sitesafe::AppSettings>(settingsDir.filePath(u"sitesafe.ini"_s));
    auto opened = sitesafe::DataStore::open(dataDir);
    if (!opened)
        BenchReport::fail(u"cannot open %1: %2"_s.arg(dataDir, opened.error().message));
    store = std::move(opened).value();
    session = std::make_unique<sitesafe::DataFolderSession>(*store, store->clock(), today);
    window = std::make_unique<sitesafe::MainWindow>(*session, *settings);
    window->setConfirmsQuit(false);
    window->show();
}

ClientWindow::~ClientWindow()
{
    window.reset();
    session.reset();
    store.reset();
}

bool benchWaitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer wakeUp; // a condition no event announces is still looked at, and the timeout is honoured
    wakeUp.start(10);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void benchIdle(int ms)
{
    QElapsedTimer t;
    t.start();
    benchWaitFor([&t, ms] { return t.elapsed() >= ms; }, ms + 1000);
}
