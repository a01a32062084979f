#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "core/clock.h"

namespace sitesafe::SqlValues {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(Timestamp::toText(value)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant boolean(bool value)
{
    return value ? 1 : 0;
}

bool isSame(const QVariant &stored, const QVariant &value)
{
    if (stored.isNull() || value.isNull())
        return stored.isNull() && value.isNull();
    const auto isNumber = [](const QVariant &v) {
        return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
    };
    if (isNumber(value) || isNumber(stored)) {
        if (!isNumber(value) || !isNumber(stored))
            return false;
        if (value.typeId() != QMetaType::Double && stored.typeId() != QMetaType::Double)
            return stored.toLongLong() == value.toLongLong();
        return stored.toDouble() == value.toDouble();
    }
    return value.typeId() == QMetaType::QString && stored.typeId() == QMetaType::QString &&
           stored.toString() == value.toString();
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : Timestamp::fromText(value.toString());
}

QVariant offset(const TimeTrust &trust)
{
    return trust.clockOffsetMs ? QVariant(*trust.clockOffsetMs) : QVariant(QMetaType(QMetaType::LongLong));
}

TimeTrust toTimeTrust(const QVariant &offsetMs, const QVariant &isDoubtful)
{
    TimeTrust trust;
    if (!offsetMs.isNull())
        trust.clockOffsetMs = offsetMs.toLongLong();
    trust.isDoubtful = isDoubtful.toInt() != 0;
    return trust;
}

} // namespace sitesafe::SqlValues
