#include "measurerule.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

SuggestedMeasure MeasureRule::forCriterion(int articleNumber, bool isImminentDangerSign)
{
    if (isImminentDangerSign)
        return {u"evacuate"_s, 0}; // people first: the signs mean collapse may come at any moment
    switch (articleNumber) {
    case 5:
    case 6:
    case 7:
    case 13:
        return {u"partial_stop"_s, 7};
    default:
        return {u"deadline"_s, 7};
    }
}

SuggestedMeasure MeasureRule::forGeneralHazard()
{
    return {u"deadline"_s, 7};
}

} // namespace sitesafe
