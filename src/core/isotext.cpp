#include "isotext.h"

namespace sitesafe::IsoText {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
} // namespace

Civil civil(qint64 ms)
{
    const qint64 days = ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs);
    return {QDate::fromJulianDay(QDate(1970, 1, 1).toJulianDay() + days), ms - days * kDayMs};
}

std::optional<qint64> parseUtc(QStringView s)
{
    if ((s.size() != 20 && s.size() != 24) || s.back() != u'Z' || s[4] != u'-' || s[7] != u'-' || s[10] != u'T'
        || s[13] != u':' || s[16] != u':' || (s.size() == 24 && s[19] != u'.'))
        return std::nullopt;
    const auto number = [&s](int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int ms = s.size() == 24 ? number(20, 3) : 0;
    if (!date.isValid() || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || ms < 0)
        return std::nullopt;
    const qint64 days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
    return days * kDayMs + ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
}

void putDigits(char16_t *text, int at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        text[at + i] = char16_t(u'0' + value % 10);
}

} // namespace sitesafe::IsoText
