#include "wirevalue.h"

#include <cmath>

namespace sitesafe {

QVariant WireValue::variant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return QVariant(QMetaType(QMetaType::QString));
    }
}

QVariant WireValue::text(const QJsonValue &value)
{
    const QVariant v = variant(value);
    return v.isNull() ? v : QVariant(v.toString());
}

QJsonValue WireValue::json(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace sitesafe
