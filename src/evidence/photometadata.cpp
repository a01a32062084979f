#include "photometadata.h"

#include <QRegularExpression>
#include <QTimeZone>

#include "codeclibrary.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
constexpr int kChinaOffsetSeconds = 8 * 3600;
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

Result<PhotoMetadata> PhotoMetadata::read(const QByteArray &bytes)
{
    auto codecs = CodecLibrary::load();
    if (!codecs)
        return codecs.error();
    codecs::ExifFields exif;
    PhotoMetadata m;
    if (!codecs.value()->readExif(bytes, &exif))
        return m;
    m.capturedAt = parseExifTime(exif.dateTimeOriginal, exif.offsetTimeOriginal);
    m.latitude = exif.latitude;
    m.longitude = exif.longitude;
    return m;
}

} // namespace sitesafe
