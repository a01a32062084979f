#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli demo --data-dir DIR [--seed N] [--scale small|province]`: creates a realistic Hainan dataset.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace sitesafe::cli
