#include "wirevalue.h"

#include <cmath>

#include <QLocale>

namespace sitesafe {

namespace {

QVariant typedNull()
{
    return QVariant(QMetaType(QMetaType::QString)); // a typed NULL binds on every driver
}

bool isWholeBelowLimit(double d)
{
    return std::trunc(d) == d && std::fabs(d) < WireValue::IntegerLimit;
}

} // namespace

QVariant WireValue::variant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (isWholeBelowLimit(d))
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return typedNull();
    }
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
    case QMetaType::Float:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool() ? 1 : 0);
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromUtf8(value.toByteArray()));
    default:
        return QJsonValue(value.toString());
    }
}

QVariant WireValue::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QString(value.toBool() ? QLatin1Char('1') : QLatin1Char('0'));
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (isWholeBelowLimit(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return typedNull();
    }
}

bool WireValue::same(const QJsonValue &a, const QJsonValue &b)
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
    return text(a).toString() == text(b).toString();
}

} // namespace sitesafe
