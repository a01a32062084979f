#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/readconnection.h"

namespace sitesafe {

/// What the ledger forms (执法, 事故, 险情) offer to choose from: the projects, and for one project its enterprises
/// (参建单位), the people of its key posts and of those enterprises, and its hazards. Each read is small (one
/// project's parties; the project list is names only), so the forms read them when they open.
class LedgerChoices
{
    Q_DECLARE_TR_FUNCTIONS(LedgerChoices)

public:
    struct Choice {
        QString id;
        QString label;
    };
    /// One project's parties and hazards.
    struct Parties {
        QList<Choice> enterprises; ///< "name (role)"
        QList<Choice> people;      ///< "name — post or enterprise"
        QList<Choice> hazards;     ///< "V2024-08-04 · description", newest first
    };

    /// Every project by name.
    static QList<Choice> projects(ReadConnection db);
    static Parties parties(ReadConnection db, const QString &projectId);
};

} // namespace sitesafe
