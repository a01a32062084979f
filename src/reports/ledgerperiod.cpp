#include "ledgerperiod.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/clock.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
QString chinaMidnightUtc(int year, int month)
{
    return LedgerPeriod::dayStartUtc(QDate(year, month, 1));
}
} // namespace

QString LedgerPeriod::dayStartUtc(QDate day)
{
    return Timestamp::toText(QDateTime(day, QTime(0, 0), QTimeZone(8 * 3600)).toUTC());
}

std::optional<LedgerPeriod> LedgerPeriod::parse(QStringView text)
{
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{2})$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int month = m.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    return LedgerPeriod{m.captured(1).toInt(), month};
}

std::optional<LedgerPeriod> LedgerPeriod::span(QStringView first, QStringView last)
{
    const auto from = parse(first);
    const auto to = parse(last);
    if (!from || !to)
        return std::nullopt;
    const int months = (to->year - from->year) * 12 + to->month - from->month + 1;
    if (months < 1)
        return std::nullopt;
    return LedgerPeriod{from->year, from->month, months};
}

QString LedgerPeriod::firstMonth() const
{
    return firstDay().toString(u"yyyy-MM"_s);
}

QString LedgerPeriod::lastMonth() const
{
    return endDay().addMonths(-1).toString(u"yyyy-MM"_s);
}

QString LedgerPeriod::text() const
{
    return months <= 1 ? firstMonth() : firstMonth() + u"~"_s + lastMonth();
}

QDate LedgerPeriod::firstDay() const
{
    return QDate(year, month, 1);
}

QDate LedgerPeriod::endDay() const
{
    return firstDay().addMonths(qMax(1, months));
}

QString LedgerPeriod::startUtc() const
{
    return chinaMidnightUtc(year, month);
}

QString LedgerPeriod::endUtc() const
{
    const QDate end = endDay();
    return chinaMidnightUtc(end.year(), end.month());
}

} // namespace sitesafe
