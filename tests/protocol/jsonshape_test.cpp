#include "protocol/jsonshape.h"

#include <catch2/catch.hpp>

using namespace sitesafe;

TEST_CASE("JsonShape accepts ordinary bodies and counts arrays exactly")
{
    const JsonShape::Limits limits{4, 3};
    CHECK(JsonShape::check(R"({"a": [1, 2, 3], "b": {"c": "[[[[[[ not nesting"}})", limits).isOk());
    CHECK(JsonShape::check("[]", limits).isOk());
    CHECK(JsonShape::check(R"(["a,b,c,d", "\"],[", 3])", limits).isOk());
    const Status tooLong = JsonShape::check("[1, 2, 3, 4]", limits);
    REQUIRE_FALSE(tooLong.isOk());
    CHECK(tooLong.error().code == QStringLiteral("json_array_too_long"));
    CHECK(JsonShape::check("[[], [], []]", limits).isOk());
    CHECK_FALSE(JsonShape::check("[[], [], [], {}]", limits).isOk());
}

TEST_CASE("JsonShape refuses deep nesting before any parser sees it")
{
    const JsonShape::Limits limits{4, 1000};
    CHECK(JsonShape::check(R"({"a": {"b": {"c": [1]}}})", limits).isOk());
    const Status deep = JsonShape::check(R"({"a": {"b": {"c": [[1]]}}})", limits);
    REQUIRE_FALSE(deep.isOk());
    CHECK(deep.error().code == QStringLiteral("json_too_deep"));
    CHECK_FALSE(JsonShape::check(QByteArray(100000, '['), JsonShape::Limits{}).isOk());
}
