#include "checkcommand.h"

#include "storage/datastore.h"
#include "storage/storecheck.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

QString CheckCommand::name() const
{
    return u"check"_s;
}

QString CheckCommand::summary() const
{
    return tr("Check a data folder (integrity, references, audit chain, queued changes) and count its contents.");
}

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"data-dir"_s, tr("Data folder to check."), tr("DIR")});
}

int CheckCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    if (dir.isEmpty()) {
        err << tr("Usage: sitesafe-cli check --data-dir DIR") << Qt::endl;
        return Usage;
    }
    // Never migrate or create while checking: the file is looked at as it is.
    auto opened = DataStore::open(dir, {.create = false, .migrate = false, .quickCheck = false});
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return Failure;
    }
    const StoreCheck::Report report = StoreCheck(opened.value()->connection()).run();
    out << tr("Data folder: %1 (schema %2)").arg(opened.value()->directory()).arg(report.schemaVersion) << Qt::endl;
    for (const auto &[table, count] : report.counts)
        out << u"  %1 %2"_s.arg(table, -24).arg(count) << Qt::endl;
    out << tr("Hazards by status:") << Qt::endl;
    for (const auto &[state, count] : report.hazardStates)
        out << u"  %1 %2"_s.arg(state, -24).arg(count) << Qt::endl;
    out << tr("Changes waiting to be sent: %1").arg(report.pendingOutbox) << Qt::endl;
    out << tr("Audit log entries verified: %1").arg(report.auditEntries) << Qt::endl;
    if (report.isHealthy()) {
        out << tr("Result: OK") << Qt::endl;
        return Success;
    }
    for (const QString &problem : report.problems)
        err << tr("Problem: %1").arg(problem) << Qt::endl;
    err << tr("Result: %n problem(s) found.", nullptr, static_cast<int>(report.problems.size())) << Qt::endl;
    return Failure;
}

} // namespace sitesafe::cli
