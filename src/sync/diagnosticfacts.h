#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace sitesafe {

class DataStore;

/// What the About dialog shows and the diagnostics zip starts with (versions.txt): SiteSafe, Qt (built and
/// running), SQLite, OpenSSL, the system, the data folder, the server and this device's id. No user name, no
/// token: nothing that names a person.
class DiagnosticFacts
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticFacts)

public:
    using Facts = QList<QPair<QString, QString>>;

    /// `programVersion`: the calling program's (SITESAFE_VERSION); `store` null when the folder's store cannot be
    /// opened (no data folder, server or device facts then). Keys are English (support reads them); label() gives
    /// the words shown to users.
    static Facts collect(const QString &programVersion, DataStore *store);
    /// The user's words for a fact's key ("OpenSSL" stays, "Data folder" is translated).
    static QString label(const QString &key);
};

} // namespace sitesafe
