#include "qrcode.h"

#include <QtConcurrent>

#include "codeclibrary.h"
#include "imagefile.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<QString> QrCode::read(const QImage &image)
{
    if (image.isNull())
        return Error{u"evidence.qr_no_image"_s, tr("There is no picture to read a code from. Load a photo of the "
                                                  "certificate's QR code, or paste the text of the code.")};
    auto codecs = CodecLibrary::load();
    if (!codecs)
        return codecs.error();
    // zxing reads luminance; a grey copy keeps the conversion to one place whatever the source format is. The
    // search of a 12-megapixel phone photo takes about half a second: callers on the UI thread use readFileLater.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QString text;
    if (!codecs.value()->readQr(grey, &text))
        return Error{u"evidence.qr_not_found"_s,
                     tr("No QR code could be read in the picture. Take the photo again closer, straight on and "
                        "without glare, or paste the text of the code.")};
    return text;
}

Result<QString> QrCode::readFile(const QString &path)
{
    auto file = ImageFile::load(path);
    if (!file)
        return file.error();
    return read(file.value().image());
}

QFuture<QrReading> QrCode::readFileLater(const QString &path)
{
    return QtConcurrent::run([path] {
        QrReading reading;
        auto file = ImageFile::load(path);
        if (!file) {
            reading.error = file.error();
            return reading;
        }
        reading.preview = file.value().image().scaled(480, 480, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        if (auto text = read(file.value().image()))
            reading.text = text.value();
        else
            reading.error = text.error();
        return reading;
    });
}

Result<QImage> QrCode::render(const QString &text, int size)
{
    auto codecs = CodecLibrary::load();
    if (!codecs)
        return codecs.error();
    QImage image;
    codecs.value()->renderQr(text, size, &image);
    return image;
}

} // namespace sitesafe
