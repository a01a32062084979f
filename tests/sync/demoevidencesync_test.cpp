// The demo's evidence files over real sync: a store made by `sitesafe-cli demo` and a server seeded by
// `sitesafe-server seed-demo` with the same seed and day hold the same photo bytes, so a laptop that has only the
// rows downloads the file from the server. Every program is the real one (TLS on 127.0.0.1).
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "serverprocess.h"
#include "storage/datastore.h"
#include "sync/syncengine.h"
#include "syncclient.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

const QString kToday = u"2026-12-05"_s;

int runCli(const QStringList &arguments, QString *output)
{
    QProcess p;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(QStringLiteral(SITESAFE_CLI), arguments);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitCode();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("A demo laptop that has only the rows of a recent demo photo downloads its bytes from a server seeded with "
          "the same seed and day",
          "[sync][cli][photos][demo]")
{
    TestDir dir;
    const QString clientDir = dir.file(u"client"_s);
    QString output;
    REQUIRE(runCli({u"demo"_s, u"--data-dir"_s, clientDir, u"--seed"_s, u"1"_s, u"--today"_s, kToday}, &output) == 0);
    ServerProcess server;
    const int seeded = ServerProcess::run(
        {u"seed-demo"_s, u"--data-dir"_s, server.dataDir(), u"--seed"_s, u"1"_s, u"--today"_s, kToday}, {}, &output);
    INFO(output.toStdString());
    REQUIRE(seeded == 0);
    server.start();

    auto opened = DataStore::open(clientDir);
    REQUIRE(opened.isOk());
    DataStore &store = *opened.value();
    // The server holds exactly the evidence files the demo stored (every recent photo and signature); the notice
    // PDFs the demo draws on the laptop are not seeded (the server's demo holds reference data only, no notices).
    QSqlQuery all(store.connection());
    REQUIRE(all.exec(u"SELECT count(*) FROM blobs b WHERE local_path IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                     "attachments a WHERE a.blob_sha256 = b.sha256 AND a.role = 'notice_pdf')"_s));
    REQUIRE(all.next());
    CHECK(all.value(0).toLongLong() > 10);
    CHECK(serverCount(server, u"SELECT count(*) FROM blobs WHERE uploaded_by = 'seed-demo'"_s)
          == all.value(0).toLongLong());
    // A recent photo of a 海口 project (zhangwei's 市县) whose file the demo stored.
    QSqlQuery q(store.connection());
    REQUIRE(q.exec(u"SELECT b.sha256, b.local_path FROM attachments a JOIN blobs b ON b.sha256 = a.blob_sha256 "
                   "JOIN hazards h ON h.id = a.owner_id JOIN projects p ON p.id = h.project_id "
                   "WHERE a.role = 'photo' AND b.local_path IS NOT NULL AND p.jurisdiction_code = '460100' "
                   "ORDER BY a.id LIMIT 1"_s));
    REQUIRE(q.next());
    const QString sha = q.value(0).toString();
    const QString path = QDir(store.blobs().root()).filePath(q.value(1).toString());
    const QByteArray original = readFile(path);
    REQUIRE(original.startsWith("\xFF\xD8\xFF"));
    CHECK(serverCount(server, u"SELECT count(*) FROM blobs WHERE sha256 = ? AND size = ?"_s,
                      {sha, qint64(original.size())})
          == 1);

    // Now the laptop has only the row, as a second laptop would after a pull.
    REQUIRE(QFile::remove(path));
    REQUIRE(q.exec(u"UPDATE blobs SET local_path = NULL, upload_state = 'remote_only' WHERE sha256 = '"_s + sha
                   + u"'"_s));

    SyncOptions options;
    options.serverUrl = QUrl(server.baseUrl());
    options.tls.caFile = server.caFile();
    SyncEngine engine(store, options);
    const Status signedIn = engine.signIn(u"zhangwei"_s, u"correct horse battery staple"_s);
    REQUIRE(signedIn.isOk());
    QList<bool> answers;
    QString message;
    QObject::connect(&engine, &SyncEngine::photoDownloaded, [&](const QString &got, bool isAvailable, const QString &m) {
        if (got == sha) {
            answers.append(isAvailable);
            message = m;
        }
    });
    engine.downloadPhotos({sha});
    INFO(message.toStdString());
    REQUIRE(answers == QList<bool>{true});

    REQUIRE(q.exec(u"SELECT local_path FROM blobs WHERE sha256 = '"_s + sha + u"'"_s));
    REQUIRE(q.next());
    REQUIRE(!q.value(0).isNull());
    CHECK(readFile(QDir(store.blobs().root()).filePath(q.value(0).toString())) == original);
}
