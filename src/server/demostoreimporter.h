#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/error.h"

namespace sitesafe {

class Backend;

/// Loads the field data of a client store made by `sitesafe-cli demo` (inspections, hazards with their events,
/// notices, ledgers, attachments rows) into the server as if those laptops had pushed it long ago, so the demo's
/// server knows the hazards a user takes a step on, and the verification page knows the demo's notices. Rows the
/// store still has in its outbox are left for the client's own push. Each hazard is folded from its events as a
/// push would. Only for `make run` (`seed-demo --field-data-from`): a real server gets field data by sync only.
class DemoStoreImporter
{
    Q_DECLARE_TR_FUNCTIONS(DemoStoreImporter)

public:
    /// Rows loaded. One transaction: nothing is loaded when anything fails.
    static Result<int> import(Backend &backend, const QString &storeFile);
};

} // namespace sitesafe
