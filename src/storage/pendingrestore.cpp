#include "pendingrestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

QString PendingRestore::path(const QString &directory)
{
    return QDir(directory).filePath(u"restore-pending.json"_s);
}

Status PendingRestore::schedule(const QString &directory, const PendingRestore &request)
{
    QSaveFile file(path(directory));
    const QByteArray json
        = QJsonDocument(QJsonObject {{u"backup"_s, request.backupFile}, {u"force"_s, request.isForced}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error {u"backup.schedule_failed"_s,
            tr("The restore could not be prepared: %1 could not be written (%2). Check that the data folder is "
               "writable; nothing was changed.")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    return {};
}

Result<std::optional<PendingRestore>> PendingRestore::take(const QString &directory)
{
    QFile file(path(directory));
    if (!file.exists())
        return std::optional<PendingRestore>();
    const bool isRead = file.open(QIODevice::ReadOnly);
    const QJsonObject json = isRead ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    file.close();
    if (!file.remove())
        return Error {u"backup.schedule_failed"_s,
            tr("The restore asked for could not be started: %1 could not be removed (%2). Delete the file, then "
               "restore again from the File menu.")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    PendingRestore request;
    request.backupFile = json.value(u"backup"_s).toString();
    request.isForced = json.value(u"force"_s).toBool();
    if (request.backupFile.isEmpty())
        return Error {u"backup.schedule_failed"_s,
            tr("The restore asked for could not be read; nothing was restored. Choose the backup again from the File "
               "menu.")};
    return std::optional<PendingRestore>(request);
}

} // namespace sitesafe
