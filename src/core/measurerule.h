#pragma once

#include <QDate>
#include <QString>

namespace sitesafe {

/// What the hazard form offers for a failed item before the inspector confirms or edits it.
struct SuggestedMeasure {
    QString measure; ///< immediate | deadline | partial_stop | full_stop | evacuate
    int deadlineDays = 7; ///< rectification deadline: today + this many days
};

/// The suggested measure (整改措施) for a hazard, a small pure rule the inspector can always override:
/// - a criterion item judged by signs of imminent danger (an item with conditions, e.g. V2024-05-04 基坑出现
///   坍塌征兆 not handled) → evacuate (撤出作业人员), deadline today;
/// - the collapse-type articles 5 (基坑、边坡), 6 (模板及支撑体系), 7 (脚手架) and 13 (隧道 / 2022 暗挖) of either
///   edition → partial_stop (局部停工: stop the work on the affected part), deadline in 7 days;
/// - any other major-hazard criterion → deadline (限期整改), 7 days;
/// - a general hazard (JGJ 59 item, free text) → deadline, 7 days.
/// The article numbers 5–7 and 13 hold the same subjects in the 2022 and 2024 editions.
class MeasureRule
{
public:
    static SuggestedMeasure forCriterion(int articleNumber, bool isImminentDangerSign);
    static SuggestedMeasure forGeneralHazard();
    static QDate deadline(const SuggestedMeasure &suggestion, QDate today)
    {
        return today.addDays(suggestion.deadlineDays);
    }
};

} // namespace sitesafe
