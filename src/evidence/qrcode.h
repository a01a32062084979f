#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "core/error.h"

namespace sitesafe {

/// QR codes with zxing-cpp: reading the text of the code in a picture (a certificate photographed or screenshotted
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
    /// A black-on-white QR code of `text` (UTF-8, with its ECI marker), `size` pixels square including a quiet
    /// zone of four modules.
    static QImage render(const QString &text, int size);
};

} // namespace sitesafe
