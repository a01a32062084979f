#include "backupcommand.h"

#include <QDir>

#include "storage/datastore.h"
#include "storage/storebackup.h"

using namespace Qt::StringLiterals;

namespace sitesafe::cli {

namespace {
/// Prints "Copying… 42 %" on stderr when the percentage changes (a line each time when not a terminal).
StoreBackup::Progress percentTo(QTextStream &err)
{
    auto last = std::make_shared<int>(-1);
    return [&err, last](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent / 10 == *last / 10)
            return;
        *last = percent;
        err << QCoreApplication::translate("BackupCommand", "Copying… %1 %").arg(percent) << Qt::endl;
    };
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}
} // namespace

QString BackupCommand::name() const
{
    return u"backup"_s;
}

QString BackupCommand::summary() const
{
    return tr("Write a backup of a data folder's database to a file (SiteSafe may keep running).");
}

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"data-dir"_s, tr("Data folder to back up."), tr("DIR")});
    parser.addOption({u"out"_s, tr("Backup file to write (replaced only once the new copy is complete)."), tr("FILE")});
}

int BackupCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    const QString file = parser.value(u"out"_s);
    if (dir.isEmpty() || file.isEmpty()) {
        err << tr("Usage: sitesafe-cli backup --data-dir DIR --out FILE") << Qt::endl;
        return Usage;
    }
    const Result<StoreBackup::Summary> written = StoreBackup::write(DataStore::databasePath(dir), file, percentTo(err));
    if (!written) {
        err << written.error().message << Qt::endl;
        return Failure;
    }
    const StoreBackup::Summary &s = written.value();
    out << tr("Backup written: %1 (%2 MB, schema %3, %4 hazards, %5 changes not yet sent)")
               .arg(QDir::toNativeSeparators(file), megabytes(s.bytes))
               .arg(s.schemaVersion)
               .arg(s.hazards)
               .arg(s.unsentChanges)
        << Qt::endl;
    return Success;
}

QString RestoreCommand::name() const
{
    return u"restore"_s;
}

QString RestoreCommand::summary() const
{
    return tr("Put a backup in place of a data folder's database (the replaced one is kept aside).");
}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {u"data-dir"_s, tr("Data folder to restore into (SiteSafe must not be running on it)."), tr("DIR")});
    parser.addOption({u"from"_s, tr("Backup file to restore."), tr("FILE")});
    parser.addOption({u"force"_s,
        tr("Restore even if changes not yet sent to the server would be lost (they stay in "
           "the database kept aside).")});
}

int RestoreCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const
{
    const QString dir = parser.value(u"data-dir"_s);
    const QString file = parser.value(u"from"_s);
    if (dir.isEmpty() || file.isEmpty()) {
        err << tr("Usage: sitesafe-cli restore --data-dir DIR --from FILE [--force]") << Qt::endl;
        return Usage;
    }
    if (!QDir(dir).exists()) {
        err << tr("There is no data folder %1. Create it first, or give the folder SiteSafe uses.")
                   .arg(QDir::toNativeSeparators(dir))
            << Qt::endl;
        return Failure;
    }
    StoreBackup::RestoreOptions options;
    options.isForced = parser.isSet(u"force"_s);
    const Result<StoreBackup::Restored> restored = StoreBackup::restore(dir, file, options, percentTo(err));
    if (!restored) {
        err << restored.error().message << Qt::endl;
        return Failure;
    }
    const StoreBackup::Restored &r = restored.value();
    out << tr("Restored %1 into %2 (schema %3, %4 hazards, %5 changes not yet sent).")
               .arg(QDir::toNativeSeparators(file), QDir::toNativeSeparators(dir))
               .arg(r.summary.schemaVersion)
               .arg(r.summary.hazards)
               .arg(r.summary.unsentChanges)
        << Qt::endl;
    if (!r.keptAside.isEmpty())
        out << tr("The database it replaced is kept as %1.").arg(QDir::toNativeSeparators(r.keptAside)) << Qt::endl;
    if (r.changesLost > 0)
        out << tr("%n change(s) not yet sent are only in that kept database.", nullptr, int(r.changesLost)) << Qt::endl;
    else if (r.changesLost < 0)
        out << tr("That database could not be read (damaged): changes it held that were never sent cannot be "
                  "counted, and stay in it.")
            << Qt::endl;
    out << tr("The next sync brings what the server has that the backup lacks.") << Qt::endl;
    return Success;
}

} // namespace sitesafe::cli
