#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

#include "core/error.h"

namespace sitesafe {

/// What a photo's EXIF says about when and where it was taken, read with exiv2 from the file's bytes.
/// DateTimeOriginal is local time of the camera: with OffsetTimeOriginal it is exact; without, it is taken as China
/// time (UTC+8), where the inspectors work. GPS is decimal degrees, south and west negative.
struct PhotoMetadata {
    QDateTime capturedAt; ///< UTC; invalid when the file has no (readable) DateTimeOriginal
    std::optional<double> latitude;
    std::optional<double> longitude;

    bool hasCaptureTime() const { return capturedAt.isValid(); }
    bool hasPosition() const { return latitude && longitude; }

    /// Reads the EXIF of `bytes`; a file without EXIF (or one exiv2 cannot parse) gives an empty result. An error
    /// only when the codec module cannot be loaded (CodecLibrary).
    static Result<PhotoMetadata> read(const QByteArray &bytes);
    /// "2026:11:28 09:15:00" with offset "+08:00" (empty: China time), as EXIF writes them; invalid on nonsense.
    static QDateTime parseExifTime(const QString &dateTime, const QString &offset);
};

} // namespace sitesafe
