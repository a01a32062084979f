#pragma once

#include <QString>

namespace sitesafe {

/// Who is asking, as established from an access token: the user, their role and 市县, and the device the
/// token is bound to. Inspector and supervisor are bound to one jurisdiction; province and admin see all.
struct Caller {
    QString userId;
    QString userName;
    QString role; ///< inspector | supervisor | province | admin
    QString jurisdictionCode;
    QString deviceId;
    QString tokenFamily;

    bool isProvinceWide() const { return role == QStringLiteral("province") || role == QStringLiteral("admin"); }
    /// May this caller see or write a row of the given 市县 ("" = province-wide reference data)?
    bool mayAccess(const QString &rowJurisdiction) const
    {
        return isProvinceWide() || rowJurisdiction.isEmpty() || rowJurisdiction == jurisdictionCode;
    }
};

} // namespace sitesafe
