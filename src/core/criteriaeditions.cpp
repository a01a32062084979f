#include "criteriaeditions.h"

#include "clock.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

QString CriteriaEditions::editionOn(QDate day)
{
    if (!day.isValid() || day < v2022Effective())
        return {};
    return day < v2024Effective() ? u"V2022"_s : u"V2024"_s;
}

Status CriteriaEditions::checkHazardEdition(const QString &criteriaSet, const QString &criteriaItem,
                                            const QDateTime &foundAt)
{
    // A general hazard cites no criteria item: its basis is free text or a JGJ 59 check item ("B.3-02"), which
    // does not change with the editions of the criteria, so no edition can be wrong for it.
    if (!criteriaItem.startsWith(u"V20"))
        return {};
    if (!foundAt.isValid())
        return Error{u"hazard.edition"_s,
                     tr("The hazard citing %1 has no valid time of finding, so the edition in force cannot be told. "
                        "Enter when the hazard was found.")
                         .arg(criteriaItem)};
    const QDate day = Clock::chinaDate(foundAt);
    const QString dayText = day.toString(Qt::ISODate);
    const QString &cited = criteriaItem;
    const QString inForce = editionOn(day);
    if (inForce.isEmpty())
        return Error{u"hazard.edition"_s,
                     tr("A hazard found on %1 cannot cite %2: no edition of the major-hazard criteria was in force "
                        "before 2022-04-19. Record it as a general hazard with a written basis.")
                         .arg(dayText, cited)};
    // The set must be the edition in force, and the item must belong to that set ("V2024-08-04" in "V2024").
    const bool itemInSet = criteriaItem.startsWith(criteriaSet + u'-');
    if (criteriaSet == inForce && itemInSet)
        return {};
    if (inForce == u"V2024")
        return Error{u"hazard.edition"_s,
                     tr("A hazard found on %1 is judged by the 2024 criteria (建质规〔2024〕5号, in force since "
                        "2024-12-13); %2 was repealed that day. Choose the 2024 item.")
                         .arg(dayText, cited)};
    return Error{u"hazard.edition"_s,
                 tr("A hazard found on %1 is judged by the 2022 criteria (建质规〔2022〕2号, in force from 2022-04-19 "
                    "to 2024-12-12); %2 was not yet issued that day. Choose the 2022 item.")
                     .arg(dayText, cited)};
}

} // namespace sitesafe
