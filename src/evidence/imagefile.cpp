#include "imagefile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace sitesafe {

namespace {
/// Evidence photos from phones are large; anything beyond this is not a photo we should hold in memory.
constexpr qint64 kMaxImageBytes = 64LL * 1024 * 1024;

QString mimeOf(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return u"image/jpeg"_s;
    if (format == "png")
        return u"image/png"_s;
    if (format == "heic" || format == "heif")
        return u"image/heic"_s;
    return u"image/"_s + QString::fromLatin1(format);
}

/// Whether a JPEG's main image runs to its end-of-image marker. libjpeg fills a cut file with grey and Qt then
/// returns a picture without complaint, so a photo copied half-way would pass as evidence. The markers before the
/// main scan are walked by their lengths (an EXIF thumbnail inside APP1 has its own end marker); after the first
/// top-level start-of-scan an end marker must follow (entropy-coded data never holds FF D9).
bool jpegIsComplete(const QByteArray &bytes)
{
    const auto byteAt = [&](qsizetype i) { return quint8(bytes.at(i)); };
    if (bytes.size() < 4 || byteAt(0) != 0xFF || byteAt(1) != 0xD8)
        return false;
    qsizetype pos = 2;
    while (pos + 4 <= bytes.size()) {
        if (byteAt(pos) != 0xFF)
            return false;
        const quint8 marker = byteAt(pos + 1);
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        const qsizetype length = (qsizetype(byteAt(pos + 2)) << 8) | byteAt(pos + 3);
        if (marker == 0xDA) // start of scan
            return bytes.indexOf("\xFF\xD9", pos + 2 + length) >= 0;
        pos += 2 + length;
    }
    return false;
}
} // namespace

Result<ImageFile> ImageFile::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"evidence.unreadable"_s,
                     tr("The file %1 cannot be opened: %2. Check that it still exists and that you may read it.")
                         .arg(name, file.errorString())};
    if (file.size() > kMaxImageBytes)
        return Error{u"evidence.too_large"_s,
                     tr("The file %1 is larger than 64 MB and is not taken as a photo. Export a smaller copy from the "
                        "camera or phone and add that.")
                         .arg(name)};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{u"evidence.unreadable"_s, tr("Reading %1 failed: %2").arg(name, file.errorString())};
    return fromBytes(std::move(bytes), name);
}

Result<ImageFile> ImageFile::fromBytes(QByteArray bytes, const QString &name)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phones store portrait photos sideways with an EXIF orientation
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return Error{u"evidence.not_an_image"_s,
                     tr("%1 is not a picture SiteSafe can read (JPEG or PNG). Nothing was added; choose a photo "
                        "file.")
                         .arg(name)};
    QImage image = reader.read();
    const bool isCut = !image.isNull() && (format == "jpeg" || format == "jpg") && !jpegIsComplete(bytes);
    if (isCut)
        return Error{u"evidence.corrupt_image"_s,
                     tr("%1 is a JPEG picture that ends too early: the file was cut while copying or is damaged. "
                        "Nothing was added; copy the photo from the camera again.")
                         .arg(name)};
    if (image.isNull())
        return Error{u"evidence.corrupt_image"_s,
                     tr("%1 looks like a %2 picture but cannot be decoded (%3): the file may be cut or damaged. "
                        "Nothing was added; copy the photo from the camera again.")
                         .arg(name, QString::fromLatin1(format).toUpper(), reader.errorString())};
    ImageFile result;
    result.m_bytes = std::move(bytes);
    result.m_image = std::move(image);
    result.m_mime = mimeOf(format);
    return result;
}

QString ImageFile::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace sitesafe
