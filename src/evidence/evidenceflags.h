#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "core/timetrust.h"
#include "photometadata.h"

namespace sitesafe {

/// The doubts an evidence photo carries (attachments.evidence_flags). A flagged photo is kept, never refused:
/// the reviewer weighs it. Codes are stable (they sync); words() gives the sentence the viewer shows.
class EvidenceFlags
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceFlags)

public:
    /// No EXIF capture time: when the photo was taken is unknown.
    static inline const QString NoExif = QStringLiteral("no_exif");
    /// The EXIF capture time is more than kFarFromInspection away from the inspection's time.
    static inline const QString ExifTimeFar = QStringLiteral("exif_time_far");
    /// No GPS position in the EXIF.
    static inline const QString NoGps = QStringLiteral("no_gps");
    /// This computer's clock could not be trusted when the photo was added (TimeTrust::isDoubtful).
    static inline const QString TimeDoubtful = QStringLiteral("time_doubtful");

    /// How far a capture time may lie from the inspection's time before it is flagged: a working day on site
    /// either side, so photos of one visit never trip it and a photo from another day does.
    static constexpr qint64 kFarFromInspectionSeconds = 12 * 3600;

    /// The flags of a photo with `metadata`, added for an inspection at `inspectionTime` (invalid: not compared).
    static QStringList of(const PhotoMetadata &metadata, const QDateTime &inspectionTime, const TimeTrust &trust);
    /// The flag as a sentence for people, e.g. "No EXIF time: taken time unknown."; the code itself when unknown.
    static QString words(const QString &flag);
};

} // namespace sitesafe
