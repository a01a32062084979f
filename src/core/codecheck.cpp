#include "codecheck.h"

namespace sitesafe {

QString normalizeCode(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        char16_t u = c.unicode();
        if (u == 0x3000) // ideographic space
            continue;
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII forms
            u = static_cast<char16_t>(u - 0xFEE0);
        const QChar folded(u);
        if (folded.isSpace() || folded == QLatin1Char('-'))
            continue;
        out.append(folded.toUpper());
    }
    return out;
}

} // namespace sitesafe
