#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli backup --data-dir DIR --out FILE`: a consistent copy of the data folder's database, made with
/// SQLite's backup API (the desktop client may keep running meanwhile).
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

/// `sitesafe-cli restore --data-dir DIR --from FILE [--force]`: puts a backup in place of the data folder's
/// database, keeping the replaced one aside; refuses to drop changes not yet sent unless --force.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace sitesafe::cli
