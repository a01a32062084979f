#include "testphotos.h"

#include <cmath>

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <exiv2/exiv2.hpp>

namespace sitesafe::test {

namespace {
/// "20/1 2/1 398040/10000": degrees, minutes and seconds as EXIF rationals.
std::string rationalDms(double degrees)
{
    degrees = std::fabs(degrees);
    const int whole = int(degrees);
    const double minutesExact = (degrees - whole) * 60;
    const int minutes = int(minutesExact);
    const auto tenThousandths = std::llround((minutesExact - minutes) * 60 * 10000);
    return std::to_string(whole) + "/1 " + std::to_string(minutes) + "/1 " + std::to_string(tenThousandths) + "/10000";
}
} // namespace

QByteArray jpegBytes(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb((x * 255 / size.width() + seed * 37) % 256, (y * 255 / size.height()) % 256,
                                      (seed * 91 + (x ^ y)) % 256));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

void writePhoto(const QString &path, const QByteArray &bytes, const std::optional<TestExif> &exif)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write the test photo");
    file.close();
    if (!exif)
        return;
    auto image = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    image->readMetadata();
    Exiv2::ExifData data = image->exifData();
    data["Exif.Image.Make"] = "SiteSafe test camera";
    if (!exif->dateTimeOriginal.isEmpty())
        data["Exif.Photo.DateTimeOriginal"] = exif->dateTimeOriginal.toStdString();
    if (!exif->offsetTimeOriginal.isEmpty())
        data["Exif.Photo.OffsetTimeOriginal"] = exif->offsetTimeOriginal.toStdString();
    if (exif->latitude && exif->longitude) {
        data["Exif.GPSInfo.GPSVersionID"] = "2 2 0 0";
        data["Exif.GPSInfo.GPSLatitudeRef"] = *exif->latitude < 0 ? "S" : "N";
        data["Exif.GPSInfo.GPSLatitude"] = rationalDms(*exif->latitude);
        data["Exif.GPSInfo.GPSLongitudeRef"] = *exif->longitude < 0 ? "W" : "E";
        data["Exif.GPSInfo.GPSLongitude"] = rationalDms(*exif->longitude);
    }
    image->setExifData(data);
    image->writeMetadata();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next().mid(folder.size() + 1));
    files.sort();
    return files;
}

} // namespace sitesafe::test
