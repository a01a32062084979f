#include "diagnosticscommand.h"

#include <QDir>

#include "storage/datastore.h"
#include "storage/diagnosticsreport.h"
#include "sync/diagnosticfacts.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString DiagnosticsCommand::name() const
{
    return u"diagnostics"_s;
}

QString DiagnosticsCommand::summary() const
{
    return tr("Write a zip for support: versions, database statistics and logs, never a record.");
}

void DiagnosticsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"data-dir"_s, tr("Data folder to describe."), tr("DIR")});
    parser.addOption({u"out"_s, tr("Zip file to write."), tr("FILE")});
}

int DiagnosticsCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    const QString file = parser.value(u"out"_s);
    if (dir.isEmpty() || file.isEmpty()) {
        err << tr("Usage: sitesafe-cli diagnostics --data-dir DIR --out FILE.zip") << Qt::endl;
        return Usage;
    }
    // The store's server and device id when it opens; the zip is still written when it does not (that may be
    // exactly what support must look at).
    std::unique_ptr<DataStore> store;
    if (DataStore::exists(dir)) {
        auto opened = DataStore::open(dir);
        if (opened)
            store = std::move(opened).value();
        else
            err << opened.error().message << Qt::endl;
    }
    const auto written
        = DiagnosticsReport::write(dir, file, DiagnosticFacts::collect(QStringLiteral(SITESAFE_VERSION), store.get()));
    if (!written) {
        err << written.error().message << Qt::endl;
        return Failure;
    }
    out << tr("Wrote %1 (%2 bytes): %3")
               .arg(QDir::toNativeSeparators(file))
               .arg(written.value().bytes)
               .arg(written.value().files.join(u", "_s))
        << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
