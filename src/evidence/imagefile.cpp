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
    const QByteArray format = reader.format();
    if (format.isEmpty())
        return Error{u"evidence.not_an_image"_s,
                     tr("%1 is not a picture SiteSafe can read (JPEG or PNG). Nothing was added; choose a photo "
                        "file.")
                         .arg(name)};
    QImage image = reader.read();
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
