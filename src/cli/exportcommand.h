#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli export ledger --data-dir DIR --kind major-hazards|incidents|dangers --period YYYY-MM
/// [--jurisdiction CODE] --out FILE.xlsx|FILE.csv`: one ledger (台账) of a month, as LedgerReader reads it.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
    bool takesArguments() const override { return true; }
};

} // namespace sitesafe::cli
