#include "hazardevent.h"

#include <array>
#include <utility>

namespace sitesafe {

namespace {
constexpr std::array<std::pair<HazardEventKind, const char16_t *>, 13> kCodes{{
    {HazardEventKind::Created, u"created"},
    {HazardEventKind::NoticeIssued, u"notice_issued"},
    {HazardEventKind::RectificationReported, u"rectification_reported"},
    {HazardEventKind::ReinspectedPass, u"reinspected_pass"},
    {HazardEventKind::ReinspectedFail, u"reinspected_fail"},
    {HazardEventKind::Closed, u"closed"},
    {HazardEventKind::Reopened, u"reopened"},
    {HazardEventKind::DeadlineExtended, u"deadline_extended"},
    {HazardEventKind::SupervisionListed, u"supervision_listed"},
    {HazardEventKind::SupervisionLifted, u"supervision_lifted"},
    {HazardEventKind::Comment, u"comment"},
    {HazardEventKind::Voided, u"voided"},
    {HazardEventKind::Withdrawn, u"withdrawn"},
}};
} // namespace

QString hazardEventKindCode(HazardEventKind kind)
{
    for (const auto &[k, code] : kCodes) {
        if (k == kind)
            return QString::fromUtf16(code);
    }
    return {};
}

std::optional<HazardEventKind> hazardEventKindFromCode(QStringView code)
{
    for (const auto &[k, text] : kCodes) {
        if (code == QStringView(text))
            return k;
    }
    return std::nullopt;
}

} // namespace sitesafe
