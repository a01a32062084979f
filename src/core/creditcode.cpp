#include "creditcode.h"

#include <array>

namespace sitesafe {

namespace {
constexpr QLatin1StringView kAlphabet("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> kWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int valueOf(QChar c)
{
    return static_cast<int>(kAlphabet.indexOf(c));
}
} // namespace

QChar CreditCode::checkCharacter(QStringView first17)
{
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17[i]);
        if (v < 0)
            return {};
        sum += v * kWeights[static_cast<size_t>(i)];
    }
    return kAlphabet[(31 - sum % 31) % 31];
}

CodeCheck CreditCode::check(const QString &input)
{
    CodeCheck result;
    result.normalized = normalizeCode(input);
    const QString &code = result.normalized;
    if (code.size() != 18) {
        result.message = tr("A unified social credit code has 18 characters; this one has %1.").arg(code.size());
        return result;
    }
    for (int i = 0; i < 18; ++i) {
        const QChar c = code[i];
        const bool isDivisionPart = i >= 2 && i <= 7;
        const bool isAllowed = isDivisionPart ? c.isDigit() && c.unicode() < 128 : valueOf(c) >= 0;
        if (!isAllowed) {
            result.position = i + 1;
            result.message = isDivisionPart
                ? tr("Character %1 (“%2”) must be a digit: characters 3 to 8 are the division code.")
                      .arg(i + 1)
                      .arg(c)
                : tr("Character %1 (“%2”) is not allowed: the code uses digits and the letters A–Y "
                     "without I, O, S, V and Z.")
                      .arg(i + 1)
                      .arg(c);
            return result;
        }
    }
    const QChar expected = checkCharacter(QStringView(code).left(17));
    if (code[17] != expected) {
        result.position = 18;
        result.message = tr("The check character (18th) is “%1” but should be “%2”: one of the characters is "
                            "mistyped.")
                             .arg(code[17])
                             .arg(expected);
        return result;
    }
    result.isValid = true;
    return result;
}

} // namespace sitesafe
