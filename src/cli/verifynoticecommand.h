#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli verify-notice FILE.pdf --data-dir DIR` (or `--server URL [--ca-file F]`): says whether a notice
/// PDF is authentic, altered or unknown, with a sentence; exit code 0 only when authentic.
class VerifyNoticeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyNoticeCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
    bool takesArguments() const override { return true; }
};

} // namespace sitesafe::cli
