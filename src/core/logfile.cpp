#include "logfile.h"

#include <cstring>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include "logscrubber.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr const char *kFileName = "sitesafe.log";

struct LogState {
    QMutex mutex;
    QFile file;
    QString folder;
    qint64 maxBytes = LogFile::kMaxBytes;
    QtMessageHandler previous = nullptr;
    bool isInstalled = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

QString pathOf(const QString &folder, int generation)
{
    const QString name = QString::fromLatin1(kFileName);
    return QDir(folder).filePath(generation == 0 ? name : name + u'.' + QString::number(generation));
}

/// sitesafe.log becomes .1, .1 becomes .2, …; the oldest beyond kKept is removed. Called with the mutex held.
void rotate(LogState &s)
{
    s.file.close();
    QFile::remove(pathOf(s.folder, LogFile::kKept - 1));
    for (int g = LogFile::kKept - 2; g >= 0; --g)
        QFile::rename(pathOf(s.folder, g), pathOf(s.folder, g + 1));
    s.file.setFileName(pathOf(s.folder, 0));
    (void)s.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    // Scrubbed for the terminal too: a desktop session may keep stderr (~/.xsession-errors, the journal).
    const QString scrubbed = LogScrubber::scrub(message);
    {
        QMutexLocker lock(&s.mutex);
        if (s.isInstalled && s.file.isOpen()) {
            const QString category = context.category && std::strcmp(context.category, "default") != 0
                ? u" ["_s + QString::fromLatin1(context.category) + u']'
                : QString();
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' '
                + QString::fromLatin1(levelOf(type)) + category + u' ' + scrubbed + u'\n';
            s.file.write(line.toUtf8());
            s.file.flush();
            if (s.file.size() >= s.maxBytes)
                rotate(s);
        }
    }
    if (s.previous)
        s.previous(type, context, scrubbed);
}
} // namespace

QString LogFile::folderOf(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(u"logs"_s);
}

QStringList LogFile::files(const QString &dataDirectory)
{
    QStringList names;
    const QString folder = folderOf(dataDirectory);
    for (int g = 0; g < kKept; ++g) {
        const QString path = pathOf(folder, g);
        if (QFile::exists(path))
            names << QFileInfo(path).fileName();
    }
    return names;
}

Status LogFile::install(const QString &dataDirectory, qint64 maxBytes)
{
    LogState &s = state();
    const QString folder = folderOf(dataDirectory);
    {
        QMutexLocker lock(&s.mutex);
        if (s.isInstalled)
            s.file.close();
        s.folder = folder;
        s.maxBytes = maxBytes;
        s.file.setFileName(pathOf(folder, 0));
        if (!QDir().mkpath(folder) || !s.file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            return Error {u"log.not_writable"_s,
                tr("The log file %1 cannot be written (%2); SiteSafe runs without a log. Check that the data "
                   "folder is writable and not full.")
                    .arg(QDir::toNativeSeparators(s.file.fileName()), s.file.errorString())};
        }
        if (s.isInstalled)
            return Status::ok();
        s.isInstalled = true;
    }
    s.previous = qInstallMessageHandler(handle);
    return Status::ok();
}

void LogFile::uninstall()
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&s.mutex);
        if (!s.isInstalled)
            return;
        s.isInstalled = false;
        s.file.close();
        previous = s.previous;
        s.previous = nullptr;
    }
    qInstallMessageHandler(previous);
}

} // namespace sitesafe
