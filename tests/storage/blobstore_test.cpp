#include "storage/blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include "support/tempdir.h"

using namespace sitesafe;
using namespace Qt::StringLiterals;

TEST_CASE("Blobs are stored once under their sha256 and verified on read", "[storage][blobs]")
{
    TestDir dir;
    BlobStore store(dir.file(u"blobs"_s));
    const QByteArray photo = QByteArray("\xFF\xD8\xFF\xE0 fake jpeg ") + QByteArray(300000, 'p');
    const auto stored = store.put(photo);
    REQUIRE(stored.isOk());
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex());
    CHECK(stored.value().sha256 == expected);
    CHECK(stored.value().size == photo.size());
    CHECK_FALSE(stored.value().wasPresent);
    CHECK(store.read(expected).value() == photo);

    const auto again = store.put(photo);
    REQUIRE(again.isOk());
    CHECK(again.value().wasPresent);
    // No temporary files left behind; exactly one stored file.
    const QStringList leftovers = QDir(store.root()).entryList({u".incoming-*"_s}, QDir::Files | QDir::Hidden);
    CHECK(leftovers.isEmpty());
    CHECK(QDir(store.root() + u"/"_s + expected.left(2)).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A file is copied into the store untouched, damage is detected on read", "[storage][blobs]")
{
    TestDir dir;
    const QString source = dir.file(u"IMG_0001.jpg"_s);
    QByteArray bytes(3 * 1024 * 1024 + 17, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 31) & 0xFF);
    {
        QFile f(source);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    BlobStore store(dir.file(u"blobs"_s));
    const auto stored = store.putFile(source);
    REQUIRE(stored.isOk());
    CHECK(store.read(stored.value().sha256).value() == bytes);
    QFile original(source);
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == bytes);

    QFile kept(store.pathOf(stored.value().sha256));
    REQUIRE(kept.open(QIODevice::ReadWrite));
    kept.seek(1000);
    kept.write("X");
    kept.close();
    const auto damaged = store.read(stored.value().sha256);
    REQUIRE_FALSE(damaged.isOk());
    CHECK(damaged.error().code == u"blob.corrupt"_s);
    CHECK(store.read(u"../../etc/passwd"_s).error().code == u"blob.id"_s);
}
