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

QString LedgerPeriod::text() const
{
    return u"%1-%2"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0'));
}

QString LedgerPeriod::startUtc() const
{
    return chinaMidnightUtc(year, month);
}

QString LedgerPeriod::endUtc() const
{
    return month == 12 ? chinaMidnightUtc(year + 1, 1) : chinaMidnightUtc(year, month + 1);
}

} // namespace sitesafe
