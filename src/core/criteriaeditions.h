#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include "error.h"

namespace sitesafe {

/// Which edition of the 重大事故隐患判定标准 was in force on a day, and whether a hazard cites it. The 2022
/// edition (建质规〔2022〕2号) applied from its issue on 2022-04-19; the 2024 edition (建质规〔2024〕5号) took
/// effect on its issue day 2024-12-13 and repealed the 2022 one that day. A hazard is judged by the edition in
/// force on the day it was found, in China time, so a notice never cites a repealed or not-yet-issued text.
class CriteriaEditions
{
    Q_DECLARE_TR_FUNCTIONS(CriteriaEditions)

public:
    static QDate v2022Effective() { return {2022, 4, 19}; }
    static QDate v2024Effective() { return {2024, 12, 13}; }

    /// "V2022", "V2024", or empty before the first edition.
    static QString editionOn(QDate day);

    /// Ok when the hazard cites no criteria item (a general hazard: free text or a JGJ 59 item) or its set is the
    /// edition in force on the China-time day of `foundAt` and the item belongs to it; otherwise an error whose
    /// message says which edition applies and why.
    static Status checkHazardEdition(const QString &criteriaSet, const QString &criteriaItem,
                                     const QDateTime &foundAt);
};

} // namespace sitesafe
