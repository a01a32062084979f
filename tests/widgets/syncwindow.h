#pragma once
// The desktop client on a fresh folder, signed in to a real sitesafe-server like a user would (sync UI tests).

#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>

#include "sync/serverprocess.h"
#include "sync/syncclient.h"
#include "sync/synccontroller.h"
#include "widgets/dialogs/signindialog.h"
#include "widgettesthelpers.h"

namespace sitesafe::test {

using namespace Qt::StringLiterals;

inline const QString kUser = QStringLiteral("zhangwei");
inline const QString kPassword = QStringLiteral("correct horse battery staple");

/// A main window on a fresh client folder (its data comes from the server's snapshot).
struct SyncWindow {
    QTemporaryDir settingsDir;
    AppSettings settings{settingsDir.filePath(u"sitesafe.ini"_s)};
    SyncClient client;
    std::unique_ptr<DataFolderSession> session;
    std::unique_ptr<MainWindow> window;

    SyncWindow()
    {
        open();
        window->show();
    }
    ~SyncWindow() { close(); }
    /// SiteSafe starts on the folder: a new session and window.
    void open()
    {
        session = std::make_unique<DataFolderSession>(client.store(), Clock::system());
        window = std::make_unique<MainWindow>(*session, settings);
    }
    /// SiteSafe closes: the window, then the session (its sync thread ends).
    void close()
    {
        window.reset();
        session.reset();
    }
    SyncController &sync() { return *window->syncController(); }
    qint64 pending() { return client.count(u"SELECT count(*) FROM outbox WHERE state IN ('pending', 'in_flight')"_s); }

    /// Fills the sign-in dialog like a user and presses Sign in; returns the dialog (still open on failure).
    std::unique_ptr<SignInDialog> signIn(const ServerProcess &server, const QString &password, const QString &caFile)
    {
        auto dialog = std::make_unique<SignInDialog>(sync(), window.get());
        dialog->show();
        dialog->findChild<QLineEdit *>(u"serverEdit"_s)->setText(server.baseUrl());
        dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(kUser);
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
        dialog->findChild<QLineEdit *>(u"caEdit"_s)->setText(caFile);
        QSignalSpy answered(&sync(), &SyncController::signInFinished);
        dialog->accept();
        const bool isAnswered = answered.wait(20000);
        INFO(dialog->message().toStdString());
        REQUIRE(isAnswered);
        return dialog;
    }
    /// Waits for the next finished sync run and returns its report.
    SyncReport waitForSync(QSignalSpy &finished, int runs = 1)
    {
        REQUIRE(waitFor([&] { return finished.size() >= runs; }, 60000));
        return finished.last().at(0).value<SyncReport>();
    }
};
} // namespace sitesafe::test
