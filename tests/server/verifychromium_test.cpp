#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <catch2/catch.hpp>

#include "support/tempdir.h"
#include "verifyfixture.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int kChromiumTimeoutMs = 20000;

/// base64 sha256 of the certificate's SubjectPublicKeyInfo: what --ignore-certificate-errors-spki-list takes.
QString spkiHash(const QString &certFile)
{
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(certFile);
    REQUIRE(certs.size() == 1);
    const QByteArray spki = certs.first().publicKey().toDer();
    REQUIRE_FALSE(spki.isEmpty());
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

/// Runs headless Chromium on `url` with a fresh profile, trusting only the key `spki`, unable to resolve any
/// host but 127.0.0.1 and with every background service off. Returns standard output (the DOM with --dump-dom).
QByteArray chromium(const QString &url, const QString &spki, const QStringList &extra)
{
    const QString binary = QStandardPaths::findExecutable(u"chromium"_s);
    INFO("Chromium is not installed: run `sudo apt-get install -y chromium` (scripts/install-deps.sh lists it)");
    REQUIRE_FALSE(binary.isEmpty());
    TestDir profile;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, profile.path()); // nothing lands in the real home
    env.remove(u"http_proxy"_s);
    env.remove(u"https_proxy"_s);
    p.setProcessEnvironment(env);
    const QStringList arguments =
        QStringList{u"--headless=new"_s,
                    u"--no-sandbox"_s,
                    u"--disable-gpu"_s,
                    u"--user-data-dir="_s + profile.file(u"profile"_s),
                    u"--ignore-certificate-errors-spki-list="_s + spki,
                    u"--no-proxy-server"_s,
                    // Any name but 127.0.0.1 fails to resolve: the page cannot make Chromium reach another host
                    // and neither can Chromium itself.
                    u"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"_s,
                    u"--disable-background-networking"_s,
                    u"--disable-component-update"_s,
                    u"--disable-sync"_s,
                    u"--disable-domain-reliability"_s,
                    u"--disable-client-side-phishing-detection"_s,
                    u"--disable-default-apps"_s,
                    u"--disable-extensions"_s,
                    u"--disable-breakpad"_s,
                    u"--no-first-run"_s,
                    u"--no-default-browser-check"_s,
                    u"--metrics-recording-only"_s,
                    u"--dns-prefetch-disable"_s,
                    u"--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,"
                    "AutofillServerCommunication,CertificateTransparencyComponentUpdater,"
                    "InterestFeedContentSuggestions"_s}
        + extra + QStringList{url};
    p.start(binary, arguments);
    REQUIRE(p.waitForStarted(5000));
    const bool finished = p.waitForFinished(kChromiumTimeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished(2000);
    }
    INFO(p.readAllStandardError().right(2000).toStdString());
    REQUIRE(finished);
    return p.readAllStandardOutput();
}

QString renderDir()
{
    const QString dir = QStringLiteral(SITESAFE_RENDER_DIR);
    QDir().mkpath(dir);
    return dir;
}

} // namespace

TEST_CASE("Headless Chromium renders the verification page: authentic for the right hash, altered for another",
          "[notice][verify][chromium]")
{
    VerifyFixture f;
    const PushedNotice notice = f.pushNotice();
    const QString spki = spkiHash(f.server().tlsFile(u"server.pem"_s));
    const QString base = f.server().baseUrl();

    // One run both dumps the DOM and takes the screenshot (each Chromium start costs seconds on a busy machine).
    const QString png = renderDir() + u"/verify-page.png"_s;
    QFile::remove(png);
    const QString good = QString::fromUtf8(chromium(base + VerifyFixture::pagePath(notice.id, notice.contentHash), spki,
                                                    {u"--dump-dom"_s, u"--screenshot="_s + png,
                                                     u"--window-size=800,900"_s, u"--hide-scrollbars"_s}));
    INFO(good.left(3000).toStdString());
    CHECK(good.contains(u"data-status=\"authentic\""_s));
    CHECK(good.contains(u"真实有效"_s));
    CHECK(good.contains(notice.number));
    CHECK(good.contains(u"限期整改通知书"_s));
    for (const QString &name : VerifyFixture::personalData())
        CHECK_FALSE(good.contains(name));

    QString changed = notice.contentHash;
    changed.front() = changed.front() == u'f' ? u'e' : u'f';
    const QString bad =
        QString::fromUtf8(chromium(base + VerifyFixture::pagePath(notice.id, changed), spki, {u"--dump-dom"_s}));
    INFO(bad.left(3000).toStdString());
    CHECK(bad.contains(u"data-status=\"altered\""_s));
    CHECK(bad.contains(u"内容与登记不符"_s));
    CHECK_FALSE(bad.contains(u"真实有效"_s));

    // Only the server's own key is trusted: with another key on the list the page never loads.
    const QString otherKey = QString::fromLatin1(QCryptographicHash::hash("not the server", QCryptographicHash::Sha256)
                                                     .toBase64());
    const QString refused = QString::fromUtf8(
        chromium(base + VerifyFixture::pagePath(notice.id, notice.contentHash), otherKey, {u"--dump-dom"_s}));
    CHECK_FALSE(refused.contains(u"真实有效"_s));
    CHECK_FALSE(refused.contains(u"data-status"_s));

    const QImage shot(png);
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.width() == 800);
    CHECK(shot.height() == 900);
    // The verdict banner is drawn in its green (the style sheet applied under the CSP): look for its pixels.
    int green = 0;
    for (int y = 0; y < shot.height(); y += 4) {
        for (int x = 0; x < shot.width(); x += 4) {
            if (shot.pixelColor(x, y) == QColor(0x1e, 0x7b, 0x34))
                ++green;
        }
    }
    CHECK(green > 500);
}
