#pragma once

#include <functional>
#include <memory>

#include <QDate>
#include <QString>
#include <QTemporaryDir>

namespace sitesafe {
class AppSettings;
class DataFolderSession;
class DataStore;
class MainWindow;
} // namespace sitesafe

/// The desktop client's main window as src/app/main.cpp builds it (store, session with a fixed today, settings of
/// a first start in a throw-away INI file), shown on the current platform, for the client benchmarks.
struct ClientWindow {
    QTemporaryDir settingsDir;
    std::unique_ptr<sitesafe::AppSettings> settings;
    std::unique_ptr<sitesafe::DataStore> store;
    std::unique_ptr<sitesafe::DataFolderSession> session;
    std::unique_ptr<sitesafe::MainWindow> window;

    /// Fails the benchmark when the folder cannot be opened. An invalid `today` means the clock's day.
    ClientWindow(const QString &dataDir, QDate today);
    ~ClientWindow();
};

/// Sleeps in the event loop (as an idle UI thread does) until `done` holds; false after `timeoutMs`.
bool benchWaitFor(const std::function<bool()> &done, int timeoutMs = 60000);
/// Runs the event loop for `ms` milliseconds.
void benchIdle(int ms);
