#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/readconnection.h"

namespace sitesafe {

/// The choices filter boxes offer (市县 and parks, criteria articles, inspectors), read from the store.
/// Meant for the worker thread; each list is small.
class ReferenceLists
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceLists)

public:
    /// A value to filter on and what the user sees for it.
    struct Choice {
        QString code;
        QString label;
        bool isPark = false;
    };
    /// All lists at once, as the filter bars need them.
    struct Bundle {
        QList<Choice> jurisdictions;
        QList<Choice> articles;
        QList<Choice> inspectors;
    };

    /// One 市县 or park by its code: its kind (province | city | county | park) and name; both empty when unknown.
    struct Jurisdiction {
        QString kind;
        QString name;
    };
    static Jurisdiction jurisdiction(ReadConnection db, const QString &code);
    /// 市县 in GB/T 2260 order, then the parks (园区).
    static QList<Choice> jurisdictions(ReadConnection db);
    /// Articles of the major-hazard criteria editions, newest edition first; code is the item-code prefix.
    static QList<Choice> criteriaArticles(ReadConnection db);
    /// Everyone who has recorded a hazard.
    static QList<Choice> inspectors(ReadConnection db);
    static Bundle all(ReadConnection db);
};

} // namespace sitesafe
