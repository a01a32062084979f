#pragma once

#include <QDate>

#include "core/dataset.h"
#include "core/error.h"

namespace sitesafe {

class Backend;

/// Loads reference data into the server as server-owned rows (each with a server_seq and its scope in
/// change_log): the demo dataset's reference part (the same values `sitesafe-cli demo` writes for a seed) and
/// the built-in criteria catalogs with a checklist template each. Re-loading the same seed changes rows in
/// place (same ids); catalogs already present at the same or a newer catalog version are kept.
class ReferenceLoader
{
public:
    /// Rows written. One transaction: all or nothing. `today` dates the rows (ids, codes and numbers do not
    /// depend on it, so a client demo made on another day still matches).
    static Result<int> loadDemo(Backend &backend, quint64 seed, QDate today);
    static Result<int> loadDataset(Backend &backend, const Dataset &reference, bool withCatalogs = true);
    /// Rewrites the built-in catalogs present at an older catalog version (corrected wording) in place, so
    /// devices pull the new text; installs none that are missing. Rows written (0 when all are current).
    static Result<int> upgradeCatalogs(Backend &backend);
};

} // namespace sitesafe
