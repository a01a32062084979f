#pragma once

#include "command.h"

namespace sitesafe::cli {

/// `sitesafe-cli sync --data-dir DIR --server URL --user NAME [--ca-file F] [--pin SHA256]`: signs in (password
/// from SITESAFE_PASSWORD or standard input), uploads photos, pushes the outbox and pulls, then says what
/// happened. Exit code 0 only when everything recorded in the folder has been applied by the server.
class SyncCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) const override;
};

} // namespace sitesafe::cli
