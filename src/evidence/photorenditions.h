#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QStringList>

#include "core/error.h"

namespace sitesafe {

/// What the watermark band of a photo says.
struct WatermarkText {
    QDateTime capturedAt; ///< from EXIF; invalid: importedAt is printed instead, marked as such
    QDateTime importedAt;
    QString projectName;
    QString inspectorName;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString sha256;
};

/// The derived pictures of an evidence photo, kept beside the blob store under renditions/: a watermarked copy
/// (a band at the bottom with time in China time, project, inspector, coordinates and the first 8 hex digits of the
/// hash) and a thumbnail. They never sync and can be made again from the untouched original at any time, so a
/// missing or stale one is re-made rather than trusted.
class PhotoRenditions
{
    Q_DECLARE_TR_FUNCTIONS(PhotoRenditions)

public:
    /// The long side of a thumbnail, in pixels.
    static constexpr int kThumbnailLongSide = 320;

    /// `blobRoot`: the store's blob folder (BlobStore::root()).
    explicit PhotoRenditions(QString blobRoot);

    QString folder() const;
    QString watermarkPath(const QString &sha256) const;
    QString thumbnailPath(const QString &sha256) const;
    bool exist(const QString &sha256) const;

    /// Draws both renditions of `image` and writes them (each written whole, then renamed into place).
    Status write(const QImage &image, const WatermarkText &text) const;

    /// `image` with the watermark band drawn over its bottom part.
    static QImage watermarked(const QImage &image, const WatermarkText &text);
    /// `image` scaled so its long side is kThumbnailLongSide (smaller images are kept as they are).
    static QImage thumbnail(const QImage &image);
    /// The lines of the band, as printed.
    static QStringList lines(const WatermarkText &text);
    /// The height of the band drawn on an image of `size`.
    static int bandHeight(QSize size);
    /// "19.20000°N 109.70000°E".
    static QString coordinates(double latitude, double longitude);

private:
    QString m_blobRoot;
};

} // namespace sitesafe
