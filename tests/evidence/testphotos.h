#pragma once

#include <optional>

#include <QByteArray>
#include <QSize>
#include <QString>

namespace sitesafe::test {

/// EXIF to write into a test JPEG with exiv2 (what a phone camera would have written).
struct TestExif {
    QString dateTimeOriginal; ///< "2026:11:28 10:15:30"; empty: not written
    QString offsetTimeOriginal; ///< "+08:00"; empty: not written
    std::optional<double> latitude; ///< decimal degrees, south negative
    std::optional<double> longitude;
};

/// A JPEG of `size` with a colour pattern (so every part of the picture differs from a flat band) and `seed`
/// varying the content, so two test photos never share a hash.
QByteArray jpegBytes(QSize size, int seed);
/// Writes `bytes` to `path`, then, when `exif` is given, adds the EXIF with exiv2.
void writePhoto(const QString &path, const QByteArray &bytes, const std::optional<TestExif> &exif);
QByteArray readAll(const QString &path);
/// Every file under `folder`, recursively (relative paths, sorted).
QStringList filesUnder(const QString &folder);

/// A point in Haikou, Hainan.
constexpr double kHaikouLatitude = 20.04439;
constexpr double kHaikouLongitude = 110.19989;

} // namespace sitesafe::test
