// The EXIF entry point of the codec module (codecapi.h): exiv2 reads the capture time and GPS position.
#include <mutex>
#include <type_traits>

#include <exiv2/exiv2.hpp>

#include "codecapi.h"

namespace {

using sitesafe::codecs::ExifFields;

/// exiv2 writes warnings about odd maker notes to stderr; evidence import reports its own findings instead.
void quietExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] { Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); });
}

QString stringOf(const Exiv2::ExifData &exif, const char *key)
{
    const auto it = exif.findKey(Exiv2::ExifKey(key));
    if (it == exif.end())
        return {};
    return QString::fromStdString(it->toString()).trimmed();
}

/// Degrees, minutes, seconds (three rationals) and the hemisphere reference as signed decimal degrees.
std::optional<double> coordinateOf(const Exiv2::ExifData &exif, const char *valueKey, const char *refKey,
                                   char negativeRef, double limit)
{
    const auto it = exif.findKey(Exiv2::ExifKey(valueKey));
    if (it == exif.end() || it->count() < 3)
        return std::nullopt;
    double degrees = 0;
    double scale = 1;
    for (long i = 0; i < 3; ++i) {
        const Exiv2::Rational r = it->toRational(i);
        if (r.second == 0)
            return std::nullopt;
        degrees += double(r.first) / double(r.second) / scale;
        scale *= 60;
    }
    if (!(degrees >= 0 && degrees <= limit))
        return std::nullopt;
    const QString ref = stringOf(exif, refKey).toUpper();
    return ref.startsWith(QLatin1Char(negativeRef)) ? -degrees : degrees;
}

} // namespace

extern "C" Q_DECL_EXPORT int sitesafe_codecs_api_version()
{
    return sitesafe::codecs::kApiVersion;
}

extern "C" Q_DECL_EXPORT bool sitesafe_codecs_read_exif(const QByteArray &bytes, ExifFields *fields)
{
    quietExiv2();
    *fields = {};
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                               long(bytes.size()));
        if (!image.get())
            return false;
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        if (exif.empty())
            return false;
        fields->dateTimeOriginal = stringOf(exif, "Exif.Photo.DateTimeOriginal");
        fields->offsetTimeOriginal = stringOf(exif, "Exif.Photo.OffsetTimeOriginal");
        fields->latitude = coordinateOf(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S', 90);
        fields->longitude =
            coordinateOf(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W', 180);
        if (!fields->latitude || !fields->longitude) {
            fields->latitude.reset();
            fields->longitude.reset();
        }
    } catch (const Exiv2::AnyError &) {
        *fields = {};
        return false; // unreadable EXIF counts as none: the photo is flagged no_exif, not refused
    }
    return true;
}

static_assert(std::is_same_v<decltype(&sitesafe_codecs_api_version), sitesafe::codecs::ApiVersion>);
static_assert(std::is_same_v<decltype(&sitesafe_codecs_read_exif), sitesafe::codecs::ReadExif>);
