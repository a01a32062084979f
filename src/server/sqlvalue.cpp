#include "sqlvalue.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sitesafe::SqlValue {

QVariant fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return qlonglong(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QVariant(QMetaType(QMetaType::QString)); // typed NULL binds on every driver
    }
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float:
        return value.toDouble();
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value.toString();
    }
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull == bNull;
    auto number = [](const QJsonValue &v, double *out) {
        if (v.isDouble()) {
            *out = v.toDouble();
            return true;
        }
        if (v.isBool()) {
            *out = v.toBool() ? 1 : 0;
            return true;
        }
        return false;
    };
    double x = 0;
    double y = 0;
    if (number(a, &x) && number(b, &y))
        return x == y;
    return toText(a) == toText(b);
}

QString toText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    default:
        return {};
    }
}

} // namespace sitesafe::SqlValue
