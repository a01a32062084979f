#include "reportcommand.h"

#include <QJsonDocument>
#include <QSaveFile>

#include "core/clock.h"
#include "reports/ledgerwriter.h"
#include "reports/monthlyreport.h"
#include "reports/reportpdf.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return tr("report monthly: the monthly report's figures (and its ledgers) for a 市县 and month.");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"monthly"_s, tr("Which report: monthly."));
    parser.addOption({u"data-dir"_s, tr("Data folder to read."), tr("DIR")});
    parser.addOption({u"jurisdiction"_s, tr("Code of the 市县 or park (omit for the whole province)."), tr("CODE")});
    parser.addOption({u"period"_s, tr("The month, in China time."), tr("YYYY-MM")});
    parser.addOption({u"out"_s, tr("File to write: .json (the figures as submitted), .xlsx or .pdf."), tr("FILE")});
    parser.addOption({u"today"_s, tr("The day the report is made (default: today in China)."), tr("YYYY-MM-DD")});
}

int ReportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    const QString file = parser.value(u"out"_s);
    const QString place = parser.value(u"jurisdiction"_s);
    const auto period = LedgerPeriod::parse(parser.value(u"period"_s));
    const bool isJson = file.endsWith(u".json"_s, Qt::CaseInsensitive);
    const bool isXlsx = file.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    const bool isPdf = file.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    if (parser.positionalArguments() != QStringList{u"monthly"_s} || dir.isEmpty() || file.isEmpty()) {
        err << tr("Usage: sitesafe-cli report monthly --data-dir DIR [--jurisdiction CODE] --period YYYY-MM --out "
                  "FILE.json|FILE.xlsx|FILE.pdf")
            << Qt::endl;
        return Usage;
    }
    if (!period) {
        err << tr("The period '%1' is not a month: write it YYYY-MM, for example 2026-11.")
                   .arg(parser.value(u"period"_s))
            << Qt::endl;
        return Usage;
    }
    if (!isJson && !isXlsx && !isPdf) {
        err << tr("%1: the file name must end in .json, .xlsx or .pdf.").arg(file) << Qt::endl;
        return Usage;
    }
    if (!DataStore::exists(dir)) {
        err << tr("%1 holds no SiteSafe data. Give the data folder to report from.").arg(dir) << Qt::endl;
        return Failure;
    }
    auto opened = DataStore::open(dir);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failure;
    }
    const ReadConnection db(opened.value()->connection());
    const QDate today = parser.isSet(u"today"_s) ? QDate::fromString(parser.value(u"today"_s), Qt::ISODate)
                                                 : Clock::system().todayInChina();
    if (!today.isValid()) {
        err << tr("--today must be a date written YYYY-MM-DD.") << Qt::endl;
        return Usage;
    }
    const auto figures = MonthlyReport::figures(db, place, *period, today);
    if (!figures) {
        err << figures.error().message << Qt::endl;
        return Failure;
    }
    Status written;
    if (isJson) {
        QSaveFile save(file);
        const QByteArray bytes = QJsonDocument(figures.value()).toJson(QJsonDocument::Indented);
        if (!save.open(QIODevice::WriteOnly) || save.write(bytes) != bytes.size() || !save.commit())
            written = Error{u"io"_s, tr("Could not write %1 (%2).").arg(file, save.errorString())};
    } else {
        const auto sheets = MonthlyReport::document(db, place, *period, figures.value());
        if (!sheets) {
            err << sheets.error().message << Qt::endl;
            return Failure;
        }
        const QString title = MonthlyReport::documentTitle(sheets.value().first().scope);
        written = isPdf ? ReportPdf::write(title, sheets.value(), file) : LedgerWriter::writeXlsx(sheets.value(), file);
    }
    if (!written) {
        err << written.error().message << Qt::endl;
        return Failure;
    }
    out << tr("Wrote the monthly report for %1 to %2.").arg(period->text(), file) << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
