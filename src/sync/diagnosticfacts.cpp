#include "diagnosticfacts.h"

#include <QDir>
#include <QSslSocket>
#include <QSysInfo>

#include "storage/datastore.h"
#include "storage/diagnosticsreport.h"
#include "storage/syncstatestore.h"
#include "sync/serverprofile.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

DiagnosticFacts::Facts DiagnosticFacts::collect(const QString &programVersion, DataStore *store)
{
    Facts facts;
    facts << qMakePair(u"SiteSafe"_s, programVersion);
    facts << qMakePair(
        u"Qt"_s, u"%1 (built with %2)"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    facts << qMakePair(u"SQLite"_s, DiagnosticsReport::sqliteVersion());
    facts << qMakePair(u"OpenSSL"_s,
        QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("not available: sync cannot work"));
    facts << qMakePair(u"System"_s,
        u"%1, %2 %3 (%4)"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
            QSysInfo::currentCpuArchitecture()));
    if (!store)
        return facts;
    facts << qMakePair(u"Data folder"_s, QDir::toNativeSeparators(store->directory()));
    const ServerProfile profile = ServerProfile::load(SyncStateStore(store->connection()));
    facts << qMakePair(u"Server"_s,
        profile.serverUrl.isValid() ? profile.serverUrl.toString(QUrl::RemoveUserInfo) : tr("none (working offline)"));
    const QString device = store->deviceId();
    facts << qMakePair(u"Device id"_s, device.isEmpty() ? tr("none yet (made at the first sync)") : device);
    return facts;
}

QString DiagnosticFacts::label(const QString &key)
{
    if (key == u"System")
        return tr("System");
    if (key == u"Data folder")
        return tr("Data folder");
    if (key == u"Server")
        return tr("Server");
    if (key == u"Device id")
        return tr("Device id");
    return key;
}

} // namespace sitesafe
