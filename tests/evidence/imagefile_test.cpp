#include "evidence/imagefile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>

#include <catch2/catch.hpp>

#include "support/tempdir.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

namespace {
QByteArray pngBytes()
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

TEST_CASE("An image file keeps its exact bytes, hash and type", "[evidence]")
{
    const QByteArray bytes = pngBytes();
    auto loaded = ImageFile::fromBytes(bytes, u"a.png"_s);
    REQUIRE(loaded.isOk());
    CHECK(loaded.value().bytes() == bytes);
    CHECK(loaded.value().mime() == u"image/png"_s);
    CHECK(loaded.value().image().size() == QSize(32, 24));
    CHECK(loaded.value().sha256()
          == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

TEST_CASE("A file that is not an image, or is cut, is refused with a sentence", "[evidence]")
{
    auto text = ImageFile::fromBytes("hello, this is a text file"_ba, u"notes.txt"_s);
    REQUIRE_FALSE(text.isOk());
    CHECK(text.error().code == u"evidence.not_an_image"_s);
    CHECK(text.error().message.contains(u"notes.txt"_s));

    auto cut = ImageFile::fromBytes(pngBytes().left(40), u"cut.png"_s);
    REQUIRE_FALSE(cut.isOk());
    CHECK(cut.error().code == u"evidence.corrupt_image"_s);

    TestDir dir;
    auto missing = ImageFile::load(dir.file(u"absent.jpg"_s));
    REQUIRE_FALSE(missing.isOk());
    CHECK(missing.error().code == u"evidence.unreadable"_s);
}
