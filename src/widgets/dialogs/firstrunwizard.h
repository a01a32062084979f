#pragma once

#include <QWizard>

namespace sitesafe {

class AppSettings;
class DataFolderSession;
class FirstRunDemoPage;

/// The first start on an empty data folder (no projects, no server): choose the language, then either fill the
/// folder with the demo data set, or connect to the provincial server (address, CA file, pins, sign-in) and take the
/// first download with its progress. Closing it without finishing leaves the folder as it was, or with what the
/// server sent so far (the main window goes on from there next time).
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    enum PageId { WelcomePage, DemoPage, ServerPage, SnapshotPage };

    /// `cliProgram`: sitesafe-cli, which writes the demo data set (DemoDatasetProcess::locate).
    FirstRunWizard(
        DataFolderSession &session, AppSettings &settings, const QString &cliProgram, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    /// True for a folder with nothing to show: no project and no server to download them from.
    static bool isNeeded(DataFolderSession &session);

    /// Refused while the demo data set is being written (a half-written folder helps nobody; it takes seconds).
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    FirstRunDemoPage *m_demoPage = nullptr;
};

} // namespace sitesafe
