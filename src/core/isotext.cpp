#include "isotext.h"

namespace sitesafe::IsoText {

Civil civil(qint64 ms)
{
    constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
    const qint64 days = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    return {QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days), ms - days * kDayMs};
}

void putDigits(char16_t *text, int at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        text[at + i] = char16_t(u'0' + value % 10);
}

} // namespace sitesafe::IsoText
