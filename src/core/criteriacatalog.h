#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "error.h"

namespace sitesafe {

/// One sign of a compound item (e.g. the four collapse signs of V2024-05-04).
struct CriteriaCondition {
    int number = 0;
    QString code; ///< "V2024-05-04-1"
    QString text;
    bool isUncertain = false; ///< wording not verified against the official text
};

/// One judging item (判定项) of the major-hazard criteria, with its official wording.
struct CriteriaItem {
    int number = 0;
    QString code;                 ///< stable: "V2024-08-04"
    QString text;                 ///< official wording
    bool isUncertain = false;     ///< wording not verified against the official text
    bool requiresReason = false;  ///< whole-article items (16, 17): the inspector writes the reason
    bool isWholeArticle = false;
    QString conditionRule;        ///< none | anyAndNotHandled
    QList<CriteriaCondition> conditions;
};

struct CriteriaArticle {
    int number = 0;
    QString code;  ///< "V2024-08"
    QString title; ///< "建筑起重机械及吊装工程"
    bool isJudging = false;
    bool isUncertain = false;
    QString text;
    QList<CriteriaItem> items;
};

/// A versioned edition of the 重大事故隐患判定标准. Hazards keep the edition they were judged by.
struct CriteriaCatalog {
    QString code; ///< "V2024"
    int edition = 0;
    int catalogVersion = 0;
    QString title;
    QString document; ///< "建质规〔2024〕5号"
    QDate effective;
    QDate repealedOn; ///< invalid while in force
    QList<CriteriaArticle> articles;

    int judgingItemCount() const;
    const CriteriaItem *findItem(QStringView itemCode) const;
    const CriteriaArticle *articleOf(QStringView itemCode) const;
};

/// Loads catalogs from JSON (resources/checklists) with errors that name the offending entry.
class CriteriaCatalogLoader
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaCatalogLoader)

public:
    static Result<CriteriaCatalog> fromJson(const QByteArray &json);
    /// The catalog compiled into the program: "V2024" or "V2022".
    static Result<CriteriaCatalog> builtIn(const QString &code);
    static QStringList builtInCodes();
};

} // namespace sitesafe
