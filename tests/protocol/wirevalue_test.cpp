#include "protocol/wirevalue.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxExact = 9007199254740991; // 2^53 - 1

QJsonValue parsed(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + "]").array().at(0);
}

} // namespace

TEST_CASE("WireValue binds whole numbers below 2^53 as integers and the rest as reals")
{
    const QVariant top = WireValue::variant(parsed("9007199254740991"));
    CHECK(top.typeId() == QMetaType::LongLong);
    CHECK(top.toLongLong() == MaxExact);

    const QVariant bottom = WireValue::variant(parsed("-9007199254740991"));
    CHECK(bottom.typeId() == QMetaType::LongLong);
    CHECK(bottom.toLongLong() == -MaxExact);

    // 2^53 and beyond: a double cannot tell them from their neighbours, so they are not claimed to be exact.
    for (const char *json : {"9007199254740992", "-9007199254740992", "9007199254740993", "1e300"}) {
        INFO(json);
        CHECK(WireValue::variant(parsed(json)).typeId() == QMetaType::Double);
    }
    CHECK(WireValue::variant(parsed("9007199254740992")).toDouble() == 9007199254740992.0);

    CHECK(WireValue::variant(parsed("3.0")).typeId() == QMetaType::LongLong);
    CHECK(WireValue::variant(parsed("3.0")).toLongLong() == 3);
    CHECK(WireValue::variant(parsed("-7")).toLongLong() == -7);
    CHECK(WireValue::variant(parsed("0")).typeId() == QMetaType::LongLong);
    const QVariant half = WireValue::variant(parsed("-1.5"));
    CHECK(half.typeId() == QMetaType::Double);
    CHECK(half.toDouble() == -1.5);
}

TEST_CASE("WireValue stores booleans as 0/1, keeps numeric-looking text as text and null as a typed NULL")
{
    CHECK(WireValue::variant(QJsonValue(true)) == QVariant(1));
    CHECK(WireValue::variant(QJsonValue(false)) == QVariant(0));
    CHECK(WireValue::variant(QJsonValue(true)).typeId() == QMetaType::Int);

    for (const QString &text : {u"42"_s, u"007"_s, u"1e3"_s, u""_s}) {
        const QVariant v = WireValue::variant(QJsonValue(text));
        CHECK(v.typeId() == QMetaType::QString);
        CHECK(v.toString() == text);
    }

    const QVariant null = WireValue::variant(QJsonValue(QJsonValue::Null));
    CHECK(null.isNull());
    CHECK(null.typeId() == QMetaType::QString);
    CHECK(WireValue::variant(QJsonValue(QJsonValue::Undefined)).isNull());
}

TEST_CASE("WireValue reads database values back as they travel on the wire")
{
    CHECK(WireValue::json(QVariant(MaxExact)) == QJsonValue(MaxExact));
    CHECK(WireValue::json(QVariant(-5)) == QJsonValue(-5));
    CHECK(WireValue::json(QVariant(2.25)) == QJsonValue(2.25));
    CHECK(WireValue::json(QVariant(0.5f)) == QJsonValue(0.5));
    CHECK(WireValue::json(QVariant(true)) == QJsonValue(1));
    CHECK(WireValue::json(QVariant(u"12"_s)) == QJsonValue(u"12"_s));
    CHECK(WireValue::json(QVariant(QByteArray("巡查"))) == QJsonValue(u"巡查"_s));
    CHECK(WireValue::json(QVariant(QMetaType(QMetaType::LongLong))).isNull());
    CHECK(WireValue::json(QVariant()).isNull());

    // The round trip keeps 2^53 - 1 exact in the serialized JSON.
    const QJsonValue back = WireValue::json(WireValue::variant(parsed("9007199254740991")));
    CHECK(QJsonDocument(QJsonArray{back}).toJson(QJsonDocument::Compact) == "[9007199254740991]");
}

TEST_CASE("WireValue text is what people read in the conflicts list")
{
    CHECK(WireValue::text(parsed("9007199254740991")).toString() == u"9007199254740991"_s);
    CHECK(WireValue::text(parsed("3.0")).toString() == u"3"_s);
    CHECK(WireValue::text(parsed("0.1")).toString() == u"0.1"_s);
    CHECK(WireValue::text(parsed("-1.5")).toString() == u"-1.5"_s);
    CHECK(WireValue::text(parsed("9007199254740992")).toString() == u"9007199254740992"_s); // a real, exact here
    CHECK(WireValue::text(parsed("1e300")).toString() == u"1e+300"_s);
    CHECK(WireValue::text(QJsonValue(true)).toString() == u"1"_s);
    CHECK(WireValue::text(QJsonValue(u"abc"_s)).toString() == u"abc"_s);
    const QVariant null = WireValue::text(QJsonValue(QJsonValue::Null));
    CHECK(null.isNull());
    CHECK(null.typeId() == QMetaType::QString);
}

TEST_CASE("WireValue compares for compare-and-set: numbers numerically, null only with null")
{
    CHECK(WireValue::same(QJsonValue(1), QJsonValue(1.0)));
    CHECK(WireValue::same(QJsonValue(true), QJsonValue(1)));
    CHECK(WireValue::same(QJsonValue(false), QJsonValue(0)));
    CHECK_FALSE(WireValue::same(QJsonValue(1), QJsonValue(2)));
    CHECK_FALSE(WireValue::same(parsed("9007199254740991"), parsed("9007199254740990")));
    CHECK(WireValue::same(QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)));
    CHECK_FALSE(WireValue::same(QJsonValue(QJsonValue::Null), QJsonValue(u""_s)));
    CHECK_FALSE(WireValue::same(QJsonValue(0), QJsonValue(QJsonValue::Null)));
    CHECK(WireValue::same(QJsonValue(u"1"_s), QJsonValue(1)));
    CHECK_FALSE(WireValue::same(QJsonValue(u"01"_s), QJsonValue(1)));
    CHECK(WireValue::same(QJsonValue(u"北"_s), QJsonValue(u"北"_s)));
    CHECK_FALSE(WireValue::same(QJsonValue(u"北"_s), QJsonValue(u"南"_s)));
}
