#pragma once

#include <QString>

namespace sitesafe {

/// Ids of the rows of the built-in catalogs (criteria sets, their items, checklist templates). Every client
/// installs the catalogs offline and the server installs the same ones, so the ids are name-based (UUID v5 of
/// the set code and item code), not random: the copy pulled from the server then lands on the row already
/// there instead of colliding with it on the unique code.
struct CatalogIds {
    static QString set(const QString &setCode);
    /// `level`: item, condition or sheet_item.
    static QString item(const QString &setCode, const QString &level, const QString &itemCode);
    static QString checklistTemplate(const QString &code, int version);
};

} // namespace sitesafe
