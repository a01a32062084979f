#pragma once

#include <QCoreApplication>
#include <QDate>

#include "codecheck.h"

namespace sitesafe {

/// 居民身份证号 (GB 11643-1999): 6-digit address code, birth date YYYYMMDD, 3-digit sequence (odd: male), and a
/// mod-11 check character. Legacy 15-digit numbers (no check character, two-digit year) are accepted.
/// The number is sensitive personal information: keep only masked() and hashed() values (PIPL).
class IdCardNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdCardNumber)

public:
    /// `today` bounds the birth date (a birth date in the future is wrong).
    static CodeCheck check(const QString &input, QDate today = QDate::currentDate());
    /// The check character for 17 digits, or a null QChar.
    static QChar checkCharacter(QStringView first17);
    /// "460100********123X": address code and last four only.
    static QString masked(const QString &input);
    /// Lower-case hex sha256 of salt + normalized number, for matching a person without storing the number.
    static QString hashed(const QString &input, const QByteArray &salt);
};

} // namespace sitesafe
