#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// A picture file read and its QR code decoded, off the UI thread (QrCode::readFileLater).
struct QrReading {
    QImage preview;  ///< the picture scaled to at most 480 px, for showing; null when the file could not be read
    QString text;    ///< the code's text when one was read
    Error error;     ///< why not, otherwise (evidence.* codes of ImageFile and QrCode)
    bool isOk() const { return error.code.isEmpty(); }
};

/// QR codes with zxing-cpp (in the codec module, CodecLibrary): reading the text of the code in a picture (a certificate photographed or screenshotted
/// on site) and drawing one (certificate test cards, notice verification codes). Reading works on the picture in
/// memory only; files come in through ImageFile.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    /// The text of the first QR code found in `image` (tried harder: rotated, inverted, downscaled). An image
    /// without a readable code is an error that says what to do.
    static Result<QString> read(const QImage &image);
    /// Loads `path` with ImageFile and reads the code in it.
    static Result<QString> readFile(const QString &path);
    /// readFile on a worker thread (a phone photo takes tenths of a second to decode and search), with a preview.
    static QFuture<QrReading> readFileLater(const QString &path);
    /// A black-on-white QR code of `text` (UTF-8, with its ECI marker), `size` pixels square including a quiet
    /// zone of four modules.
    static Result<QImage> render(const QString &text, int size);
};

} // namespace sitesafe
