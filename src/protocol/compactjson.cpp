#include "compactjson.h"

#include <QCborValue>

namespace sitesafe {

namespace {
char hexDigit(uint digit)
{
    return char(digit < 10 ? '0' + digit : 'a' + digit - 10);
}

void appendEscape(QByteArray &out, char16_t unit)
{
    const char escaped[] = {'\\', 'u', hexDigit((unit >> 12) & 0xf), hexDigit((unit >> 8) & 0xf),
        hexDigit((unit >> 4) & 0xf), hexDigit(unit & 0xf)};
    out.append(escaped, sizeof escaped);
}
} // namespace

void CompactJson::appendString(QByteArray &out, QStringView text)
{
    out.append('"');
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out.append(char(u));
                continue;
            }
            switch (u) {
            case '"':
                out.append("\\\"", 2);
                break;
            case '\\':
                out.append("\\\\", 2);
                break;
            case '\b':
                out.append("\\b", 2);
                break;
            case '\f':
                out.append("\\f", 2);
                break;
            case '\n':
                out.append("\\n", 2);
                break;
            case '\r':
                out.append("\\r", 2);
                break;
            case '\t':
                out.append("\\t", 2);
                break;
            default:
                appendEscape(out, u);
            }
        } else if (u < 0x800) {
            const char bytes[] = {char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 2);
        } else if (!QChar::isSurrogate(u)) {
            const char bytes[] = {char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            out.append(bytes, 3);
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t c = QChar::surrogateToUcs4(u, *unit++);
            const char bytes[] = {char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f))};
            out.append(bytes, 4);
        } else {
            appendEscape(out, u); // a lone surrogate: Qt writes it as an escape too
        }
    }
    out.append('"');
}

bool CompactJson::appendScalar(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null", 4);
        return true;
    case QJsonValue::Bool:
        value.toBool() ? out.append("true", 4) : out.append("false", 5);
        return true;
    case QJsonValue::Double: {
        // A QJsonValue keeps whole numbers as integers: those are written in full, the rest in shortest form.
        const QCborValue number = QCborValue::fromJsonValue(value);
        if (number.isInteger()) {
            out.append(QByteArray::number(number.toInteger()));
        } else {
            const double d = value.toDouble();
            out.append(qIsFinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest) : "null");
        }
        return true;
    }
    case QJsonValue::String:
        appendString(out, value.toString());
        return true;
    default:
        return false;
    }
}

} // namespace sitesafe
