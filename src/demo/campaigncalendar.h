#pragma once

#include <QDate>

#include "core/referencedata.h"

namespace sitesafe::demo {

/// The demo's 治理行动: one campaign per calendar year, named after the year, with the round deadlines of the 2023
/// plan (第一轮全覆盖 by 31 May, 第二轮 by 31 October). The id is name-based on the code ("HN-2026"), so a client
/// demo and a server seed made on any two days of one year hold the same row, and the row of a year made on a
/// day of the next one lands on the same id.
class CampaignCalendar
{
public:
    /// The campaign whose period holds `day`.
    static Campaign campaignOf(quint64 seed, QDate day);
};

} // namespace sitesafe::demo
