#pragma once

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/clock.h"
#include "models/demofixture.h"
#include "models/modeltesthelpers.h"
#include "session/datafoldersession.h"
#include "storage/datastore.h"
#include "widgets/appsettings.h"
#include "widgets/mainwindow.h"

namespace sitesafe::test {

/// A main window on the demo store with settings in a throw-away INI file; the session's today is the demo's.
struct WindowFixture {
    QTemporaryDir settingsDir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<DataStore> store;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<MainWindow> window;

    /// The main window on `directory`: the shared demo folder, or a copy for a test that needs a folder of its own
    /// (DemoCopy: what the folder remembers, such as the reminders shown, is then the test's alone).
    explicit WindowFixture(const QString &directory = DemoFixture::directory())
    {
        settings = std::make_unique<AppSettings>(settingsDir.filePath(QStringLiteral("sitesafe.ini")));
        auto opened = DataStore::open(directory);
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
        session = std::make_unique<DataFolderSession>(*store, Clock::system(), DemoFixture::today());
        window = std::make_unique<MainWindow>(*session, *settings);
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get(), 2000)) // shortcuts need an active window
            throw std::runtime_error("the main window never became active");
    }
    ~WindowFixture()
    {
        window.reset();
        session.reset();
        store.reset();
    }
    QSqlDatabase db() const { return directConnection(store->database().path()); }
};

/// Clicks the button labelled `buttonText` in the next modal message box (e.g. the quit prompt), polling for up
/// to 10 s; `answered` (optional) is set when it did.
inline void answerNextMessageBox(const QString &buttonText, bool *answered = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, ticks, buttonText, answered] {
        if (++*ticks > 500) {
            timer->deleteLater();
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == buttonText) {
                timer->stop();
                timer->deleteLater();
                if (answered)
                    *answered = true;
                button->click();
                return;
            }
        }
    });
    timer->start();
}

/// Saves a picture a test rendered as `name` in the test's render folder (SITESAFE_RENDER_DIR). A picture the user
/// guide shows has a `guideName` too ("02-today.png"): `make screenshots` sets SITESAFE_USER_GUIDE_IMAGES to
/// docs/images, and the picture is saved there under that name as well.
inline bool saveRender(const QImage &image, const QString &name, const QString &guideName = {})
{
    QDir().mkpath(QStringLiteral(SITESAFE_RENDER_DIR));
    bool isSaved = image.save(QStringLiteral(SITESAFE_RENDER_DIR) + u'/' + name);
    const QString guide = qEnvironmentVariable("SITESAFE_USER_GUIDE_IMAGES");
    if (!guideName.isEmpty() && !guide.isEmpty())
        isSaved = QDir().mkpath(guide) && image.save(QDir(guide).filePath(guideName)) && isSaved;
    return isSaved;
}

} // namespace sitesafe::test
