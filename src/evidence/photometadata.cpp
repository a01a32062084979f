#include "photometadata.h"

#include <mutex>

#include <QRegularExpression>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kChinaOffsetSeconds = 8 * 3600;

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

QDateTime PhotoMetadata::parseExifTime(const QString &dateTime, const QString &offset)
{
    const QDateTime local = QDateTime::fromString(dateTime.left(19), u"yyyy:MM:dd HH:mm:ss"_s);
    if (!local.isValid())
        return {};
    int offsetSeconds = kChinaOffsetSeconds;
    static const QRegularExpression offsetPattern(u"^([+-])(\\d{2}):(\\d{2})$"_s);
    if (const auto m = offsetPattern.match(offset.trimmed()); m.hasMatch()) {
        offsetSeconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60;
        if (m.captured(1) == u"-"_s)
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(local.date(), local.time(), QTimeZone(offsetSeconds)).toUTC();
}

PhotoMetadata PhotoMetadata::read(const QByteArray &bytes)
{
    quietExiv2();
    PhotoMetadata m;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                               long(bytes.size()));
        if (!image.get())
            return m;
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        if (exif.empty())
            return m;
        m.capturedAt = parseExifTime(stringOf(exif, "Exif.Photo.DateTimeOriginal"),
                                     stringOf(exif, "Exif.Photo.OffsetTimeOriginal"));
        m.latitude = coordinateOf(exif, "Exif.GPSInfo.GPSLatitude", "Exif.GPSInfo.GPSLatitudeRef", 'S', 90);
        m.longitude = coordinateOf(exif, "Exif.GPSInfo.GPSLongitude", "Exif.GPSInfo.GPSLongitudeRef", 'W', 180);
        if (!m.latitude || !m.longitude) {
            m.latitude.reset();
            m.longitude.reset();
        }
    } catch (const Exiv2::AnyError &) {
        return {}; // unreadable EXIF counts as none: the photo is flagged no_exif, not refused
    }
    return m;
}

} // namespace sitesafe
