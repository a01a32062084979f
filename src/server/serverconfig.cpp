#include "serverconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sitesafe {

QString ServerConfig::sqlitePath() const
{
    return QDir(dataDir).filePath(u"server.db"_s);
}

QString ServerConfig::blobDir() const
{
    return QDir(dataDir).filePath(u"blobs"_s);
}

Status ServerConfig::save() const
{
    if (!QDir().mkpath(dataDir))
        return Error{u"config.mkdir"_s, u"Cannot create the data folder %1."_s.arg(dataDir)};
    QSaveFile file(QDir(dataDir).filePath(u"server.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"config.write"_s, u"Cannot write %1: %2."_s.arg(file.fileName(), file.errorString())};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QJsonObject o{{u"format"_s, 1}};
    if (!databaseUrl.isEmpty())
        o.insert(u"database"_s, databaseUrl);
    file.write(QJsonDocument(o).toJson());
    if (!file.commit())
        return Error{u"config.write"_s, u"Cannot write %1: %2."_s.arg(file.fileName(), file.errorString())};
    return {};
}

Result<ServerConfig> ServerConfig::load(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(u"server.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"config.missing"_s,
                     u"%1 is not a SiteSafe server data folder; run `sitesafe-server init --data-dir %1` first."_s.arg(
                         dataDir)};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    ServerConfig config;
    config.dataDir = QDir(dataDir).absolutePath();
    config.databaseUrl = o.value(u"database"_s).toString();
    return config;
}

} // namespace sitesafe
