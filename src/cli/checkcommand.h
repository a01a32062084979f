#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli check --data-dir DIR`: integrity check and a summary of counts.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace sitesafe::cli
