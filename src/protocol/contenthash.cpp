#include "contenthash.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include "entityrules.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {

void appendString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (byte < 0x20) {
                static constexpr char kHex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(kHex[byte >> 4]);
                out.append(kHex[byte & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        out.append(ContentHash::number(value.toDouble()));
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units, which is RFC 8785's order.
        std::sort(keys.begin(), keys.end());
        out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, keys.at(i));
            out.append(':');
            appendValue(out, object.value(keys.at(i)));
        }
        out.append('}');
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    }
}

} // namespace

QByteArray ContentHash::number(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    if (value == 0)
        return QByteArrayLiteral("0"); // -0 too
    // Shortest round-trip digits in scientific form ("-1.2345e+06"), then laid out as ECMAScript does.
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const QByteArray scientific(buffer, written.ptr - buffer);
    const qsizetype ePos = scientific.indexOf('e');
    QByteArray mantissa = scientific.left(ePos);
    const int exponent = scientific.mid(ePos + 1).toInt();
    QByteArray out;
    if (mantissa.startsWith('-')) {
        out.append('-');
        mantissa.remove(0, 1);
    }
    const QByteArray digits = QByteArray(mantissa).replace(".", "");
    const int k = int(digits.size());
    const int n = exponent + 1; // value = 0.digits × 10^n
    if (k <= n && n <= 21) {
        out.append(digits);
        out.append(QByteArray(n - k, '0'));
    } else if (0 < n && n <= 21) {
        out.append(digits.left(n));
        out.append('.');
        out.append(digits.mid(n));
    } else if (-6 < n && n <= 0) {
        out.append("0.");
        out.append(QByteArray(-n, '0'));
        out.append(digits);
    } else {
        out.append(digits.left(1));
        if (k > 1) {
            out.append('.');
            out.append(digits.mid(1));
        }
        out.append('e');
        out.append(n - 1 >= 0 ? '+' : '-');
        out.append(QByteArray::number(std::abs(n - 1)));
    }
    return out;
}

QByteArray ContentHash::canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

namespace {

/// A wire column in RFC 8785 order: its name, its encoded key (`"name":`) and its place in wireColumns().
struct SortedColumn {
    QString name;
    QByteArray key;
    qsizetype wireIndex = 0;
};
using SortedColumns = QList<SortedColumn>;

SortedColumns sortColumns(const EntityRule &rule)
{
    const QStringList wire = rule.wireColumns();
    QStringList names = wire;
    // QString's operator< compares UTF-16 code units, which is RFC 8785's order.
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    SortedColumns columns;
    for (const QString &name : names) {
        QByteArray key;
        appendString(key, name);
        key.append(':');
        columns.append({name, key, wire.indexOf(name)});
    }
    return columns;
}

/// One member's value as the canonical form writes it.
void appendMember(QByteArray &out, const QJsonValue &v)
{
    if (v.isUndefined())
        out.append("null");
    else if (v.isBool())
        out.append(v.toBool() ? '1' : '0'); // booleans travel as 0/1 (the client stores them so)
    else
        appendValue(out, v);
}

/// Sorted once per rule of the table (hashing runs once per pushed mutation on the server); a rule made elsewhere
/// (tests) is sorted per call.
SortedColumns sortedColumns(const EntityRule &rule)
{
    static const QHash<const EntityRule *, SortedColumns> byRule = [] {
        QHash<const EntityRule *, SortedColumns> out;
        for (const EntityRule &r : EntityRules::all())
            out.insert(&r, sortColumns(r));
        return out;
    }();
    const auto it = byRule.constFind(&rule);
    return it != byRule.cend() ? *it : sortColumns(rule);
}

/// canonicalJson() of an object holding exactly the rule's wire columns, each value from `valueOf(column)`.
template<typename ValueOf>
QByteArray canonicalOf(const EntityRule &rule, ValueOf valueOf)
{
    const SortedColumns columns = sortedColumns(rule);
    QByteArray out;
    out.reserve(512);
    out.append('{');
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(columns[i].key);
        appendMember(out, valueOf(columns[i]));
    }
    out.append('}');
    return out;
}

} // namespace

QByteArray ContentHash::canonicalRecord(const EntityRule &rule, const QJsonObject &row)
{
    // The same bytes as canonicalJson() of an object holding exactly the wire columns, written without building it.
    return canonicalOf(rule, [&row](const auto &column) { return row.value(column.name); });
}

QByteArray ContentHash::canonicalRecord(const EntityRule &rule, const QList<QJsonValue> &wireValues)
{
    return canonicalOf(rule, [&wireValues](const auto &column) {
        return wireValues.value(column.wireIndex, QJsonValue(QJsonValue::Undefined));
    });
}

QString ContentHash::of(const EntityRule &rule, const QList<QJsonValue> &wireValues)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalRecord(rule, wireValues), QCryptographicHash::Sha256).toHex());
}

QString ContentHash::of(const EntityRule &rule, const QJsonObject &row)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalRecord(rule, row), QCryptographicHash::Sha256).toHex());
}

bool ContentHash::isWellFormed(const QString &hash)
{
    if (hash.size() != 64)
        return false;
    return std::all_of(hash.cbegin(), hash.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

} // namespace sitesafe
