// The codec module (exiv2 and zxing-cpp, src/codecs) is loaded on first use and works; a missing or foreign one is
// an error that names the Debian packages to install. That the client starts without it: tests_widgets
// "[widgets][app][startup]".
#include "evidence/codeclibrary.h"

#include <QFile>

#include <catch2/catch.hpp>

#include "evidence/qrcode.h"
#include "support/tempdir.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;

TEST_CASE("The codec module is loaded on first use and draws and reads a QR code", "[evidence][codecs]")
{
    auto codecs = CodecLibrary::load();
    REQUIRE(codecs);
    QFile maps(u"/proc/self/maps"_s);
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QString mapped = QString::fromUtf8(maps.readAll());
    CHECK(mapped.contains(u"libsitesafe-codecs.so"_s));
    CHECK(mapped.contains(u"libZXing.so"_s));

    auto code = QrCode::render(u"SS-CERT-0001 安全员"_s, 240);
    REQUIRE(code);
    CHECK(code.value().width() == 240);
    auto text = QrCode::read(code.value());
    REQUIRE(text);
    CHECK(text.value() == u"SS-CERT-0001 安全员"_s);
}

TEST_CASE("A missing or foreign codec module is an error that names the packages to install", "[evidence][codecs]")
{
    TestDir dir;
    auto missing = CodecLibrary::loadFrom(dir.file(u"libsitesafe-codecs.so"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == u"evidence.codecs"_s);
    CHECK(missing.error().message.contains(u"libexiv2-27"_s));
    CHECK(missing.error().message.contains(u"libzxing2"_s));
    CHECK(missing.error().message.contains(dir.file(u"libsitesafe-codecs.so"_s)));

    auto foreign = CodecLibrary::loadFrom(u"libz.so.1"_s);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().code == u"evidence.codecs"_s);
    CHECK(foreign.error().message.contains(u"not the one this SiteSafe was built with"_s));
}
