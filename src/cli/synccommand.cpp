#include "synccommand.h"

#include <cstdio>

#include <QUrl>

#include "storage/datastore.h"
#include "storage/outboxrepository.h"
#include "sync/syncconnection.h"
#include "sync/syncengine.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

namespace {
QString readPassword()
{
    const QByteArray fromEnvironment = qgetenv("SITESAFE_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    QTextStream in(stdin);
    return in.readLine();
}
} // namespace

QString SyncCommand::name() const
{
    return u"sync"_s;
}

QString SyncCommand::summary() const
{
    return tr("Send this folder's changes and photos to the provincial server and receive its changes.");
}

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"data-dir"_s, tr("Data folder to sync."), tr("DIR")});
    parser.addOption({u"server"_s, tr("Server address, e.g. https://sync.example.gov.cn:8443."), tr("URL")});
    parser.addOption({u"user"_s, tr("User name (password from SITESAFE_PASSWORD or standard input)."), tr("NAME")});
    parser.addOption({u"ca-file"_s, tr("Provincial CA certificate (PEM), trusted besides the system CAs."), tr("FILE")});
    parser.addOption({u"pin"_s, tr("Expected SPKI sha256 (base64) of the server key; may be repeated."), tr("PIN")});
}

int SyncCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    const QUrl server(parser.value(u"server"_s), QUrl::StrictMode);
    const QString user = parser.value(u"user"_s);
    if (dir.isEmpty() || user.isEmpty() || !server.isValid() || server.scheme() != u"https") {
        err << tr("Usage: sitesafe-cli sync --data-dir DIR --server https://HOST:PORT --user NAME [--ca-file FILE] "
                  "[--pin SHA256]   (password from SITESAFE_PASSWORD or standard input)")
            << Qt::endl;
        return Usage;
    }
    // A folder with no store is a new laptop: it gets an empty store and its first sync takes the snapshot.
    const bool isNew = !DataStore::exists(dir);
    auto opened = DataStore::open(dir);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failure;
    }
    if (isNew)
        out << tr("%1 held no data: created an empty store; this first sync downloads the server's data.")
                   .arg(opened.value()->directory())
            << Qt::endl;
    // Pending and frozen (in flight, awaiting their receipt) changes both still wait.
    auto waiting = [&opened] { return OutboxRepository(opened.value()->connection()).pendingCount(); };
    SyncOptions sync;
    sync.serverUrl = server;
    sync.tls.caFile = parser.value(u"ca-file"_s);
    sync.tls.spkiPins = parser.values(u"pin"_s);
    SyncEngine engine(*opened.value(), sync);

    if (Status s = engine.signIn(user, readPassword()); !s) {
        err << s.error().message << Qt::endl;
        err << tr("%n change(s) wait on this computer; nothing was sent.", nullptr, int(waiting())) << Qt::endl;
        return Failure;
    }
    const SyncReport report = engine.synchronize();
    engine.connection().signOut(); // the command line keeps no session behind
    out << tr("Photos uploaded: %1 (%2 bytes). Changes sent: %3 applied, %4 with a conflict, %5 refused. "
              "Rows received: %6%7.")
               .arg(report.photosUploaded)
               .arg(report.photoBytesSent)
               .arg(report.applied)
               .arg(report.conflicts)
               .arg(report.rejected)
               .arg(report.rowsPulled)
               .arg(report.hadSnapshot ? tr(" (full download)") : QString())
        << Qt::endl;
    for (const QString &warning : report.warnings)
        err << warning << Qt::endl;
    if (report.error) {
        err << report.error->message << Qt::endl;
        err << tr("%n change(s) still wait on this computer; run the sync again.", nullptr, int(waiting()))
            << Qt::endl;
        return Failure;
    }
    if (report.needsAttention > 0)
        err << tr("%n change(s) were refused by the server and need attention (see the sync page).", nullptr,
                  int(report.needsAttention))
            << Qt::endl;
    if (report.openConflicts > 0)
        err << tr("%n field(s) were changed on the server too; both values are kept until you choose one.", nullptr,
                  int(report.openConflicts))
            << Qt::endl;
    if (!report.isEverythingApplied())
        return Failure;
    out << tr("Everything recorded on this computer has been applied by the server.") << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
