#pragma once

#include <QCoreApplication>
#include <QString>

#include "sync/serverprofile.h"

namespace sitesafe {

/// What a user typed to reach the provincial server (the sign-in dialog, the first-run wizard), checked before
/// anything is saved, and turned into the folder's ServerProfile. The password is checked for presence only and
/// never becomes part of the profile.
class ServerProfileInput
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfileInput)

public:
    enum class Field { None, Address, UserName, Password, CaFile };

    QString address;
    QString userName;
    QString password;
    QString caFile; ///< as typed (native separators allowed); empty: system CAs only
    QString pins; ///< SPKI pins separated by spaces, commas or new lines
    bool isHttp2Allowed = false;

    /// The first field to fix (None when all is well) and, in `message`, what to do about it.
    Field check(QString *message) const;
    /// `base` (the folder's profile: device, cursor) with these values.
    ServerProfile applyTo(ServerProfile base) const;
};

} // namespace sitesafe
