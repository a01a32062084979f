#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/error.h"

namespace sitesafe {

class Backend;

/// Puts the demo's evidence files (DemoEvidence: the JPEGs of recent photos, the PNGs of recent signatures) into
/// the server's blob folder and `blobs` table, readable from the 市县 of the project each belongs to, so a client
/// made by `sitesafe-cli demo` with the same seed and day can download them. The generator is run whole only to
/// learn which files those rows name (the rows themselves come from DemoStoreImporter, for `make run`).
class DemoBlobSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoBlobSeeder)

public:
    /// Blobs stored (files already present are kept, rows not duplicated). One transaction for the rows.
    static Result<int> seed(Backend &backend, const QString &blobDir, quint64 seed, QDate today);
};

} // namespace sitesafe
