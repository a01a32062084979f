#include "qrcode.h"

#include <string>

#include <QtConcurrent>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include "imagefile.h"

using namespace Qt::StringLiterals;

namespace sitesafe {

Result<QString> QrCode::read(const QImage &image)
{
    if (image.isNull())
        return Error{u"evidence.qr_no_image"_s, tr("There is no picture to read a code from. Load a photo of the "
                                                  "certificate's QR code, or paste the text of the code.")};
    // zxing reads luminance; a grey copy keeps the conversion to one place whatever the source format is. The
    // search of a 12-megapixel phone photo takes about half a second: callers on the UI thread use readFileLater.
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::MicroQRCode
                     | ZXing::BarcodeFormat::DataMatrix);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return Error{u"evidence.qr_not_found"_s,
                     tr("No QR code could be read in the picture. Take the photo again closer, straight on and "
                        "without glare, or paste the text of the code.")};
    return QString::fromStdString(result.text());
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

QImage QrCode::render(const QString &text, int size)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(4);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), size, size);
    QImage image(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            line[x] = matrix.get(x, y) ? 0 : 255;
    }
    return image;
}

} // namespace sitesafe
