#include "storage/pulledrowwriter.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include "storagefixture.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

namespace {
/// Writes one pulled project row in its own remote transaction; returns whether it wrote content.
bool writeProject(StorageFixture &f, const QString &id, qint64 serverSeq, const QVariant &floorArea,
                  const QVariant &address)
{
    PulledRowWriter writer(f.db());
    REQUIRE(writer.begin().isOk());
    const PulledRow row{u"projects"_s, id, serverSeq,
                        {u"name"_s, u"jurisdiction_code"_s, u"category"_s, u"status"_s, u"floor_area"_s,
                         u"address"_s, u"created_at"_s, u"updated_at"_s},
                        {u"海口江东新区安置房"_s, u"460100"_s, u"building"_s, u"under_construction"_s, floorArea,
                         address, u"2026-11-01T08:00:00.000Z"_s, u"2026-11-01T08:00:00.000Z"_s}};
    const Status written = writer.write(row);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written.isOk());
    REQUIRE(writer.commit(std::nullopt).isOk());
    return writer.wroteContent();
}
} // namespace

TEST_CASE("A pulled row already held with the same values only takes its server version, and any different value, "
          "type or NULL is written",
          "[pull][echo]")
{
    StorageFixture f;
    QSqlQuery q(f.db());
    REQUIRE(q.exec(u"CREATE TABLE test_rewrites (n INTEGER)"_s));
    REQUIRE(q.exec(u"CREATE TRIGGER test_project_rewrite AFTER UPDATE OF name, floor_area, address ON projects "
                   "BEGIN INSERT INTO test_rewrites VALUES (1); END"_s));
    const QString id = QString::fromUtf16(StorageFixture::kProjectId);
    const QVariant null = QVariant(QMetaType(QMetaType::QString));
    const auto rewrites = [&] { return f.scalar(u"SELECT count(*) FROM test_rewrites"_s); };
    const auto version = [&] { return f.scalar(u"SELECT server_version FROM projects WHERE id = '%1'"_s.arg(id)); };

    CHECK(writeProject(f, id, 10, qint64(20000), null));
    CHECK(rewrites() == 1);
    CHECK(version() == 10);
    // The REAL column holds 20000.0 now: the wire's 20000 and 20000.0 are one value (as in the content hash).
    CHECK_FALSE(writeProject(f, id, 11, 20000.0, null));
    CHECK_FALSE(writeProject(f, id, 11, qint64(20000), null));
    CHECK(rewrites() == 1);
    CHECK(version() == 11);
    // An empty text is not NULL, and a text of digits is not a number.
    CHECK(writeProject(f, id, 12, qint64(20000), u""_s));
    CHECK(f.scalar(u"SELECT count(*) FROM projects WHERE address = ''"_s) == 1);
    CHECK(writeProject(f, id, 13, u"20000"_s, u""_s));
    CHECK(f.scalar(u"SELECT count(*) FROM projects WHERE typeof(floor_area) = 'real'"_s) == 1);
    CHECK(writeProject(f, id, 14, 20000.5, u""_s));
    CHECK(rewrites() == 4);
    CHECK(version() == 14);
    // A new row is inserted (no UPDATE), then recognised when it comes back.
    const QString other = u"01930000-0000-7000-8000-0000000000aa"_s;
    CHECK(writeProject(f, other, 15, qint64(100), null));
    CHECK_FALSE(writeProject(f, other, 15, qint64(100), null));
    CHECK(f.scalar(u"SELECT count(*) FROM projects WHERE id = '%1' AND server_version = 15"_s.arg(other)) == 1);
    CHECK(rewrites() == 4);
}
