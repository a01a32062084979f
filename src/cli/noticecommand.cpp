#include "noticecommand.h"

#include <QFile>
#include <QSaveFile>

#include "reports/noticeissuer.h"
#include "reports/noticerenderer.h"
#include "storage/datastore.h"
#include "storage/noticerepository.h"
#include "storage/noticesourcereader.h"
#include "sync/serverprofile.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString NoticeCommand::name() const
{
    return u"notice"_s;
}

QString NoticeCommand::summary() const
{
    return tr("notice render: write the PDF of an issued notice (监督文书) to a file.");
}

void NoticeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"render"_s, tr("The action: render."));
    parser.addOption({u"data-dir"_s, tr("Data folder holding the notice."), tr("DIR")});
    parser.addOption({u"notice"_s, tr("Id of the notice."), tr("ID")});
    parser.addOption({u"out"_s, tr("PDF file to write."), tr("FILE")});
    parser.addOption({u"verification-base"_s,
                      tr("Address of the verification page when the notice has to be rendered again (default: the "
                         "folder's sync server)."),
                      tr("URL")});
}

int NoticeCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    const QString id = parser.value(u"notice"_s);
    const QString file = parser.value(u"out"_s);
    if (parser.positionalArguments() != QStringList{u"render"_s} || dir.isEmpty() || id.isEmpty() || file.isEmpty()) {
        err << tr("Usage: sitesafe-cli notice render --data-dir DIR --notice ID --out FILE.pdf") << Qt::endl;
        return Usage;
    }
    if (!DataStore::exists(dir)) {
        err << tr("%1 holds no SiteSafe data. Give the data folder the notice was issued in.").arg(dir) << Qt::endl;
        return Failure;
    }
    auto opened = DataStore::open(dir);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failure;
    }
    DataStore &store = *opened.value();
    const auto notice = NoticeRepository(store.connection()).find(id);
    if (!notice) {
        err << tr("There is no notice %1 in %2.").arg(id, dir) << Qt::endl;
        return Failure;
    }

    QByteArray pdf;
    bool rendered = false;
    if (auto stored = NoticeIssuer::storedPdf(store, id)) {
        pdf = stored.value();
    } else {
        QUrl base(parser.value(u"verification-base"_s));
        if (base.isEmpty())
            base = ServerProfile::load(SyncStateStore(store.connection())).serverUrl;
        if (base.isEmpty())
            base = QUrl(u"https://127.0.0.1:8443"_s);
        auto source = NoticeSourceReader(store.connection()).read(*notice);
        if (!source) {
            err << source.error().message << Qt::endl;
            return Failure;
        }
        auto drawn = NoticeRenderer(base).render(source.value(), store.blobs());
        if (!drawn) {
            err << drawn.error().message << Qt::endl;
            return Failure;
        }
        pdf = drawn.value();
        rendered = true;
    }
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly) || target.write(pdf) != pdf.size() || !target.commit()) {
        err << tr("Could not write %1: %2. Choose another file.").arg(file, target.errorString()) << Qt::endl;
        return Failure;
    }
    out << (rendered ? tr("Notice %1 had no stored PDF here; rendered it again into %2 (%3 bytes). A verifier "
                          "only accepts the PDF stored at issue.")
                     : tr("Wrote the PDF of notice %1 as issued to %2 (%3 bytes)."))
               .arg(notice->number, file)
               .arg(pdf.size())
        << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
