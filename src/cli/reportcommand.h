#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli report monthly --data-dir DIR --jurisdiction CODE --period YYYY-MM --out FILE.json|.xlsx|.pdf`:
/// the monthly report's figures (MonthlyReport). The JSON is exactly the `figures` object that is submitted; the
/// XLSX and PDF have the figures, the three ledgers of the month and the rules.
/// `sitesafe-cli report yearly --data-dir DIR --jurisdiction CODE --year YYYY [--campaign CODE] --out FILE.xlsx|.pdf`:
/// the year-end work summary (AnnualSummary) of a calendar year or a campaign, with the text saved for it.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
    bool takesArguments() const override { return true; }
};

} // namespace sitesafe::cli
