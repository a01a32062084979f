#pragma once

#include "firstrunprogresspage.h"
#include "session/demodatasetprocess.h"

namespace sitesafe {

class DataFolderSession;

/// The first-run wizard's demo page: writes the demo data set into the (empty) data folder with its progress, says
/// when it is ready or what went wrong (with Try again), and finishes the wizard.
class FirstRunDemoPage final : public FirstRunProgressPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDemoPage)

public:
    FirstRunDemoPage(DataFolderSession &session, const QString &cliProgram, QWidget *parent = nullptr);
    ~FirstRunDemoPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_process->isRunning(); }

protected:
    void changeEvent(QEvent *event) override;
    void retry() override;

private:
    void showProgress(DemoDatasetProcess::Phase phase, qint64 done, qint64 total);
    void onFinished(const QString &error);
    void setWizardButtonsEnabled(bool isEnabled);
    void retranslate();

    DataFolderSession &m_session;
    DemoDatasetProcess *m_process = nullptr; ///< a child: tests watch its progress
    bool m_isDone = false;
};

} // namespace sitesafe
