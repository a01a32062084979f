#include "campaigncalendar.h"

#include "demoids.h"

using namespace Qt::StringLiterals;

namespace sitesafe::demo {

Campaign CampaignCalendar::campaignOf(quint64 seed, QDate day)
{
    const int year = day.year();
    Campaign c;
    c.code = u"HN-%1"_s.arg(year);
    c.id = DemoIds::reference(seed, u"campaigns", c.code);
    c.name = u"海南省房屋市政工程安全生产治理行动（%1年）"_s.arg(year);
    c.startsOn = QDate(year, 1, 1);
    c.endsOn = QDate(year, 12, 31);
    c.round1Deadline = QDate(year, 5, 31);
    c.round2Deadline = QDate(year, 10, 31);
    return c;
}

} // namespace sitesafe::demo
