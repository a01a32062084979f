#include "idcardnumber.h"

#include <array>

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr std::array<int, 17> kWeights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QLatin1StringView kCheckCharacters("10X98765432");

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
} // namespace

QChar IdCardNumber::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        if (!isAsciiDigit(first17[i]))
            return {};
        sum += (first17[i].unicode() - u'0') * kWeights[static_cast<size_t>(i)];
    }
    return kCheckCharacters[sum % 11];
}

CodeCheck IdCardNumber::check(const QString &input, QDate today)
{
    CodeCheck result;
    result.normalized = normalizeCode(input);
    const QString &id = result.normalized;
    const bool isLegacy = id.size() == 15;
    if (id.size() != 18 && !isLegacy) {
        result.message = tr("An ID card number has 18 characters (old cards 15); this one has %1.").arg(id.size());
        return result;
    }
    const int digitCount = isLegacy ? 15 : 17;
    for (int i = 0; i < digitCount; ++i) {
        if (!isAsciiDigit(id[i])) {
            result.position = i + 1;
            result.message = tr("Character %1 (“%2”) must be a digit.").arg(i + 1).arg(id[i]);
            return result;
        }
    }
    const QDate birth = isLegacy ? QDate::fromString(u"19"_s + id.mid(6, 6), u"yyyyMMdd"_s)
                                 : QDate::fromString(id.mid(6, 8), u"yyyyMMdd"_s);
    if (!birth.isValid() || birth > today || birth.year() < 1880) {
        result.position = 7;
        result.message = tr("Characters 7 to %1 must be a real birth date (year, month, day).").arg(isLegacy ? 12 : 14);
        return result;
    }
    if (!isLegacy) {
        const QChar expected = checkCharacter(QStringView(id).left(17));
        if (id[17] != expected) {
            result.position = 18;
            result.message = tr("The check character (18th) is “%1” but should be “%2”: one of the digits is "
                                "mistyped.")
                                 .arg(id[17])
                                 .arg(expected);
            return result;
        }
    }
    result.isValid = true;
    return result;
}

QString IdCardNumber::masked(const QString &input)
{
    const QString id = normalizeCode(input);
    if (id.size() <= 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6) + QString(id.size() - 10, QLatin1Char('*')) + id.right(4);
}

QString IdCardNumber::hashed(const QString &input, const QByteArray &salt)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(normalizeCode(input).toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace sitesafe
