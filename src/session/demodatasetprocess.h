#pragma once

#include <QDate>
#include <QObject>
#include <QProcess>
#include <QString>

namespace sitesafe {

/// Fills an empty data folder with the demo data set by running `sitesafe-cli demo` (the first-run wizard's "try
/// the demo"). The generator lives in sitesafe_demo, which the desktop client does not link (DESIGN §2: demo serves
/// cli, server and bench); the CLI ships beside the client, runs the same code `make run` uses, and keeps the UI
/// thread free. Progress comes from its `--progress-lines` output; notices' PDFs are drawn when first opened, so a
/// small data set takes seconds.
class DemoDatasetProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDatasetProcess)

public:
    enum class Phase { Rows, Indexes, Notices };
    Q_ENUM(Phase)

    /// `cliProgram`: the sitesafe-cli executable (locate() finds the installed one).
    explicit DemoDatasetProcess(const QString &cliProgram, QObject *parent = nullptr);
    ~DemoDatasetProcess() override;

    /// sitesafe-cli beside `applicationDirectory` (an installed client), else `buildTreeProgram` when it exists
    /// (a development build, where the two programs live in different folders); empty when neither is there.
    static QString locate(const QString &applicationDirectory, const QString &buildTreeProgram = {});

    /// Starts writing the small demo data set for `today` into `directory`; answers with finished().
    void start(const QString &directory, QDate today);
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

Q_SIGNALS:
    /// `total` is -1 while the count is not known in advance (rows written).
    void progressed(sitesafe::DemoDatasetProcess::Phase phase, qint64 done, qint64 total);
    /// `error` is empty on success; otherwise a sentence for the user.
    void finished(const QString &error);

private:
    void readProgress();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_program;
    QProcess m_process;
    QByteArray m_pending; ///< stdout not yet ending in a newline
};

} // namespace sitesafe
