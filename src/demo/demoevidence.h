#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/fielddata.h"

namespace sitesafe::demo {

/// The real files behind the demo's recent photo and signature records: small JPEGs and PNGs embedded as Qt
/// resources (resources/demo, made by scripts/demo-evidence). A photo's EXIF DateTimeOriginal is patched in place
/// to its capture time (Beijing time, fixed-length ASCII, so no offset in the file moves), so the bytes, and the
/// sha256 the records carry, depend only on the picture and the time: `sitesafe-cli demo` and
/// `sitesafe-server seed-demo` make the same files from the same seed and day.
class DemoEvidence
{
public:
    /// Photos taken this many days before the dataset's day or later carry real bytes; older ones are rows only.
    static constexpr int kRecentDays = 7;
    /// The DateTimeOriginal written into the resource JPEGs; replaced in every copy handed out.
    static constexpr const char *kPlaceholderTime = "2001:01:01 00:00:00";

    static int photoCount();
    static int signatureCount();
    /// The JPEG of picture `picture` (modulo photoCount()) with DateTimeOriginal set to `capturedMs`.
    static QByteArray photo(int picture, qint64 capturedMs);
    /// The PNG of signature variant `variant` (modulo signatureCount()).
    static QByteArray signature(int variant);
    /// Where the picture says it was taken (its EXIF GPS), degrees north and east.
    static double latitude(int picture);
    static double longitude(int picture);
    /// A stable choice of picture for an attachment id, and of signature for a signer.
    static int pictureFor(const QString &attachmentId);
    static int signatureFor(const QString &signer);
    static QString sha256(const QByteArray &content);

    /// Gives `photo` (its id and capture time set) the file of its picture: sha256, size and the picture's GPS.
    static void attachPhoto(PhotoRecord &photo);
    /// One signature attachment per inspector of a signed inspection (signer "name (inspector)", as
    /// InspectionSigner writes it). Ids from the random part of the inspection's id, not from a random stream, so
    /// adding them moves no other row, and the same signature made for another day keeps its random part.
    static QList<PhotoRecord> signatures(const Inspection &inspection, qint64 signedMs);

    /// The bytes of a demo attachment the generator made with real evidence; empty for a rows-only record (its
    /// sha256 is random) so callers can tell which records to store files for.
    static QByteArray contentOf(const PhotoRecord &record);
};

} // namespace sitesafe::demo
