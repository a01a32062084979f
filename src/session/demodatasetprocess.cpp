#include "demodatasetprocess.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kStopWaitMs = 3000;

QString executableName()
{
#ifdef Q_OS_WIN
    return u"sitesafe-cli.exe"_s;
#else
    return u"sitesafe-cli"_s;
#endif
}
} // namespace

DemoDatasetProcess::DemoDatasetProcess(const QString &cliProgram, QObject *parent)
    : QObject(parent)
    , m_program(cliProgram)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoDatasetProcess::readProgress);
    connect(&m_process, &QProcess::finished, this, &DemoDatasetProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT finished(tr("The demo data set could not be made: %1 could not be started (%2). Reinstall "
                               "SiteSafe, or connect to your server instead.")
                                .arg(QDir::toNativeSeparators(m_program), m_process.errorString()));
    });
}

DemoDatasetProcess::~DemoDatasetProcess()
{
    if (isRunning()) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(kStopWaitMs);
    }
}

QString DemoDatasetProcess::locate(const QString &applicationDirectory, const QString &buildTreeProgram)
{
    const QString beside = QDir(applicationDirectory).filePath(executableName());
    if (QFileInfo(beside).isExecutable())
        return beside;
    if (!buildTreeProgram.isEmpty() && QFileInfo(buildTreeProgram).isExecutable())
        return buildTreeProgram;
    return {};
}

void DemoDatasetProcess::start(const QString &directory, QDate today)
{
    if (isRunning())
        return;
    m_pending.clear();
    if (m_program.isEmpty()) {
        Q_EMIT finished(tr("The demo data set could not be made: sitesafe-cli was not found beside this program. "
                           "Reinstall SiteSafe, or connect to your server instead."));
        return;
    }
    m_process.start(m_program,
        {u"demo"_s, u"--data-dir"_s, directory, u"--seed"_s, u"1"_s, u"--today"_s, today.toString(Qt::ISODate),
            u"--notice-pdfs"_s, u"on-open"_s, u"--progress-lines"_s});
}

void DemoDatasetProcess::readProgress()
{
    m_pending += m_process.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        const QList<QByteArray> words = m_pending.left(end).trimmed().split(' ');
        m_pending.remove(0, end + 1);
        if (words.size() != 4 || words[0] != "progress")
            continue;
        const Phase phase = words[1] == "rows" ? Phase::Rows : words[1] == "indexes" ? Phase::Indexes : Phase::Notices;
        Q_EMIT progressed(phase, words[2].toLongLong(), words[3].toLongLong());
    }
}

void DemoDatasetProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readProgress();
    if (status == QProcess::NormalExit && exitCode == 0) {
        Q_EMIT finished({});
        return;
    }
    // The CLI's last line on stderr says what went wrong, in the user's language (full disk, folder not empty).
    const QStringList lines = QString::fromUtf8(m_process.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    const QString reason = lines.isEmpty() ? m_process.errorString() : lines.last().trimmed();
    Q_EMIT finished(tr("The demo data set could not be made: %1").arg(reason));
}

} // namespace sitesafe
