#pragma once

#include "accountstore.h"
#include "protocol/protocollimits.h"

namespace sitesafe {

/// Run-time settings of a serving process (command-line options of `serve`), with production defaults.
struct ServerSettings {
    ProtocolLimits limits;
    AccountStore::Settings auth;
    int workerThreads = 8;
    int maxConnections = 1000; ///< open client connections at once; more are answered 503 (ConnectionGuard)
    int uploadExpiryHours = 24;
    int noticeBlockSize = 100;
    bool isBehindProxy = false; ///< trust X-Forwarded-For for rate limiting (nginx on 127.0.0.1 only)
};

} // namespace sitesafe
