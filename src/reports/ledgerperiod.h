#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringView>

namespace sitesafe {

/// A calendar month in China time (UTC+8), the period of a ledger and of the monthly report: a record belongs to
/// the month in which it happened as a Beijing clock reads it, whatever the computer's time zone.
struct LedgerPeriod {
    int year = 0;
    int month = 0;

    /// "YYYY-MM"; std::nullopt for anything else.
    static std::optional<LedgerPeriod> parse(QStringView text);
    QString text() const; ///< "2026-11"
    /// The first instant of the month and of the next one, as stored times (UTC, Timestamp::toText), so that
    /// `startUtc() <= t < endUtc()` selects the month.
    QString startUtc() const;
    QString endUtc() const;
    /// The first instant of a China calendar day as a stored time (UTC, Timestamp::toText): the same UTC+8 rule
    /// for any period made of days (the dashboard's weeks).
    static QString dayStartUtc(QDate day);
};

} // namespace sitesafe
