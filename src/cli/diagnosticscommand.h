#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli diagnostics --data-dir DIR --out FILE.zip`: the diagnostics zip for support (versions, database
/// statistics, the scrubbed logs; never a record), as the client's 导出诊断信息 writes it.
class DiagnosticsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace sitesafe::cli
