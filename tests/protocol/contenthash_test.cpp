#include "protocol/contenthash.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

#include "protocol/entityrules.h"
#include "protocol/pushmessages.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
QByteArray canonical(const QByteArray &json)
{
    return ContentHash::canonicalJson(QJsonDocument::fromJson(json).object());
}

/// A hazard row as both sides hold it; the golden hash below was computed independently with Python:
///   s = json.dumps(row, sort_keys=True, separators=(',', ':'), ensure_ascii=False).encode('utf-8')
///   hashlib.sha256(s).hexdigest()
QJsonObject goldenHazard()
{
    return QJsonObject{
        {u"id"_s, u"01890a5d-ac96-774b-bcce-b302099a8057"_s},
        {u"inspection_id"_s, QJsonValue::Null},
        {u"project_id"_s, u"01890a5d-ac96-7000-8000-000000000001"_s},
        {u"criteria_set"_s, u"V2024"_s},
        {u"criteria_item"_s, u"V2024-09-04"_s},
        {u"is_major"_s, 1},
        {u"description"_s, u"电梯井道内贯通未设置水平防护，\"井口\"无防护门\\\n第2行\t😀"_s},
        {u"location"_s, u"2号楼电梯井"_s},
        {u"measure"_s, u"partial_stop"_s},
        {u"deadline"_s, u"2026-03-04"_s},
        {u"responsible_enterprise_id"_s, QJsonValue::Null},
        {u"responsible_person"_s, u"张三"_s},
        {u"found_at"_s, u"2026-03-01T08:00:00.000Z"_s},
        {u"found_by"_s, u"演示检查员"_s},
        {u"equipment_id"_s, QJsonValue::Null},
        {u"dangerous_work_id"_s, QJsonValue::Null},
        {u"basis_text"_s, QJsonValue::Null},
        {u"clock_offset_ms"_s, QJsonValue::Null},
        {u"is_time_doubtful"_s, 0},
        {u"created_at"_s, u"2026-03-01T08:00:00.000Z"_s},
        {u"updated_at"_s, u"2026-03-01T08:00:00.000Z"_s},
    };
}
} // namespace

TEST_CASE("The content hash of a record matches an independently computed golden vector", "[protocol][hash]")
{
    const EntityRule *hazards = EntityRules::find(u"hazards"_s);
    REQUIRE(hazards);
    const QByteArray expected =
        u"{\"basis_text\":null,\"clock_offset_ms\":null,\"created_at\":\"2026-03-01T08:00:00.000Z\","
        "\"criteria_item\":\"V2024-09-04\",\"criteria_set\":\"V2024\","
        "\"dangerous_work_id\":null,\"deadline\":\"2026-03-04\",\"description\":\"电梯井道内贯通未设置水平防护，"
        "\\\"井口\\\"无防护门\\\\\\n第2行\\t😀\",\"equipment_id\":null,\"found_at\":\"2026-03-01T08:00:00.000Z\","
        "\"found_by\":\"演示检查员\",\"id\":\"01890a5d-ac96-774b-bcce-b302099a8057\",\"inspection_id\":null,"
        "\"is_major\":1,\"is_time_doubtful\":0,\"location\":\"2号楼电梯井\",\"measure\":\"partial_stop\","
        "\"project_id\":"
        "\"01890a5d-ac96-7000-8000-000000000001\",\"responsible_enterprise_id\":null,\"responsible_person\":\"张三\","
        "\"updated_at\":\"2026-03-01T08:00:00.000Z\"}"_s.toUtf8();
    CHECK(ContentHash::canonicalRecord(*hazards, goldenHazard()) == expected);
    const QString hash = ContentHash::of(*hazards, goldenHazard());
    CHECK(hash == u"ef1bd0f466c3d101b46d142c9d8be9fdaaa43a3b546e39715a30932b8daa624c"_s);
    CHECK(ContentHash::isWellFormed(hash));
    // The same row as a statement reads it: values in the order of the wire columns.
    QList<QJsonValue> wireValues;
    for (const QString &column : hazards->wireColumns())
        wireValues.append(goldenHazard().value(column));
    CHECK(ContentHash::canonicalRecord(*hazards, wireValues) == expected);
    CHECK(ContentHash::of(*hazards, wireValues) == hash);
    CHECK_FALSE(ContentHash::isWellFormed(hash.toUpper()));
    CHECK_FALSE(ContentHash::isWellFormed(hash.left(63)));
}

