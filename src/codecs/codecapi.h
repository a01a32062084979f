#pragma once

#include <optional>

#include <QByteArray>
#include <QImage>
#include <QString>

/// The entry points of the codec module (libsitesafe-codecs.so: exiv2 and zxing-cpp), which evidence loads with
/// QLibrary on first use (evidence/codeclibrary.h) rather than linking. Plain functions with C names over Qt
/// values, so the module shares no SiteSafe code with the program that loads it; kApiVersion changes with any
/// signature here, and the loader refuses a module of another version.
namespace sitesafe::codecs {

inline constexpr int kApiVersion = 2;

/// The EXIF fields PhotoMetadata reads, as exiv2 found them.
struct ExifFields {
    QString dateTimeOriginal;   ///< "2026:11:28 09:15:00"; empty when absent
    QString offsetTimeOriginal; ///< "+08:00"; empty when absent
    std::optional<double> latitude;  ///< decimal degrees, south negative; set together with longitude or not at all
    std::optional<double> longitude; ///< decimal degrees, west negative
};

/// kApiVersion of the module.
using ApiVersion = int (*)();
/// Reads the EXIF of a photo's bytes into `fields`; false when it has none or exiv2 cannot parse it.
using ReadExif = bool (*)(const QByteArray &bytes, ExifFields *fields);
/// The text of the first QR, Micro QR or Data Matrix code in a Format_Grayscale8 image (tried harder: rotated,
/// inverted, downscaled); false when none could be read.
using ReadQr = bool (*)(const QImage &grey, QString *text);
/// A black-on-white QR code of `text` (UTF-8 with its ECI marker), `size` pixels square with a four-module quiet
/// zone, as a Format_Grayscale8 image into `image`. An out parameter like the others: a C-linkage function that
/// returns a C++ class is an error for clang (-Wreturn-type-c-linkage, version 2 of the API).
using RenderQr = void (*)(const QString &text, int size, QImage *image);

inline constexpr char kApiVersionName[] = "sitesafe_codecs_api_version";
inline constexpr char kReadExifName[] = "sitesafe_codecs_read_exif";
inline constexpr char kReadQrName[] = "sitesafe_codecs_read_qr";
inline constexpr char kRenderQrName[] = "sitesafe_codecs_render_qr";

} // namespace sitesafe::codecs
