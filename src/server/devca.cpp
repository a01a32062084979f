#include "devca.h"

#include <QDir>
#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
Status runOpenssl(const QString &dir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"openssl"_s, arguments);
    if (!p.waitForStarted(10000))
        return Error{u"devca.no_openssl"_s,
                     DevCa::tr("The openssl program could not be started; install the openssl package.")};
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return Error{u"devca.openssl_failed"_s,
                     DevCa::tr("openssl %1 failed: %2").arg(arguments.value(0), QString::fromLocal8Bit(p.readAll()))};
    return {};
}
} // namespace

Status DevCa::create(const QString &outDir)
{
    if (!QDir().mkpath(outDir))
        return Error{u"devca.mkdir"_s, tr("Cannot create the folder %1.").arg(outDir)};
    const QString dir = QDir(outDir).absolutePath();
    const QStringList ec{u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    if (Status s = runOpenssl(dir, QStringList{u"req"_s, u"-x509"_s} + ec +
                                       QStringList{u"-keyout"_s, u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s,
                                                   u"3650"_s, u"-subj"_s, u"/CN=SiteSafe Development CA"_s,
                                                   u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s,
                                                   u"-addext"_s, u"keyUsage=critical,keyCertSign,cRLSign"_s});
        !s)
        return s;
    if (Status s = runOpenssl(dir, QStringList{u"req"_s} + ec +
                                       QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s,
                                                   u"-subj"_s, u"/CN=localhost"_s});
        !s)
        return s;
    QFile ext(QDir(dir).filePath(u"server.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return Error{u"devca.write"_s, tr("Cannot write %1.").arg(ext.fileName())};
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n"
              "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    ext.close();
    if (Status s = runOpenssl(dir, {u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                                    u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s,
                                    u"-days"_s, u"825"_s, u"-extfile"_s, u"server.ext"_s});
        !s)
        return s;
    for (const QString &scrap : {u"server.csr"_s, u"server.ext"_s, u"ca.srl"_s})
        QFile::remove(QDir(dir).filePath(scrap));
    QFile::setPermissions(QDir(dir).filePath(u"server.key"_s), QFile::ReadOwner | QFile::WriteOwner);
    QFile::setPermissions(QDir(dir).filePath(u"ca.key"_s), QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace sitesafe
