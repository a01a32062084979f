#include "exportcommand.h"

#include "reports/ledgerwriter.h"
#include "reports/reportpdf.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("export ledger: write a month's ledger (台账) as XLSX, CSV or PDF.");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"ledger"_s, tr("What to export: ledger."));
    parser.addOption({u"data-dir"_s, tr("Data folder to read."), tr("DIR")});
    parser.addOption({u"kind"_s, tr("major-hazards, incidents or dangers."), tr("KIND")});
    parser.addOption({u"period"_s, tr("The month, in China time."), tr("YYYY-MM")});
    parser.addOption({u"jurisdiction"_s, tr("Code of a 市县 or park (default: the whole province)."), tr("CODE")});
    parser.addOption({u"status"_s, tr("Only these statuses, comma-separated (major hazards: open, rectifying, "
                                      "reported, verified, closed; incidents: open, closed)."), tr("LIST")});
    parser.addOption({u"running"_s, tr("major-hazards: every one not yet closed (销号), whatever month it was found "
                                       "in, instead of a month's ledger.")});
    parser.addOption({u"out"_s, tr("File to write: .xlsx, .csv or .pdf."), tr("FILE")});
}

int ExportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString usage = tr("Usage: sitesafe-cli export ledger --data-dir DIR --kind major-hazards|incidents|dangers "
                             "--period YYYY-MM|--running [--jurisdiction CODE] [--status LIST] --out FILE.xlsx|FILE.csv|FILE.pdf");
    const QString dir = parser.value(u"data-dir"_s);
    const QString file = parser.value(u"out"_s);
    const auto kind = LedgerReader::kindFromCode(parser.value(u"kind"_s));
    const auto period = LedgerPeriod::parse(parser.value(u"period"_s));
    const bool isXlsx = file.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    const bool isCsv = file.endsWith(u".csv"_s, Qt::CaseInsensitive);
    const bool isPdf = file.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    if (parser.positionalArguments() != QStringList{u"ledger"_s} || dir.isEmpty() || file.isEmpty()) {
        err << usage << Qt::endl;
        return Usage;
    }
    if (!kind) {
        err << tr("Unknown ledger kind '%1': give major-hazards, incidents or dangers.").arg(parser.value(u"kind"_s))
            << Qt::endl;
        return Usage;
    }
    const bool isRunning = parser.isSet(u"running"_s);
    if (!period && !isRunning) {
        err << tr("The period '%1' is not a month: write it YYYY-MM, for example 2026-11.")
                   .arg(parser.value(u"period"_s))
            << Qt::endl;
        return Usage;
    }
    if (!isXlsx && !isCsv && !isPdf) {
        err << tr("%1: the file name must end in .xlsx, .csv or .pdf.").arg(file) << Qt::endl;
        return Usage;
    }
    for (const QString &status : parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
        if (!LedgerReader::statusCodes(*kind).contains(status)) {
            err << tr("Unknown status '%1' for this ledger: give %2.")
                       .arg(status, LedgerReader::statusCodes(*kind).join(u", "_s))
                << Qt::endl;
            return Usage;
        }
    }
    if (!DataStore::exists(dir)) {
        err << tr("%1 holds no SiteSafe data. Give the data folder to export from.").arg(dir) << Qt::endl;
        return Failure;
    }
    auto opened = DataStore::open(dir);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failure;
    }
    LedgerQuery query{*kind, period.value_or(LedgerPeriod{}), parser.value(u"jurisdiction"_s),
                      parser.value(u"status"_s).split(u',', Qt::SkipEmptyParts), isRunning};
    const auto sheet = LedgerReader::read(opened.value()->connection(), query);
    if (!sheet) {
        err << sheet.error().message << Qt::endl;
        return Failure;
    }
    const Status written = isXlsx ? LedgerWriter::writeXlsx({sheet.value()}, file)
                           : isPdf ? ReportPdf::write(sheet.value().title, {sheet.value()}, file)
                                   : LedgerWriter::writeCsv(sheet.value(), file);
    if (!written) {
        err << written.error().message << Qt::endl;
        return Failure;
    }
    out << tr("Wrote %1 (%2, %n row(s)) to %3.", nullptr, int(sheet.value().rows.size()))
               .arg(sheet.value().title, sheet.value().scope, file)
        << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
