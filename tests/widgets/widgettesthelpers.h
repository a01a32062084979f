#pragma once

#include "models/demofixture.h"
#include "models/modeltesthelpers.h"

#include "storage/datastore.h"
#include "widgets/appsettings.h"
#include "widgets/mainwindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sitesafe::test {

/// A main window on the demo store with settings in a throw-away INI file.
struct WindowFixture {
    QTemporaryDir settingsDir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<DataStore> store;
    std::unique_ptr<MainWindow> window;

    WindowFixture()
    {
        settings = std::make_unique<AppSettings>(settingsDir.filePath(QStringLiteral("sitesafe.ini")));
        auto opened = DataStore::open(DemoFixture::directory());
        if (!opened)
            throw std::runtime_error(opened.error().message.toStdString());
        store = std::move(opened).value();
        window = std::make_unique<MainWindow>(*store, *settings, DemoFixture::today());
        window->resize(1366, 768);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get(), 2000)) // shortcuts need an active window
            throw std::runtime_error("the main window never became active");
    }
    ~WindowFixture()
    {
        window.reset();
        store.reset();
    }
    QSqlDatabase db() const { return directConnection(DemoFixture::databasePath()); }
};

} // namespace sitesafe::test
