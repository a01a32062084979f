#include "core/uuidv7.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("UUIDv7 ids are valid, unique and sort in creation order", "[core][uuid]")
{
    QStringList ids;
    for (int i = 0; i < 5000; ++i)
        ids.append(UuidV7::generate());
    QSet<QString> unique(ids.begin(), ids.end());
    CHECK(unique.size() == ids.size());
    for (const QString &id : ids)
        REQUIRE(UuidV7::isValid(id));
    QStringList sorted = ids;
    sorted.sort();
    CHECK(sorted == ids);
}

TEST_CASE("UUIDv7 encodes its creation time", "[core][uuid]")
{
    const QDateTime t = QDateTime::fromString(u"2026-11-28T13:06:48.123Z"_s, Qt::ISODateWithMs);
    const QString id = UuidV7::fromParts(t.toMSecsSinceEpoch(), 0xABC, 0x0123456789ABCDEFull);
    CHECK(UuidV7::isValid(id));
    CHECK(UuidV7::timestamp(id) == t);
    CHECK(id.mid(14, 1) == u"7"_s);
    CHECK_FALSE(UuidV7::isValid(u"0190a1b2-c3d4-4e5f-8a9b-0c1d2e3f4a5b"_s)); // version 4
    CHECK_FALSE(UuidV7::isValid(u"not-an-id"_s));
}
