#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli notice render --data-dir DIR --notice ID --out FILE.pdf`: writes the PDF stored when the notice
/// was issued, or renders it from the stored row when this computer has none (pulled without its blob).
class NoticeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoticeCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
    bool takesArguments() const override { return true; }
};

} // namespace sitesafe::cli
