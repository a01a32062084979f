// The QR entry points of the codec module (codecapi.h): zxing-cpp reads and draws the codes.
#include <string>
#include <type_traits>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include "codecapi.h"

extern "C" Q_DECL_EXPORT bool sitesafe_codecs_read_qr(const QImage &grey, QString *text)
{
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
        return false;
    *text = QString::fromStdString(result.text());
    return true;
}

extern "C" Q_DECL_EXPORT void sitesafe_codecs_render_qr(const QString &text, int size, QImage *image)
{
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    writer.setEncoding(ZXing::CharacterSet::UTF8).setMargin(4);
    const ZXing::BitMatrix matrix = writer.encode(text.toStdString(), size, size);
    *image = QImage(matrix.width(), matrix.height(), QImage::Format_Grayscale8);
    for (int y = 0; y < matrix.height(); ++y) {
        uchar *line = image->scanLine(y);
        for (int x = 0; x < matrix.width(); ++x)
            line[x] = matrix.get(x, y) ? 0 : 255;
    }
}

static_assert(std::is_same_v<decltype(&sitesafe_codecs_read_qr), sitesafe::codecs::ReadQr>);
static_assert(std::is_same_v<decltype(&sitesafe_codecs_render_qr), sitesafe::codecs::RenderQr>);