TEST_CASE("The record form keeps exactly the wire columns: bookkeeping is left out, missing ones are null",
          "[protocol][hash]")
{
    const EntityRule *hazards = EntityRules::find(u"hazards"_s);
    REQUIRE(hazards);
    const QString golden = ContentHash::of(*hazards, goldenHazard());

    QJsonObject withBookkeeping = goldenHazard();
    withBookkeeping.insert(u"server_version"_s, 42);
    withBookkeeping.insert(u"server_seq"_s, 42);
    withBookkeeping.insert(u"status"_s, u"rectifying"_s); // fold cache, never synced
    withBookkeeping.insert(u"reporter_name"_s, u"某某"_s); // 举报人: server-only
    CHECK(ContentHash::of(*hazards, withBookkeeping) == golden);

    QJsonObject withoutNulls = goldenHazard();
    for (const QString &column : goldenHazard().keys()) {
        if (goldenHazard().value(column).isNull())
            withoutNulls.remove(column);
    }
    CHECK(ContentHash::of(*hazards, withoutNulls) == golden);

    QJsonObject booleanMajor = goldenHazard();
    booleanMajor.insert(u"is_major"_s, true);
    CHECK(ContentHash::of(*hazards, booleanMajor) == golden);

    QJsonObject edited = goldenHazard();
    edited.insert(u"location"_s, u"2号楼电梯井 "_s);
    CHECK(ContentHash::of(*hazards, edited) != golden);
    QJsonObject emptyInsteadOfNull = goldenHazard();
    emptyInsteadOfNull.insert(u"responsible_enterprise_id"_s, u""_s);
    CHECK(ContentHash::of(*hazards, emptyInsteadOfNull) != golden);
    QJsonObject textInsteadOfNumber = goldenHazard();
    textInsteadOfNumber.insert(u"is_major"_s, u"1"_s);
    CHECK(ContentHash::of(*hazards, textInsteadOfNumber) != golden);
}

TEST_CASE("Canonical JSON does not depend on key order", "[protocol][hash]")
{
    CHECK(canonical(R"({"b": 1, "a": {"y": null, "x": "v"}, "c": [3, 2, 1]})")
          == canonical(R"({"c": [3, 2, 1], "a": {"x": "v", "y": null}, "b": 1})"));
    CHECK(canonical(R"({"b": 1, "a": 2})") == QByteArray(R"({"a":2,"b":1})"));
    // Arrays keep their order: it is content.
    CHECK(canonical(R"({"c": [3, 2, 1]})") != canonical(R"({"c": [1, 2, 3]})"));
    // Keys sort by UTF-16 code units (RFC 8785 §3.2.3): "A" < "z" < "é", and U+1F600 (a surrogate pair, 0xD83D…)
    // before U+FF21 (0xFF21) although its code point is larger.
    CHECK(canonical(R"({"é": 1, "z": 2, "A": 3})") == u"{\"A\":3,\"z\":2,\"é\":1}"_s.toUtf8());
    CHECK(canonical(u"{\"Ａ\": 1, \"😀\": 2}"_s.toUtf8()) == u"{\"😀\":2,\"Ａ\":1}"_s.toUtf8());
}

