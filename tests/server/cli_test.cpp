#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "core/creditcode.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForStarted(10000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run server(const QStringList &arguments, const QByteArray &input = {})
{
    return run(QStringLiteral(SITESAFE_SERVER_BIN), arguments, input);
}

qint64 countRows(const QString &dbFile, const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-check"_s);
    db.setDatabaseName(dbFile);
    REQUIRE(db.open());
    qint64 n = -1;
    {
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"cli-check"_s);
    return n;
}

QString creditCode(const QString &first17)
{
    return first17 + sitesafe::CreditCode::checkCharacter(first17);
}

} // namespace

TEST_CASE("sitesafe-server commands: dev-ca, init, user add, import, serve, and curl needs the CA", "[cli]")
{
    TestDir dir;
    const QString tls = dir.file(u"tls"_s);
    const QString data = dir.file(u"data"_s);
    REQUIRE(server({u"dev-ca"_s, u"--out"_s, tls}).exitCode == 0);
    for (const QString &f : {u"ca.pem"_s, u"server.pem"_s, u"server.key"_s})
        CHECK(QFile::exists(tls + u'/' + f));
    const Run init = server({u"init"_s, u"--data-dir"_s, data});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const Run weak = server({u"user"_s, u"add"_s, u"--data-dir"_s, data, u"--name"_s, u"x"_s, u"--role"_s, u"inspector"_s,
                             u"--password-stdin"_s},
                            "long enough password\n");
    CHECK(weak.exitCode == 1); // an inspector needs a jurisdiction
    CHECK(weak.err.contains(u"jurisdiction"_s));
    REQUIRE(server({u"user"_s, u"add"_s, u"--data-dir"_s, data, u"--name"_s, u"admin"_s, u"--role"_s, u"admin"_s,
                    u"--password-stdin"_s},
                   "long enough password\n")
                .exitCode == 0);

    // Import: a file with problems is reported row by row and nothing is written.
    const QString good1 = creditCode(u"91460100MA5T1234"_s + u'5');
    const QString good2 = creditCode(u"91460100MA5T1234"_s + u'6');
    QFile bad(dir.file(u"bad.csv"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(u"credit_code,name,safety_licence_expiry\n%1,\"海南一建, 有限公司\",2027-01-31\n91460100MA5T12340X,坏代码公司,2027-01-31\n%2,,someday\n"_s
                  .arg(good1, good2)
                  .toUtf8());
    bad.close();
    const Run rejected = server({u"import"_s, u"--data-dir"_s, data, u"--kind"_s, u"enterprises"_s, bad.fileName()});
    INFO(rejected.err.toStdString());
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.err.contains(u"line 3, column credit_code"_s));
    CHECK(rejected.err.contains(u"line 4, column name"_s));
    CHECK(rejected.err.contains(u"line 4, column safety_licence_expiry"_s));
    CHECK(rejected.err.contains(u"Nothing imported"_s));
    CHECK(countRows(data + u"/server.db"_s, u"SELECT count(*) FROM enterprises"_s) == 0);
    QFile good(dir.file(u"good.csv"_s));
    REQUIRE(good.open(QIODevice::WriteOnly));
    good.write(u"credit_code,name\n%1,\"海南一建, 有限公司\"\n%2,海南二建\n"_s.arg(good1, good2).toUtf8());
    good.close();
    const Run imported = server({u"import"_s, u"--data-dir"_s, data, u"--kind"_s, u"enterprises"_s, good.fileName()});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(countRows(data + u"/server.db"_s, u"SELECT count(*) FROM enterprises"_s) == 2);
    CHECK(countRows(data + u"/server.db"_s, u"SELECT count(*) FROM change_log WHERE entity = 'enterprises'"_s) == 2);

    // Serve over HTTPS on a free loopback port; curl trusts it only with the CA.
    QProcess serve;
    serve.start(QStringLiteral(SITESAFE_SERVER_BIN),
                {u"serve"_s, u"--data-dir"_s, data, u"--listen"_s, u"127.0.0.1:0"_s, u"--tls-cert"_s,
                 tls + u"/server.pem"_s, u"--tls-key"_s, tls + u"/server.key"_s});
    REQUIRE(serve.waitForStarted(10000));
    QString banner;
    QElapsedTimer t;
    t.start();
    while (!banner.contains(u'\n') && t.elapsed() < 30000 && serve.state() == QProcess::Running) {
        serve.waitForReadyRead(100);
        banner += QString::fromUtf8(serve.readAllStandardOutput());
    }
    INFO(banner.toStdString() << QString::fromUtf8(serve.readAllStandardError()).toStdString());
    const auto match = QRegularExpression(u"https://127\\.0\\.0\\.1:(\\d+)"_s).match(banner);
    REQUIRE(match.hasMatch());
    const QString url = u"https://127.0.0.1:%1/api/v1/meta"_s.arg(match.captured(1));
    const Run trusted = run(u"curl"_s, {u"-sS"_s, u"--cacert"_s, tls + u"/ca.pem"_s, url});
    CHECK(trusted.exitCode == 0);
    CHECK_FALSE(QJsonDocument::fromJson(trusted.out.toUtf8()).object().value(u"server_epoch"_s).toString().isEmpty());
    const Run untrusted = run(u"curl"_s, {u"-sS"_s, url});
    CHECK(untrusted.exitCode != 0); // 60: certificate not trusted
    CHECK(untrusted.out.isEmpty());
    serve.terminate();
    REQUIRE(serve.waitForFinished(10000));
}
