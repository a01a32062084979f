#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// Writes a development CA (ca.pem, ca.key) and a server certificate for localhost and 127.0.0.1 signed by
/// it (server.pem, server.key) by running the `openssl` command-line tool: Qt cannot create certificates.
/// For development and tests only; production TLS terminates in the reverse proxy (docs/deploy.md).
class DevCa
{
    Q_DECLARE_TR_FUNCTIONS(DevCa)

public:
    static Status create(const QString &outDir);
};

} // namespace sitesafe
