#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

namespace sitesafe {

/// A calendar month in China time (UTC+8), the period of a ledger and of the monthly report: a record belongs to
/// the month in which it happened as a Beijing clock reads it, whatever the computer's time zone. A period may run
/// over several whole months (`months`), for the year-end summary: a calendar year or a campaign's months.
struct LedgerPeriod {
    int year = 0;
    int month = 0;
    int months = 1; ///< how many months from year-month on

    /// "YYYY-MM"; std::nullopt for anything else.
    static std::optional<LedgerPeriod> parse(QStringView text);
    /// The months from `first` to `last` ("YYYY-MM" each, inclusive); std::nullopt if either is not a month or
    /// they are in the wrong order.
    static std::optional<LedgerPeriod> span(QStringView first, QStringView last);
    static LedgerPeriod wholeYear(int year) { return {year, 1, 12}; }
    /// "2026-11" for one month, "2026-01~2026-12" for a span.
    QString text() const;
    QString firstMonth() const; ///< "2026-01"
    QString lastMonth() const;  ///< "2026-12"
    QDate firstDay() const;     ///< China-time date the period starts on
    QDate endDay() const;       ///< the first China-time date after the period
    /// The first instant of the month and of the next one, as stored times (UTC, Timestamp::toText), so that
    /// `startUtc() <= t < endUtc()` selects the month.
    QString startUtc() const;
    QString endUtc() const;
    /// The first instant of a China calendar day as a stored time (UTC, Timestamp::toText): the same UTC+8 rule
    /// for any period made of days (the dashboard's weeks).
    static QString dayStartUtc(QDate day);
};

} // namespace sitesafe
