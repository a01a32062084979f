#include "reportcommand.h"

#include <QJsonDocument>
#include <QSaveFile>

#include "core/clock.h"
#include "reports/annualsummary.h"
#include "reports/ledgerwriter.h"
#include "reports/monthlyreport.h"
#include "reports/reportpdf.h"
#include "storage/annualsummaryrepository.h"
#include "storage/datastore.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return tr("report monthly|yearly: the monthly report (figures and ledgers) for a 市县 and month, or the "
              "year-end work summary for a year or campaign.");
}

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"monthly|yearly"_s, tr("Which report: monthly or yearly."));
    parser.addOption({u"data-dir"_s, tr("Data folder to read."), tr("DIR")});
    parser.addOption({u"jurisdiction"_s, tr("Code of the 市县 or park (omit for the whole province)."), tr("CODE")});
    parser.addOption({u"period"_s, tr("The month, in China time."), tr("YYYY-MM")});
    parser.addOption({u"year"_s, tr("yearly: the calendar year."), tr("YYYY")});
    parser.addOption({u"campaign"_s, tr("yearly: a campaign's code instead of a calendar year."), tr("CODE")});
    parser.addOption({u"out"_s, tr("File to write: .json (the figures as submitted), .xlsx or .pdf."), tr("FILE")});
    parser.addOption({u"today"_s, tr("The day the report is made (default: today in China)."), tr("YYYY-MM-DD")});
}

namespace {

/// The data folder to report from, or null after saying why on `err`.
std::unique_ptr<DataStore> openStore(const QString &dir, QTextStream &err)
{
    if (!DataStore::exists(dir)) {
        err << ReportCommand::tr("%1 holds no SiteSafe data. Give the data folder to report from.").arg(dir)
            << Qt::endl;
        return nullptr;
    }
    auto opened = DataStore::open(dir);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return nullptr;
    }
    return std::move(opened).value();
}

/// report yearly: the figures over the year's (or campaign's) months, the text saved for that place and period.
int runYearly(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString dir = parser.value(u"data-dir"_s);
    const QString file = parser.value(u"out"_s);
    const QString place = parser.value(u"jurisdiction"_s);
    const bool isPdf = file.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    const bool isXlsx = file.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    if (dir.isEmpty() || file.isEmpty() || place.isEmpty()
        || (parser.isSet(u"year"_s) == parser.isSet(u"campaign"_s))) {
        err << ReportCommand::tr("Usage: sitesafe-cli report yearly --data-dir DIR --jurisdiction CODE --year YYYY|"
                                 "--campaign CODE --out FILE.xlsx|FILE.pdf")
            << Qt::endl;
        return Usage;
    }
    if (!isPdf && !isXlsx) {
        err << ReportCommand::tr("%1: the file name must end in .xlsx or .pdf.").arg(file) << Qt::endl;
        return Usage;
    }
    const std::unique_ptr<DataStore> store = openStore(dir, err);
    if (!store)
        return Failure;
    const ReadConnection db(store->connection());
    const QDate today = parser.isSet(u"today"_s) ? QDate::fromString(parser.value(u"today"_s), Qt::ISODate)
                                                 : Clock::system().todayInChina();
    const int year = parser.isSet(u"year"_s) ? parser.value(u"year"_s).toInt() : today.year();
    if (!today.isValid() || year < 2000 || year > 2100) {
        err << ReportCommand::tr("--year must be a year such as 2026, and --today a date written YYYY-MM-DD.")
            << Qt::endl;
        return Usage;
    }
    std::optional<AnnualSummary::Choice> chosen;
    if (parser.isSet(u"year"_s)) {
        chosen = AnnualSummary::Choice{AnnualSummary::yearLabel(year), LedgerPeriod::wholeYear(year), {}};
    } else {
        const auto choices = AnnualSummary::choices(db, year);
        if (!choices) {
            err << choices.error().message << Qt::endl;
            return Failure;
        }
        for (const AnnualSummary::Choice &c : choices.value())
            if (!c.campaignCode.isEmpty() && c.campaignCode == parser.value(u"campaign"_s))
                chosen = c;
    }
    if (!chosen) {
        err << ReportCommand::tr("There is no campaign %1 in this data folder; sync first or give --year.")
                   .arg(parser.value(u"campaign"_s))
            << Qt::endl;
        return Failure;
    }
    const auto figures = MonthlyReport::figures(db, place, chosen->period, today);
    if (!figures) {
        err << figures.error().message << Qt::endl;
        return Failure;
    }
    const auto saved = AnnualSummaryRepository(store->connection())
                           .find(place, chosen->period.firstMonth(), chosen->period.lastMonth());
    const auto sheets = AnnualSummary::document(db, place, chosen->period, figures.value(),
                                                saved ? saved->text : QString());
    if (!sheets) {
        err << sheets.error().message << Qt::endl;
        return Failure;
    }
    const QString title = AnnualSummary::documentTitle(chosen->label, sheets.value().first().scope);
    const Status written
        = isPdf ? ReportPdf::write(title, sheets.value(), file) : LedgerWriter::writeXlsx(sheets.value(), file);
    if (!written) {
        err << written.error().message << Qt::endl;
        return Failure;
    }
    out << ReportCommand::tr("Wrote the summary %1 (%2) to %3.").arg(chosen->label, chosen->period.text(), file)
        << Qt::endl;
    return Success;
}

} // namespace

int ReportCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    if (parser.positionalArguments() == QStringList{u"yearly"_s})
        return runYearly(parser, out, err);
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
    const std::unique_ptr<DataStore> store = openStore(dir, err);
    if (!store)
        return Failure;
    const ReadConnection db(store->connection());
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