TEST_CASE("Canonical strings: minimal escapes, everything else raw UTF-8", "[protocol][hash]")
{
    CHECK(ContentHash::canonicalJson(u"中文 é 😀 / <>"_s) == u"\"中文 é 😀 / <>\""_s.toUtf8());
    CHECK(ContentHash::canonicalJson(u"\"\\\b\f\n\r\t"_s) == QByteArray(R"("\"\\\b\f\n\r\t")"));
    CHECK(ContentHash::canonicalJson(QString(QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f)))
          == QByteArray("\"\\u0001\\u001f\x7f\""));
    CHECK(ContentHash::canonicalJson(QString()) == QByteArray("\"\""));
    CHECK(ContentHash::canonicalJson(QJsonValue::Null) == QByteArray("null"));
    CHECK(ContentHash::canonicalJson(QJsonValue::Undefined) == QByteArray("null"));
    CHECK(ContentHash::canonicalJson(true) == QByteArray("true"));
    // Same object as Python's json.dumps(sort_keys=True, separators=(',', ':'), ensure_ascii=False):
    const QJsonObject mixed{{u"b"_s, QJsonArray{1, 0.5, QJsonValue::Null, u"\u0001\u001f\u007f/"_s}},
                            {u"a"_s, QJsonObject{{u"z"_s, -3}, {u"é"_s, 0.1}, {u"A"_s, 1.5}}}};
    CHECK(ContentHash::canonicalJson(mixed) == QByteArray("{\"a\":{\"A\":1.5,\"z\":-3,\"\xc3\xa9\":0.1},"
                                                          "\"b\":[1,0.5,null,\"\\u0001\\u001f\x7f/\"]}"));
}

TEST_CASE("Canonical numbers are printed as ECMAScript prints doubles (RFC 8785)", "[protocol][hash]")
{
    // Values from RFC 8785 appendix B and ECMAScript's Number.prototype.toString.
    const QList<QPair<double, const char *>> cases{
        {0.0, "0"},
        {-0.0, "0"},
        {1.0, "1"},
        {-3.0, "-3"},
        {100.0, "100"},
        {1.5, "1.5"},
        {0.1, "0.1"},
        {4.50, "4.5"},
        {2e-3, "0.002"},
        {0.000001, "0.000001"},
        {1e-7, "1e-7"},
        {123e-20, "1.23e-18"},
        {1e20, "100000000000000000000"},
        {1e21, "1e+21"},
        {333333333.33333329, "333333333.3333333"},
        {9007199254740991.0, "9007199254740991"},
        {9007199254740992.0, "9007199254740992"},
        {295147905179352830000.0, "295147905179352830000"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-1.5e-9, "-1.5e-9"},
        {109.65, "109.65"},
    };
    for (const auto &[value, text] : cases) {
        INFO(text);
        CHECK(ContentHash::number(value) == QByteArray(text));
    }
    CHECK(ContentHash::number(std::numeric_limits<double>::quiet_NaN()) == QByteArray("null"));
    CHECK(ContentHash::number(std::numeric_limits<double>::infinity()) == QByteArray("null"));
    // An integer and the same value as a double hash alike (SQLite REAL columns give back 3.0 for 3).
    CHECK(ContentHash::canonicalJson(QJsonObject{{u"n"_s, qint64(3)}})
          == ContentHash::canonicalJson(QJsonObject{{u"n"_s, 3.0}}));
}

TEST_CASE("A receipt carries the content hash", "[protocol][hash]")
{
    MutationResult r;
    r.mutationId = u"m"_s;
    r.clientSeq = 1;
    r.serverSeq = 5;
    r.contentHash = u"ef1bd0f466c3d101b46d142c9d8be9fdaaa43a3b546e39715a30932b8daa624c"_s;
    CHECK(r.toJson().value(u"content_hash"_s).toString() == r.contentHash);
    CHECK(MutationResult::fromJson(r.toJson()).contentHash == r.contentHash);
    r.contentHash.clear();
    CHECK_FALSE(r.toJson().contains(u"content_hash"_s));
}
