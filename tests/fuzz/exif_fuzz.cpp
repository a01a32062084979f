// Fuzz target "exif": a photo's bytes as evidence import reads them (PhotoImporter): the EXIF capture time and GPS
// position with exiv2 in the codec module (PhotoMetadata::read) and the picture decoded once (ImageFile). The
// EXIF time text is also parsed on its own (PhotoMetadata::parseExifTime). Invariants: nothing crashes, the codec
// module loads, and a position read is inside the ranges EXIF allows.
#include <cmath>

#include "evidence/imagefile.h"
#include "evidence/photometadata.h"
#include "fuzzsupport.h"

using namespace Qt::StringLiterals;
using namespace sitesafe;
using namespace sitesafe::fuzz;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    startQt();
    // Loads the codec module (exiv2) now, before libFuzzer counts the modules whose coverage it follows.
    if (!PhotoMetadata::read(QByteArray()))
        fail("the codec module loads");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = bytesOf(data, size);
    const auto metadata = PhotoMetadata::read(bytes);
    if (!metadata)
        fail("the codec module loads");
    if (metadata.value().hasPosition()
        && (std::abs(*metadata.value().latitude) > 90 || std::abs(*metadata.value().longitude) > 180))
        fail("a GPS position is inside ±90°, ±180°");
    (void)ImageFile::fromBytes(QByteArray(bytes.constData(), bytes.size()), u"fuzz.jpg"_s);
    (void)PhotoMetadata::parseExifTime(QString::fromLatin1(bytes.left(19)), QString::fromLatin1(bytes.mid(19, 8)));
    return 0;
}
