#include "verifynoticecommand.h"

#include <QEventLoop>
#include <QFile>

#include "reports/noticeverifier.h"
#include "storage/datastore.h"
#include "sync/httpsclient.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString VerifyNoticeCommand::name() const
{
    return u"verify-notice"_s;
}

QString VerifyNoticeCommand::summary() const
{
    return tr("Check whether a notice PDF is exactly as issued (authentic, altered or unknown).");
}

void VerifyNoticeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"file"_s, tr("The notice PDF to check."));
    parser.addOption({u"data-dir"_s, tr("Data folder to check the PDF against."), tr("DIR")});
    parser.addOption({u"server"_s, tr("Provincial server to ask instead (https://HOST:PORT)."), tr("URL")});
    parser.addOption({u"ca-file"_s, tr("Provincial CA certificate (PEM), trusted besides the system CAs."), tr("FILE")});
}

int VerifyNoticeCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments();
    const QString dir = parser.value(u"data-dir"_s);
    const QString server = parser.value(u"server"_s);
    if (files.size() != 1 || dir.isEmpty() == server.isEmpty()) {
        err << tr("Usage: sitesafe-cli verify-notice FILE.pdf (--data-dir DIR | --server https://HOST:PORT "
                  "[--ca-file FILE])")
            << Qt::endl;
        return Usage;
    }
    QFile file(files.first());
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Could not read %1: %2.").arg(files.first(), file.errorString()) << Qt::endl;
        return Failure;
    }
    const QByteArray pdf = file.readAll();

    NoticeVerification verification;
    if (!dir.isEmpty()) {
        if (!DataStore::exists(dir)) {
            err << tr("%1 holds no SiteSafe data. Give the data folder to check against.").arg(dir) << Qt::endl;
            return Failure;
        }
        auto opened = DataStore::open(dir);
        if (!opened) {
            err << opened.error().message << Qt::endl;
            return Failure;
        }
        auto checked = NoticeVerifier::check(*opened.value(), pdf);
        if (!checked) {
            err << checked.error().message << Qt::endl;
            return Failure;
        }
        verification = checked.value();
    } else {
        const auto path = NoticeVerifier::serverPath(pdf);
        if (!path) {
            out << u"unknown: "_s
                << tr("The file names no notice (no verification link in it), so the server cannot be asked.")
                << Qt::endl;
            return Failure;
        }
        TlsSettings tls;
        tls.caFile = parser.value(u"ca-file"_s);
        HttpsClient client(QUrl(server), tls);
        if (client.configurationError()) {
            err << client.configurationError()->message << Qt::endl;
            return Failure;
        }
        HttpRequest request;
        request.path = *path;
        request.headers.insert("Accept", "application/json");
        HttpResult result;
        QEventLoop loop;
        client.send(request, [&](const HttpResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        if (!result.isOk()) {
            err << result.error->message << Qt::endl;
            return Failure;
        }
        verification = NoticeVerifier::fromServerAnswer(pdf, result.status, result.body);
    }
    out << verification.code() << u": "_s << verification.message << Qt::endl;
    return verification.verdict == NoticeVerification::Verdict::Authentic ? Success : Failure;
}

} // namespace sitesafe::cli
