#include "evidenceflags.h"

namespace sitesafe {

QStringList EvidenceFlags::of(const PhotoMetadata &metadata, const QDateTime &inspectionTime, const TimeTrust &trust)
{
    QStringList flags;
    if (!metadata.hasCaptureTime())
        flags.append(NoExif);
    else if (inspectionTime.isValid() && qAbs(metadata.capturedAt.secsTo(inspectionTime)) > kFarFromInspectionSeconds)
        flags.append(ExifTimeFar);
    if (!metadata.hasPosition())
        flags.append(NoGps);
    if (trust.isDoubtful)
        flags.append(TimeDoubtful);
    return flags;
}

QString EvidenceFlags::words(const QString &flag)
{
    if (flag == NoExif)
        return tr("No EXIF time: taken time unknown.");
    if (flag == ExifTimeFar)
        return tr("Taken more than %n hour(s) away from the inspection time.", nullptr,
                  int(kFarFromInspectionSeconds / 3600));
    if (flag == NoGps)
        return tr("No GPS position: where it was taken is unknown.");
    if (flag == TimeDoubtful)
        return tr("This computer's clock was in doubt when the photo was added.");
    return flag;
}

} // namespace sitesafe
